"""Attachments: checked by content, stored by SHA-256, their text kept for the personal-data pre-check."""

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User
from gongkai.files.filetypes import UploadRejected, extract_text
from gongkai.files.uploads import blob_keep, upload_spool

from .. import rules
from ..models import Attachment, Document, Interpretation
from .documents import document_content_changed, document_fingerprint


def attachment_add(
    *,
    actor: User,
    upload: UploadedFile,
    document: Document | None = None,
    interpretation: Interpretation | None = None,
) -> Attachment:
    owner = document or interpretation.document
    if not rules.can_edit(actor, owner):
        raise ApplicationError("当前状态下您不能为这条信息添加附件。")
    try:
        spooled = upload_spool(upload=upload, max_bytes=settings.ATTACHMENT_MAX_BYTES)
    except UploadRejected as exc:
        raise ApplicationError(f"附件《{upload.name}》未上传：{exc.message}", field="upload") from exc
    with spooled:
        extracted = extract_text(spooled.path, spooled.kind)
        with transaction.atomic():
            before_hash = document_fingerprint(owner)
            attachment = Attachment.objects.create(
                document=document,
                interpretation=interpretation,
                blob=blob_keep(spooled=spooled),
                original_name=spooled.name,
                text=extracted.text,
                text_ok=extracted.ok,
            )
            audit_record(
                actor=actor,
                action="attachment_add",
                obj=owner,
                after={
                    "attachment": attachment.original_name,
                    "sha256": spooled.sha256,
                    "size": spooled.size,
                },
            )
            document_content_changed(
                document=owner, actor=actor, before_hash=before_hash, reason="审查后附件被修改"
            )
    return attachment


@transaction.atomic
def attachment_remove(*, actor: User, attachment: Attachment) -> None:
    owner = attachment.owner_document
    if not rules.can_edit(actor, owner):
        raise ApplicationError("当前状态下您不能删除这条信息的附件。")
    before_hash = document_fingerprint(owner)
    audit_record(
        actor=actor,
        action="attachment_remove",
        obj=owner,
        before={"attachment": attachment.original_name, "sha256": attachment.blob_id},
    )
    attachment.delete()
    document_content_changed(document=owner, actor=actor, before_hash=before_hash, reason="审查后附件被删除")
