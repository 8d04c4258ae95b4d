"""One index for every public thing: interpretations are found beside documents, each with its kind."""

import datetime as dt

import pytest
from django.urls import reverse

from gongkai.catalogue.choices import DisclosureAttr, Genre
from gongkai.catalogue.models import Document, Interpretation, Subject
from gongkai.catalogue.services.documents import document_create
from gongkai.catalogue.services.interpretations import interpretation_delete, interpretation_save
from gongkai.catalogue.services.review import document_review_pass, document_submit, document_withdraw
from gongkai.search import registry, services
from gongkai.search.models import SearchEntry
from gongkai.search.selectors import Filters, Scope, search, search_ids

pytestmark = pytest.mark.django_db

INTERPRETATION = {
    "title": "一图读懂义务教育划片招生新规",
    "form": "text",
    "author": "县教育局",
    "main_content": "明确学区划分和登记程序。",
    "body": "<p>问：什么时候登记？答：五月。</p>",
}


@pytest.fixture
def drafted(org):
    document = document_create(
        actor=org.edu_drafter,
        issuer=org.edu,
        data={
            "title": "关于做好义务教育招生工作的通知",
            "doc_no": "示教发〔2026〕3号",
            "written_on": dt.date(2026, 3, 2),
            "subject": Subject.objects.get(name="科技、教育", parent=None),
            "genre": Genre.NOTICE,
            "summary": "招生范围、程序和时间安排。",
            "body": "<p>各学校：请认真贯彻执行。</p>",
            "disclosure_attr": DisclosureAttr.PROACTIVE,
        },
    )
    item = interpretation_save(actor=org.edu_drafter, document=document, data=INTERPRETATION)
    return document, item


def _publish(org, document):
    document_submit(document=document, actor=org.edu_drafter)
    for who in ("edu_first", "edu_second", "edu_approver"):
        document_review_pass(document=document, actor=getattr(org, who), override_reason="测试放行")
    return Document.objects.get(pk=document.pk)


def _kinds(q, **kwargs):
    return [(hit.kind, hit.document.title) for hit in search(q=q, **kwargs).hits]


def test_the_portal_search_finds_an_interpretation_by_its_title_with_its_kind_and_page(client, org, drafted):
    document, item = drafted
    _publish(org, document)
    page = client.get(reverse("search:search"), {"q": "划片招生新规"}).content.decode()
    assert page.count('class="search-hit') == 1
    assert f'href="{reverse("portal:interpretation", args=[item.pk])}"' in page
    assert '<span class="badge">政策解读</span>' in page
    assert "一图读懂义务教育<mark>划片招生新规</mark>" in page
    assert search(q="登记程序").hits[0].url == f"/interpretations/{item.pk}/"  # and by its body


def test_an_interpretation_is_public_exactly_while_its_document_is(org, drafted):
    document, item = drafted
    assert _kinds("划片招生") == []
    assert _kinds("划片招生", scope=Scope(department_ids=(org.edu.pk,))) == [
        ("interpretation", INTERPRETATION["title"])
    ]
    assert _kinds("划片招生", scope=Scope(department_ids=(org.health.pk,))) == []
    document = _publish(org, document)
    assert _kinds("划片招生") == [("interpretation", INTERPRETATION["title"])]
    document_withdraw(document=document, actor=org.edu_approver, reason="内容有误")
    assert _kinds("划片招生") == []
    assert search(q="划片招生").total == 0


def test_results_are_exactly_the_substring_matches_across_kinds(org, drafted):
    document, item = drafted
    _publish(org, document)
    assert sorted(_kinds("义务教育")) == [
        ("document", "关于做好义务教育招生工作的通知"),
        ("interpretation", INTERPRETATION["title"]),
    ]
    assert _kinds("义务教育 学区") == [("interpretation", INTERPRETATION["title"])]
    assert _kinds("义务教育 -学区") == [("document", "关于做好义务教育招生工作的通知")]
    assert _kinds("划片招生工作") == []  # both words occur, never as one phrase
    keys = search_ids(q="义务教育")
    assert set(keys) == {document.pk, registry.entry_key(1, item.pk)}


