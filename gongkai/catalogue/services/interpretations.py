"""政策解读: drafted with the policy document, reviewed with it, published with it (谁起草、谁解读)."""

from django.db import transaction
from django.forms.models import model_to_dict

from gongkai.core.audit import audit_record
from gongkai.core.changes import announce_changed
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User

from .. import rules
from ..models import Document, Interpretation
from ..sanitize import sanitize_html
from .documents import document_content_changed, document_fingerprint

FIELDS = ("title", "form", "author", *Interpretation.SECTION_FIELDS, "body", "media_url")


def _data(item: Interpretation) -> dict:
    return {k: v for k, v in model_to_dict(item, fields=FIELDS).items()}


@transaction.atomic
def interpretation_save(
    *, actor: User, document: Document, data: dict, interpretation: Interpretation | None = None
) -> Interpretation:
    if not rules.can_edit(actor, document):
        raise ApplicationError("当前状态下您不能编辑这条信息的解读。")
    if interpretation is not None and interpretation.document_id != document.pk:
        raise ApplicationError("该解读不属于这条信息。")
    before_hash = document_fingerprint(document)
    item = interpretation or Interpretation(document=document, created_by=actor)
    before = _data(item) if interpretation else None
    for key in FIELDS:
        if key in data:
            setattr(item, key, data[key])
    item.body = sanitize_html(item.body)
    item.full_clean()
    item.save()
    announce_changed(model=Interpretation, pks=[item.pk])  # the site search follows
    audit_record(
        actor=actor,
        action="interpretation_update" if before else "interpretation_create",
        obj=document,
        before=before,
        after=_data(item),
    )
    document_content_changed(
        document=document, actor=actor, before_hash=before_hash, reason="审查后解读被修改"
    )
    return item


@transaction.atomic
def interpretation_delete(*, actor: User, interpretation: Interpretation) -> None:
    document = interpretation.document
    if not rules.can_edit(actor, document):
        raise ApplicationError("当前状态下您不能删除这条信息的解读。")
    before_hash = document_fingerprint(document)
    audit_record(actor=actor, action="interpretation_delete", obj=document, before=_data(interpretation))
    interpretation.delete()
    document_content_changed(
        document=document, actor=actor, before_hash=before_hash, reason="审查后解读被删除"
    )
