"""Builders for staff view tests: documents driven through the real services into a given state."""

import io
from types import SimpleNamespace

from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter

from gongkai.catalogue.choices import DisclosureAttr, DocumentState, Genre, NormativeKind
from gongkai.catalogue.models import Column, Document, Subject
from gongkai.catalogue.services import attachments, documents, interpretations, review
from gongkai.core.models import Department, Role, RoleAssignment, User

PASSWORD = "Gongkai-test-2026"
# A well-formed 18-digit 居民身份证号 (valid check digit): the personal-data pre-check must find it.
ID_NUMBER = "11010519491231002X"
# Smallest PNG signature the upload check accepts as an image.
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_upload(name: str = "附件.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, pdf_bytes(), content_type="application/pdf")


def png_upload(name: str = "图解.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PNG_BYTES, content_type="image/png")


def complete_data(**overrides) -> dict:
    """Everything the pre-checks require, so that a document can go all the way to publication."""
    data = {
        "title": "关于做好2024年义务教育招生工作的通知",
        "doc_no": "示教发〔2024〕1号",
        "written_on": "2024-03-01",
        "subject": Subject.objects.get(name="科技、教育", parent=None),
        "genre": Genre.NOTICE,
        "normative_kind": NormativeKind.OTHER,
        "summary": "明确今年义务教育阶段招生的时间安排。",
        "body": "<p>各学校：现将有关事项通知如下。</p>",
        "disclosure_attr": DisclosureAttr.PROACTIVE,
        "columns": [Column.objects.get(slug="livelihood")],
    }
    return data | overrides


def build_org() -> SimpleNamespace:
    """The same people as the project-wide `org` fixture, built without it (usable at module scope)."""
    from gongkai.conftest import TEST_ISSUER_CODES

    o = SimpleNamespace()
    o.gov = Department.objects.create(
        name="示范县人民政府", kind="government", issuer_code=TEST_ISSUER_CODES[0]
    )
    o.office_dept = Department.objects.create(
        name="示范县人民政府办公室", parent=o.gov, kind="office", issuer_code=TEST_ISSUER_CODES[1]
    )
    o.edu = Department.objects.create(name="示范县教育局", parent=o.gov, issuer_code=TEST_ISSUER_CODES[2])
    o.health = Department.objects.create(
        name="示范县卫生健康局", parent=o.gov, issuer_code=TEST_ISSUER_CODES[3]
    )

    def user(username, *roles):
        person = User.objects.create_user(username=username, password=PASSWORD, full_name=username)
        for department, role in roles:
            RoleAssignment.objects.create(user=person, department=department, role=role)
        return person

    for dept, key in ((o.edu, "edu"), (o.health, "health")):
        setattr(o, f"{key}_drafter", user(f"{key}_drafter", (dept, Role.DRAFTER)))
        setattr(o, f"{key}_first", user(f"{key}_first", (dept, Role.FIRST_REVIEWER)))
        setattr(o, f"{key}_second", user(f"{key}_second", (dept, Role.SECOND_REVIEWER)))
        setattr(o, f"{key}_approver", user(f"{key}_approver", (dept, Role.APPROVER)))
    o.office = user("office", (o.office_dept, Role.OFFICE))
    o.sysadmin = user("sysadmin", (o.office_dept, Role.SYSADMIN))
    o.citizen = user("citizen")
    return o


def people(org, key: str) -> SimpleNamespace:
    return SimpleNamespace(
        **{r: getattr(org, f"{key}_{r}") for r in ("drafter", "first", "second", "approver")}
    )


STEPS = [
    DocumentState.FIRST_REVIEW,
    DocumentState.SECOND_REVIEW,
    DocumentState.APPROVAL,
    DocumentState.PUBLISHED,
]


def advance(document: Document, crew, to_state: str) -> Document:
    """Drive a draft through submit / 初审 / 复审 / 批准 until it reaches `to_state`."""
    actors = {
        DocumentState.FIRST_REVIEW: lambda d: review.document_submit(document=d, actor=crew.drafter),
        DocumentState.SECOND_REVIEW: lambda d: review.document_review_pass(document=d, actor=crew.first),
        DocumentState.APPROVAL: lambda d: review.document_review_pass(document=d, actor=crew.second),
        DocumentState.PUBLISHED: lambda d: review.document_review_pass(document=d, actor=crew.approver),
    }
    if to_state in (DocumentState.DRAFT, None):
        return document
    for state in STEPS:
        actors[state](document)
        if state == to_state:
            break
    document.refresh_from_db()
    return document


def make_document(org, key: str = "edu", state: str = DocumentState.DRAFT, **data) -> Document:
    crew = people(org, key)
    issuer = getattr(org, key)
    document = documents.document_create(actor=crew.drafter, issuer=issuer, data=complete_data(**data))
    return advance(document, crew, state)


def add_attachment(document: Document, actor, upload=None):
    return attachments.attachment_add(actor=actor, upload=upload or pdf_upload(), document=document)


def add_interpretation(document: Document, actor, *, graphic: bool = False, **data):
    item = interpretations.interpretation_save(
        actor=actor,
        document=document,
        data={
            "title": "《通知》政策解读",
            "form": "graphic" if graphic else "text",
            "background": "背景依据。",
            "body": "<p>解读正文。</p>",
        }
        | data,
    )
    if graphic:
        attachments.attachment_add(actor=actor, upload=png_upload(), interpretation=item)
    return item
