"""Documents for portal tests, made the way staff make them: drafted, submitted, reviewed three times."""

import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter

from gongkai.catalogue.choices import DisclosureAttr, Genre
from gongkai.catalogue.models import Column, Document, Subject
from gongkai.catalogue.services import attachments, interpretations, review
from gongkai.catalogue.services.documents import document_create

# Keyword arguments of make_document that are not Document fields.
_EXTRA = ("attachments", "interpretations", "columns", "topics", "published_at", "override_reason")


def pdf_bytes() -> bytes:
    """A real one-page PDF (so the attachment's text extraction succeeds and no pre-check fires)."""
    writer = PdfWriter()
    writer.add_blank_page(width=72, height=72)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# The smallest valid PNG: 1×1 pixel.
PNG_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


def _defaults() -> dict:
    return {
        "title": "关于做好2024年义务教育招生工作的通知",
        "doc_no": "示教发〔2024〕1号",
        "written_on": date(2024, 3, 1),
        "subject": Subject.objects.get(parent=None, name="科技、教育"),
        "genre": Genre.NOTICE,
        "keywords": "教育 招生",
        "summary": "部署本年度义务教育阶段招生入学工作。",
        "body": "<p>各学校：</p><p>现就做好招生工作通知如下。</p>",
        "disclosure_attr": DisclosureAttr.PROACTIVE,
    }


def make_document(org, dept: str = "edu", *, stage: str = "published", **fields) -> Document:
    """A document of `org.<dept>` taken through the real services up to `stage`:
    "draft", "review" (submitted), or "approved" (published when 主动公开, recorded otherwise)."""
    extra = {k: fields.pop(k) for k in _EXTRA if k in fields}
    data = {**_defaults(), **fields}
    if data["disclosure_attr"] != DisclosureAttr.PROACTIVE:
        data.setdefault("disclosure_reason", "涉及第三方合法权益，依申请公开。")
    columns = extra.get("columns") or [Column.objects.get(slug="regulations")]
    data["columns"] = [c.pk for c in columns]
    data["topics"] = [t.pk for t in extra.get("topics", [])]
    drafter = getattr(org, f"{dept}_drafter")
    document = document_create(actor=drafter, issuer=getattr(org, dept), data=data)
    for name, content in extra.get("attachments", []):
        attachments.attachment_add(actor=drafter, upload=SimpleUploadedFile(name, content), document=document)
    for item in extra.get("interpretations", []):
        item = dict(item)
        files = item.pop("attachments", [])
        saved = interpretations.interpretation_save(actor=drafter, document=document, data=item)
        for name, content in files:
            attachments.attachment_add(
                actor=drafter, upload=SimpleUploadedFile(name, content), interpretation=saved
            )
    if stage == "draft":
        return document
    review.document_submit(document=document, actor=drafter)
    if stage == "review":
        return Document.objects.get(pk=document.pk)
    review.document_review_pass(document=document, actor=getattr(org, f"{dept}_first"))
    review.document_review_pass(document=document, actor=getattr(org, f"{dept}_second"))
    review.document_review_pass(
        document=document,
        actor=getattr(org, f"{dept}_approver"),
        override_reason=extra.get("override_reason", ""),
        now=extra.get("published_at"),
    )
    return Document.objects.get(pk=document.pk)


@pytest.fixture
def publish_document(settings, tmp_path):
    """publish_document(org, dept="edu", **fields): a published 主动公开 document (blobs under tmp_path)."""
    settings.MEDIA_ROOT = tmp_path / "media"

    def publish(org, dept: str = "edu", **fields) -> Document:
        return make_document(org, dept, **fields)

    return publish


@pytest.fixture
def draft_document(settings, tmp_path):
    """draft_document(org, dept="edu", stage="draft"|"review"|"approved", **fields); a draft by default."""
    settings.MEDIA_ROOT = tmp_path / "media"

    def draft(org, dept: str = "edu", *, stage: str = "draft", **fields) -> Document:
        return make_document(org, dept, stage=stage, **fields)

    return draft
