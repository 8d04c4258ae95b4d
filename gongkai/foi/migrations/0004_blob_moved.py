"""The identity proof points to files.Blob (same table, same column: state only)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("foi", "0003_notification_moved"),
        ("files", "0001_blob_from_catalogue"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="application",
                    name="id_proof",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="files.blob",
                        verbose_name="身份证明",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
