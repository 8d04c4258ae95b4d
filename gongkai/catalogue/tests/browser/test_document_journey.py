"""A document's whole journey in a real browser: drafted by a 信息员, reviewed three times, found by a citizen."""

import re

import pytest

from gongkai.catalogue.models import Document

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

PASSWORD = "Gongkai-test-2026"
TITLE = "关于印发《示范县2026年秋季学期中小学校学生资助工作方案》的通知"


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(re.compile(r"/staff/"))


def log_out(page):
    page.get_by_role("button", name=re.compile("^退出（")).click()


def open_document(page, live_server, document):
    page.goto(f"{live_server.url}/staff/documents/{document.pk}/")


def test_a_drafter_writes_three_reviewers_approve_and_a_citizen_reads_it(page, live_server, org):
    # The drafter fills the form as a person would, by the labels on screen.
    log_in(page, live_server, "edu_drafter")
    page.goto(f"{live_server.url}/staff/documents/new/")
    page.get_by_label("标题").fill(TITLE)
    page.get_by_label("发文字号").fill("示教发〔2026〕18号")
    page.get_by_label("成文日期").fill("2026-09-01")
    page.get_by_label("主题分类").select_option(label="科技、教育")
    page.get_by_label("体裁").select_option(label="通知")
    page.get_by_label("内容概述").fill("明确秋季学期家庭经济困难学生资助范围、标准和程序。")
    page.get_by_label("正文").fill("各中小学校：\n现将资助工作方案印发给你们，请认真贯彻执行。")
    page.get_by_label("公开属性", exact=True).select_option(label="主动公开")
    page.get_by_label("扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况").check()
    page.get_by_role("button", name="保存").click()
    page.get_by_role("button", name="提交审查").click()
    document = Document.objects.get(title=TITLE)
    assert document.state == "first_review"
    assert document.index_no.startswith(org.edu.issuer_code + "/")
    log_out(page)

    # 初审, 复审, 批准: three people, each with an opinion recorded.
    for username, opinion in (
        ("edu_first", "内容无涉密信息"),
        ("edu_second", "同意公开"),
        ("edu_approver", "同意发布"),
    ):
        log_in(page, live_server, username)
        open_document(page, live_server, document)
        page.get_by_label("审查意见").fill(opinion)
        page.locator("form[action$='/pass/'] button[type=submit]").click()
        page.wait_for_load_state()
        log_out(page)
    document.refresh_from_db()
    assert document.state == "published"
    assert list(document.review_steps.values_list("opinion", flat=True)) == [
        "内容无涉密信息",
        "同意公开",
        "同意发布",
    ]

    # A citizen, not logged in, finds it in the 公开目录 and opens it.
    page.goto(f"{live_server.url}/catalogue/?q=学生资助")
    page.get_by_role("link", name=TITLE).click()
    page.wait_for_url(re.compile(rf"/documents/{document.pk}/"))
    body = page.locator("main").inner_text()
    for expected in (document.index_no, "示教发〔2026〕18号", "科技、教育", "2026年9月1日", "有效"):
        assert expected in body
    assert "请认真贯彻执行" in body


def test_a_reviewer_of_another_department_cannot_see_the_draft(page, live_server, org, make_draft):
    document = make_draft(title="尚未发布的招生方案草稿")
    log_in(page, live_server, "health_first")
    response = page.goto(f"{live_server.url}/staff/documents/{document.pk}/")
    assert response.status == 404
    page.goto(f"{live_server.url}/staff/documents/")
    assert "尚未发布的招生方案草稿" not in page.locator("main").inner_text()
    response = page.goto(f"{live_server.url}/documents/{document.pk}/")
    assert response.status == 404
