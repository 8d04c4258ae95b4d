"""What the search index does when a registered source announces a change or loses a row."""

from . import registry
from .services import index_remove, index_sync


def on_objects_changed(sender, pks, **kwargs) -> None:
    source = registry.source_for_model(sender)
    if source is not None:
        index_sync(kind=source.kind, pks=pks)


def on_deleted(sender, instance, **kwargs) -> None:
    source = registry.source_for_model(sender)
    if source is not None and instance.pk is not None:
        index_remove(kind=source.kind, pks=[instance.pk])
