"""The confidentiality review: every rule a reviewer and a drafter rely on."""

import pytest

from gongkai.catalogue.choices import DisclosureAttr, DocumentState, NormativeKind, ReviewDecision
from gongkai.catalogue.models import Document
from gongkai.catalogue.selectors import document_list_public
from gongkai.catalogue.services.documents import document_mark_interpretation_needed, document_update
from gongkai.catalogue.services.interpretations import interpretation_save
from gongkai.catalogue.services.review import (
    approval_problems,
    document_confirm,
    document_reopen,
    document_return,
    document_review_pass,
    document_submit,
    document_withdraw,
)
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import AuditEvent, SensitiveWord

pytestmark = pytest.mark.django_db


def test_a_document_walks_from_draft_through_three_reviews_to_publication(org, make_draft, review_through):
    document = make_draft()
    assert document.state == DocumentState.DRAFT
    document = review_through(document, steps=("first",))
    assert document.state == DocumentState.SECOND_REVIEW
    document = review_through(document, steps=("second",))
    assert document.state == DocumentState.APPROVAL
    document = review_through(document, steps=("approver",))
    assert document.state == DocumentState.PUBLISHED
    assert document.published_at is not None
    assert list(document_list_public()) == [document]
    steps = list(document.review_steps.values_list("kind", "actor__username", "decision"))
    assert steps == [
        ("first_review", "edu_first", "pass"),
        ("second_review", "edu_second", "pass"),
        ("approval", "edu_approver", "pass"),
    ]
    actions = list(
        AuditEvent.objects.filter(object_id=str(document.pk)).order_by("id").values_list("action", flat=True)
    )
    assert actions == [
        "document_create",
        "document_submit",
        "first_review_pass",
        "second_review_pass",
        "document_publish",
    ]


def test_submission_without_disclosure_attribute_is_refused(org, make_draft):
    document = make_draft(disclosure_attr="")
    with pytest.raises(ApplicationError, match="未设置公开属性"):
        document_submit(document=document, actor=org.edu_drafter)
    document.refresh_from_db()
    assert document.state == DocumentState.DRAFT


def test_on_request_disclosure_needs_a_reason_and_is_never_published(org, make_draft, review_through):
    document = make_draft(disclosure_attr=DisclosureAttr.ON_REQUEST)
    with pytest.raises(ApplicationError, match="必须说明理由"):
        document_submit(document=document, actor=org.edu_drafter)
    document = document_update(
        document=document, actor=org.edu_drafter, data={"disclosure_reason": "涉及第三方商业信息"}
    )
    document = review_through(document)
    assert document.state == DocumentState.RECORDED
    assert document.published_at is None
    assert not document_list_public().exists()


def test_only_the_role_of_the_current_step_in_the_issuing_department_may_pass_it(org, make_draft):
    document = document_submit(document=make_draft(), actor=org.edu_drafter)
    for outsider in (org.edu_second, org.edu_approver, org.health_first, org.office, org.edu_drafter):
        with pytest.raises(ApplicationError):
            document_review_pass(document=document, actor=outsider)
    document.refresh_from_db()
    assert document.state == DocumentState.FIRST_REVIEW
    assert not document.review_steps.exists()


def test_one_person_cannot_sign_two_steps_of_the_same_round(org, make_draft, make_user):
    from gongkai.core.models import Role, RoleAssignment

    RoleAssignment.objects.create(user=org.edu_first, department=org.edu, role=Role.SECOND_REVIEWER)
    document = document_submit(document=make_draft(), actor=org.edu_drafter)
    document = document_review_pass(document=document, actor=org.edu_first)
    with pytest.raises(ApplicationError, match="不同人员"):
        document_review_pass(document=document, actor=org.edu_first)


def test_return_requires_a_reason_and_starts_a_new_round(org, make_draft, review_through):
    document = review_through(make_draft(), steps=("first",))
    with pytest.raises(ApplicationError, match="理由"):
        document_return(document=document, actor=org.edu_second, reason="  ")
    document = document_return(document=document, actor=org.edu_second, reason="公开属性应为依申请公开")
    assert document.state == DocumentState.DRAFT
    assert document.review_round == 2
    step = document.review_steps.get(decision=ReviewDecision.RETURN)
    assert (step.kind, step.opinion, step.actor) == (
        "second_review",
        "公开属性应为依申请公开",
        org.edu_second,
    )
    # The new round needs all three steps again.
    document = review_through(document, steps=("first", "second", "approver"))
    assert document.state == DocumentState.PUBLISHED


def test_an_edit_after_a_review_step_sends_the_document_back_to_first_review(org, make_draft, review_through):
    document = review_through(make_draft(), steps=("first", "second"))
    assert document.state == DocumentState.APPROVAL
    document = document_update(document=document, actor=org.edu_drafter, data={"summary": "改过的概述。"})
    assert document.state == DocumentState.FIRST_REVIEW
    assert document.review_round == 2
    with pytest.raises(ApplicationError):
        document_review_pass(document=document, actor=org.edu_approver)


def test_an_edit_that_changes_nothing_keeps_the_review_where_it_is(org, make_draft, review_through):
    document = review_through(make_draft(), steps=("first",))
    document = document_update(document=document, actor=org.edu_drafter, data={"title": document.title})
    assert document.state == DocumentState.SECOND_REVIEW


