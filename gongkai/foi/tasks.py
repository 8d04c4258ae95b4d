"""Huey tasks (discovered by huey.contrib.djhuey): thin wrappers around plain functions tested directly."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .daily import foi_daily_run

# Huey evaluates schedules in UTC; 00:00 UTC is 08:00 in Asia/Shanghai (no daylight saving in China).
DAILY_SCHEDULE = crontab(minute="0", hour="0")


@db_periodic_task(DAILY_SCHEDULE, name="foi_daily")
def foi_daily():
    foi_daily_run(today=timezone.localdate())
