"""The calendar's reminder source: from 1 December the office is told while next year's schedule is missing,
since no statutory deadline that reaches into that year can be computed without it."""

from datetime import date

from django.urls import reverse

from gongkai.notifications.daily import ReminderSource
from gongkai.notifications.recipients import office_users
from gongkai.notifications.services import notify

from .selectors import calendar_missing_next_year

SOURCE = "workdays"


def calendar_reminders(today: date) -> int:
    missing = calendar_missing_next_year(today=today)
    if not missing:
        return 0
    created = 0
    for user in office_users():
        created += notify(
            user=user,
            source=SOURCE,
            key=f"calendar-missing:{today}:{missing}",
            title=f"{missing}年节假日安排尚未录入",
            body=f"请在国务院办公厅公布后录入{missing}年的节假日和调休安排，否则{missing}年的答复期限无法计算。",
            link=reverse("workdays:index"),
            today=today,
        )
    return created


SOURCES = [ReminderSource(name=SOURCE, label="节假日安排", run=calendar_reminders)]
