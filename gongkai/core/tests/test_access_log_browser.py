"""The office's 查看记录 in a real browser: opened from the menu, filtered by the person who read."""

import re

import pytest

from gongkai.conftest import ARTIFACTS
from gongkai.core.access_log import access_record

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

PASSWORD = "Gongkai-test-2026"


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")


def test_the_office_opens_the_access_log_from_the_menu_and_filters_by_a_person(page, live_server, org):
    access_record(actor=org.edu_drafter, action="foi_view", obj=org.edu, ip_address="10.1.2.3")
    access_record(actor=org.health_first, action="foi_view_id_proof", obj=org.health, ip_address="10.1.2.4")
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill("office")
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(re.compile(r"/staff/"))

    page.get_by_role("navigation").get_by_role("link", name="查看记录").click()
    page.wait_for_url(re.compile(r"/staff/access-log/"))
    assert page.get_by_role("heading", name="个人信息查看记录").is_visible()
    # At desk width the filters sit side by side above the table, not one long column.
    person, department = page.get_by_label("查看人"), page.get_by_label("部门")
    assert abs(person.bounding_box()["y"] - department.bounding_box()["y"]) < 2

    person.select_option(label="edu_drafter")
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url(re.compile(r"actor="))
    rows = page.locator("table.access-log tbody tr")
    assert rows.count() == 1
    assert (
        "edu_drafter" in rows.first.inner_text()
        and "health_first" not in page.locator("table.access-log").inner_text()
    )
    assert page.get_by_label("查看人").input_value() == str(
        org.edu_drafter.pk
    )  # the filter keeps what was chosen

    page.set_viewport_size({"width": 390, "height": 844})
    assert no_sideways_scroll(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "access-log-phone.png", full_page=True)
