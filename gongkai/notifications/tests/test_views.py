"""The inbox: in the staff header for everyone with a role, only one's own, 404 for someone else's."""

from datetime import date

import pytest
from django.urls import reverse

from gongkai.notifications.models import Notification
from gongkai.notifications.services import notify

pytestmark = pytest.mark.django_db


def _notify(user, key, title):
    notify(
        user=user,
        source="foi",
        key=key,
        title=title,
        body="正文",
        link="/staff/foi/",
        today=date(2024, 10, 28),
    )
    return Notification.objects.get(user=user, key=key)


def test_the_header_counts_unread_notifications_and_the_inbox_lists_only_ones_own(client, org):
    _notify(org.edu_drafter, "a", "教育局期限提醒")
    _notify(org.health_drafter, "a", "卫健局期限提醒")
    client.force_login(org.edu_drafter)
    dashboard = client.get(reverse("catalogue:staff-dashboard")).content.decode()
    assert 'aria-label="1条未读"' in dashboard
    response = client.get(reverse("notifications:inbox"))
    page = response.content.decode()
    assert "教育局期限提醒" in page and "卫健局期限提醒" not in page
    assert "no-store" in response["Cache-Control"]


def test_marking_one_read_clears_it_from_the_count(client, org):
    mine = _notify(org.edu_drafter, "a", "教育局期限提醒")
    client.force_login(org.edu_drafter)
    assert client.post(reverse("notifications:read", args=[mine.pk])).status_code == 302
    mine.refresh_from_db()
    assert mine.read_at is not None
    assert "条未读" not in client.get(reverse("catalogue:staff-dashboard")).content.decode()


def test_someone_elses_notification_is_not_found_and_stays_unread(client, org):
    theirs = _notify(org.health_drafter, "a", "卫健局期限提醒")
    client.force_login(org.edu_drafter)
    assert client.post(reverse("notifications:read", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_the_inbox_needs_a_login_and_marking_needs_post(client, org):
    assert client.get(reverse("notifications:inbox")).status_code == 302
    client.force_login(org.edu_drafter)
    assert client.get(reverse("notifications:read-all")).status_code == 405


def test_marking_read_returns_only_to_a_page_of_this_site(client, org):
    _notify(org.edu_drafter, "a", "教育局期限提醒")
    client.force_login(org.edu_drafter)
    response = client.post(reverse("notifications:read-all"), {"next": "https://evil.example/"})
    assert response["Location"] == reverse("notifications:inbox")
    response = client.post(reverse("notifications:read-all"), {"next": reverse("foi:staff-list")})
    assert response["Location"] == reverse("foi:staff-list")
