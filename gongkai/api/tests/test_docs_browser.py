"""The API documentation page in a real browser with the site's CSP: it renders every endpoint and asks no
other site for anything (the page works where the server has no internet)."""

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_the_docs_page_renders_the_endpoints_from_this_site_alone(page, live_server, org, world):
    origin = urlparse(live_server.url).netloc
    foreign, refused = [], []
    page.on("request", lambda r: urlparse(r.url).netloc not in (origin, "") and foreign.append(r.url))
    page.on("console", lambda m: "Content Security Policy" in m.text and refused.append(m.text))
    page.set_default_timeout(60_000)  # Swagger UI is 1.5 MB of script: slow to start on a loaded machine
    page.goto(f"{live_server.url}/api/docs")
    page.get_by_text("/api/documents/{id}").wait_for()
    text = page.locator("#swagger-ui").inner_text()
    assert "政务公开平台开放接口" in text and "/api/search" in text and "公开目录" in text
    # Trying an endpoint from the page reaches this server and shows its answer.
    page.get_by_text("/api/topics", exact=True).click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    # The documented example answer shows at once; wait for the live one (slower on PostgreSQL under load).
    expect(page.locator(".live-responses-table")).to_contain_text("六稳六保", timeout=30_000)
    assert foreign == [] and refused == [], (foreign, refused)
