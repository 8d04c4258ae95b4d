"""The lists staff work from, the clock shown on a page, and the applicant's tracking lookup."""

from datetime import date

import pytest

from gongkai.foi.choices import PauseKind
from gongkai.foi.rules import visible_applications
from gongkai.foi.selectors import (
    application_clock,
    application_get_by_tracking,
    application_list_clock_unknown,
    application_list_due_soon,
    application_list_overdue,
    application_list_paused,
)
from gongkai.foi.services import application_reply, correction_request, pause_start

from .conftest import PERSON_ID, company_data

pytestmark = pytest.mark.django_db
AS_OF = date(2024, 10, 24)  # Thursday


@pytest.fixture
def apps(org, register):
    """Due 30 Oct (4 working days left), due 23 Oct (overdue), due 13 Nov (not soon), and a health one."""
    o = type("Apps", (), {})()
    o.soon = register(date(2024, 9, 27))
    o.overdue = register(date(2024, 9, 20))
    o.later = register(date(2024, 10, 16))
    o.health_soon = register(date(2024, 9, 27), department=org.health, actor=org.health_drafter)
    return o


def test_due_soon_lists_open_applications_with_at_most_five_working_days_left(apps, org):
    assert apps.overdue.due_on == date(2024, 10, 23)
    assert list(application_list_due_soon(as_of=AS_OF, departments=[org.edu])) == [apps.soon]
    assert set(application_list_due_soon(as_of=AS_OF)) == {apps.soon, apps.health_soon}


def test_an_application_due_on_the_fifth_working_day_is_due_soon_and_the_sixth_is_not(org, register):
    fifth = register(date(2024, 9, 29))  # a worked Sunday; due 31 Oct 2024, 5 working days after 24 Oct
    assert fifth.due_on == date(2024, 10, 31)
    sixth = register(date(2024, 9, 30))  # due 1 Nov 2024
    assert sixth.due_on == date(2024, 11, 1)
    soon = list(application_list_due_soon(as_of=AS_OF, departments=[org.edu]))
    assert fifth in soon and sixth not in soon


def test_overdue_lists_open_applications_past_their_due_date(apps, org):
    assert list(application_list_overdue(as_of=AS_OF, departments=[org.edu])) == [apps.overdue]
    assert list(application_list_overdue(as_of=AS_OF, departments=[org.health])) == []


def test_replied_applications_are_never_due_or_overdue(apps, org):
    application_reply(
        actor=org.edu_drafter, application=apps.overdue, outcome="granted", replied_on=AS_OF, reasons="已提供"
    )
    assert list(application_list_overdue(as_of=AS_OF)) == []


def test_paused_lists_open_pauses_and_awaited_corrections(apps, org, register):
    pause_start(
        actor=org.edu_drafter,
        application=apps.later,
        kind=PauseKind.THIRD_PARTY,
        started_on=date(2024, 10, 18),
        party="某公司",
    )
    waiting = register(date(2024, 10, 21))
    correction_request(
        actor=org.edu_drafter,
        application=waiting,
        sent_on=date(2024, 10, 22),
        items="x",
        deadline_on=date(2024, 11, 5),
    )
    assert list(application_list_paused(departments=[org.edu])) == [apps.later, waiting]
    assert list(application_list_paused(departments=[org.health])) == []
    assert apps.later not in application_list_due_soon(as_of=AS_OF)


def test_applications_whose_calendar_year_is_missing_are_listed_apart(org, register, cal):
    unknown = register(date(max(cal.years), 12, 20))
    assert list(application_list_clock_unknown(departments=[org.edu])) == [unknown]
    view = application_clock(application=unknown, as_of=date(max(cal.years), 12, 21))
    assert view.clock is None
    assert view.label == f"无法计算答复期限：{max(cal.years) + 1}年节假日安排尚未录入"


def test_the_clock_on_a_page_counts_working_days_left(apps):
    assert application_clock(application=apps.soon, as_of=AS_OF).label == "剩余4个工作日"


def test_each_department_sees_only_its_own_applications_and_the_office_sees_all(apps, org):
    assert set(visible_applications(org.edu_drafter)) == {apps.soon, apps.overdue, apps.later}
    assert set(visible_applications(org.health_approver)) == {apps.health_soon}
    assert visible_applications(org.office).count() == 4
    assert visible_applications(org.edu_first).count() == 0
    assert visible_applications(org.sysadmin).count() == 0


def test_tracking_needs_the_code_and_the_last_four_of_the_id_or_phone(apps):
    code = apps.soon.tracking_code
    assert application_get_by_tracking(tracking_code=code, second_factor=PERSON_ID[-4:]) == apps.soon
    assert application_get_by_tracking(tracking_code=code.lower(), second_factor="002x") == apps.soon
    assert application_get_by_tracking(tracking_code=code, second_factor="1234") == apps.soon  # phone
    assert application_get_by_tracking(tracking_code=code, second_factor="9999") is None
    assert application_get_by_tracking(tracking_code=code, second_factor="") is None
    assert application_get_by_tracking(tracking_code=str(apps.soon.pk), second_factor="1234") is None
    assert application_get_by_tracking(tracking_code="依申请〔2024〕1号", second_factor="1234") is None


def test_an_organisation_tracks_with_its_credit_code(org, register):
    app = register(data=company_data())
    assert application_get_by_tracking(tracking_code=app.tracking_code, second_factor="0Y43") == app


def test_due_dates_are_filled_in_once_the_missing_year_is_entered(org, register, cal):
    from gongkai.foi.services import due_dates_refresh
    from gongkai.workdays.models import CalendarYear

    last = max(cal.years)
    unknown = register(date(last, 12, 20))
    assert unknown.due_on is None
    CalendarYear.objects.create(year=last + 1, source="manual")  # weekday-only year, entered by the office
    assert due_dates_refresh() >= 1
    unknown.refresh_from_db()
    assert unknown.due_on is not None and unknown.due_on.year == last + 1
