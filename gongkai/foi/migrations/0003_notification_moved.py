"""The FOI inbox became the shared one (notifications app); its rows were copied there first."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("foi", "0002_notification_proposal"),
        ("notifications", "0002_copy_from_foi"),
    ]

    operations = [
        migrations.DeleteModel(name="Notification"),
    ]
