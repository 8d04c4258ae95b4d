# The shared cache's table (settings.CACHES, DatabaseCache) exists after `migrate`, with no extra command;
# it is created whatever the cache setting, so switching from Redis back to the database cache just works.
# LoginFailure gets an index for the per-address limit.

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations, models

CACHE_TABLE = "gongkai_cache"


def create_cache_table(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, CACHE_TABLE, dry_run=False)


def drop_cache_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(CACHE_TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("core", "0002_audit_access_log")]

    operations = [
        migrations.RunPython(create_cache_table, drop_cache_table),
        migrations.AddIndex(
            model_name="loginfailure",
            index=models.Index(fields=["ip_address", "created_at"], name="core_loginfail_ip_time"),
        ),
    ]
