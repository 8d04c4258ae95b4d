"""Only published 主动公开 documents are public: everything else is 404 and absent from every list."""

import pytest
from django.urls import reverse

from gongkai.catalogue.choices import DisclosureAttr, InterpretationForm
from gongkai.catalogue.models import Column, Topic
from gongkai.catalogue.services import review

from .conftest import pdf_bytes

pytestmark = pytest.mark.django_db

LIST_URLS = [
    reverse("portal:home"),
    reverse("portal:catalogue"),
    reverse("portal:column", args=["regulations"]),
    reverse("portal:column", args=["statutory"]),
    reverse("portal:interpretations"),
    reverse("portal:topic", args=["liuwen"]),
]


@pytest.fixture
def topic(db):
    return Topic.objects.create(name="六稳六保", slug="liuwen")


def interpretation(title):
    return {"title": title, "form": InterpretationForm.TEXT, "main_content": "主要内容说明。"}


def test_a_published_document_appears_on_home_column_catalogue_and_its_own_page(
    client, org, publish_document, topic
):
    doc = publish_document(
        org,
        title="关于公布学校名单的通知",
        topics=[topic],
        interpretations=[interpretation("《学校名单》解读")],
    )
    for url in LIST_URLS:
        assert "关于公布学校名单的通知" in client.get(url).content.decode(), url
    page = client.get(reverse("portal:document", args=[doc.pk])).content.decode()
    assert doc.index_no in page
    assert (
        "关于公布学校名单的通知"
        in client.get(reverse("portal:catalogue"), {"q": "学校名单"}).content.decode()
    )


@pytest.mark.parametrize(
    "stage,attr",
    [
        ("draft", DisclosureAttr.PROACTIVE),
        ("review", DisclosureAttr.PROACTIVE),
        ("approved", DisclosureAttr.ON_REQUEST),
        ("approved", DisclosureAttr.WITHHELD),
    ],
)
def test_a_document_that_is_not_published_proactive_is_nowhere_on_the_portal(
    client, org, draft_document, topic, stage, attr
):
    doc = draft_document(
        org,
        stage=stage,
        title="内部秘密事项",
        disclosure_attr=attr,
        topics=[topic],
        attachments=[("秘密附件.pdf", pdf_bytes())],
        interpretations=[interpretation("秘密事项的解读")],
    )
    assert_nowhere(client, doc, "内部秘密事项", "秘密事项的解读")


def test_a_withdrawn_document_disappears_from_the_portal(client, org, publish_document, topic):
    doc = publish_document(
        org,
        title="内部秘密事项",
        topics=[topic],
        attachments=[("秘密附件.pdf", pdf_bytes())],
        interpretations=[interpretation("秘密事项的解读")],
    )
    assert client.get(reverse("portal:document", args=[doc.pk])).status_code == 200
    review.document_withdraw(document=doc, actor=org.edu_approver, reason="内容有误")
    assert_nowhere(client, doc, "内部秘密事项", "秘密事项的解读")


def test_a_recorded_on_request_document_keeps_its_state_but_is_not_public(org, draft_document):
    doc = draft_document(org, stage="approved", disclosure_attr=DisclosureAttr.ON_REQUEST)
    assert doc.state == "recorded" and doc.published_at is None


def assert_nowhere(client, doc, title, interpretation_title):
    assert client.get(reverse("portal:document", args=[doc.pk])).status_code == 404
    assert client.get(reverse("portal:document-by-index"), {"no": doc.index_no}).status_code == 404
    for url in LIST_URLS:
        page = client.get(url).content.decode()
        assert title not in page and interpretation_title not in page, url
    doc_url = reverse("portal:document", args=[doc.pk])
    for params in ({"q": title}, {"q": doc.index_no}, {"issuer": doc.issuer_id}):
        page = client.get(reverse("portal:catalogue"), params).content.decode()
        assert doc_url not in page and "共 <strong>0</strong> 条" in page, params
    for attachment in doc.attachments.all():
        assert client.get(reverse("portal:attachment", args=[attachment.pk])).status_code == 404
    for item in doc.interpretations.all():
        assert client.get(reverse("portal:interpretation", args=[item.pk])).status_code == 404
    # The issuer filter does not even offer a department whose only documents are not public.
    assert doc.issuer.name not in client.get(reverse("portal:catalogue")).content.decode()


def test_an_inactive_or_unknown_column_is_404(client, db):
    Column.objects.filter(slug="statutory").update(is_active=False)
    assert client.get(reverse("portal:column", args=["statutory"])).status_code == 404
    # A column under a hidden parent is hidden too.
    assert client.get(reverse("portal:column", args=["regulations"])).status_code == 404
    assert client.get(reverse("portal:column", args=["no-such-column"])).status_code == 404
    assert client.get(reverse("portal:column", args=["guide"])).status_code == 200


def test_an_inactive_topic_is_404(client, topic):
    assert client.get(reverse("portal:topic", args=["liuwen"])).status_code == 200
    Topic.objects.filter(pk=topic.pk).update(is_active=False)
    assert client.get(reverse("portal:topic", args=["liuwen"])).status_code == 404
    assert "六稳六保" not in client.get(reverse("portal:topics")).content.decode()
