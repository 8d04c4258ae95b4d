"""Superseded by 0003, which (re)creates the backend's token index for the rank_key design."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]
    operations = []
