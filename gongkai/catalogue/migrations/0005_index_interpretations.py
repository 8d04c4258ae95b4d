"""Interpretations joined the search index (search 0006): announce the existing ones so that a site upgraded
from before finds them at once, with no manual rebuild. The search room indexes what it is told about."""

from django.db import migrations


def index(apps, schema_editor):
    # The current model, not the historical one: the search room recognises the class that registered.
    from gongkai.catalogue.models import Interpretation
    from gongkai.core.changes import announce_changed

    pks = list(Interpretation.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), 500):
        announce_changed(model=Interpretation, pks=pks[start : start + 500])


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0004_blob_moved"),
        ("search", "0006_search_kinds"),
    ]

    operations = [migrations.RunPython(index, migrations.RunPython.noop)]
