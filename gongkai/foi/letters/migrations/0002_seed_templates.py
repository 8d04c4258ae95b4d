"""Seed the statutory default wording of every letter (the office edits it afterwards)."""

from django.db import migrations

from gongkai.foi.letters.defaults import DEFAULTS


def seed(apps, schema_editor):
    LetterTemplate = apps.get_model("foi_letters", "LetterTemplate")
    for key, (kind, label, title, body) in DEFAULTS.items():
        LetterTemplate.objects.get_or_create(key=key, defaults={"kind": kind, "label": label, "title": title, "body": body})


class Migration(migrations.Migration):
    dependencies = [("foi_letters", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
