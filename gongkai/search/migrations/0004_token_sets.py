"""The token index as token sets with trigrams (no positions), and on SQLite a second FTS5 table for titles.
Existing index rows keep their place: their tokens are recomputed from the normalised text they hold."""

from django.db import migrations


def recreate(apps, schema_editor):
    from gongkai.search.backends import backend_for

    backend = backend_for(schema_editor.connection)
    with schema_editor.connection.cursor() as cursor:
        for statement in backend.DROP:
            cursor.execute(statement)
        for statement in backend.CREATE:
            cursor.execute(statement)
        backend.refill(cursor, key="document_id")  # the key column's name before 0006


class Migration(migrations.Migration):
    dependencies = [("search", "0003_rank_key")]
    operations = [migrations.RunPython(recreate, migrations.RunPython.noop)]
