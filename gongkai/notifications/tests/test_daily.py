"""The one daily job: every app's reminder source runs, in order, and one failure silences no other."""

from datetime import date, datetime

import pytest

from gongkai.notifications import daily
from gongkai.notifications.daily import ReminderSource, daily_run, reminder_sources

pytestmark = pytest.mark.django_db


def test_every_app_with_reminders_is_registered_and_foi_runs_first():
    names = [s.name for s in reminder_sources()]
    assert set(names) >= {"foi", "catalogue", "reports", "workdays"}
    assert names[0] == "foi"  # lapses close cases before the others count anything


def test_a_failing_source_is_reported_and_the_others_still_run(monkeypatch):
    ran = []

    def broken(today):
        raise RuntimeError("数据库不可用")

    def fine(today):
        ran.append(today)
        return 2

    monkeypatch.setattr(daily, "_SOURCES", {})
    daily.reminder_source_register(ReminderSource(name="broken", label="坏", run=broken, order=1))
    daily.reminder_source_register(ReminderSource(name="fine", label="好", run=fine, order=2))
    result = daily_run(today=date(2024, 10, 28))
    assert ran == [date(2024, 10, 28)]
    assert result.created == {"fine": 2} and result.notifications == 2
    assert "数据库不可用" in result.failed["broken"]


def test_the_daily_task_is_registered_for_eight_in_the_morning_shanghai_time():
    from huey.contrib.djhuey import HUEY

    import gongkai.notifications.tasks  # noqa: F401 - registers the task, as the consumer's autodiscovery does

    def due_at(utc_naive):
        return [t.name for t in HUEY.read_periodic(utc_naive)]

    # Huey checks schedules in naive UTC: 00:00 UTC = 08:00 Asia/Shanghai.
    assert "daily_reminders" in due_at(datetime(2024, 5, 6, 0, 0))
    assert "daily_reminders" not in due_at(datetime(2024, 5, 6, 8, 0))
    assert "daily_reminders" not in due_at(datetime(2024, 5, 6, 0, 1))
