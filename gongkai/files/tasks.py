"""Huey tasks (discovered by huey.contrib.djhuey): thin wrappers around plain functions tested directly."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .sweep import blob_sweep

# 19:30 UTC is 03:30 in Asia/Shanghai: the quietest hour for the offices.
SWEEP_SCHEDULE = crontab(minute="30", hour="19")


@db_periodic_task(SWEEP_SCHEDULE, name="files_sweep")
def files_sweep():
    blob_sweep(now=timezone.now())
