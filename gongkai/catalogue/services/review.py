"""The confidentiality review (保密审查): 草稿 → 待初审 → 待复审 → 待批准 → 已发布, 一事一审.

Every step records reviewer, time, opinion and the fingerprint of exactly the content reviewed; approval
publishes the document together with its interpretations and applies its validity changes.
"""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Department, User

from .. import rules
from ..choices import (
    REVIEW_STATES,
    VALIDITY_AFTER_CHANGE,
    DisclosureAttr,
    DocumentState,
    ReviewDecision,
    ReviewStepKind,
)
from ..models import Document, ReviewStep
from .documents import document_announce, document_fingerprint
from .prechecks import document_prechecks

NEXT_STATE = {
    DocumentState.FIRST_REVIEW: DocumentState.SECOND_REVIEW,
    DocumentState.SECOND_REVIEW: DocumentState.APPROVAL,
}


def _locked(document: Document) -> Document:
    return Document.objects.select_for_update().get(pk=document.pk)


def _transition(
    document: Document, *, actor: User, to_state: str, action: str, reason: str = "", **extra
) -> None:
    before = {"state": document.state}
    document.state = to_state
    for key, value in extra.items():
        setattr(document, key, value)
    document.save(update_fields=["state", "updated_at", *extra])
    document_announce(document=document)
    audit_record(
        actor=actor, action=action, obj=document, before=before, after={"state": to_state}, reason=reason
    )


def _round_steps(document: Document):
    return document.review_steps.filter(round=document.review_round, decision=ReviewDecision.PASS)


def submission_problems(document: Document) -> list[str]:
    problems = []
    if not document.disclosure_attr:
        problems.append("未设置公开属性，不能提交审查（退文）。")
    elif document.disclosure_attr != DisclosureAttr.PROACTIVE and not document.disclosure_reason.strip():
        problems.append("公开属性为依申请公开或不予公开时，必须说明理由。")
    return problems


@transaction.atomic
def document_submit(*, document: Document, actor: User) -> Document:
    document = _locked(document)
    if not rules.can_submit(actor, document):
        raise ApplicationError("只有本部门信息员可以提交草稿。")
    problems = submission_problems(document)
    if problems:
        raise ApplicationError(" ".join(problems), field="disclosure_attr")
    _transition(document, actor=actor, to_state=DocumentState.FIRST_REVIEW, action="document_submit")
    return document


def _check_distinct_reviewer(document: Document, actor: User) -> None:
    # 一事一审: one person signs one step of a round, so 初审、复审、批准 are three people.
    if _round_steps(document).exclude(kind=ReviewStepKind.CONFIRMATION).filter(actor=actor).exists():
        raise ApplicationError("您已在本轮审查中签署过一个环节，初审、复审、批准须由不同人员完成。")


def _override_covers(document: Document, fingerprint: str) -> bool:
    return _round_steps(document).filter(content_hash=fingerprint).exclude(override_reason="").exists()


def approval_problems(document: Document, *, override_reason: str = "") -> list[str]:
    """Why the document cannot be approved now (empty when it can)."""
    fingerprint = document_fingerprint(document)
    steps = _round_steps(document)
    problems = []
    for kind in (ReviewStepKind.FIRST_REVIEW, ReviewStepKind.SECOND_REVIEW):
        if not steps.filter(kind=kind, content_hash=fingerprint).exists():
            problems.append(f"{ReviewStepKind(kind).label}未覆盖当前内容，请退回重审。")
    confirmed = set(
        steps.filter(kind=ReviewStepKind.CONFIRMATION, content_hash=fingerprint).values_list(
            "department_id", flat=True
        )
    )
    for department in document.involved_departments.all():
        if department.pk not in confirmed:
            problems.append(f"尚待涉及部门“{department.name}”确认。")
    if document.requires_interpretation and not document.interpretations.exists():
        problems.append("政策性文件须与政策解读同步审签、同步发布，请先添加解读。")
    issues = document_prechecks(document=document)
    if issues and not override_reason.strip() and not _override_covers(document, fingerprint):
        problems.append(f"自动预检查发现{len(issues)}项问题，须处理或书面说明放行理由。")
    return problems


def _record_step(
    document: Document,
    *,
    actor: User,
    kind: str,
    decision: str,
    opinion: str,
    override_reason: str = "",
    department: Department | None = None,
) -> ReviewStep:
    return ReviewStep.objects.create(
        document=document,
        round=document.review_round,
        kind=kind,
        decision=decision,
        department=department or document.issuer,
        actor=actor,
        opinion=opinion,
        override_reason=override_reason,
        content_hash=document_fingerprint(document),
    )


