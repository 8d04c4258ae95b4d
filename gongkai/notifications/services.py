"""Writing and reading notifications. `notify` is the only way a notification is made."""

from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from gongkai.core.models import User

from .models import Notification


def notify(*, user: User, source: str, key: str, title: str, body: str, link: str, today: date) -> bool:
    """Create the notification unless this person already has one with this key; True when created."""
    if Notification.objects.filter(user=user, key=key).exists():
        return False
    try:
        with transaction.atomic():
            Notification.objects.create(
                user=user,
                source=source,
                key=key[:100],
                title=title[:200],
                body=body,
                link=link[:300],
                created_on=today,
            )
    except IntegrityError:  # another run got there first
        return False
    return True


def notifications_mark_read(*, user: User, pk: int | None = None) -> int:
    """Mark one of the user's own notifications (or all of them) read; someone else's is never touched."""
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if pk is not None:
        unread = unread.filter(pk=pk)
    return unread.update(read_at=timezone.now())
