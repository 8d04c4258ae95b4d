"""A 修改/废止 aimed at another department's document takes effect only with that department's confirmation
(its 批准人), or the office's recorded decision; until then the target stays exactly as it was."""

import pytest
from django.urls import reverse

from gongkai.catalogue.choices import Validity, ValidityChangeKind, ValidityChangeStatus
from gongkai.catalogue.models import ValidityChange
from gongkai.catalogue.services.validity import (
    validity_change_add,
    validity_change_confirm,
    validity_change_decline,
    validity_changes_awaiting,
)
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(org, make_draft, review_through):
    """Education publishes a notice repealing a published health-bureau document."""
    target = review_through(make_draft(dept="health", title="示范县卫生健康局原办法"), dept="health")
    source = make_draft(title="关于废止有关文件的通知")
    validity_change_add(actor=org.edu_drafter, source=source, target=target, kind=ValidityChangeKind.REPEAL)
    review_through(source)
    return ValidityChange.objects.select_related("source", "target").get(source=source)


def validity_of(change):
    change.target.refresh_from_db()
    return change.target.validity


def test_another_departments_review_does_not_repeal_its_document(pending):
    assert pending.source.state == "published"
    assert pending.status == ValidityChangeStatus.AWAITING and pending.applied_at is None
    assert validity_of(pending) == Validity.VALID
    assert not AuditEvent.objects.filter(action="validity_change").exists()
    pending_event = AuditEvent.objects.get(action="validity_change_pending")
    assert pending_event.object_id == str(pending.source.pk)


def test_the_target_departments_approver_confirms_and_the_change_takes_effect(org, pending):
    assert validity_changes_awaiting(user=org.health_approver) == [pending]
    validity_change_confirm(actor=org.health_approver, change=pending, reason="同意废止")
    pending.refresh_from_db()
    assert pending.status == ValidityChangeStatus.APPLIED and pending.applied_at is not None
    assert (pending.decided_by, pending.office_decision) == (org.health_approver, False)
    assert validity_of(pending) == Validity.REPEALED
    actions = list(
        AuditEvent.objects.filter(object_id=str(pending.target_id), object_type="catalogue.document")
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions[-2:] == ["validity_change_confirm", "validity_change"]
    assert validity_changes_awaiting(user=org.health_approver) == []


def test_the_office_may_decide_instead_but_only_with_a_reason(org, pending):
    with pytest.raises(ApplicationError, match="公开办决定须写明理由"):
        validity_change_confirm(actor=org.office, change=pending, reason="")
    assert validity_of(pending) == Validity.VALID
    validity_change_confirm(actor=org.office, change=pending, reason="经县政府常务会议研究决定废止")
    pending.refresh_from_db()
    assert pending.office_decision and pending.decided_by == org.office
    assert validity_of(pending) == Validity.REPEALED
    event = AuditEvent.objects.get(action="validity_change_office_confirm")
    assert event.reason == "经县政府常务会议研究决定废止"
    assert event.after == {"status": "applied", "source": pending.source.index_no, "kind": "repeal"}


def test_declining_needs_a_reason_and_leaves_the_target_as_it_was(org, pending):
    with pytest.raises(ApplicationError, match="不同意须写明理由"):
        validity_change_decline(actor=org.health_approver, change=pending, reason=" ")
    validity_change_decline(actor=org.health_approver, change=pending, reason="该办法仍在执行")
    pending.refresh_from_db()
    assert pending.status == ValidityChangeStatus.DECLINED and pending.applied_at is None
    assert validity_of(pending) == Validity.VALID
    with pytest.raises(ApplicationError):
        validity_change_confirm(actor=org.health_approver, change=pending)


@pytest.mark.parametrize("who", ["edu_approver", "edu_drafter", "health_first", "health_second", "citizen"])
def test_nobody_else_confirms_or_declines(org, pending, who):
    actor = getattr(org, who)
    with pytest.raises(ApplicationError):
        validity_change_confirm(actor=actor, change=pending, reason="同意")
    with pytest.raises(ApplicationError):
        validity_change_decline(actor=actor, change=pending, reason="不同意")
    pending.refresh_from_db()
    assert pending.status == ValidityChangeStatus.AWAITING and validity_of(pending) == Validity.VALID
    assert validity_changes_awaiting(user=actor) == []


def test_the_portal_shows_nothing_changed_while_the_confirmation_is_pending(client, pending):
    target_page = client.get(reverse("portal:document", args=[pending.target_id])).content.decode()
    source_page = client.get(reverse("portal:document", args=[pending.source_id])).content.decode()
    assert "关于废止有关文件的通知" not in target_page
    assert "示范县卫生健康局原办法" not in source_page


def test_the_target_page_asks_its_approver_and_the_other_department_cannot_confirm(client, org, pending):
    detail = reverse("catalogue:staff-document-detail", args=[pending.target_id])
    client.force_login(org.health_approver)
    page = client.get(detail).content.decode()
    assert "拟废止本文件，须经本部门批准人确认后生效" in page and "确认生效" in page
    client.force_login(org.edu_approver)
    confirm = reverse("catalogue:staff-validity-change-confirm", args=[pending.pk])
    assert client.post(confirm, {f"c{pending.pk}-reason": "同意"}).status_code == 403
    assert validity_of(pending) == Validity.VALID
    client.force_login(org.health_approver)
    response = client.post(confirm, {f"c{pending.pk}-reason": "同意"}, follow=True)
    assert "已确认：本文件已被《关于废止有关文件的通知》废止" in response.content.decode()
    assert validity_of(pending) == Validity.REPEALED


def test_the_office_is_offered_a_decision_and_a_decline_without_reason_is_refused_on_the_page(
    client, org, pending
):
    client.force_login(org.office)
    detail = client.get(reverse("catalogue:staff-document-detail", args=[pending.target_id])).content.decode()
    assert "公开办决定生效" in detail
    url = reverse("catalogue:staff-validity-change-decline", args=[pending.pk])
    response = client.post(url, {f"d{pending.pk}-reason": ""})
    assert response.status_code == 200 and "不同意须写明理由。" in response.content.decode()
    assert ValidityChange.objects.get(pk=pending.pk).status == ValidityChangeStatus.AWAITING


def test_the_approvers_dashboard_lists_the_change_waiting_for_them(client, org, pending):
    client.force_login(org.health_approver)
    dashboard = client.get(reverse("catalogue:staff-dashboard")).content.decode()
    assert "待本部门确认的修改/废止" in dashboard and "示范县卫生健康局原办法" in dashboard
    client.force_login(org.edu_approver)
    assert "待本部门确认的修改/废止" not in client.get(reverse("catalogue:staff-dashboard")).content.decode()


def test_the_target_history_shows_the_decision_in_chinese(client, org, pending):
    validity_change_confirm(actor=org.health_approver, change=pending, reason="同意废止")
    client.force_login(org.health_approver)
    page = client.get(reverse("catalogue:staff-document-detail", args=[pending.target_id])).content.decode()
    history = page.split('id="history"')[1]
    assert "确认被修改/废止" in history and "已生效" in history and "validity_change_confirm" not in history


def test_the_approver_can_open_the_proposing_document_before_deciding(client, org, pending):
    client.force_login(org.health_approver)
    page = client.get(reverse("catalogue:staff-document-detail", args=[pending.target_id])).content.decode()
    link = f'<a href="{reverse("portal:document", args=[pending.source_id])}">{pending.source.title}</a>'
    assert link in page
