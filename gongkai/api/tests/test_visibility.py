"""Nothing unpublished and no person: a draft, a document in review, a withdrawn one and a recorded 依申请公开
or 不予公开 one (each with an interpretation and attachments) is absent from every endpoint."""

import json

import pytest

from gongkai.catalogue.models import Attachment

from .conftest import SECRET

pytestmark = pytest.mark.django_db

LISTS = [
    ("/api/documents", {"per_page": 100}),
    ("/api/documents", {"q": SECRET}),
    ("/api/documents", {"issuer": None}),
    ("/api/search", {"q": SECRET}),
    ("/api/search", {"q": "事项"}),
    ("/api/columns", {}),
    ("/api/topics", {}),
    ("/api/interpretations", {"per_page": 100}),
]


def answer_without_echo(response) -> str:
    """The answer's text without the echoed search words (the search endpoint repeats what was asked)."""
    assert response.status_code == 200, response.content.decode()
    data = response.json()
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in ("query", "terms")}
    return json.dumps(data, ensure_ascii=False)


def test_no_hidden_document_interpretation_or_attachment_is_returned_anywhere(client, world):
    for url, params in LISTS:
        if "issuer" in params:
            params = {"issuer": world.org.health.pk}  # the department of every hidden document
        text = answer_without_echo(client.get(url, params))
        assert SECRET not in text, (url, params)
        for document in world.hidden:
            assert f"/documents/{document.pk}/" not in text and document.index_no not in text, (url, params)
    for document in world.hidden:
        assert client.get(f"/api/documents/{document.pk}").status_code == 404
        assert client.get("/api/documents", {"q": document.index_no}).json()["total"] == 0
        assert client.get("/api/search", {"q": document.index_no}).json()["total"] == 0
        for item in document.interpretations.all():
            assert client.get(f"/api/interpretations/{item.pk}").status_code == 404
    assert SECRET not in client.get(f"/api/documents/{world.notice.pk}").content.decode()
    # The hidden rows really exist (so their absence above means something).
    assert Attachment.objects.filter(original_name__startswith=SECRET).count() == 2 * len(world.hidden)


def test_counts_leave_hidden_documents_out(client, world):
    [topic] = client.get("/api/topics").json()
    assert topic["document_count"] == 1  # the published notice, not the five hidden ones
    regulations = [
        child
        for root in client.get("/api/columns").json()
        for child in root["children"]
        if child["slug"] == "regulations"
    ]
    assert regulations[0]["document_count"] == 2
    assert client.get("/api/documents").json()["total"] == 2
    assert client.get("/api/search", {"q": "事项"}).json()["total"] == 0


def test_a_withdrawn_document_leaves_the_api(client, world):
    from gongkai.catalogue.services import review

    assert client.get(f"/api/documents/{world.opinion.pk}").status_code == 200
    review.document_withdraw(document=world.opinion, actor=world.org.health_approver, reason="内容有误")
    assert client.get(f"/api/documents/{world.opinion.pk}").status_code == 404
    assert world.opinion.title not in client.get("/api/documents").content.decode()
    assert client.get("/api/search", {"q": "疫情防控"}).json()["total"] == 0


def test_no_person_is_named(client, world):
    people = [world.org.edu_drafter, world.org.edu_approver, world.org.health_drafter, world.org.health_first]
    answers = [
        client.get(f"/api/documents/{world.notice.pk}").content.decode(),
        client.get(f"/api/interpretations/{world.notice.interpretations.get().pk}").content.decode(),
        client.get("/api/documents").content.decode(),
        client.get("/api/interpretations").content.decode(),
        client.get("/api/search", {"q": "通知"}).content.decode(),
    ]
    for text in answers:
        for person in people:
            assert person.username not in text and person.full_name not in text
        for field in ('"created_by"', '"disclosure_reason"', '"review', '"opinion":', '"password'):
            assert field not in text, field
