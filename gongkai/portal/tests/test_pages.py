"""Home, topics, care mode, error pages and the accessibility basics every portal page keeps."""

import re

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from gongkai.catalogue.choices import InterpretationForm
from gongkai.catalogue.models import Column, Topic
from gongkai.core.context_processors import CARE_MODE_COOKIE

pytestmark = pytest.mark.django_db


def test_home_shows_latest_documents_columns_with_counts_topics_and_interpretations(
    client, org, publish_document
):
    topic = Topic.objects.create(name="优化营商环境", slug="business")
    Topic.objects.create(name="已停用专题", slug="old", is_active=False)
    publish_document(
        org,
        title="营商环境政策",
        topics=[topic],
        columns=[Column.objects.get(slug="statistics")],
        interpretations=[
            {"title": "营商环境政策解读", "form": InterpretationForm.QA, "body": "<p>问：…</p>"}
        ],
    )
    page = client.get(reverse("portal:home")).content.decode()
    assert "营商环境政策" in page and "营商环境政策解读" in page
    assert "优化营商环境" in page and "已停用专题" not in page
    assert re.search(r'href="/columns/statutory/">法定主动公开内容</a> <span class="count">（1）', page)
    assert re.search(r'href="/columns/statistics/">[^<]+</a> <span class="count">（1）', page)
    assert re.search(r'href="/columns/budgets/">[^<]+</a> <span class="count">（0）', page)
    assert 'href="/columns/annual-reports/"' in page and 'href="/guide/"' in page


def test_home_lists_at_most_ten_latest_documents(client, org, publish_document):
    for n in range(11):
        publish_document(org, title=f"批量信息{n:02d}")
    page = client.get(reverse("portal:home")).content.decode()
    assert "批量信息10" in page and "批量信息00" not in page


def test_a_topic_page_lists_its_documents(client, org, publish_document):
    topic = Topic.objects.create(name="六稳六保", slug="liuwen", description="稳就业保民生")
    publish_document(org, title="稳就业政策", topics=[topic])
    publish_document(org, title="无关信息")
    page = client.get(reverse("portal:topic", args=["liuwen"])).content.decode()
    assert "稳就业政策" in page and "无关信息" not in page and "稳就业保民生" in page
    assert "1 条信息" in client.get(reverse("portal:topics")).content.decode()


def test_care_mode_toggle_sets_the_cookie_and_the_page_switches(client, db):
    response = client.post(reverse("core:care-mode"), {"next": reverse("portal:catalogue")})
    assert response.status_code == 302 and response["Location"] == reverse("portal:catalogue")
    assert response.cookies[CARE_MODE_COOKIE].value == "1"
    page = client.get(reverse("portal:catalogue")).content.decode()
    assert re.search(r'<body class="care-mode\b', page)
    assert "退出长辈版" in page
    client.post(reverse("core:care-mode"), {"next": "/"})
    assert "care-mode" not in client.get(reverse("portal:home")).content.decode().split("<body", 1)[1][:40]


def test_an_unknown_page_gets_the_friendly_404(client, db):
    response = client.get("/documents/999999/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "您访问的页面不存在" in page and 'href="/catalogue/"' in page and 'lang="zh-CN"' in page


def test_the_500_page_renders_without_context():
    page = render_to_string("500.html")
    assert "服务暂时出现问题" in page and 'lang="zh-CN"' in page


PAGES = ["portal:home", "portal:catalogue", "portal:guide", "portal:interpretations", "portal:topics"]


@pytest.mark.parametrize("name", PAGES)
def test_every_page_has_one_h1_a_skip_link_and_no_inline_script_or_style(client, org, publish_document, name):
    publish_document(org)
    page = client.get(reverse(name)).content.decode()
    assert page.count("<h1") == 1
    assert 'href="#main"' in page and 'lang="zh-CN"' in page
    assert "<script" not in page and " style=" not in page and "<style" not in page
    assert 'aria-current="page"' in page


def test_only_get_and_head_are_allowed(client, db):
    assert client.post(reverse("portal:catalogue")).status_code == 405
