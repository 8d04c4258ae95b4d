"""The portal as a citizen uses it in a real browser: filters, keyboard, 长辈版, a phone-sized screen."""

from datetime import date

import pytest

from gongkai.catalogue.models import Subject

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


@pytest.fixture
def documents(org, publish_document):
    health = Subject.objects.get(parent=None, name="卫生、体育")
    return {
        "edu": publish_document(
            org, title="关于做好2026年义务教育招生工作的通知", written_on=date(2026, 3, 1)
        ),
        "health": publish_document(
            org,
            "health",
            title="关于开展2026年爱国卫生月活动的通知",
            subject=health,
            doc_no="示卫发〔2026〕5号",
        ),
    }


def test_a_citizen_narrows_the_catalogue_by_issuer_and_opens_a_document(page, live_server, documents, org):
    page.goto(f"{live_server.url}/catalogue/")
    main = page.locator("main")
    assert "义务教育招生" in main.inner_text() and "爱国卫生月" in main.inner_text()
    page.get_by_label("发布机构").select_option(label=org.health.name)
    page.get_by_role("button", name="筛选").click()
    assert "issuer=" in page.url
    assert "爱国卫生月" in main.inner_text() and "义务教育招生" not in main.inner_text()
    page.get_by_role("link", name="关于开展2026年爱国卫生月活动的通知").click()
    assert "示卫发〔2026〕5号" in page.locator("main").inner_text()


def test_the_keyboard_reaches_the_skip_link_first_and_it_jumps_to_the_content(page, live_server, documents):
    page.goto(f"{live_server.url}/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "跳到主要内容"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_the_care_mode_switch_enlarges_the_text_and_stays_on(page, live_server, documents):
    page.goto(f"{live_server.url}/")
    normal = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    page.get_by_role("button", name="长辈版（大字号高对比）").click()
    page.wait_for_selector("body.care-mode")
    large = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert large >= normal * 1.25
    page.goto(f"{live_server.url}/catalogue/")
    assert "care-mode" in page.locator("body").get_attribute("class")
    page.get_by_role("button", name="退出长辈版").click()
    page.wait_for_selector("body:not(.care-mode)")


def test_pages_fit_a_phone_screen_without_sideways_scrolling(page, live_server, documents):
    page.set_viewport_size({"width": 375, "height": 740})
    for path in ("/", "/catalogue/", f"/documents/{documents['edu'].pk}/", "/guide/"):
        page.goto(f"{live_server.url}{path}")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
