"""Blob moves from catalogue to files without touching the data: this step only adopts the existing table
in the migration state; 0002 renames it once every reference points here."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [("catalogue", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Blob",
                    fields=[
                        ("sha256", models.CharField(max_length=64, primary_key=True, serialize=False)),
                        ("size", models.PositiveBigIntegerField()),
                        ("kind", models.CharField(max_length=10)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                    ],
                    options={"db_table": "catalogue_blob"},
                ),
            ],
            database_operations=[],
        ),
    ]