@transaction.atomic
def document_review_pass(
    *,
    document: Document,
    actor: User,
    opinion: str = "",
    override_reason: str = "",
    now: datetime | None = None,
) -> Document:
    """The current step passes: 初审 → 复审 → 批准; approval publishes."""
    document = _locked(document)
    if not rules.can_review(actor, document):
        raise ApplicationError("您没有该环节的审查权限，或文件不在待审状态。")
    _check_distinct_reviewer(document, actor)
    kind, _role = rules.STEP_FOR_STATE[document.state]
    if kind == ReviewStepKind.APPROVAL:
        problems = approval_problems(document, override_reason=override_reason)
        if problems:
            raise ApplicationError(" ".join(problems))
    _record_step(
        document,
        actor=actor,
        kind=kind,
        decision=ReviewDecision.PASS,
        opinion=opinion,
        override_reason=override_reason.strip(),
    )
    if kind == ReviewStepKind.APPROVAL:
        _publish(document, actor=actor, now=now or timezone.now())
    else:
        _transition(
            document, actor=actor, to_state=NEXT_STATE[document.state], action=f"{kind}_pass", reason=opinion
        )
    return document


def _publish(document: Document, *, actor: User, now: datetime) -> None:
    if document.disclosure_attr == DisclosureAttr.PROACTIVE:
        _transition(
            document,
            actor=actor,
            to_state=DocumentState.PUBLISHED,
            action="document_publish",
            published_at=now,
        )
    else:
        _transition(document, actor=actor, to_state=DocumentState.RECORDED, action="document_record")
    for change in document.changes_made.select_related("target"):
        target = change.target
        before = target.validity
        target.validity = VALIDITY_AFTER_CHANGE[change.kind]
        target.save(update_fields=["validity", "updated_at"])
        document_announce(document=target)
        change.applied_at = now
        change.save(update_fields=["applied_at"])
        audit_record(
            actor=actor,
            action="validity_change",
            obj=target,
            before={"validity": before},
            after={"validity": target.validity},
            reason=f"被《{document.title}》{change.get_kind_display()}",
        )


@transaction.atomic
def document_return(*, document: Document, actor: User, reason: str) -> Document:
    """退回: always with a reason; the drafter gets it back and a new review round starts."""
    document = _locked(document)
    if not reason.strip():
        raise ApplicationError("退回必须填写理由。", field="reason")
    confirming = rules.confirming_departments(actor, document)
    if rules.can_review(actor, document):
        kind, department = rules.STEP_FOR_STATE[document.state][0], None
    elif confirming:
        kind, department = ReviewStepKind.CONFIRMATION, Department.objects.get(pk=confirming[0])
    else:
        raise ApplicationError("您没有退回该文件的权限。")
    _record_step(
        document,
        actor=actor,
        kind=kind,
        decision=ReviewDecision.RETURN,
        opinion=reason,
        department=department,
    )
    _transition(
        document,
        actor=actor,
        to_state=DocumentState.DRAFT,
        action="document_return",
        reason=reason,
        review_round=document.review_round + 1,
    )
    return document


@transaction.atomic
def document_confirm(
    *, document: Document, actor: User, department: Department, opinion: str = ""
) -> ReviewStep:
    """A department the document involves confirms it (会签)."""
    document = _locked(document)
    if department.pk not in rules.confirming_departments(actor, document):
        raise ApplicationError("您不能代表该部门确认此文件。")
    if (
        _round_steps(document)
        .filter(
            kind=ReviewStepKind.CONFIRMATION,
            department=department,
            content_hash=document_fingerprint(document),
        )
        .exists()
    ):
        raise ApplicationError("该部门已确认当前内容。")
    step = _record_step(
        document,
        actor=actor,
        kind=ReviewStepKind.CONFIRMATION,
        decision=ReviewDecision.PASS,
        opinion=opinion,
        department=department,
    )
    audit_record(
        actor=actor,
        action="confirmation_pass",
        obj=document,
        after={"department": department.name},
        reason=opinion,
    )
    return step


@transaction.atomic
def document_withdraw(*, document: Document, actor: User, reason: str) -> Document:
    """撤回/下线: no longer public; kept, with its history."""
    document = _locked(document)
    if not rules.can_withdraw(actor, document):
        raise ApplicationError("您没有下线该文件的权限。")
    if not reason.strip():
        raise ApplicationError("下线必须填写理由。", field="reason")
    _transition(
        document,
        actor=actor,
        to_state=DocumentState.WITHDRAWN,
        action="document_withdraw",
        reason=reason,
        withdrawn_reason=reason,
    )
    return document


@transaction.atomic
def document_reopen(*, document: Document, actor: User) -> Document:
    """A withdrawn document goes back to its drafters for correction and a full new review."""
    document = _locked(document)
    if not rules.can_reopen(actor, document):
        raise ApplicationError("只有本部门信息员可以重新编辑已下线的文件。")
    _transition(
        document,
        actor=actor,
        to_state=DocumentState.DRAFT,
        action="document_reopen",
        review_round=document.review_round + 1,
    )
    return document


def is_in_review(document: Document) -> bool:
    return document.state in REVIEW_STATES
