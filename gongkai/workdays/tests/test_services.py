from datetime import date

import pytest

from gongkai.core.audit import audit_history
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import AuditEvent
from gongkai.workdays.calendar import is_workday
from gongkai.workdays.models import CalendarSource, CalendarYear, Holiday, HolidayKind
from gongkai.workdays.selectors import calendar_load
from gongkai.workdays.services import calendar_year_confirm, holiday_remove, holiday_set


def test_the_office_enters_a_day_off_and_the_audit_trail_records_it(org, seeded):
    day = holiday_set(actor=org.office, date=date(2027, 10, 1), kind=HolidayKind.HOLIDAY, name=" 国庆节 ")
    assert day.name == "国庆节"
    event = audit_history(day).get()
    assert (event.action, event.actor, event.after["date"]) == ("holiday_create", org.office, "2027-10-01")


def test_entering_the_same_date_again_corrects_it_and_keeps_the_old_value_in_the_audit(org, seeded):
    holiday_set(
        actor=org.office, date=date(2024, 10, 12), kind=HolidayKind.HOLIDAY, name="国庆节", note="更正"
    )
    day = Holiday.objects.get(date=date(2024, 10, 12))
    assert day.kind == HolidayKind.HOLIDAY
    event = audit_history(day).get(action="holiday_update")
    assert event.before["kind"] == HolidayKind.WORKDAY and event.after["kind"] == HolidayKind.HOLIDAY
    assert not is_workday(calendar_load(), date(2024, 10, 12))


@pytest.mark.parametrize("who", ["edu_drafter", "edu_approver", "sysadmin", "citizen"])
def test_only_the_office_may_change_the_holiday_table(org, seeded, who):
    with pytest.raises(ApplicationError, match="只有公开办"):
        holiday_set(actor=getattr(org, who), date=date(2027, 10, 1), kind=HolidayKind.HOLIDAY, name="国庆节")
    with pytest.raises(ApplicationError):
        holiday_remove(actor=getattr(org, who), holiday=Holiday.objects.get(date=date(2024, 10, 1)))
    with pytest.raises(ApplicationError):
        calendar_year_confirm(actor=getattr(org, who), year=2027, today=date(2026, 12, 20))
    assert not Holiday.objects.filter(date=date(2027, 10, 1)).exists()


def test_a_make_up_working_day_must_be_a_weekend(org, seeded):
    with pytest.raises(ApplicationError, match="2027年10月8日是星期五") as caught:
        holiday_set(actor=org.office, date=date(2027, 10, 8), kind=HolidayKind.WORKDAY, name="国庆节")
    assert caught.value.field == "date"


def test_a_day_needs_a_name(org, seeded):
    with pytest.raises(ApplicationError, match="节日名称") as caught:
        holiday_set(actor=org.office, date=date(2027, 10, 1), kind=HolidayKind.HOLIDAY, name="  ")
    assert caught.value.field == "name"


def test_removing_a_day_is_audited_with_what_it_was(org, seeded):
    day = Holiday.objects.get(date=date(2024, 10, 7))
    holiday_remove(actor=org.office, holiday=day)
    assert not Holiday.objects.filter(date=date(2024, 10, 7)).exists()
    event = AuditEvent.objects.get(action="holiday_remove")
    assert event.before == {"date": "2024-10-07", "kind": "holiday", "name": "国庆节", "note": ""}


def test_confirming_a_year_makes_deadlines_count_through_it(org, seeded):
    CalendarYear.objects.filter(year=2027).delete()
    holiday_set(actor=org.office, date=date(2027, 1, 1), kind=HolidayKind.HOLIDAY, name="元旦")
    confirmed = calendar_year_confirm(actor=org.office, year=2027, today=date(2026, 12, 20))
    assert (confirmed.source, confirmed.confirmed_by) == (CalendarSource.MANUAL, org.office)
    assert audit_history(confirmed).get().action == "calendar_year_confirm"
    assert is_workday(calendar_load(), date(2027, 1, 4))


def test_a_year_cannot_be_confirmed_twice_empty_or_too_early(org, seeded):
    with pytest.raises(ApplicationError, match="已经确认"):
        calendar_year_confirm(actor=org.office, year=2024, today=date(2026, 12, 20))
    CalendarYear.objects.filter(year=2027).delete()
    Holiday.objects.filter(date__year=2027).delete()
    with pytest.raises(ApplicationError, match="尚未录入2027年的任何放假日期"):
        calendar_year_confirm(actor=org.office, year=2027, today=date(2026, 12, 20))
    with pytest.raises(ApplicationError, match="暂不能确认2029年"):
        calendar_year_confirm(actor=org.office, year=2029, today=date(2026, 12, 20))
