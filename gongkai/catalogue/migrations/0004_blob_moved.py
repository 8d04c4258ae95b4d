"""Attachments point to files.Blob and catalogue forgets the model (state only: the table stays, files
0002 renames it). Runs after every other app's references have moved, so no state points at a gone model."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0003_validity_confirmation"),
        ("files", "0001_blob_from_catalogue"),
        ("foi", "0004_blob_moved"),
        ("foi_letters", "0003_blob_moved"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="attachment",
                    name="blob",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="attachments",
                        to="files.blob",
                    ),
                ),
                migrations.DeleteModel(name="Blob"),
            ],
            database_operations=[],
        ),
    ]
