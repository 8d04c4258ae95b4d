"""The confidentiality review (保密审查): 草稿 → 待初审 → 待复审 → 待批准 → 已发布, 一事一审.

The transition table below is the one place that says who may take which step from which state, what
refuses it (in Chinese) and what it records; `gongkai.workflow` applies it (lock, check, change, audit,
effects). Every step records reviewer, time, opinion and the fingerprint of exactly the content reviewed;
approval publishes the document together with its interpretations and applies its validity changes.
"""

from datetime import datetime

from django.utils import timezone

from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Department, User
from gongkai.workflow import Guard, Move, Transition, Workflow

from .. import duties, rules
from ..choices import (
    REVIEW_STATES,
    DisclosureAttr,
    DocumentState,
    ReviewDecision,
    ReviewStepKind,
)
from ..models import Document, ReviewStep
from .documents import document_announce, document_fingerprint
from .prechecks import document_prechecks
from .validity import validity_changes_on_publication

S = DocumentState
PASS_REFUSAL = "您没有该环节的审查权限，或文件不在待审状态。"
CONFIRM_REFUSAL = "您不能代表该部门确认此文件。"


def _round_steps(document: Document):
    return document.review_steps.filter(round=document.review_round, decision=ReviewDecision.PASS)


def submission_problems(document: Document) -> list[str]:
    problems = []
    if not document.disclosure_attr:
        problems.append("未设置公开属性，不能提交审查（退文）。")
    elif document.disclosure_attr != DisclosureAttr.PROACTIVE and not document.disclosure_reason.strip():
        problems.append("公开属性为依申请公开或不予公开时，必须说明理由。")
    return problems


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


# --- the pieces the table is made of -----------------------------------------------------------------


def _author(move: Move) -> str | None:
    return duties.author_refusal(move.obj, move.actor)


def _second_signature(move: Move) -> str | None:
    return duties.second_signature_refusal(move.obj, move.actor)


def _submission(move: Move) -> str | None:
    return " ".join(submission_problems(move.obj)) or None


def _approval(move: Move) -> str | None:
    override = move.params.get("override_reason", "")
    return " ".join(approval_problems(move.obj, override_reason=override)) or None


def _record_pass(move: Move) -> None:
    kind, _role = rules.STEP_FOR_STATE[move.from_state]
    step = _record_step(
        move.obj,
        actor=move.actor,
        kind=kind,
        decision=ReviewDecision.PASS,
        opinion=move.params.get("opinion", ""),
        override_reason=move.params.get("override_reason", "").strip(),
    )
    move.params["step"] = step


def _may_return(actor: User, document: Document) -> bool:
    return rules.can_review(actor, document) or bool(rules.confirming_departments(actor, document))


def _record_return(move: Move) -> None:
    document, actor = move.obj, move.actor
    if rules.can_review(actor, document):
        kind, department = rules.STEP_FOR_STATE[document.state][0], None
    else:
        kind = ReviewStepKind.CONFIRMATION
        department = Department.objects.get(pk=rules.confirming_departments(actor, document)[0])
    _record_step(
        document,
        actor=actor,
        kind=kind,
        decision=ReviewDecision.RETURN,
        opinion=move.reason,
        department=department,
    )


def _confirming_department(move: Move) -> str | None:
    department = move.params.get("department")
    if department is None or department.pk not in rules.confirming_departments(move.actor, move.obj):
        return CONFIRM_REFUSAL
    already = _round_steps(move.obj).filter(
        kind=ReviewStepKind.CONFIRMATION,
        department=department,
        content_hash=document_fingerprint(move.obj),
    )
    return "该部门已确认当前内容。" if already.exists() else None


def _record_confirmation(move: Move) -> None:
    department = move.params["department"]
    move.params["step"] = _record_step(
        move.obj,
        actor=move.actor,
        kind=ReviewStepKind.CONFIRMATION,
        decision=ReviewDecision.PASS,
        opinion=move.reason,
        department=department,
    )
    move.details["department"] = department.name


def _index(move: Move) -> None:
    document_announce(document=move.obj)


def _apply_validity_changes(move: Move) -> None:
    validity_changes_on_publication(source=move.obj, actor=move.actor, now=move.params["now"])


def _is_proactive(document: Document) -> bool:
    return document.disclosure_attr == DisclosureAttr.PROACTIVE


SIGNING_DUTIES = (_author, _second_signature)


def _step(name: str, source: str, target: str, label: str, audit: str, **extra) -> Transition:
    return Transition(
        name=name,
        label=label,
        sources=(source,),
        target=target,
        may=rules.can_review,
        refusal=PASS_REFUSAL,
        audit=audit,
        duties=SIGNING_DUTIES,
        before=(_record_pass,),
        effects=(_index, *extra.pop("effects", ())),
        **extra,
    )


