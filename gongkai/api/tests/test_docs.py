"""The OpenAPI 3 schema and the documentation page, which works with no internet (no CDN)."""

import re

import pytest

from gongkai.api.main import api

pytestmark = pytest.mark.django_db

PATHS = {
    "/api/search",
    "/api/documents",
    "/api/documents/{id}",
    "/api/columns",
    "/api/topics",
    "/api/interpretations",
    "/api/interpretations/{id}",
}


def test_the_openapi_schema_lists_every_endpoint_read_only(client):
    schema = client.get("/api/openapi.json").json()
    assert schema["openapi"].startswith("3.") and schema["info"]["title"] == "政务公开平台开放接口"
    assert set(schema["paths"]) == PATHS
    for path, operations in schema["paths"].items():
        assert set(operations) == {"get"}, path
        assert {"200", "404", "422"} <= set(operations["get"]["responses"]), path


def test_the_docs_page_loads_swagger_from_this_site_only(client):
    response = client.get("/api/docs")
    html = response.content.decode()
    assert response.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(s.startswith("/static/ninja/") for s in sources), sources
    assert "cdn" not in html.lower() and "http://" not in html and "https://" not in html
    for source in sources:
        asset = client.get(source)
        assert asset.status_code == 200, source
        assert b"".join(asset.streaming_content) if asset.streaming else asset.content


def test_the_docs_page_has_no_inline_script_so_the_site_policy_holds(client):
    response = client.get("/api/docs")
    assert "script-src 'self'" in response["Content-Security-Policy"]
    # The only <script> without src is JSON data, which a browser never runs.
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", response.content.decode())
    assert inline == [' type="application/json" id="swagger-settings"']


def test_every_operation_has_a_chinese_summary():
    schema = api.get_openapi_schema()
    for path, operations in schema["paths"].items():
        assert re.search(r"[\u4e00-\u9fff]", operations["get"]["summary"]), path
