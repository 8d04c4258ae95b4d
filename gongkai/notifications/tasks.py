"""Huey task (discovered by huey.contrib.djhuey): the daily reminders, a thin wrapper tested through daily_run."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .daily import daily_run

# Huey evaluates schedules in UTC; 00:00 UTC is 08:00 in Asia/Shanghai (no daylight saving in China).
DAILY_SCHEDULE = crontab(minute="0", hour="0")


@db_periodic_task(DAILY_SCHEDULE, name="daily_reminders")
def daily_reminders():
    daily_run(today=timezone.localdate())
