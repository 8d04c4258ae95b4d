"""Seeds every year whose official schedule the installed chinesecalendar package holds."""

from django.db import migrations

from gongkai.workdays.seed import seed_from_package


def seed(apps, schema_editor):
    seed_from_package(apps.get_model("workdays", "Holiday"), apps.get_model("workdays", "CalendarYear"))


class Migration(migrations.Migration):
    dependencies = [("workdays", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
