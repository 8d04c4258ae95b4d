"""Model rows → the dicts of schemas.py. Only what the portal shows the public; no person is named."""

from django.urls import reverse
from django.utils import timezone

from gongkai.catalogue.choices import Genre, InterpretationForm, Validity, ValidityChangeKind

_GENRES, _VALIDITIES = dict(Genre.choices), dict(Validity.choices)
_FORMS, _CHANGE_KINDS = dict(InterpretationForm.choices), dict(ValidityChangeKind.choices)


def _choice(value: str, labels: dict) -> dict | None:
    return {"value": value, "label": str(labels.get(value, value))} if value else None


def local_date(value):
    return timezone.localdate(value) if value else None


def document_ref(document) -> dict:
    return {
        "id": document.pk,
        "title": document.title,
        "doc_no": document.doc_no,
        "url": reverse("portal:document", args=[document.pk]),
    }


def document_item(document) -> dict:
    subject = document.subject
    return {
        **document_ref(document),
        "index_no": document.index_no,
        "issuer": {"id": document.issuer_id, "name": document.issuer.name},
        "published_at": local_date(document.published_at),
        "written_on": document.written_on,
        "subject": {"id": subject.pk, "name": str(subject)} if subject else None,
        "genre": _choice(document.genre, _GENRES),
        "validity": _choice(document.validity, _VALIDITIES),
    }


def attachment_out(attachment) -> dict:
    return {
        "id": attachment.pk,
        "name": attachment.original_name,
        "size": attachment.blob.size,
        "kind": attachment.blob.kind,
        "url": reverse("portal:attachment", args=[attachment.pk]),
    }


def interpretation_ref(item) -> dict:
    return {
        "id": item.pk,
        "title": item.title,
        "form": _choice(item.form, _FORMS),
        "url": reverse("portal:interpretation", args=[item.pk]),
    }


def _change(change, other) -> dict:
    return {"kind": _choice(change.kind, _CHANGE_KINDS), "document": document_ref(other)}


def document_detail(document) -> dict:
    return {
        **document_item(document),
        "issuing_authority": document.authority_display,
        "keywords": document.keywords,
        "summary": document.summary,
        "body_html": document.body,  # sanitised on save (catalogue.sanitize)
        "columns": [
            {"id": c.pk, "slug": c.slug, "name": c.name} for c in document.columns.all() if c.is_active
        ],
        "topics": [
            {"id": t.pk, "slug": t.slug, "name": t.name} for t in document.topics.all() if t.is_active
        ],
        "attachments": [attachment_out(a) for a in document.attachments.all()],
        "interpretations": [interpretation_ref(i) for i in document.interpretations.all()],
        # As the document page: only applied changes, and only those whose other document is public.
        "changed_by": [
            _change(c, c.source)
            for c in document.changes_received.all()
            if c.applied_at and c.source.is_public
        ],
        "changes": [_change(c, c.target) for c in document.changes_made.all() if c.target.is_public],
    }


def interpretation_item(item) -> dict:
    return {
        **interpretation_ref(item),
        "author": item.author,
        "published_at": local_date(item.document.published_at),
        "document": document_ref(item.document),
    }


def interpretation_detail(item) -> dict:
    return {
        **interpretation_item(item),
        "sections": [{"label": str(label), "text": text} for label, text in item.sections()],
        "body_html": item.body,  # sanitised on save
        "media_url": item.media_url,
        "attachments": [attachment_out(a) for a in item.attachments.all()],
    }
