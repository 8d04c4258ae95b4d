"""What a person's inbox shows: only their own notifications, unread first."""

from django.db.models import F

from gongkai.core.models import User

from .models import Notification


def notification_list_unread(*, user: User, source: str | None = None):
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if source is not None:
        unread = unread.filter(source=source)
    return unread.order_by("-created_on", "-id")


def notification_count_unread(*, user: User) -> int:
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def notification_list_inbox(*, user: User):
    return Notification.objects.filter(user=user).order_by(
        F("read_at").asc(nulls_first=True), "-created_on", "-id"
    )
