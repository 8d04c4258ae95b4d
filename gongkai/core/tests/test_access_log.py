"""The access log of reads of personal data, and the 公开办's page over it."""

from datetime import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from gongkai.core.access_log import access_log_list, access_record
from gongkai.core.models import AccessLog

pytestmark = pytest.mark.django_db
URL = reverse("accesslog:list")


def _read(actor, obj, *, on: datetime | None = None, action="foi_view", ip="10.1.2.3") -> AccessLog:
    row = access_record(actor=actor, action=action, obj=obj, ip_address=ip)
    if on is not None:
        AccessLog.objects.filter(pk=row.pk).update(created_at=timezone.make_aware(on))
    return row


def test_a_read_is_one_row_with_who_what_which_object_and_where(org):
    row = _read(org.edu_drafter, org.edu, action="foi_view_id_proof")
    assert (row.actor, row.label, row.object_type, row.object_id, row.ip_address) == (
        org.edu_drafter,
        "查看身份证明",
        "core.department",
        str(org.edu.pk),
        "10.1.2.3",
    )


def test_the_list_filters_by_person_days_and_object(org):
    _read(org.edu_drafter, org.edu, on=datetime(2025, 3, 1, 23, 30))
    _read(org.edu_drafter, org.health, on=datetime(2025, 3, 2, 8, 0))
    _read(org.health_drafter, org.health, on=datetime(2025, 3, 3, 8, 0))
    assert access_log_list(actor=org.edu_drafter).count() == 2
    day = datetime(2025, 3, 2).date()
    assert [r.object_repr for r in access_log_list(date_from=day, date_to=day)] == [org.health.name]
    assert access_log_list(date_to=datetime(2025, 3, 1).date()).count() == 1  # the whole local day counts
    assert access_log_list(obj="卫生健康").count() == 2
    assert access_log_list(obj=str(org.edu.pk)).count() == 1


def test_only_the_office_sees_the_page_a_department_user_gets_403(client, org):
    _read(org.edu_drafter, org.edu)
    assert client.get(URL).status_code == 302  # anonymous → login
    for user in (org.edu_drafter, org.edu_approver, org.sysadmin):
        client.force_login(user)
        response = client.get(URL)
        assert response.status_code == 403, user
        assert "公开办" in response.content.decode() and "10.1.2.3" not in response.content.decode()
    client.force_login(org.office)
    response = client.get(URL)
    page = response.content.decode()
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert "查看申请" in page and "foi_view" not in page and "10.1.2.3" in page and org.edu.name in page


def test_the_page_filters_and_paginates_keeping_the_filter(client, org):
    for _ in range(51):
        _read(org.edu_drafter, org.edu)
    _read(org.health_drafter, org.health)
    client.force_login(org.office)
    page = client.get(URL, {"actor": org.edu_drafter.pk}).content.decode()
    assert "共 51 条" in page and f"actor={org.edu_drafter.pk}&amp;page=2" in page
    second = client.get(URL, {"actor": org.edu_drafter.pk, "page": 2}).context["page"]
    assert [row.actor for row in second] == [org.edu_drafter]
    assert "共 1 条" in client.get(URL, {"obj": org.health.name}).content.decode()


@pytest.mark.parametrize(
    "params",
    [{"date_from": "²"}, {"date_to": "2025-13-40"}, {"actor": "①"}, {"page": "9" * 1000}, {"obj": "x" * 500}],
)
def test_bad_filter_values_answer_the_page_not_500(client, org, params):
    client.force_login(org.office)
    assert client.get(URL, params).status_code == 200


def test_a_reversed_date_range_is_explained_in_chinese(client, org):
    client.force_login(org.office)
    page = client.get(URL, {"date_from": "2025-03-02", "date_to": "2025-03-01"}).content.decode()
    assert "截止日期不能早于起始日期" in page
