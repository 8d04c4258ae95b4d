"""The 保密审查 through the pages: submit, 初审, 复审, 批准, 退回, 会签, pre-checks, withdrawal, validity."""

import re

import pytest
from django.urls import reverse

from gongkai.catalogue.choices import DocumentState, ReviewDecision, Validity
from gongkai.catalogue.models import Document, ReviewStep
from gongkai.core.models import AuditEvent

from .factories import ID_NUMBER, add_interpretation, make_document

pytestmark = pytest.mark.django_db


def text(response_or_html) -> str:
    """The page as a reader sees it: tags removed, whitespace collapsed."""
    html = response_or_html if isinstance(response_or_html, str) else response_or_html.content.decode()
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def url(name, document):
    return reverse(f"catalogue:staff-document-{name}", args=[document.pk])


def state_of(document):
    return Document.objects.values_list("state", flat=True).get(pk=document.pk)


def test_submit_is_refused_without_disclosure_attribute_with_the_chinese_error(client, org):
    document = make_document(org, disclosure_attr="")
    client.force_login(org.edu_drafter)
    events = AuditEvent.objects.count()
    response = client.post(url("submit", document))
    assert response.status_code == 200
    html = response.content.decode()
    assert "未设置公开属性，不能提交审查（退文）。" in html
    assert "去设置公开属性" in html
    assert state_of(document) == DocumentState.DRAFT
    assert AuditEvent.objects.count() == events


def test_submit_needs_a_reason_when_not_proactive(client, org):
    document = make_document(org, disclosure_attr="on_request", disclosure_reason="")
    client.force_login(org.edu_drafter)
    html = client.post(url("submit", document)).content.decode()
    assert "公开属性为依申请公开或不予公开时，必须说明理由。" in html
    assert state_of(document) == DocumentState.DRAFT


def test_a_full_review_through_the_pages_publishes_the_document(client, org):
    document = make_document(org)
    steps = [
        (org.edu_drafter, "submit", {}, DocumentState.FIRST_REVIEW, "已提交审查"),
        (org.edu_first, "pass", {"opinion": "初审同意"}, DocumentState.SECOND_REVIEW, "初审通过，已送复审"),
        (org.edu_second, "pass", {"opinion": "复审同意"}, DocumentState.APPROVAL, "复审通过，已送批准"),
        (org.edu_approver, "pass", {"opinion": "同意发布"}, DocumentState.PUBLISHED, "已批准发布"),
    ]
    for actor, action, data, expected_state, message in steps:
        client.force_login(actor)
        response = client.post(url(action, document), data, follow=True)
        assert state_of(document) == expected_state
        assert message in response.content.decode()
    document.refresh_from_db()
    assert document.published_at is not None and document.is_public


def test_each_reviewer_sees_only_their_own_step_on_the_page(client, org):
    document = make_document(org, state=DocumentState.FIRST_REVIEW)
    client.force_login(org.edu_second)
    html = client.get(url("detail", document)).content.decode()
    assert "初审通过，送复审" not in html and "没有可办理的审查操作" in html
    client.force_login(org.edu_first)
    assert "初审通过，送复审" in client.get(url("detail", document)).content.decode()


def test_the_same_person_cannot_sign_two_steps_of_one_round(client, org):
    from gongkai.core.models import Role, RoleAssignment

    RoleAssignment.objects.create(user=org.edu_first, department=org.edu, role=Role.SECOND_REVIEWER)
    document = make_document(org, state=DocumentState.SECOND_REVIEW)
    client.force_login(org.edu_first)
    response = client.post(url("pass", document), {"opinion": "再签一次"})
    assert response.status_code == 200
    assert "初审、复审、批准须由不同人员完成" in response.content.decode()
    assert state_of(document) == DocumentState.SECOND_REVIEW


def test_a_return_needs_a_reason_and_the_drafter_sees_it_on_the_dashboard(client, org):
    document = make_document(org, state=DocumentState.FIRST_REVIEW)
    client.force_login(org.edu_first)
    response = client.post(url("return", document), {"reason": "   "})
    assert response.status_code == 200
    assert "退回必须填写理由。" in response.content.decode()
    assert state_of(document) == DocumentState.FIRST_REVIEW
    client.post(url("return", document), {"reason": "请补充成文日期的依据"})
    assert state_of(document) == DocumentState.DRAFT
    client.force_login(org.edu_drafter)
    dashboard = client.get(reverse("catalogue:staff-dashboard")).content.decode()
    assert "被退回的信息" in dashboard and "请补充成文日期的依据" in dashboard and document.title in dashboard
    page = client.get(url("detail", document)).content.decode()
    assert "已被退回" in page and "请补充成文日期的依据" in page
    # Once resubmitted, it is no longer "returned".
    client.post(url("submit", document))
    assert "请补充成文日期的依据" not in client.get(reverse("catalogue:staff-dashboard")).content.decode()


def test_a_personal_id_number_blocks_approval_until_a_reviewer_gives_an_override_reason(client, org):
    document = make_document(org, body=f"<p>联系人身份证号{ID_NUMBER}。</p>", state=DocumentState.APPROVAL)
    client.force_login(org.edu_approver)
    page = client.get(url("detail", document)).content.decode()
    checks = page.split('id="checks"')[1].split("</section>")[0]
    assert "身份证号" in checks and "110105********002X" in checks
    assert ID_NUMBER not in checks  # the pre-check shows the value masked
    assert "当前不能批准" in page and "自动预检查发现1项问题" in page
    assert "预检查放行理由" in page

    response = client.post(url("pass", document), {"opinion": "同意"})
    assert response.status_code == 200
    assert "须处理或书面说明放行理由" in response.content.decode()
    assert state_of(document) == DocumentState.APPROVAL

    client.post(
        url("pass", document), {"opinion": "同意", "override_reason": "系公开的法定代表人信息，经核实可公开"}
    )
    assert state_of(document) == DocumentState.PUBLISHED
    step = ReviewStep.objects.get(document=document, kind="approval")
    assert step.override_reason == "系公开的法定代表人信息，经核实可公开"


