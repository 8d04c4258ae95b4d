"""The search pages and JSON endpoint (now under /api/, reached through the old address's redirect): bad input
never errors; the public sees only public documents."""

import pytest
from django.urls import reverse

from gongkai.catalogue.choices import DisclosureAttr, DocumentState

pytestmark = pytest.mark.django_db

URL = "/search/"


@pytest.fixture
def docs(indexed_doc):
    indexed_doc("关于做好疫情防控工作的通知", "<p>疫情防控</p>", doc_no="盘政公领发〔2020〕2号")
    indexed_doc("疫情草稿", state=DocumentState.DRAFT, published=None)
    indexed_doc(
        "疫情依申请公开",
        state=DocumentState.RECORDED,
        published=None,
        disclosure_attr=DisclosureAttr.ON_REQUEST,
    )
    indexed_doc("已下线的疫情通知", state=DocumentState.WITHDRAWN)


def test_the_search_page_shows_highlighted_public_results_only(client, docs):
    response = client.get(URL, {"q": "疫情"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "关于做好<mark>疫情</mark>防控工作的通知" in html
    assert "草稿" not in html and "依申请公开" not in html.split("找到")[1].split("</ol>")[0]
    assert "已下线" not in html


def test_the_url_is_reversible_and_the_search_box_keeps_the_query(client, docs):
    assert reverse("search:search") == URL
    assert 'value="疫情"' in client.get(URL, {"q": "疫情"}).content.decode()


def test_no_results_page_helps(client, docs):
    html = client.get(URL, {"q": "不存在的词语"}).content.decode()
    assert "没有找到" in html and "依申请公开" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "，。！？",
        "x" * 1000,
        "疫情" * 500,
        '"',
        "*",
        ":",
        "^",
        "(",
        ")",
        "NEAR",
        "AND OR",
        '疫情" OR "',
        "-",
        "疫情 -",
        "\x00",
    ],
)
def test_bad_input_never_errors(client, docs, query):
    assert client.get(URL, {"q": query}).status_code == 200
    assert client.get(URL + "api/", {"q": query}, follow=True).status_code == 200


def test_invalid_utf8_and_bad_parameters_in_the_url_are_ignored(client, docs):
    for query in [
        "q=%E4%B8",
        "q=%FF%FE",
        "q=%ED%A0%80",
        "q=%E7%96%AB%E6%83%85&year=abc&page=-3&column=x&subject=%00",
        "q=%E7%96%AB%E6%83%85&page=99999999999999999999&sort=evil",
    ]:
        assert client.get(f"{URL}?{query}").status_code == 200
        assert client.get(f"{URL}api/?{query}", follow=True).status_code == 200


def test_a_very_long_query_is_cut_with_a_message(client, docs):
    html = client.get(URL, {"q": "疫情" + "x" * 200}).content.decode()
    assert "已按前100个字符搜索" in html


def test_the_json_endpoint_returns_what_the_page_shows(client, docs):
    data = client.get(URL + "api/", {"q": "疫情"}, follow=True).json()
    html = client.get(URL, {"q": "疫情"}).content.decode()
    assert data["total"] == 1
    assert [r["title"] for r in data["results"]] == ["关于做好疫情防控工作的通知"]
    assert data["results"][0]["title_html"] in html and data["results"][0]["snippet_html"] in html
    assert "找到 <strong>1</strong>" in html


def test_an_exact_document_number_is_marked_as_such(client, docs):
    data = client.get(URL + "api/", {"q": "盘政公领发[2020]2号"}, follow=True).json()
    assert data["results"][0]["pinned"] is True


def test_staff_search_shows_own_department_drafts_only(client, docs, org):
    client.force_login(org.edu_drafter)
    assert "<mark>疫情</mark>草稿" in client.get(URL + "staff/", {"q": "疫情"}).content.decode()
    client.force_login(org.health_drafter)
    assert "<mark>疫情</mark>草稿" not in client.get(URL + "staff/", {"q": "疫情"}).content.decode()


def test_staff_search_needs_a_login(client):
    assert client.get(URL + "staff/", {"q": "疫情"}).status_code == 302


def test_the_search_box_on_every_portal_page_leads_to_search(client, docs):
    html = client.get(URL, {"q": "疫情"}).content.decode()
    assert 'action="/search/"' in html and 'name="q"' in html


@pytest.mark.parametrize("q", ["\x00", "1\x00号", "盘政公领发\x00〔2020〕2号"])
def test_a_nul_in_the_search_words_is_a_page_not_a_server_error(client, q):
    assert client.get(reverse("search:search"), {"q": q}).status_code == 200
