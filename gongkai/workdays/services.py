"""Changes to the holiday table, made by the 公开办 when the State Council publishes a schedule."""

from datetime import date

from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User
from gongkai.core.permissions import is_office

from .models import CalendarSource, CalendarYear, Holiday, HolidayKind

WEEKDAY_NAMES = "一二三四五六日"


def _require_office(actor: User) -> None:
    if not is_office(actor):
        raise ApplicationError("只有公开办可以维护节假日安排。")


def _snapshot(holiday: Holiday) -> dict:
    return {
        "date": holiday.date.isoformat(),
        "kind": holiday.kind,
        "name": holiday.name,
        "note": holiday.note,
    }


@transaction.atomic
def holiday_set(*, actor: User, date: date, kind: str, name: str, note: str = "") -> Holiday:
    """Enters a day off or a make-up working day, or corrects the day already entered for that date."""
    _require_office(actor)
    name, note = name.strip(), note.strip()
    if kind not in HolidayKind.values:
        raise ApplicationError("请选择放假或调休上班。", field="kind")
    if not name:
        raise ApplicationError("请填写节日名称，如“国庆节”。", field="name")
    if kind == HolidayKind.WORKDAY and date.weekday() < 5:
        # A make-up day is a worked weekend; entering a weekday would change nothing and hide a typo.
        raise ApplicationError(
            f"{date.year}年{date.month}月{date.day}日是星期{WEEKDAY_NAMES[date.weekday()]}，本来就是工作日；调休上班日应为周六或周日。",
            field="date",
        )
    holiday = Holiday.objects.select_for_update().filter(date=date).first()
    if holiday is None:
        holiday = Holiday.objects.create(date=date, kind=kind, name=name, note=note)
        audit_record(actor=actor, action="holiday_create", obj=holiday, after=_snapshot(holiday))
        return holiday
    before = _snapshot(holiday)
    holiday.kind, holiday.name, holiday.note = kind, name, note
    holiday.save(update_fields=["kind", "name", "note"])
    audit_record(actor=actor, action="holiday_update", obj=holiday, before=before, after=_snapshot(holiday))
    return holiday


@transaction.atomic
def holiday_remove(*, actor: User, holiday: Holiday) -> None:
    _require_office(actor)
    # Recorded before the delete: afterwards the row has no primary key to point at.
    audit_record(actor=actor, action="holiday_remove", obj=holiday, before=_snapshot(holiday))
    holiday.delete()


@transaction.atomic
def calendar_year_confirm(*, actor: User, year: int, today: date | None = None) -> CalendarYear:
    """Declares a year's schedule complete: from now on deadlines are counted through it."""
    _require_office(actor)
    today = today or timezone.localdate()
    if year > today.year + 1:
        raise ApplicationError(f"国务院一般只提前公布下一年度的安排，暂不能确认{year}年。")
    if CalendarYear.objects.filter(year=year).exists():
        raise ApplicationError(f"{year}年节假日安排已经确认录入。")
    if not Holiday.objects.filter(date__year=year, kind=HolidayKind.HOLIDAY).exists():
        raise ApplicationError(f"尚未录入{year}年的任何放假日期，请先按国务院办公厅通知逐日录入后再确认。")
    calendar_year = CalendarYear.objects.create(
        year=year, source=CalendarSource.MANUAL, confirmed_by=actor, confirmed_at=timezone.now()
    )
    days = Holiday.objects.filter(date__year=year)
    audit_record(
        actor=actor,
        action="calendar_year_confirm",
        obj=calendar_year,
        after={
            "year": year,
            "holidays": days.filter(kind=HolidayKind.HOLIDAY).count(),
            "makeup_workdays": days.filter(kind=HolidayKind.WORKDAY).count(),
        },
    )
    return calendar_year
