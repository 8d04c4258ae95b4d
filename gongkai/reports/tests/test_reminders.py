"""Annual-report deadline reminders: preparers on milestone days before 31 January, weekly once overdue."""

from datetime import date

import pytest

from gongkai.notifications.models import Notification
from gongkai.reports.choices import ReportScope, ReportState
from gongkai.reports.models import AnnualReport
from gongkai.reports.reminders import is_reminder_day, report_deadline_reminders

pytestmark = pytest.mark.django_db


def test_reminders_come_on_milestone_days_and_weekly_after_the_deadline():
    assert [d for d in range(61, -20, -1) if is_reminder_day(d)] == [60, 30, 14, 7, 3, 1, 0, -1, -8, -15]


def test_department_preparers_are_reminded_30_days_before_31_january(org):
    assert report_deadline_reminders(date(2025, 1, 1)) > 0
    note = Notification.objects.get(user=org.edu_drafter)
    assert note.source == "reports" and "2024年部门年度报告" in note.title
    assert "2025年1月31日" in note.body and "第四十九条" in note.body
    assert Notification.objects.filter(user=org.edu_approver).exists()
    assert not Notification.objects.filter(user=org.edu_first).exists()
    assert report_deadline_reminders(date(2025, 1, 1)) == 0  # once a day
    assert report_deadline_reminders(date(2025, 1, 2)) == 0  # not a milestone


def test_the_office_is_reminded_of_the_governments_report_due_31_march(org):
    report_deadline_reminders(date(2025, 3, 1))
    note = Notification.objects.get(user=org.office)
    assert "本级政府年度报告" in note.title and "2025年3月31日" in note.body


def test_a_published_report_ends_its_departments_reminders(org):
    AnnualReport.objects.create(
        scope=ReportScope.DEPARTMENT,
        department=org.edu,
        year=2024,
        state=ReportState.PUBLISHED,
        created_by=org.office,
    )
    report_deadline_reminders(date(2025, 1, 1))
    assert not Notification.objects.filter(user=org.edu_drafter).exists()
    assert Notification.objects.filter(user=org.health_drafter).exists()
