"""Separation of duties: whoever drafted, changed or submitted a document does not review it, and nobody signs
two steps of one review round, whatever roles they hold in the department."""

import pytest
from django.urls import reverse

from gongkai.catalogue.choices import DocumentState
from gongkai.catalogue.services.documents import document_update
from gongkai.catalogue.services.review import (
    document_confirm,
    document_return,
    document_review_pass,
    document_submit,
)
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import AuditEvent, Role, RoleAssignment

pytestmark = pytest.mark.django_db


def grant(user, department, role):
    RoleAssignment.objects.create(user=user, department=department, role=role)
    user._role_cache = None  # the role cache lives on the user object


def test_the_drafter_may_not_sign_the_first_review_even_holding_the_role(org, make_draft):
    grant(org.edu_drafter, org.edu, Role.FIRST_REVIEWER)
    document = document_submit(document=make_draft(), actor=org.edu_drafter)
    with pytest.raises(ApplicationError, match="起草、修改或提交了本文件"):
        document_review_pass(document=document, actor=org.edu_drafter)
    document.refresh_from_db()
    assert document.state == DocumentState.FIRST_REVIEW and not document.review_steps.exists()


def test_whoever_submitted_the_document_may_not_review_it(org, make_draft, make_user):
    clerk = make_user("edu_clerk", (org.edu, Role.DRAFTER), (org.edu, Role.APPROVER))
    document = document_submit(document=make_draft(), actor=clerk)
    document = document_review_pass(document=document, actor=org.edu_first)
    document = document_review_pass(document=document, actor=org.edu_second)
    with pytest.raises(ApplicationError, match="起草人以外"):
        document_review_pass(document=document, actor=clerk)
    assert document_review_pass(document=document, actor=org.edu_approver).state == DocumentState.PUBLISHED


def test_a_reviewer_who_changed_the_content_no_longer_reviews_it(org, make_draft, review_through):
    document = review_through(make_draft(), steps=("first",))
    document = document_update(document=document, actor=org.edu_first, data={"summary": "初审人改过的概述。"})
    assert document.state == DocumentState.FIRST_REVIEW  # a new round, but the same person wrote it now
    with pytest.raises(ApplicationError, match="起草、修改或提交"):
        document_review_pass(document=document, actor=org.edu_first)


def test_the_author_may_not_return_at_a_review_step_either(org, make_draft):
    grant(org.edu_drafter, org.edu, Role.FIRST_REVIEWER)
    document = document_submit(document=make_draft(), actor=org.edu_drafter)
    with pytest.raises(ApplicationError, match="起草、修改或提交"):
        document_return(document=document, actor=org.edu_drafter, reason="我想收回")


def test_a_confirmation_for_another_department_counts_as_a_step_of_the_round(org, make_draft, review_through):
    # One person is 批准人 of the health bureau and 复审人 of the education bureau.
    grant(org.health_approver, org.edu, Role.SECOND_REVIEWER)
    document = review_through(make_draft(involved_departments=[org.health.pk]), steps=("first",))
    document_confirm(document=document, actor=org.health_approver, department=org.health)
    with pytest.raises(ApplicationError, match="不同人员"):
        document_review_pass(document=document, actor=org.health_approver)
    document = document_review_pass(document=document, actor=org.edu_second)
    assert document.state == DocumentState.APPROVAL


def test_a_first_reviewer_who_also_confirms_for_an_involved_department_is_refused(
    org, make_draft, review_through
):
    grant(org.edu_first, org.health, Role.APPROVER)
    document = review_through(make_draft(involved_departments=[org.health.pk]), steps=("first",))
    with pytest.raises(ApplicationError, match="不同人员"):
        document_confirm(document=document, actor=org.edu_first, department=org.health)
    document_confirm(document=document, actor=org.health_approver, department=org.health)


def test_the_review_page_does_not_offer_the_step_and_says_why(client, org, make_draft):
    grant(org.edu_drafter, org.edu, Role.FIRST_REVIEWER)
    document = document_submit(document=make_draft(), actor=org.edu_drafter)
    client.force_login(org.edu_drafter)
    url = reverse("catalogue:staff-document-detail", args=[document.pk])
    page = client.get(url).content.decode()
    actions = page.split('id="actions"')[1].split("</section>")[0]
    assert "初审通过，送复审" not in actions and "退回起草人" not in actions
    assert "起草、修改或提交了本文件，不能再审查本文件" in actions
    client.force_login(org.edu_first)
    assert "初审通过，送复审" in client.get(url).content.decode()


def test_posting_the_step_anyway_is_refused_in_chinese_and_changes_nothing(client, org, make_draft):
    grant(org.edu_drafter, org.edu, Role.FIRST_REVIEWER)
    document = document_submit(document=make_draft(), actor=org.edu_drafter)
    events = AuditEvent.objects.count()
    client.force_login(org.edu_drafter)
    response = client.post(reverse("catalogue:staff-document-pass", args=[document.pk]), {"opinion": "同意"})
    assert response.status_code == 200
    assert "初审、复审、批准须由起草人以外的人员完成" in response.content.decode()
    document.refresh_from_db()
    assert document.state == DocumentState.FIRST_REVIEW and AuditEvent.objects.count() == events


def test_the_dashboard_does_not_ask_the_author_to_review_their_own_document(client, org, make_draft):
    grant(org.edu_drafter, org.edu, Role.FIRST_REVIEWER)
    document = document_submit(document=make_draft(title="本人起草的通知"), actor=org.edu_drafter)
    client.force_login(org.edu_drafter)
    dashboard = client.get(reverse("catalogue:staff-dashboard")).content.decode()
    assert document.title not in dashboard.split('id="h-awaiting"')[1].split("</section>")[0]
    client.force_login(org.edu_first)
    dashboard = client.get(reverse("catalogue:staff-dashboard")).content.decode()
    assert document.title in dashboard.split('id="h-awaiting"')[1].split("</section>")[0]
