"""Seeds the holiday table from the `chinesecalendar` package; used by the data migration and `workdays_seed`.

Takes the model classes as arguments so that the migration can pass its historical models.
"""

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils import timezone

# The package's short names, spelled as the State Council's notices spell them.
FULL_NAMES = {"清明": "清明节", "端午": "端午节", "中秋": "中秋节"}


@dataclass(frozen=True)
class SeedDay:
    date: date
    kind: str  # "holiday" or "workday", the values of models.HolidayKind
    name: str


@dataclass(frozen=True)
class SeedResult:
    years: tuple[int, ...]
    days_created: int


def package_schedule() -> tuple[frozenset[int], tuple[SeedDay, ...]]:
    """The years whose full official schedule the installed package holds, and their special days.

    A year counts only when it lies in the package's range and has both 元旦 and 国庆节 entered: every
    official schedule has them, so a year the package only touches (e.g. a 31 December day off announced
    with the next year's schedule) is not taken for a published one.
    """
    import chinese_calendar
    from chinese_calendar.constants import Holiday as PackageHoliday

    off, worked = chinese_calendar.holidays, chinese_calendar.workdays
    first, last = min(off).year, max(off).year
    years = frozenset(y for y in range(first, last + 1) if date(y, 1, 1) in off and date(y, 10, 1) in off)

    def name(value: str) -> str:
        short = PackageHoliday(value).chinese
        return FULL_NAMES.get(short, short)

    days = [SeedDay(d, "holiday", name(v)) for d, v in off.items() if d.year in years]
    days += [SeedDay(d, "workday", name(v)) for d, v in worked.items() if d.year in years]
    return years, tuple(sorted(days, key=lambda s: s.date))


def seed_from_package(holiday_model, calendar_year_model) -> SeedResult:
    """Adds every package year not yet in the table; re-runnable.

    A year that already has a CalendarYear row is left alone (the office may have corrected it), and inside
    a new year a day the office already entered wins over the package.
    """
    years, days = package_schedule()
    with transaction.atomic():
        done = set(calendar_year_model.objects.values_list("year", flat=True))
        todo = sorted(years - done)
        if not todo:
            return SeedResult(years=(), days_created=0)
        entered = set(holiday_model.objects.filter(date__year__in=todo).values_list("date", flat=True))
        new_days = [
            holiday_model(date=s.date, kind=s.kind, name=s.name)
            for s in days
            if s.date.year in todo and s.date not in entered
        ]
        holiday_model.objects.bulk_create(new_days, ignore_conflicts=True)
        now = timezone.now()
        calendar_year_model.objects.bulk_create(
            [calendar_year_model(year=y, source="package", confirmed_at=now) for y in todo],
            ignore_conflicts=True,
        )
    return SeedResult(years=tuple(todo), days_created=len(new_days))
