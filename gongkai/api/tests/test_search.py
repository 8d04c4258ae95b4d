"""The search JSON at its new address: the same results and fields as before, typed parameters, and the old
address redirecting to it."""

import pytest

from gongkai.catalogue.choices import DisclosureAttr, DocumentState
from gongkai.catalogue.models import Column, Subject

pytestmark = pytest.mark.django_db

URL = "/api/search"


@pytest.fixture
def docs(indexed_doc):
    notice = indexed_doc("关于做好疫情防控工作的通知", "<p>疫情防控</p>", doc_no="盘政公领发〔2020〕2号")
    indexed_doc("疫情草稿", state=DocumentState.DRAFT, published=None)
    indexed_doc(
        "疫情依申请公开",
        state=DocumentState.RECORDED,
        published=None,
        disclosure_attr=DisclosureAttr.ON_REQUEST,
    )
    return notice


def test_the_search_answers_the_fields_of_the_old_json(client, docs):
    data = client.get(URL, {"q": "疫情"}).json()
    assert set(data) == {
        "query", "terms", "excluded", "notices", "total", "total_capped", "facets_sampled", "page", "pages",
        "results", "facets",
    }  # fmt: skip
    assert data["total"] == 1 and data["terms"] == ["疫情"] and data["query"] == "疫情"
    [hit] = data["results"]
    assert hit == {
        "id": docs.pk,
        "kind": "document",
        "kind_label": "政府信息",
        "url": f"/documents/{docs.pk}/",
        "index_no": docs.index_no,
        "doc_no": "盘政公领发〔2020〕2号",
        "title": "关于做好疫情防控工作的通知",
        "title_html": "关于做好<mark>疫情</mark>防控工作的通知",
        "snippet_html": hit["snippet_html"],
        "issuer": "示范县教育局",
        "published_at": "2024-03-01",
        "pinned": False,
    }
    assert "<mark>疫情</mark>" in hit["snippet_html"]
    assert data["facets"]["year"] == [{"value": "2024", "label": "2024年", "count": 1}]


def test_the_page_and_the_api_find_the_same(client, docs):
    html = client.get("/search/", {"q": "疫情"}).content.decode()
    hit = client.get(URL, {"q": "疫情"}).json()["results"][0]
    assert hit["title_html"] in html and hit["snippet_html"] in html


def test_filters_narrow_the_search(client, docs, org):
    assert client.get(URL, {"q": "疫情", "year": 2023}).json()["total"] == 0
    assert client.get(URL, {"q": "疫情", "issuer": org.health.pk}).json()["total"] == 0
    assert client.get(URL, {"q": "疫情", "issuer": org.edu.pk, "sort": "date"}).json()["total"] == 1
    assert client.get(URL, {"q": "疫情", "validity": "repealed"}).json()["total"] == 0


def test_an_unknown_column_or_subject_is_404_rather_than_ignored(client, docs):
    Column.objects.filter(slug="statutory").update(is_active=False)
    inactive = Column.objects.get(slug="statutory").pk
    for params in ({"column": inactive}, {"column": 999999}, {"subject": 999999}):
        response = client.get(URL, {"q": "疫情", **params})
        assert response.status_code == 404 and "不存在" in response.json()["detail"], params
    subject = Subject.objects.filter(parent=None).first()
    assert client.get(URL, {"q": "疫情", "subject": subject.pk}).status_code == 200


def test_a_long_query_is_cut_with_a_notice(client, docs):
    data = client.get(URL, {"q": "疫情" + "x" * 200}).json()
    assert data["notices"] == ["搜索词超过100个字符，已按前100个字符搜索。"]


def test_the_old_address_redirects_permanently_keeping_the_query(client, docs, org):
    response = client.get("/search/api/", {"q": "疫情", "issuer": org.edu.pk, "sort": "date", "page": 2})
    assert response.status_code == 301
    assert response["Location"] == f"/api/search?q=%E7%96%AB%E6%83%85&issuer={org.edu.pk}&sort=date&page=2"
    assert client.get("/search/api/")["Location"] == "/api/search"


def test_the_old_address_leaves_out_what_it_always_ignored(client, docs):
    response = client.get("/search/api/?q=%E7%96%AB%E6%83%85&year=abc&page=-3&column=x&sort=evil&utm=1")
    assert response["Location"] == "/api/search?q=%E7%96%AB%E6%83%85"
    assert client.get(response["Location"]).json()["total"] == 1


@pytest.mark.parametrize("q", ["\x00", "1\x00号", "盘政公领发\x00〔2020〕2号", "疫情\x00"])
def test_a_nul_in_the_query_is_read_as_a_space_on_every_database(client, docs, q):
    response = client.get(URL, {"q": q})
    assert response.status_code == 200
    assert "\x00" not in response.json()["query"]
