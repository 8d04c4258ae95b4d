"""条例第二十六条 reminders: the issuing department's 信息员 and 批准人, and the office, once a day."""

import datetime as dt

import pytest

from gongkai.catalogue.reminders import publication_reminders
from gongkai.notifications.models import Notification

pytestmark = pytest.mark.django_db
TODAY = dt.date(2024, 10, 28)  # 2024-09-27 + 18 working days (国庆 skipped)


def test_information_near_the_limit_reminds_its_department_and_the_office_once_a_day(org, make_draft):
    make_draft(title="逾期未公开", formed_on=dt.date(2024, 9, 27))
    make_draft(title="刚形成", formed_on=dt.date(2024, 10, 25), dept="health")
    assert publication_reminders(TODAY) == 3
    drafter = Notification.objects.get(user=org.edu_drafter)
    assert drafter.source == "catalogue" and "示范县教育局" in drafter.title
    assert "1件主动公开信息" in drafter.body and "20个工作日" in drafter.body
    assert Notification.objects.filter(user=org.edu_approver).exists()
    assert not Notification.objects.filter(user=org.edu_first).exists()  # reviewers are not reminded
    assert not Notification.objects.filter(user__in=[org.health_drafter, org.health_approver]).exists()
    assert "全平台" in Notification.objects.get(user=org.office).title
    assert publication_reminders(TODAY) == 0


def test_nothing_near_the_limit_sends_nothing(org, make_draft):
    make_draft(title="刚形成", formed_on=dt.date(2024, 10, 25))
    assert publication_reminders(TODAY) == 0
    assert not Notification.objects.exists()
