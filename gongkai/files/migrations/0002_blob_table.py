"""The blob table takes the files app's name; foreign keys follow the rename on SQLite and PostgreSQL."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("files", "0001_blob_from_catalogue"),
        ("catalogue", "0004_blob_moved"),
    ]

    operations = [migrations.AlterModelTable(name="blob", table=None)]
