"""The validity chain: a document that 修改/废止 another marks the original when it is published.

A change aimed at another department's document does not take effect by the source's review alone: on
publication it waits for the target department's 批准人 to confirm (or the office to decide, with a reason),
and until then the target stays exactly as it was.
"""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Role, User
from gongkai.core.permissions import has_role, is_office
from gongkai.workflow import Move, Transition, Workflow

from .. import rules
from ..choices import VALIDITY_AFTER_CHANGE, DocumentState, Validity, ValidityChangeStatus
from ..models import Document, ValidityChange
from .documents import document_announce, document_content_changed, document_fingerprint

MANUAL_VALIDITIES = (Validity.VALID, Validity.EXPIRED)
FINAL_VALIDITIES = (Validity.REPEALED, Validity.EXPIRED)
Status = ValidityChangeStatus


def needs_confirmation(*, source: Document, target: Document) -> bool:
    return source.issuer_id != target.issuer_id


@transaction.atomic
def validity_change_add(*, actor: User, source: Document, target: Document, kind: str) -> ValidityChange:
    if not rules.can_edit(actor, source):
        raise ApplicationError("当前状态下您不能修改这条信息。")
    if target.pk == source.pk:
        raise ApplicationError("文件不能修改或废止自身。")
    if target.state != DocumentState.PUBLISHED:
        raise ApplicationError("只能修改或废止已发布的文件。")
    if target.validity in FINAL_VALIDITIES:
        raise ApplicationError(f"《{target.title}》已{target.get_validity_display()}，不能再修改或废止。")
    before_hash = document_fingerprint(source)
    change, created = ValidityChange.objects.update_or_create(
        source=source, target=target, defaults={"kind": kind}
    )
    audit_record(
        actor=actor, action="validity_link_add", obj=source, after={"target": target.index_no, "kind": kind}
    )
    document_content_changed(
        document=source, actor=actor, before_hash=before_hash, reason="审查后效力关系被修改"
    )
    return change


@transaction.atomic
def validity_change_remove(*, actor: User, change: ValidityChange) -> None:
    source = change.source
    if not rules.can_edit(actor, source) or change.status != Status.PROPOSED:
        raise ApplicationError("当前状态下不能删除该效力关系。")
    before_hash = document_fingerprint(source)
    audit_record(
        actor=actor,
        action="validity_link_remove",
        obj=source,
        before={"target": change.target.index_no, "kind": change.kind},
    )
    change.delete()
    document_content_changed(
        document=source, actor=actor, before_hash=before_hash, reason="审查后效力关系被修改"
    )


def _apply(change: ValidityChange, *, actor: User, reason: str) -> None:
    """The target takes the validity the change gives it (under its row lock), audited on the target."""
    target = Document.objects.select_for_update().get(pk=change.target_id)
    before = target.validity
    target.validity = VALIDITY_AFTER_CHANGE[change.kind]
    target.save(update_fields=["validity", "updated_at"])
    document_announce(document=target)
    audit_record(
        actor=actor,
        action="validity_change",
        obj=target,
        before={"validity": before},
        after={"validity": target.validity},
        reason=reason,
    )


def validity_changes_on_publication(*, source: Document, actor: User, now) -> None:
    """Called in the transaction that publishes (or records) `source`: own documents change now, another
    department's wait for its confirmation."""
    for change in source.changes_made.filter(status=Status.PROPOSED).select_related("target__issuer"):
        if not needs_confirmation(source=source, target=change.target):
            change.status, change.applied_at = Status.APPLIED, now
            change.save(update_fields=["status", "applied_at", "updated_at"])
            _apply(change, actor=actor, reason=f"被《{source.title}》{change.get_kind_display()}")
            continue
        change.status = Status.AWAITING
        change.save(update_fields=["status", "updated_at"])
        audit_record(
            actor=actor,
            action="validity_change_pending",
            obj=source,
            after={
                "target": change.target.index_no,
                "kind": change.kind,
                "department": change.target.issuer.name,
            },
        )


# --- confirmation by the target's department (or the office) -----------------------------------------


def _target_approver(actor: User, change: ValidityChange) -> bool:
    return has_role(actor, Role.APPROVER, change.target.issuer_id)


def _target_still_open(move: Move) -> str | None:
    target = move.obj.target
    if target.state != DocumentState.PUBLISHED or target.validity in FINAL_VALIDITIES:
        return f"《{target.title}》已{target.get_validity_display()}或已不在发布状态，不能再修改或废止，请选择不同意。"
    return None


