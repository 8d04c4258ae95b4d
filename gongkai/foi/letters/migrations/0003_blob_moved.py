"""Letters and delivered files point to files.Blob (same table, same columns: state only)."""

import django.db.models.deletion
from django.db import migrations, models


def _blob():
    return models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+", to="files.blob")


class Migration(migrations.Migration):
    dependencies = [
        ("foi_letters", "0002_seed_templates"),
        ("files", "0001_blob_from_catalogue"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(model_name="deliveredfile", name="blob", field=_blob()),
                migrations.AlterField(model_name="letter", name="docx", field=_blob()),
                migrations.AlterField(model_name="letter", name="pdf", field=_blob()),
            ],
            database_operations=[],
        ),
    ]