def test_a_normative_document_cannot_be_approved_without_its_interpretation(org, make_draft, review_through):
    document = review_through(make_draft(normative_kind=NormativeKind.NORMATIVE), steps=("first", "second"))
    with pytest.raises(ApplicationError, match="政策解读"):
        document_review_pass(document=document, actor=org.edu_approver)
    # Adding the interpretation is an edit: it goes back for review with it.
    interpretation_save(
        actor=org.edu_drafter,
        document=document,
        data={"title": "一图读懂招生方案", "form": "text", "background": "依据义务教育法。"},
    )
    document.refresh_from_db()
    assert document.state == DocumentState.FIRST_REVIEW
    document = review_through(document, steps=("first", "second", "approver"))
    assert document.state == DocumentState.PUBLISHED
    assert document.interpretations.count() == 1


def test_the_office_can_require_an_interpretation_for_any_document(org, make_draft, review_through):
    document = review_through(make_draft(), steps=("first", "second"))
    with pytest.raises(ApplicationError):
        document_mark_interpretation_needed(document=document, actor=org.edu_drafter, needed=True)
    document_mark_interpretation_needed(document=document, actor=org.office, needed=True)
    document.refresh_from_db()
    assert document.state == DocumentState.FIRST_REVIEW
    assert any("政策解读" in p for p in approval_problems(document))


def test_personal_data_in_the_body_blocks_approval_until_a_written_override(org, make_draft, review_through):
    body = "<p>联系人身份证号11010519491231002X，请勿外传。</p>"
    document = review_through(make_draft(body=body), steps=("first", "second"))
    with pytest.raises(ApplicationError, match="预检查"):
        document_review_pass(document=document, actor=org.edu_approver)
    document = document_review_pass(
        document=document, actor=org.edu_approver, override_reason="系公开的法人代表证件信息，经核实可公开"
    )
    assert document.state == DocumentState.PUBLISHED
    assert document.review_steps.get(kind="approval").override_reason.startswith("系公开")


def test_an_override_given_at_an_earlier_step_covers_the_same_content(org, make_draft, review_through):
    SensitiveWord.objects.create(word="内部资料")
    document = review_through(
        make_draft(summary="本件原为内部资料，现已解密。"),
        steps=("first",),
        override_reason="已解密，可以公开",
    )
    document = review_through(document, steps=("second", "approver"))
    assert document.state == DocumentState.PUBLISHED


def test_involved_departments_must_confirm_before_approval(org, make_draft, review_through):
    document = review_through(make_draft(involved_departments=[org.health.pk]), steps=("first", "second"))
    with pytest.raises(ApplicationError, match="卫生健康局"):
        document_review_pass(document=document, actor=org.edu_approver)
    with pytest.raises(ApplicationError):
        document_confirm(document=document, actor=org.edu_first, department=org.health)
    document_confirm(document=document, actor=org.health_approver, department=org.health, opinion="同意")
    document = document_review_pass(document=document, actor=org.edu_approver)
    assert document.state == DocumentState.PUBLISHED


def test_a_confirming_department_may_return_the_document_with_its_reason(org, make_draft, review_through):
    document = review_through(make_draft(involved_departments=[org.health.pk]), steps=("first",))
    document = document_return(document=document, actor=org.health_second, reason="涉及我局数据口径有误")
    assert document.state == DocumentState.DRAFT
    assert document.review_steps.get(decision="return").department == org.health


def test_withdrawal_needs_a_reason_removes_it_from_the_portal_and_keeps_history(
    org, make_draft, review_through
):
    document = review_through(make_draft())
    with pytest.raises(ApplicationError):
        document_withdraw(document=document, actor=org.edu_drafter, reason="错误")
    with pytest.raises(ApplicationError, match="理由"):
        document_withdraw(document=document, actor=org.edu_approver, reason="")
    document = document_withdraw(document=document, actor=org.office, reason="附件版本有误")
    assert document.state == DocumentState.WITHDRAWN
    assert not document_list_public().exists()
    event = AuditEvent.objects.get(action="document_withdraw")
    assert (event.reason, event.actor, event.before, event.after) == (
        "附件版本有误",
        org.office,
        {"state": "published"},
        {"state": "withdrawn"},
    )
    document = document_reopen(document=document, actor=org.edu_drafter)
    assert document.state == DocumentState.DRAFT
    assert Document.objects.get(pk=document.pk).index_no == document.index_no


def test_a_refused_action_leaves_no_audit_event(org, make_draft):
    document = make_draft()
    before = AuditEvent.objects.count()
    with pytest.raises(ApplicationError):
        document_submit(document=document, actor=org.health_drafter)
    assert AuditEvent.objects.count() == before


def test_the_issuing_department_cannot_be_its_own_confirming_department(org, make_draft):
    with pytest.raises(ApplicationError, match="涉及部门"):
        make_draft(involved_departments=[org.edu.pk])


def test_repeal_and_amendment_are_not_set_by_hand_but_expiry_is(org, make_draft, review_through):
    from gongkai.catalogue.services.validity import document_set_validity

    document = review_through(make_draft())
    with pytest.raises(ApplicationError, match="效力关系"):
        document_set_validity(actor=org.office, document=document, validity="repealed", reason="已被替代")
    document_set_validity(actor=org.office, document=document, validity="expired", reason="有效期届满")
    document.refresh_from_db()
    assert document.validity == "expired"


def test_an_interpretation_is_edited_only_under_its_own_document(org, make_draft):
    first, second = make_draft(), make_draft()
    item = interpretation_save(actor=org.edu_drafter, document=first, data={"title": "解读", "form": "text"})
    with pytest.raises(ApplicationError, match="不属于"):
        interpretation_save(actor=org.edu_drafter, document=second, interpretation=item, data={"title": "改"})