def test_the_kind_filter_and_facet(org, drafted):
    document, item = drafted
    _publish(org, document)
    results = search(q="义务教育")
    assert results.facets["kind"] == {"document": 1, "interpretation": 1}
    assert _kinds("义务教育", filters=Filters(kind="interpretation")) == [
        ("interpretation", INTERPRETATION["title"])
    ]
    assert search(q="义务教育", filters=Filters(kind="document")).total == 1
    assert search(q="义务教育", filters=Filters(kind="nothing")).total == 0
    # Facets only documents have select documents only.
    assert search(q="义务教育", filters=Filters(genre=Genre.NOTICE)).total == 1


def test_the_page_offers_the_kind_filter(client, org, drafted):
    document, item = drafted
    _publish(org, document)
    page = client.get(reverse("search:search"), {"q": "义务教育"}).content.decode()
    assert '<h3 class="facet-title">类型</h3>' in page and "kind=interpretation" in page
    page = client.get(reverse("search:search"), {"q": "义务教育", "kind": "interpretation"}).content.decode()
    assert page.count('class="search-hit') == 1 and "划片招生新规" in page


def test_editing_and_deleting_an_interpretation_follow_in_the_index(org, drafted):
    document, item = drafted
    interpretation_save(
        actor=org.edu_drafter, document=document, interpretation=item, data={"title": "招生政策问答"}
    )
    staff = Scope(department_ids=(org.edu.pk,))
    assert _kinds("招生政策问答", scope=staff) == [("interpretation", "招生政策问答")]
    assert _kinds("划片", scope=staff) == []
    interpretation_delete(actor=org.edu_drafter, interpretation=item)
    assert not SearchEntry.objects.filter(kind="interpretation").exists()


def test_deleting_a_document_removes_its_interpretations_from_the_index(org, drafted):
    document, item = drafted
    assert SearchEntry.objects.filter(kind="interpretation", object_id=item.pk).exists()
    Document.objects.filter(pk=document.pk).delete()
    assert not SearchEntry.objects.exists()


def test_a_rebuild_indexes_every_kind(org, drafted):
    document, item = drafted
    _publish(org, document)
    before = {q: search_ids(q=q) for q in ("义务教育", "划片", "招生")}
    SearchEntry.objects.all().delete()
    assert services.index_rebuild() == 2
    assert {q: search_ids(q=q) for q in before} == before
    entry = SearchEntry.objects.get(kind="interpretation")
    assert (entry.object_id, entry.issuer_id, entry.is_public, entry.genre) == (item.pk, org.edu.pk, True, "")


def test_a_document_and_an_interpretation_with_the_same_id_are_two_rows(org, drafted):
    document, item = drafted
    interpretation_delete(actor=org.edu_drafter, interpretation=item)
    twin = Interpretation.objects.create(pk=document.pk, document=document, title="同号解读")
    services.index_sync(kind="interpretation", pks=[twin.pk])
    staff = Scope(department_ids=(org.edu.pk,))
    assert sorted(_kinds("通知", scope=staff) + _kinds("同号解读", scope=staff)) == [
        ("document", "关于做好义务教育招生工作的通知"),
        ("interpretation", "同号解读"),
    ]
    assert set(SearchEntry.objects.filter(object_id=twin.pk).values_list("kind", flat=True)) == {
        "document",
        "interpretation",
    }
    with pytest.raises(ValueError):
        registry.entry_key(1, 2**28)


def test_the_api_search_gives_an_interpretation_its_kind_and_its_own_page(client, org, drafted):
    document, item = drafted
    _publish(org, document)
    [hit] = client.get("/api/search", {"q": "划片招生新规"}).json()["results"]
    assert (hit["kind"], hit["kind_label"], hit["id"]) == ("interpretation", "政策解读", item.pk)
    assert hit["url"] == reverse("portal:interpretation", args=[item.pk])
    assert hit["pinned"] is False


def test_an_upgraded_site_finds_its_existing_interpretations_without_a_rebuild(org, drafted):
    import importlib

    from django.apps import apps

    document, item = drafted
    _publish(org, document)
    services.index_remove(kind="interpretation", pks=[item.pk])  # as on a site indexed before kinds existed
    assert _kinds("划片招生新规") == []
    importlib.import_module("gongkai.catalogue.migrations.0005_index_interpretations").index(apps, None)
    assert _kinds("划片招生新规") == [("interpretation", INTERPRETATION["title"])]
