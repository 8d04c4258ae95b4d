"""Reads of the holiday table. No cache: the office's edits must count in the very next deadline computed."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Q

from .calendar import WorkCalendar
from .models import CalendarYear, Holiday, HolidayKind


def calendar_load() -> WorkCalendar:
    """The whole calendar as a value for the pure functions in calendar.py (two small queries)."""
    holidays, makeups = set(), set()
    for day, kind in Holiday.objects.values_list("date", "kind"):
        (makeups if kind == HolidayKind.WORKDAY else holidays).add(day)
    years = frozenset(CalendarYear.objects.values_list("year", flat=True))
    return WorkCalendar(holidays=frozenset(holidays), makeup_workdays=frozenset(makeups), years=years)


def calendar_missing_next_year(*, today: date) -> int | None:
    """Next year, from 1 December on, while its schedule has not been entered; otherwise None."""
    if today.month < 12:
        return None
    next_year = today.year + 1
    return None if CalendarYear.objects.filter(year=next_year).exists() else next_year


def calendar_current_year_missing(*, today: date) -> bool:
    return not CalendarYear.objects.filter(year=today.year).exists()


@dataclass(frozen=True)
class YearSummary:
    year: int
    covered: CalendarYear | None
    holidays: int
    makeups: int


def calendar_year_summaries(*, today: date) -> list[YearSummary]:
    """Every year that is covered or has days entered, plus this year and next; newest first."""
    covered = {c.year: c for c in CalendarYear.objects.select_related("confirmed_by")}
    counts = {
        row["date__year"]: row
        for row in Holiday.objects.values("date__year").annotate(
            holidays=Count("id", filter=Q(kind=HolidayKind.HOLIDAY)),
            makeups=Count("id", filter=Q(kind=HolidayKind.WORKDAY)),
        )
    }
    years = set(covered) | set(counts) | {today.year, today.year + 1}
    return [
        YearSummary(
            year=y,
            covered=covered.get(y),
            holidays=counts.get(y, {}).get("holidays", 0),
            makeups=counts.get(y, {}).get("makeups", 0),
        )
        for y in sorted(years, reverse=True)
    ]


def holiday_list_for_year(*, year: int) -> list[Holiday]:
    return list(Holiday.objects.filter(date__year=year).order_by("date"))


def calendar_year_get(*, year: int) -> CalendarYear | None:
    return CalendarYear.objects.filter(year=year).select_related("confirmed_by").first()
