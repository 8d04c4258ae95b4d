"""Index rows keyed by (kind, object id): the document foreign key becomes the row's own key.

Existing rows are documents and keep everything: their key is their document id (code 0), so their rank_key,
their tokens in the token index and their place in it stay as they are; no rebuild is needed. On SQLite the
table is copied while its key changes, so the triggers that feed FTS5 are put back afterwards.
"""

from django.db import migrations, models


def _triggers(schema_editor, create: bool) -> None:
    from gongkai.search.backends import sqlite

    if schema_editor.connection.vendor != "sqlite":
        return
    statements = sqlite.CREATE[2:] if create else sqlite.DROP[:3]
    with schema_editor.connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def drop_triggers(apps, schema_editor):
    _triggers(schema_editor, create=False)


def create_triggers(apps, schema_editor):
    _triggers(schema_editor, create=True)


def fill_object_ids(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("UPDATE search_searchentry SET object_id = id")


class Migration(migrations.Migration):
    dependencies = [("search", "0005_facet_index")]

    operations = [
        migrations.RunPython(drop_triggers, create_triggers),
        migrations.RemoveIndex(model_name="searchentry", name="search_rank_facets_idx"),
        migrations.AlterField(
            model_name="searchentry",
            name="document",
            field=models.BigIntegerField(primary_key=True, serialize=False),
        ),
        migrations.RenameField(model_name="searchentry", old_name="document", new_name="id"),
        migrations.AlterField(
            model_name="searchentry",
            name="id",
            field=models.BigIntegerField(primary_key=True, serialize=False, verbose_name="索引键"),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="kind",
            field=models.CharField(default="document", max_length=20, verbose_name="类型"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="searchentry",
            name="object_id",
            field=models.BigIntegerField(default=0, verbose_name="对象编号"),
            preserve_default=False,
        ),
        migrations.RunPython(fill_object_ids, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(
                fields=["rank_key", "is_public", "issuer_id", "year", "subject_id", "genre", "validity", "id"],
                name="search_rank_facets_idx",
            ),
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