def _now(move: Move):
    return move.params.get("now") or timezone.now()


def _decided(move: Move, **extra) -> dict:
    return {"decided_by": move.actor, "decided_at": _now(move), "decision_reason": move.reason} | extra


def _details(move: Move) -> None:
    change = move.obj
    move.details |= {"source": change.source.index_no, "kind": change.kind}


def _apply_confirmed(move: Move) -> None:
    change = move.obj
    who = "公开办决定" if change.office_decision else "本部门批准人确认"
    _apply(
        change, actor=move.actor, reason=f"被《{change.source.title}》{change.get_kind_display()}（{who}）"
    )


validity_workflow = Workflow(
    ValidityChange,
    [
        Transition(
            name="confirm",
            label="确认",
            sources=(Status.AWAITING,),
            target=Status.APPLIED,
            may=_target_approver,
            refusal="只有被修改文件所属部门的批准人可以确认。",
            audit="validity_change_confirm",
            guards=(_target_still_open,),
            before=(_details,),
            changes=lambda move: _decided(move, applied_at=_now(move)),
            effects=(_apply_confirmed,),
        ),
        Transition(
            name="office_confirm",
            label="公开办决定生效",
            sources=(Status.AWAITING,),
            target=Status.APPLIED,
            may=lambda actor, change: is_office(actor),
            refusal="只有公开办可以代为决定。",
            audit="validity_change_office_confirm",
            reason_required="公开办决定须写明理由。",
            guards=(_target_still_open,),
            before=(_details,),
            changes=lambda move: _decided(move, applied_at=_now(move), office_decision=True),
            effects=(_apply_confirmed,),
        ),
        Transition(
            name="decline",
            label="不同意",
            sources=(Status.AWAITING,),
            target=Status.DECLINED,
            may=lambda actor, change: _target_approver(actor, change) or is_office(actor),
            refusal="只有被修改文件所属部门的批准人或公开办可以作出决定。",
            audit="validity_change_decline",
            reason_required="不同意须写明理由。",
            before=(_details,),
            changes=lambda move: _decided(move, office_decision=not _target_approver(move.actor, move.obj)),
        ),
    ],
    state_field="status",
    audit_object=lambda change: change.target,
)


def validity_change_confirm(
    *, actor: User, change: ValidityChange, reason: str = "", now: datetime | None = None
) -> ValidityChange:
    """The target department's 批准人 confirms; otherwise the office decides (its reason is required)."""
    name = "office_confirm" if not _target_approver(actor, change) and is_office(actor) else "confirm"
    return validity_workflow.apply(change, name, actor=actor, reason=reason, now=now)


def validity_change_decline(
    *, actor: User, change: ValidityChange, reason: str, now: datetime | None = None
) -> ValidityChange:
    return validity_workflow.apply(change, "decline", actor=actor, reason=reason, now=now)


def validity_changes_awaiting(*, user: User):
    """Changes waiting for a decision this person may take (their department's 批准人, or the office)."""
    awaiting = ValidityChange.objects.filter(status=Status.AWAITING).select_related(
        "source__issuer", "target__issuer"
    )
    return [c for c in awaiting.order_by("updated_at", "pk") if validity_workflow.available(c, user)]


@transaction.atomic
def document_set_validity(*, actor: User, document: Document, validity: str, reason: str) -> None:
    """The office or the issuing department's approver marks a published document 失效 (e.g. expiry date)."""
    if not rules.can_withdraw(actor, document):
        raise ApplicationError("您没有修改该文件有效性的权限。")
    if validity not in MANUAL_VALIDITIES:
        # 修改/废止 come from the amending or repealing document, so both pages link to each other.
        raise ApplicationError(
            "只能手工标记为有效或失效；修改、废止请在新文件中登记效力关系。", field="validity"
        )
    if not reason.strip():
        raise ApplicationError("修改有效性必须填写理由。", field="reason")
    before = document.validity
    Document.objects.filter(pk=document.pk).update(validity=validity, updated_at=timezone.now())
    document.validity = validity
    document_announce(document=document)
    audit_record(
        actor=actor,
        action="validity_set",
        obj=document,
        before={"validity": before},
        after={"validity": validity},
        reason=reason,
    )
