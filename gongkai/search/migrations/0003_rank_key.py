"""rank_key, and the backend's token index: an FTS5 table and triggers (SQLite) or tsvector columns with
GIN indexes (PostgreSQL). The index starts empty: run `manage.py search_rebuild` on existing data."""

from django.db import migrations, models


def create(apps, schema_editor):
    from gongkai.search.backends import backend_for

    backend = backend_for(schema_editor.connection)
    with schema_editor.connection.cursor() as cursor:
        for statement in backend.DROP:
            cursor.execute(statement)
        cursor.execute("DELETE FROM search_searchentry")
        for statement in backend.CREATE:
            cursor.execute(statement)


def drop(apps, schema_editor):
    from gongkai.search.backends import backend_for

    with schema_editor.connection.cursor() as cursor:
        for statement in backend_for(schema_editor.connection).DROP:
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_token_index")]
    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="rank_key",
            field=models.BigIntegerField(null=True, unique=True),
        ),
        migrations.RunPython(create, drop),
    ]