def test_the_history_shows_every_review_step_and_the_audit_events(client, org):
    document = make_document(org, state=DocumentState.PUBLISHED)
    client.force_login(org.edu_drafter)
    html = client.get(url("detail", document)).content.decode()
    section = html.split('id="history"')[1]
    for text in (
        "第1轮",
        "初审",
        "复审",
        "批准",
        "通过",
        "edu_first",
        "edu_second",
        "edu_approver",
        "创建",
        "提交审查",
        "初审通过",
        "复审通过",
        "批准发布",
        "变更前",
        "待批准",
        "已发布",
    ):
        assert text in section, text


def test_an_involved_department_must_confirm_before_approval(client, org):
    document = make_document(org, involved_departments=[org.health], state=DocumentState.APPROVAL)
    client.force_login(org.edu_approver)
    page = client.get(url("detail", document)).content.decode()
    assert "尚待涉及部门“示范县卫生健康局”确认。" in page
    client.force_login(org.health_second)
    dashboard = client.get(reverse("catalogue:staff-dashboard")).content.decode()
    assert document.title in dashboard.split("待本部门确认")[1].split("</section>")[0]
    response = client.post(
        url("confirm", document), {"department": org.health.pk, "opinion": "无异议"}, follow=True
    )
    assert "已代表示范县卫生健康局确认" in response.content.decode()
    assert "您所在部门已确认当前内容" in response.content.decode()
    assert document.title not in client.get(reverse("catalogue:staff-dashboard")).content.decode()
    client.force_login(org.edu_approver)
    client.post(url("pass", document), {"opinion": "同意"})
    assert state_of(document) == DocumentState.PUBLISHED


def test_an_involved_department_may_return_the_document_with_a_reason(client, org):
    document = make_document(org, involved_departments=[org.health], state=DocumentState.FIRST_REVIEW)
    client.force_login(org.health_first)
    client.post(url("return", document), {"reason": "涉及我局职责的表述需修改"})
    assert state_of(document) == DocumentState.DRAFT
    step = ReviewStep.objects.get(document=document)
    assert step.decision == ReviewDecision.RETURN and step.department == org.health


def test_withdrawal_needs_a_reason_and_the_drafter_can_reopen(client, org):
    document = make_document(org, state=DocumentState.PUBLISHED)
    client.force_login(org.edu_approver)
    response = client.post(url("withdraw", document), {"reason": ""})
    assert "下线必须填写理由。" in response.content.decode()
    assert state_of(document) == DocumentState.PUBLISHED
    client.post(url("withdraw", document), {"reason": "政策已调整"})
    assert state_of(document) == DocumentState.WITHDRAWN
    client.force_login(org.edu_drafter)
    page = client.get(url("detail", document)).content.decode()
    assert "已撤回下线" in page and "政策已调整" in page
    client.post(url("reopen", document))
    assert state_of(document) == DocumentState.DRAFT


def test_setting_validity_needs_a_reason(client, org):
    document = make_document(org, state=DocumentState.PUBLISHED)
    client.force_login(org.office)
    response = client.post(url("set-validity", document), {"validity": "expired", "reason": ""})
    assert "修改有效性必须填写理由。" in response.content.decode()
    client.post(url("set-validity", document), {"validity": "expired", "reason": "有效期届满"})
    document.refresh_from_db()
    assert document.validity == Validity.EXPIRED


def test_the_office_requires_an_interpretation_and_approval_then_waits_for_it(client, org):
    document = make_document(org, state=DocumentState.APPROVAL)
    client.force_login(org.office)
    client.post(url("interpretation-needed", document), {"needed": "on"})
    document.refresh_from_db()
    assert document.needs_interpretation
    assert document.state == DocumentState.FIRST_REVIEW  # reviewers must see it again
    page = client.get(url("detail", document)).content.decode()
    assert "须与政策解读同步审签、同步发布，尚未添加解读" in page
    add_interpretation(document, org.edu_drafter)
    assert "尚未添加解读" not in client.get(url("detail", document)).content.decode()


def test_the_validity_chain_marks_the_original_and_shows_notices_on_both_pages(client, org):
    original = make_document(org, title="原办法", state=DocumentState.PUBLISHED)
    amending = make_document(org, title="修订后的办法")
    client.force_login(org.edu_drafter)
    link = reverse("catalogue:staff-validity-link-add", args=[amending.pk])
    response = client.post(link, {"target_index_no": "000000000/2024-99999", "kind": "repeal"})
    assert "未找到该索引号对应的已发布文件。" in response.content.decode()
    client.post(link, {"target_index_no": original.index_no, "kind": "repeal"})
    page = client.get(url("detail", original)).content.decode()
    assert "拟废止本文件" in page
    for actor, action in (
        (org.edu_drafter, "submit"),
        (org.edu_first, "pass"),
        (org.edu_second, "pass"),
        (org.edu_approver, "pass"),
    ):
        client.force_login(actor)
        client.post(url(action, amending), {"opinion": "同意"})
    original.refresh_from_db()
    assert original.validity == Validity.REPEALED
    original_page = text(client.get(url("detail", original)))
    assert f"本文件已被《修订后的办法》（{amending.index_no}）废止" in original_page
    amending_page = text(client.get(url("detail", amending)))
    assert f"本文件废止《原办法》（{original.index_no}），已于" in amending_page
