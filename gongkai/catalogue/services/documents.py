"""Creating and editing catalogue documents; 索引号 allocation; the content fingerprint reviews sign."""

import hashlib
import json
from datetime import datetime

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.changes import announce_changed
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Department, User

from .. import rules
from ..choices import REVIEW_STATES, DocumentState
from ..models import Document, IndexSerial, Interpretation
from ..sanitize import sanitize_html

# Fields a drafter edits; a change to any of them (or to related content) invalidates earlier review steps.
CONTENT_FIELDS = (
    "title",
    "issuing_authority",
    "doc_no",
    "written_on",
    "formed_on",
    "subject_id",
    "genre",
    "normative_kind",
    "needs_interpretation",
    "keywords",
    "summary",
    "body",
    "disclosure_attr",
    "disclosure_reason",
)
RELATION_FIELDS = ("columns", "topics", "involved_departments")


def index_no_allocate(*, issuer: Department, year: int) -> str:
    """Next 索引号 for an issuer and year: `issuer_code/YYYY-NNNNN`, unique under concurrent creation."""
    with transaction.atomic():
        IndexSerial.objects.get_or_create(issuer=issuer, year=year)
        # The UPDATE takes the row lock (PostgreSQL) or the write lock (SQLite) before the read.
        IndexSerial.objects.filter(issuer=issuer, year=year).update(last=F("last") + 1)
        serial = IndexSerial.objects.values_list("last", flat=True).get(issuer=issuer, year=year)
    return f"{issuer.issuer_code}/{year}-{serial:05d}"


def _snapshot(document: Document) -> dict:
    data = {f: getattr(document, f) for f in CONTENT_FIELDS}
    if document.pk:
        for name in RELATION_FIELDS:
            data[name] = sorted(getattr(document, name).values_list("pk", flat=True))
    return json.loads(json.dumps(data, default=str))


def document_fingerprint(document: Document) -> str:
    """SHA-256 of everything a reviewer approves: metadata, body, attachments, interpretations, validity links."""
    data = _snapshot(document)
    data["attachments"] = sorted(document.attachments.values_list("blob_id", "original_name"))
    data["interpretations"] = [
        [str(v) for v in row] for row in document.interpretations.order_by("pk").values_list()
    ]
    data["interpretation_attachments"] = sorted(
        (a, n)
        for a, n in document.interpretations.values_list("attachments__blob_id", "attachments__original_name")
        if a
    )
    data["validity_changes"] = sorted(document.changes_made.values_list("target_id", "kind"))
    payload = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def _set_relations(document: Document, relations: dict) -> None:
    involved = relations.get("involved_departments") or []
    if document.issuer_id in {getattr(d, "pk", d) for d in involved}:
        # 会签 is another department's confirmation; the issuer's own reviewers already review it.
        raise ApplicationError("涉及部门不能包括发布机构本身。", field="involved_departments")
    for name in RELATION_FIELDS:
        if name in relations:
            getattr(document, name).set(relations[name])


def _check_interpretation_flag(actor: User, data: dict, current: bool = False) -> None:
    # Only the office decides which non-normative documents need an interpretation.
    if data.get("needs_interpretation", current) != current and not rules.can_mark_interpretation_needed(
        actor
    ):
        raise ApplicationError("只有公开办可以标记须同步解读的文件。", field="needs_interpretation")


def document_announce(*, document: Document) -> None:
    """Tell the rooms that keep copies of public things (the site search) that the document changed, and
    with it its interpretations, which are public exactly when it is. Inside the transaction of the change."""
    announce_changed(model=Document, pks=[document.pk])
    announce_changed(model=Interpretation, pks=document.interpretations.values_list("pk", flat=True))


@transaction.atomic
def document_create(*, actor: User, issuer: Department, data: dict, now: datetime | None = None) -> Document:
    if not rules.can_create_in(actor, issuer.pk):
        raise ApplicationError("您不是该部门的信息员，不能在此部门起草信息。")
    _check_interpretation_flag(actor, data)
    now = now or timezone.now()
    fields = {k: v for k, v in data.items() if k not in RELATION_FIELDS}
    document = Document(issuer=issuer, created_by=actor, **fields)
    document.body = sanitize_html(document.body)
    if not document.issuing_authority:
        document.issuing_authority = issuer.name
    document.index_no = index_no_allocate(issuer=issuer, year=timezone.localtime(now).year)
    document.full_clean(exclude=["index_no"])
    document.save()
    _set_relations(document, data)
    document_announce(document=document)
    audit_record(actor=actor, action="document_create", obj=document, after=_snapshot(document))
    return document


def document_content_changed(*, document: Document, actor: User, before_hash: str, reason: str) -> None:
    """Call after any change to reviewed content: an edit during review sends the document back to 初审."""
    if document.state not in REVIEW_STATES or document_fingerprint(document) == before_hash:
        return
    from_state = document.state
    document.state = DocumentState.FIRST_REVIEW
    document.review_round += 1
    document.save(update_fields=["state", "review_round", "updated_at"])
    audit_record(
        actor=actor,
        action="review_restart",
        obj=document,
        before={"state": from_state},
        after={"state": document.state, "round": document.review_round},
        reason=reason,
    )


@transaction.atomic
def document_update(*, document: Document, actor: User, data: dict) -> Document:
    document = Document.objects.select_for_update().get(pk=document.pk)
    if not rules.can_edit(actor, document):
        raise ApplicationError("当前状态下您不能修改这条信息。")
    _check_interpretation_flag(actor, data, document.needs_interpretation)
    before, before_hash = _snapshot(document), document_fingerprint(document)
    for key, value in data.items():
        if key not in RELATION_FIELDS:
            setattr(document, key, value)
    document.body = sanitize_html(document.body)
    document.full_clean(exclude=["index_no"])
    document.save()
    _set_relations(document, data)
    after = _snapshot(document)
    changed = {k for k in after if before.get(k) != after[k]}
    if changed:
        audit_record(
            actor=actor,
            action="document_update",
            obj=document,
            before={k: before.get(k) for k in changed},
            after={k: after[k] for k in changed},
        )
    document_content_changed(
        document=document, actor=actor, before_hash=before_hash, reason="审查后内容被修改"
    )
    document_announce(document=document)
    return document


@transaction.atomic
def document_mark_interpretation_needed(*, document: Document, actor: User, needed: bool) -> None:
    if not rules.can_mark_interpretation_needed(actor):
        raise ApplicationError("只有公开办可以标记须同步解读的文件。")
    if document.state not in (DocumentState.DRAFT, *REVIEW_STATES):
        raise ApplicationError("文件已审结，不能再标记须同步解读。")
    before, before_hash = document.needs_interpretation, document_fingerprint(document)
    Document.objects.filter(pk=document.pk).update(needs_interpretation=needed)
    document.needs_interpretation = needed
    audit_record(
        actor=actor,
        action="interpretation_required",
        obj=document,
        before={"needs_interpretation": before},
        after={"needs_interpretation": needed},
    )
    # Reviewers must see the document again with what is now required of it.
    document_content_changed(
        document=document, actor=actor, before_hash=before_hash, reason="公开办标记须同步解读"
    )
