"""依申请公开's reminder source: its daily duty (lapses, due dates, reminders) runs first in the daily job."""

import logging
from datetime import date

from gongkai.notifications.daily import ReminderSource

from .daily import SOURCE, foi_daily_run

log = logging.getLogger(__name__)


def _run(today: date) -> int:
    result = foi_daily_run(today=today)
    if result.lapsed_corrections or result.lapsed_fees:
        log.info("foi daily %s: lapsed %s / %s", today, result.lapsed_corrections, result.lapsed_fees)
    return result.notifications


# Runs before the others: lapsing closes cases that the counts would otherwise still show as open.
SOURCES = [ReminderSource(name=SOURCE, label="依申请公开期限", run=_run, order=10)]
