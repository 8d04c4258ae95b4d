"""The annual report's reminder source (条例第四十九条、第五十条): each department's preparers are told about
its report due 31 January, the office about the government's due 31 March, until the report is published.

A reminder on every one of the 60 lead days would bury the inbox, so it comes on milestone days and, once a
deadline has passed, every week.
"""

from datetime import date

from django.urls import reverse

from gongkai.core.models import Department
from gongkai.notifications.daily import ReminderSource
from gongkai.notifications.recipients import department_users, office_users
from gongkai.notifications.services import notify
from gongkai.workdays.statute import REPORT_OVERDUE_REMINDER_EVERY_DAYS, REPORT_REMINDER_MILESTONE_DAYS

from .choices import ReportScope
from .models import AnnualReport
from .rules import PREPARER_ROLES
from .selectors.report import Reminder, report_reminders

SOURCE = "reports"


def is_reminder_day(days_left: int) -> bool:
    if days_left < 0:
        return (
            -days_left - 1
        ) % REPORT_OVERDUE_REMINDER_EVERY_DAYS == 0  # the day after the deadline, then weekly
    return days_left in REPORT_REMINDER_MILESTONE_DAYS


def _body(reminder: Reminder) -> str:
    when = f"{reminder.deadline:%Y年%-m月%-d日}"
    if reminder.overdue:
        state = f"已超过{when}的法定期限{-reminder.days_left}天"
    else:
        state = f"应于{when}前发布（还有{reminder.days_left}天）"
    return f"{reminder.year}年{reminder.label}{state}，依据{reminder.basis}。"


def _send(users, reminder: Reminder, key: str, today: date) -> int:
    created = 0
    for user in users:
        created += notify(
            user=user,
            source=SOURCE,
            key=key,
            title=f"{reminder.year}年{reminder.label}发布期限提醒",
            body=_body(reminder),
            link=reverse("reports:index"),
            today=today,
        )
    return created


def report_deadline_reminders(today: date) -> int:
    created = 0
    preparing = Department.objects.filter(role_assignments__role__in=PREPARER_ROLES).distinct()
    for department in preparing:
        reports = AnnualReport.objects.filter(scope=ReportScope.DEPARTMENT, department=department)
        for reminder in report_reminders(today=today, reports=reports):
            if reminder.scope == ReportScope.DEPARTMENT and is_reminder_day(reminder.days_left):
                key = f"report-deadline:{today}:{reminder.year}:{department.pk}"
                created += _send(department_users(department, PREPARER_ROLES), reminder, key, today)
    reports = AnnualReport.objects.filter(scope=ReportScope.GOVERNMENT)
    for reminder in report_reminders(today=today, reports=reports):
        if reminder.scope == ReportScope.GOVERNMENT and is_reminder_day(reminder.days_left):
            key = f"report-deadline:{today}:{reminder.year}:government"
            created += _send(office_users(), reminder, key, today)
    return created


SOURCES = [ReminderSource(name=SOURCE, label="年度报告发布期限", run=report_deadline_reminders)]
