"""An existing database keeps its FOI reminders: they are copied into the shared inbox, read state included."""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("foi", "0002_notification_proposal"), ("notifications", "0001_initial")]
AFTER = [("foi", "0003_notification_moved"), ("notifications", "0002_copy_from_foi")]


@pytest.mark.django_db(transaction=True)
def test_the_foi_notifications_move_into_the_shared_inbox(org):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old_apps = executor.loader.project_state(BEFORE).apps
    Old = old_apps.get_model("foi", "Notification")
    read_at = dt.datetime(2024, 10, 29, 9, 0, tzinfo=dt.UTC)
    Old.objects.create(
        user_id=org.edu_drafter.pk,
        key="deadlines:x",
        title="教育局期限提醒",
        created_on=dt.date(2024, 10, 28),
        read_at=read_at,
    )
    Old.objects.create(
        user_id=org.office.pk,
        key="calendar-missing:y",
        title="2026年节假日安排尚未录入",
        created_on=dt.date(2024, 12, 1),
    )

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    New = executor.loader.project_state(AFTER).apps.get_model("notifications", "Notification")
    moved = {n.key: n for n in New.objects.all()}
    assert moved["deadlines:x"].source == "foi" and moved["deadlines:x"].read_at == read_at
    assert (
        moved["deadlines:x"].user_id == org.edu_drafter.pk and moved["deadlines:x"].title == "教育局期限提醒"
    )
    assert moved["calendar-missing:y"].source == "workdays" and moved["calendar-missing:y"].read_at is None
