"""The validity chain: a document that 修改/废止 another marks the original when it is published."""

from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User

from .. import rules
from ..choices import DocumentState, Validity
from ..models import Document, ValidityChange
from .documents import document_announce, document_content_changed, document_fingerprint

MANUAL_VALIDITIES = (Validity.VALID, Validity.EXPIRED)


@transaction.atomic
def validity_change_add(*, actor: User, source: Document, target: Document, kind: str) -> ValidityChange:
    if not rules.can_edit(actor, source):
        raise ApplicationError("当前状态下您不能修改这条信息。")
    if target.pk == source.pk:
        raise ApplicationError("文件不能修改或废止自身。")
    if target.state != DocumentState.PUBLISHED:
        raise ApplicationError("只能修改或废止已发布的文件。")
    if target.validity in (Validity.REPEALED, Validity.EXPIRED):
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
    if not rules.can_edit(actor, source) or change.applied_at:
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
