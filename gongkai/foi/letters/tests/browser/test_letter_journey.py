"""A citizen applies online, a handler takes the application through 补正 and 延期 to a reply, and the citizen
downloads the reply letter with the tracking code and the last four digits of the ID number."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from gongkai.foi.letters.models import Letter
from gongkai.foi.models import Application
from gongkai.foi.views.guard import DIGITS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

PASSWORD = "Gongkai-test-2026"
ID_NUMBER = "11010519491231002X"
ARTIFACTS = Path(__file__).resolve().parents[5] / "test-artifacts"


def answer_from_page(page) -> str:
    """Solve the question as a person reads it ("三加五等于几？"); the production code stays as it is."""
    question = page.locator("#q-answer").inner_text()
    a, op, b = re.search(rf"([{DIGITS}])([加减])([{DIGITS}])", question).groups()
    x, y = DIGITS.index(a), DIGITS.index(b)
    return str(x + y if op == "加" else x - y)


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(re.compile(r"/staff/"))


def log_out(page):
    page.get_by_role("button", name=re.compile("^退出（")).click()


def act(page, summary: str, fields: dict[str, str], *, select: dict[str, str] | None = None):
    """Open one action on the application page, fill it by its labels and submit it."""
    box = page.locator("details.foi-action", has=page.locator("summary", has_text=re.compile(f"^{summary}$")))
    box.locator("summary").click()
    for label, value in fields.items():
        box.get_by_label(label).fill(value)
    for label, value in (select or {}).items():
        box.get_by_role("combobox", name=re.compile(f"^{re.escape(label)}")).select_option(label=value)
    box.get_by_role("button", name=summary).click()
    page.wait_for_load_state()
    assert page.locator(".notice.bad[role=alert]").count() == 0, page.locator("main").inner_text()


def test_a_citizen_applies_and_downloads_the_reply_letter_after_correction_and_extension(
    page, live_server, org
):
    today = timezone.localdate()
    # The citizen applies through the public form.
    page.goto(f"{live_server.url}/apply/")
    page.get_by_label("申请的机关").select_option(label="示范县教育局")
    page.get_by_label("申请人类型").select_option(label="自然人")
    page.get_by_label("姓名/名称").fill("王小明")
    page.get_by_label("证件类型（自然人）").select_option(label="居民身份证")
    page.get_by_label("证件号码（自然人）").fill(ID_NUMBER)
    page.get_by_label("联系电话").fill("13900005678")
    page.get_by_label("通信地址").fill("示范县和平路8号")
    page.get_by_label("所需政府信息的名称").fill("2026年秋季学期学生资助名额分配表")
    page.get_by_label("获取信息的方式").select_option(label="网上下载")
    page.get_by_label("验证问题").fill(answer_from_page(page))
    page.wait_for_timeout(3200)  # the form refuses submissions faster than a person can type
    page.get_by_role("button", name="提交申请").click()
    page.wait_for_url(re.compile(r"/apply/done/"))
    application = Application.objects.get(name="王小明")
    assert application.tracking_code in page.locator("main").inner_text()
    code = application.tracking_code

    # The handler asks for a correction, then records it.
    log_in(page, live_server, "edu_drafter")
    detail = f"{live_server.url}/staff/foi/{application.pk}/"
    page.goto(detail)
    act(
        page,
        "发出补正告知",
        {
            "需补正的事项（一次性告知）": "请写明所需资助名额分配表的学段。",
            "补正期限": str(today + timedelta(days=14)),
        },
    )
    act(page, "登记收到补正", {})
    page.screenshot(path=ARTIFACTS / "letters-after-correction.png", full_page=True)
    # The correction notice can be generated too.
    page.get_by_role("button", name="生成补正告知书").click()
    page.wait_for_load_state()
    log_out(page)

    # The bureau's head approves the extension.
    log_in(page, live_server, "edu_approver")
    page.goto(detail)
    act(page, "批准延期答复", {"延长工作日数（不超过20）": "10", "延期理由": "需要汇总各学校的数据"})
    log_out(page)

    # The handler replies 予以公开 and generates the reply letter.
    log_in(page, live_server, "edu_drafter")
    page.goto(detail)
    act(
        page,
        "答复",
        {"答复内容/理由": "现将资助名额分配表通过网上下载方式提供给您。"},
        select={"办理结果": "予以公开"},
    )
    page.get_by_role("button", name="生成答复书").click()
    page.wait_for_load_state()
    letters = page.locator("section.foi-letters").inner_text()
    assert "政府信息公开申请答复书" in letters and "政府信息公开申请补正告知书" in letters
    assert Letter.objects.filter(application=application, kind="reply").exists()
    assert Letter.objects.filter(application=application, kind="correction").exists()
    page.screenshot(path=ARTIFACTS / "letters-staff-detail.png", full_page=True)
    log_out(page)

    # The citizen tracks the application and downloads the letter.
    page.goto(f"{live_server.url}/apply/track/")
    page.get_by_label("查询码").fill(code)
    page.get_by_label("证件号码、统一社会信用代码或联系电话的后4位").fill(ID_NUMBER[-4:])
    page.get_by_role("button", name="查询").click()
    main = page.locator("main").inner_text()
    assert "政府信息公开申请答复书" in main and "王小明" not in main
    page.screenshot(path=ARTIFACTS / "letters-citizen-status.png", full_page=True)
    with page.expect_download() as download:
        page.locator("li", has_text="政府信息公开申请答复书").get_by_role("link", name="下载 PDF").click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    assert download.value.suggested_filename.endswith(".pdf")
