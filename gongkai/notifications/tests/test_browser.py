"""The inbox in a real browser: a 信息员 sees the unread count in the header, opens it and marks a reminder read."""

import re
from datetime import date

import pytest

from gongkai.conftest import ARTIFACTS
from gongkai.notifications.models import Notification
from gongkai.notifications.services import notify

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

PASSWORD = "Gongkai-test-2026"
TITLE = "依申请公开申请即将到期：关于2026年秋季学期学生资助名单的申请"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# WCAG contrast of an element's text against its own background (the badge and buttons paint their own).
CONTRAST = """e => {
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const style = getComputedStyle(e);
  const [a, b] = [lum(style.color), lum(style.backgroundColor)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(re.compile(r"/staff/"))


def inbox_link(page):
    return page.get_by_role("banner").get_by_role("link", name=re.compile("^通知"))


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")


def test_a_drafter_sees_the_unread_count_opens_the_inbox_and_marks_the_reminder_read(page, live_server, org):
    notify(
        user=org.edu_drafter,
        source="foi",
        key="foi-due-1",
        title=TITLE,
        body="该申请将于3个工作日后到期，请及时答复。",
        link="/staff/foi/",
        today=date(2026, 12, 2),
    )
    log_in(page, live_server, "edu_drafter")

    # The count is in the header, readable on the dark bar, at desk and phone width alike.
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        # A screen reader hears the count as words, not a bare number.
        link = page.get_by_role("banner").get_by_role("link", name=re.compile(r"^通知\s*1条未读$"))
        assert link.is_visible()
        badge = link.locator(".badge")
        assert badge.is_visible() and badge.inner_text() == "1"
        assert badge.evaluate(CONTRAST) >= 4.5
        box = badge.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
        assert no_sideways_scroll(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "inbox-header-phone.png")

    inbox_link(page).click()
    page.wait_for_url(re.compile(r"/staff/notifications/$"))
    assert page.get_by_role("heading", name="站内通知").is_visible()
    assert no_sideways_scroll(page)
    mark = page.get_by_role("button", name=re.compile(rf"^标为已读\s*：{re.escape(TITLE)}$"))
    assert mark.is_visible() and mark.evaluate(CONTRAST) >= 4.5
    page.screenshot(path=ARTIFACTS / "inbox-phone.png", full_page=True)

    mark.click()
    page.wait_for_url(re.compile(r"/staff/notifications/$"))
    assert Notification.objects.get(user=org.edu_drafter).read_at is not None
    assert page.get_by_role("button", name=re.compile("^标为已读")).count() == 0
    assert inbox_link(page).locator(".badge").count() == 0
    page.set_viewport_size(DESKTOP)
    assert inbox_link(page).inner_text().strip() == "通知"
    # Nothing left unread: no 全部标为已读 button that would do nothing.
    assert page.get_by_role("button", name="全部标为已读").count() == 0
