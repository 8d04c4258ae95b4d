"""The staff navigation: each app registers its entries from AppConfig.ready; staff_base renders them.

An entry says what it is called, where it leads, who sees it and where it stands. No base template names
a domain's pages and no app needs a context processor to show its menu entry.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse

from gongkai.core.models import User


@dataclass(frozen=True)
class NavEntry:
    label: str
    url_name: str
    order: int
    visible_to: Callable[[User], bool] | None = None  # None: everyone who sees the staff pages

    def shown_to(self, user: User) -> bool:
        return self.visible_to is None or self.visible_to(user)


_entries: dict[str, NavEntry] = {}


def register(*, label: str, url_name: str, order: int, visible_to: Callable[[User], bool] | None = None):
    """Add (or, when ready() runs again, replace) the entry leading to `url_name`."""
    _entries[url_name] = NavEntry(label=label, url_name=url_name, order=order, visible_to=visible_to)


def entries() -> list[NavEntry]:
    return sorted(_entries.values(), key=lambda e: (e.order, e.url_name))


def entries_for(user: User) -> list[NavEntry]:
    return [entry for entry in entries() if entry.shown_to(user)]


def home_url() -> str:
    """The first entry for everyone (the 工作台): where a refused person is sent back to."""
    for entry in entries():
        if entry.visible_to is None:
            return reverse(entry.url_name)
    return "/"
