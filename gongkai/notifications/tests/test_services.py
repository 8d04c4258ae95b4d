"""notify is idempotent per person and key; marking read touches only one's own notifications."""

from datetime import date

import pytest

from gongkai.notifications.models import Notification
from gongkai.notifications.services import notifications_mark_read, notify

pytestmark = pytest.mark.django_db
TODAY = date(2024, 10, 28)


def _notify(user, key="k1"):
    return notify(user=user, source="foi", key=key, title="期限提醒", body="…", link="/staff/", today=TODAY)


def test_the_same_key_reaches_a_person_once(org):
    assert _notify(org.edu_drafter) is True
    assert _notify(org.edu_drafter) is False
    assert _notify(org.health_drafter) is True
    assert Notification.objects.filter(key="k1").count() == 2


def test_marking_read_touches_only_ones_own(org):
    _notify(org.edu_drafter, "a")
    _notify(org.edu_drafter, "b")
    _notify(org.health_drafter, "a")
    theirs = Notification.objects.get(user=org.health_drafter)
    assert notifications_mark_read(user=org.edu_drafter, pk=theirs.pk) == 0
    assert notifications_mark_read(user=org.edu_drafter) == 2
    theirs.refresh_from_db()
    assert theirs.read_at is None
