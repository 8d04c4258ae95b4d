"""Attachments: checked by content, stored by SHA-256, their text kept for the personal-data pre-check."""

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User

from .. import rules
from ..filetypes import UploadRejected, check_upload, extract_text
from ..models import Attachment, Blob, Document, Interpretation
from ..storage import spool, store
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
    max_bytes = settings.ATTACHMENT_MAX_BYTES
    tmp, sha256, size = spool(upload.chunks(), max_bytes=max_bytes)
    try:
        if size > max_bytes:
            raise UploadRejected(f"文件超过大小限制（最大 {max_bytes // (1024 * 1024)} MB）")
        with open(tmp, "rb") as f:
            kind = check_upload(f, original_name=upload.name, max_bytes=max_bytes)
    except UploadRejected as exc:
        tmp.unlink(missing_ok=True)
        raise ApplicationError(f"附件《{upload.name}》未上传：{exc.message}", field="upload") from exc
    path = store(tmp, sha256)
    extracted = extract_text(path, kind)
    with transaction.atomic():
        before_hash = document_fingerprint(owner)
        blob, _ = Blob.objects.get_or_create(sha256=sha256, defaults={"size": size, "kind": kind.code})
        attachment = Attachment.objects.create(
            document=document,
            interpretation=interpretation,
            blob=blob,
            original_name=upload.name[:255],
            text=extracted.text,
            text_ok=extracted.ok,
        )
        audit_record(
            actor=actor,
            action="attachment_add",
            obj=owner,
            after={"attachment": attachment.original_name, "sha256": sha256, "size": size},
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
