"""A small public world for the API: published documents with everything the endpoints show, and beside them
one document in every state that must never be shown (each with an interpretation and an attachment)."""

from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from gongkai.catalogue.choices import DisclosureAttr, Genre, InterpretationForm, Validity
from gongkai.catalogue.models import Column, Subject, Topic
from gongkai.catalogue.services import review
from gongkai.portal.tests.conftest import PNG_BYTES, make_document, pdf_bytes
from gongkai.search.tests.conftest import indexed_doc  # noqa: F401 - a fixture for the search tests

TZ = ZoneInfo("Asia/Shanghai")
# Every hidden document, interpretation and attachment name carries this word; no API answer may contain it.
SECRET = "内部秘密"


def interpretation(title: str, **fields) -> dict:
    return {"title": title, "form": InterpretationForm.TEXT, "main_content": "主要内容说明。", **fields}


def hidden_document(org, stage: str, attr: str = DisclosureAttr.PROACTIVE, dept: str = "health"):
    """stage: draft, review, approved (recorded when not 主动公开) or withdrawn."""
    withdrawn = stage == "withdrawn"
    document = make_document(
        org,
        dept,
        stage="published" if withdrawn else stage,
        title=f"{SECRET}事项（{stage}·{attr}）",
        doc_no=f"示卫发〔2024〕{len(stage)}{len(attr)}号",
        disclosure_attr=attr,
        summary=f"{SECRET}的概述",
        topics=list(Topic.objects.filter(slug="liuwen")),
        attachments=[(f"{SECRET}附件.pdf", pdf_bytes())],
        interpretations=[
            interpretation(f"{SECRET}事项的解读", attachments=[(f"{SECRET}图解.png", PNG_BYTES)])
        ],
        override_reason="图片已人工核查",
    )
    if withdrawn:
        document = review.document_withdraw(
            document=document, actor=getattr(org, f"{dept}_approver"), reason="内容有误"
        )
    return document


HIDDEN = [
    ("draft", DisclosureAttr.PROACTIVE),
    ("review", DisclosureAttr.PROACTIVE),
    ("approved", DisclosureAttr.ON_REQUEST),
    ("approved", DisclosureAttr.WITHHELD),
    ("withdrawn", DisclosureAttr.PROACTIVE),
]


@pytest.fixture
def world(org, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    topic = Topic.objects.create(name="六稳六保", slug="liuwen", description="稳就业、保民生。")
    education = Subject.objects.get(parent=None, name="科技、教育")
    notice = make_document(
        org,
        title="关于做好2024年义务教育招生工作的通知",
        doc_no="示教发〔2024〕1号",
        columns=[Column.objects.get(slug="regulations")],
        topics=[topic],
        attachments=[("招生简章.pdf", pdf_bytes())],
        interpretations=[
            interpretation(
                "《招生工作通知》解读", author="示范县教育局", attachments=[("招生图解.png", PNG_BYTES)]
            )
        ],
        published_at=datetime(2024, 3, 5, 10, tzinfo=TZ),
        override_reason="图片已人工核查",
    )
    opinion = make_document(
        org,
        "health",
        title="关于加强疫情防控工作的意见",
        doc_no="示卫发〔2023〕7号",
        genre=Genre.OPINION,
        subject=Subject.objects.get(parent=None, name="卫生、体育"),
        columns=[Column.objects.get(slug="regulations")],
        published_at=datetime(2023, 6, 1, 9, tzinfo=TZ),
    )
    hidden = [hidden_document(org, stage, attr) for stage, attr in HIDDEN]
    return SimpleNamespace(
        org=org,
        topic=topic,
        education=education,
        notice=notice,
        opinion=opinion,
        hidden=hidden,
        validity=Validity,
    )
