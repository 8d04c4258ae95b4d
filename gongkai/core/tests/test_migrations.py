"""The access-log migration moves reads recorded before it out of the 办理记录, and back when reversed."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("core", "0001_initial")]
AFTER = [("core", "0002_audit_access_log")]


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate(target)
    return MigrationExecutor(connection).loader.project_state(target).apps


@pytest.mark.django_db(transaction=True)
def test_reads_recorded_as_audit_events_move_to_the_access_log_with_their_time(reference_data):
    old = _migrate(BEFORE)
    try:
        event = old.get_model("core", "AuditEvent")
        common = {"object_type": "foi.application", "object_id": "7", "object_repr": "教申〔2024〕1号"}
        read = event.objects.create(action="foi_view_letter", after={"letter": 3}, **common)
        event.objects.filter(pk=read.pk).update(created_at="2024-10-08T09:00:00+08:00")
        event.objects.create(action="foi_reply", **common)
        new = _migrate(AFTER)
        row = new.get_model("core", "AccessLog").objects.get()
        assert (row.action, row.object_id, row.detail, row.created_at.isoformat()) == (
            "foi_view_letter",
            "7",
            {"letter": 3},
            "2024-10-08T01:00:00+00:00",
        )
        assert list(new.get_model("core", "AuditEvent").objects.values_list("action", flat=True)) == [
            "foi_reply"
        ]
        back = _migrate(BEFORE)
        assert sorted(back.get_model("core", "AuditEvent").objects.values_list("action", flat=True)) == [
            "foi_reply",
            "foi_view_letter",
        ]
    finally:
        _migrate(AFTER)