review_workflow = Workflow(
    Document,
    [
        Transition(
            name="submit",
            label="提交审查",
            sources=(S.DRAFT,),
            target=S.FIRST_REVIEW,
            may=rules.can_submit,
            refusal="只有本部门信息员可以提交草稿。",
            audit="document_submit",
            guards=(Guard(_submission, field="disclosure_attr"),),
            effects=(_index,),
        ),
        _step("first_review_pass", S.FIRST_REVIEW, S.SECOND_REVIEW, "初审通过，送复审", "first_review_pass"),
        _step("second_review_pass", S.SECOND_REVIEW, S.APPROVAL, "复审通过，送批准", "second_review_pass"),
        _step(
            "publish",
            S.APPROVAL,
            S.PUBLISHED,
            "批准发布",
            "document_publish",
            when=_is_proactive,
            guards=(_approval,),
            changes=lambda move: {"published_at": move.params["now"]},
            effects=(_apply_validity_changes,),
        ),
        _step(
            "record",
            S.APPROVAL,
            S.RECORDED,
            "批准（不主动公开，仅登记）",
            "document_record",
            when=lambda document: not _is_proactive(document),
            guards=(_approval,),
            effects=(_apply_validity_changes,),
        ),
        Transition(
            name="return",
            label="退回起草人",
            sources=REVIEW_STATES,
            target=S.DRAFT,
            may=_may_return,
            refusal="您没有退回该文件的权限。",
            audit="document_return",
            # A return publishes nothing, so only the author rule applies: a second signature may still stop it.
            duties=(_author,),
            reason_required="退回必须填写理由。",
            before=(_record_return,),
            changes=lambda move: {"review_round": move.obj.review_round + 1},
            effects=(_index,),
        ),
        Transition(
            name="confirm",
            label="涉及部门确认",
            sources=REVIEW_STATES,
            target=None,
            may=lambda actor, document: bool(rules.confirming_departments(actor, document)),
            refusal=CONFIRM_REFUSAL,
            audit="confirmation_pass",
            duties=SIGNING_DUTIES,
            guards=(_confirming_department,),
            before=(_record_confirmation,),
        ),
        Transition(
            name="withdraw",
            label="撤回下线",
            sources=(S.PUBLISHED,),
            target=S.WITHDRAWN,
            may=rules.can_withdraw,
            refusal="您没有下线该文件的权限。",
            audit="document_withdraw",
            reason_required="下线必须填写理由。",
            changes=lambda move: {"withdrawn_reason": move.reason},
            effects=(_index,),
        ),
        Transition(
            name="reopen",
            label="转为草稿重新编辑",
            sources=(S.WITHDRAWN,),
            target=S.DRAFT,
            may=rules.can_reopen,
            refusal="只有本部门信息员可以重新编辑已下线的文件。",
            audit="document_reopen",
            changes=lambda move: {"review_round": move.obj.review_round + 1},
            effects=(_index,),
        ),
    ],
)

# The transition that passes the current step, by state (approval: publish or record by disclosure).
PASS_TRANSITIONS = {
    S.FIRST_REVIEW: "first_review_pass",
    S.SECOND_REVIEW: "second_review_pass",
}


def pass_transition(document: Document) -> str | None:
    if document.state == S.APPROVAL:
        return "publish" if _is_proactive(document) else "record"
    return PASS_TRANSITIONS.get(document.state)


# --- the services pages and other apps call ---------------------------------------------------------


def document_submit(*, document: Document, actor: User) -> Document:
    return review_workflow.apply(document, "submit", actor=actor)


def document_review_pass(
    *,
    document: Document,
    actor: User,
    opinion: str = "",
    override_reason: str = "",
    now: datetime | None = None,
) -> Document:
    """The current step passes: 初审 → 复审 → 批准; approval publishes (or records)."""
    document = Document.objects.get(pk=document.pk)
    name = pass_transition(document)
    if name is None:
        raise ApplicationError(PASS_REFUSAL)
    publishing = name in ("publish", "record")
    return review_workflow.apply(
        document,
        name,
        actor=actor,
        reason="" if publishing else opinion,
        opinion=opinion,
        override_reason=override_reason,
        now=now or timezone.now(),
    )


def document_return(*, document: Document, actor: User, reason: str) -> Document:
    """退回: always with a reason; the drafter gets it back and a new review round starts."""
    return review_workflow.apply(document, "return", actor=actor, reason=reason)


def document_confirm(
    *, document: Document, actor: User, department: Department, opinion: str = ""
) -> ReviewStep:
    """A department the document involves confirms it (会签)."""
    document = review_workflow.apply(document, "confirm", actor=actor, reason=opinion, department=department)
    return _round_steps(document).filter(kind=ReviewStepKind.CONFIRMATION, department=department).last()


def document_withdraw(*, document: Document, actor: User, reason: str) -> Document:
    """撤回/下线: no longer public; kept, with its history."""
    return review_workflow.apply(document, "withdraw", actor=actor, reason=reason)


def document_reopen(*, document: Document, actor: User) -> Document:
    """A withdrawn document goes back to its drafters for correction and a full new review."""
    return review_workflow.apply(document, "reopen", actor=actor)


def is_in_review(document: Document) -> bool:
    return document.state in REVIEW_STATES
