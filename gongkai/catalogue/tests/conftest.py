import datetime as dt

import pytest

from gongkai.catalogue.choices import DisclosureAttr, Genre
from gongkai.catalogue.models import Column, Subject
from gongkai.catalogue.services.documents import document_create
from gongkai.catalogue.services.review import document_review_pass, document_submit


@pytest.fixture
def complete_data(db):
    """Metadata that passes every pre-check."""

    def make(**overrides):
        data = {
            "title": "关于印发《示范县义务教育招生工作方案》的通知",
            "doc_no": "示教发〔2026〕3号",
            "written_on": dt.date(2026, 3, 2),
            "subject": Subject.objects.get(name="科技、教育", parent=None),
            "genre": Genre.NOTICE,
            "summary": "明确2026年义务教育阶段招生范围、程序和时间安排。",
            "body": "<p>各学校：现将招生工作方案印发给你们，请认真贯彻执行。</p>",
            "disclosure_attr": DisclosureAttr.PROACTIVE,
            "columns": [Column.objects.get(slug="livelihood").pk],
        }
        data.update(overrides)
        return data

    return make


@pytest.fixture
def make_draft(org, complete_data):
    def make(dept="edu", **overrides):
        department = getattr(org, dept)
        return document_create(
            actor=getattr(org, f"{dept}_drafter"), issuer=department, data=complete_data(**overrides)
        )

    return make


@pytest.fixture
def review_through(org):
    """Walks a submitted document through the named steps with the department's three reviewers."""

    def walk(document, steps=("first", "second", "approver"), dept="edu", **kwargs):
        if document.state == "draft":
            document = document_submit(document=document, actor=getattr(org, f"{dept}_drafter"))
        for step in steps:
            document = document_review_pass(document=document, actor=getattr(org, f"{dept}_{step}"), **kwargs)
        return document

    return walk
