"""Blob moved from catalogue to files: a database from before the move keeps its rows and its references."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from gongkai.files.models import Blob

BEFORE_THE_MOVE = [
    ("catalogue", "0002_seed_columns_subjects"),
    ("foi", "0002_notification_proposal"),
    ("foi_letters", "0002_seed_templates"),
    ("files", None),
]
SHA = "ab" * 32


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


def _blob_fk_targets() -> dict[str, str]:
    """For each referencing column: the table its foreign key constraint points at."""
    found = {}
    with connection.cursor() as cursor:
        for table, column in (
            ("catalogue_attachment", "blob_id"),
            ("foi_application", "id_proof_id"),
            ("foi_letters_letter", "pdf_id"),
            ("foi_letters_deliveredfile", "blob_id"),
        ):
            for constraint in connection.introspection.get_constraints(cursor, table).values():
                if constraint["foreign_key"] and constraint["columns"] == [column]:
                    found[f"{table}.{column}"] = constraint["foreign_key"][0]
    return found


@pytest.mark.django_db(transaction=True)
def test_a_blob_stored_before_the_move_survives_it_and_every_reference_follows(reference_data):
    executor = _migrate(BEFORE_THE_MOVE)
    try:
        old_apps = executor.loader.project_state(BEFORE_THE_MOVE[:3]).apps
        OldBlob = old_apps.get_model("catalogue", "Blob")
        assert OldBlob._meta.db_table == "catalogue_blob"
        created = OldBlob.objects.create(sha256=SHA, size=123, kind="pdf").created_at
        assert set(_blob_fk_targets().values()) == {"catalogue_blob"}
    finally:
        executor = _migrate(executor.loader.graph.leaf_nodes())
    blob = Blob.objects.get(pk=SHA)
    assert (blob.size, blob.kind, blob.created_at) == (123, "pdf", created)
    assert Blob._meta.db_table == "files_blob"
    assert (
        _blob_fk_targets() == dict.fromkeys(_blob_fk_targets(), "files_blob") and len(_blob_fk_targets()) == 4
    )
    assert "catalogue_blob" not in connection.introspection.table_names()
