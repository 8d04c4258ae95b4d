"""Refusals: an unknown or invalid parameter is a 422 that says in Chinese which parameter and why; nothing a
client types is a 500."""

import re

import pytest

pytestmark = pytest.mark.django_db

CJK = re.compile(r"[\u4e00-\u9fff]")


def refused(response) -> dict:
    assert response.status_code == 422, response.content.decode()
    body = response.json()
    assert CJK.search(body["detail"]) and all(CJK.search(e["message"]) for e in body["errors"])
    return body


@pytest.mark.parametrize(
    "url",
    [
        "/api/documents",
        "/api/search",
        "/api/columns",
        "/api/topics",
        "/api/interpretations",
        "/api/documents/1",
    ],
)
def test_an_unknown_parameter_is_refused_and_named(client, url):
    body = refused(client.get(url, {"yaer": "2024", "page": "1"} if "search" in url else {"yaer": "2024"}))
    assert [(e["param"], e["type"]) for e in body["errors"]] == [("yaer", "unknown_parameter")]
    assert "参数 yaer 是未知参数" in body["detail"]


@pytest.mark.parametrize(
    "url,params,param,message",
    [
        ("/api/documents", {"year": "abc"}, "year", "应为整数"),
        ("/api/documents", {"year": "²"}, "year", "应为整数"),
        ("/api/documents", {"year": "①"}, "year", "应为整数"),
        ("/api/documents", {"year": "9" * 10_000}, "year", ""),
        ("/api/documents", {"year": "1800"}, "year", "不能小于1949"),
        ("/api/documents", {"page": "0"}, "page", "不能小于1"),
        ("/api/documents", {"per_page": "101"}, "per_page", "不能大于100"),
        ("/api/documents", {"genre": "poem"}, "genre", "取值无效"),
        ("/api/documents", {"q": "x" * 101}, "q", "不能超过100个字符"),
        ("/api/documents", {"q": "招生\x00"}, "q", "含有不允许的字符"),
        ("/api/documents", {"issuer": str(2**63)}, "issuer", "不能大于"),
        ("/api/search", {"sort": "evil"}, "sort", "取值无效"),
        ("/api/search", {"page": "501"}, "page", "不能大于500"),
        ("/api/search", {"column": "x"}, "column", "应为整数"),
        ("/api/interpretations", {"page": "-3"}, "page", "不能小于1"),
    ],
)
def test_an_invalid_value_is_refused_in_chinese(client, url, params, param, message):
    body = refused(client.get(url, params))
    assert body["errors"][0]["param"] == param and message in body["errors"][0]["message"]


@pytest.mark.parametrize("path", ["abc", "0", "-1", str(2**63), "9" * 400, "1.5"])
def test_an_invalid_id_in_the_path_is_refused(client, path):
    for base in ("/api/documents/", "/api/interpretations/"):
        body = refused(client.get(base + path))
        assert body["errors"][0]["location"] == "path" and body["errors"][0]["param"] == "id"


def test_an_unknown_id_is_404_in_chinese(client, db):
    assert client.get("/api/documents/12345").json() == {"detail": "信息不存在或未公开"}
    response = client.get("/api/interpretations/12345")
    assert response.status_code == 404 and response.json() == {"detail": "解读不存在或未公开"}


def test_answers_are_readable_utf8_json(client, db):
    response = client.get("/api/documents/12345")
    assert response["Content-Type"].startswith("application/json")
    assert "信息不存在".encode() in response.content  # not \\u-escaped


@pytest.mark.parametrize("path", ["/api/nope", "/api/documents/1/extra", "/api/%E6%96%87%E4%BB%B6"])
def test_an_address_under_the_api_that_names_no_endpoint_is_a_json_404(client, path):
    response = client.get(path)
    assert response.status_code == 404 and response["Content-Type"].startswith("application/json")
    assert CJK.search(response.json()["detail"])
