"""Carry the notifications of the former FOI-only inbox over into the shared one (the FOI table goes next)."""

from django.db import migrations


def copy(apps, schema_editor):
    Old = apps.get_model("foi", "Notification")
    New = apps.get_model("notifications", "Notification")
    New._meta.get_field("created_at").auto_now_add = False  # keep each notification's own time
    New.objects.bulk_create(
        [
            New(
                user_id=n.user_id,
                source="workdays" if n.key.startswith("calendar-missing") else "foi",
                key=n.key,
                title=n.title,
                body=n.body,
                link=n.link,
                created_on=n.created_on,
                read_at=n.read_at,
                created_at=n.created_at,
            )
            for n in Old.objects.iterator()
        ],
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("foi", "0002_notification_proposal"),
    ]

    operations = [migrations.RunPython(copy, migrations.RunPython.noop)]
