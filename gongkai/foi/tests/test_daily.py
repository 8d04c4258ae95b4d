"""The FOI daily duty: lapses, due dates, reminders to handlers and the office, idempotent."""

from datetime import date

import pytest
from django.urls import reverse

from gongkai.foi.choices import FeeMethod, Outcome, State
from gongkai.foi.daily import foi_daily_run
from gongkai.foi.models import Application
from gongkai.foi.services import correction_request, fee_notice
from gongkai.notifications.daily import daily_run
from gongkai.notifications.models import Notification
from gongkai.workdays.models import CalendarYear

from .conftest import company_data

pytestmark = pytest.mark.django_db


def test_lapses_close_applications_whose_dates_passed(org, register):
    waiting = register(date(2024, 9, 27))
    correction_request(
        actor=org.edu_drafter,
        application=waiting,
        sent_on=date(2024, 9, 30),
        items="请写明文号",
        deadline_on=date(2024, 10, 15),
    )
    unpaid = register(date(2024, 10, 8), department=org.health, actor=org.health_drafter, data=company_data())
    fee_notice(
        actor=org.health_drafter,
        application=unpaid,
        method=FeeMethod.PER_VOLUME,
        pages=120,
        notified_on=date(2024, 10, 9),
        pay_by=date(2024, 10, 31),
    )
    result = foi_daily_run(today=date(2024, 10, 15))
    assert result.lapsed_corrections == [] and Application.objects.get(pk=waiting.pk).is_open
    result = foi_daily_run(today=date(2024, 11, 1))
    waiting.refresh_from_db()
    unpaid.refresh_from_db()
    assert (waiting.state, waiting.outcome) == (State.CLOSED, Outcome.OTHER_NO_CORRECTION)
    assert (unpaid.state, unpaid.outcome) == (State.CLOSED, Outcome.OTHER_FEE_UNPAID)


def test_handlers_and_the_office_are_warned_once_a_day(org, register):
    register(date(2024, 9, 27))  # due 2024-10-30
    register(date(2024, 10, 8), department=org.health, actor=org.health_drafter, data=company_data())
    today = date(2024, 10, 28)
    first = foi_daily_run(today=today)
    assert first.notifications > 0
    edu = Notification.objects.get(user=org.edu_drafter)
    assert "示范县教育局" in edu.title and "即将到期（5个工作日内）1件" in edu.body
    assert Notification.objects.filter(user=org.edu_approver).count() == 1
    assert not Notification.objects.filter(
        user=org.edu_first
    ).exists()  # reviewers do not handle applications
    office = Notification.objects.get(user=org.office, key__startswith="deadlines")
    assert "全平台" in office.title and "即将到期（5个工作日内）1件" in office.body
    count = Notification.objects.count()
    again = foi_daily_run(today=today)
    assert again.notifications == 0 and Notification.objects.count() == count
    foi_daily_run(today=date(2024, 10, 29))
    assert Notification.objects.filter(user=org.edu_drafter).count() == 2


def test_from_december_the_office_is_warned_when_next_year_is_missing(org):
    year = max(CalendarYear.objects.values_list("year", flat=True))
    CalendarYear.objects.filter(year=year).delete()
    daily_run(today=date(year - 1, 11, 30))
    assert not Notification.objects.filter(key__startswith="calendar-missing").exists()
    daily_run(today=date(year - 1, 12, 1))
    notice = Notification.objects.get(user=org.office, key__startswith="calendar-missing")
    assert f"{year}年节假日安排尚未录入" == notice.title


def test_the_list_shows_unread_notifications_until_marked_read(client, org, register):
    register(date(2024, 9, 27))
    foi_daily_run(today=date(2024, 10, 28))
    client.force_login(org.edu_drafter)
    assert "期限提醒" in client.get(reverse("foi:staff-list")).content.decode()
    client.post(reverse("notifications:read-all"))
    assert "期限提醒" not in client.get(reverse("foi:staff-list")).content.decode()
