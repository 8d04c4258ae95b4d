"""'These objects changed': announced by the app that owns them, inside the transaction of the change.

The rooms that keep a copy of public things (the search index today) subscribe; the owning app does not know
who listens, so a domain never imports them. Receivers run in the same transaction: if one fails, the change
fails with it, and a rollback takes their writes back too. Deleted rows need no announcement (receivers
that keep copies follow deletions themselves).
"""

from collections.abc import Iterable

from django.db import models
from django.dispatch import Signal

# sender: the model class; pks: the primary keys of the changed rows.
objects_changed = Signal()


def announce_changed(*, model: type[models.Model], pks: Iterable[int]) -> None:
    pks = list(pks)
    if pks:
        objects_changed.send(sender=model, pks=pks)
