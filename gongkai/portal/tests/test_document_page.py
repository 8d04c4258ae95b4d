"""The document page: catalogue metadata, validity notices both ways, interpretations, escaping."""

from datetime import date

import pytest
from django.urls import reverse

from gongkai.catalogue.choices import Genre, InterpretationForm, ValidityChangeKind
from gongkai.catalogue.models import Column, Subject
from gongkai.catalogue.services import review
from gongkai.catalogue.services.validity import validity_change_add

pytestmark = pytest.mark.django_db


def page_of(client, document) -> str:
    response = client.get(reverse("portal:document", args=[document.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_page_shows_the_catalogue_metadata(client, org, publish_document):
    subject = Subject.objects.create(
        parent=Subject.objects.get(parent=None, name="科技、教育"), name="基础教育"
    )
    doc = publish_document(
        org,
        title="关于做好招生工作的通知",
        doc_no="示教发〔2024〕3号",
        written_on=date(2024, 3, 8),
        subject=subject,
        genre=Genre.NOTICE,
        keywords="招生 入学",
        summary="部署招生入学工作。",
        issuing_authority="示范县教育局　示范县财政局",
    )
    page = page_of(client, doc)
    for label in (
        "索引号",
        "主题分类",
        "发文机关",
        "成文日期",
        "标题",
        "发文字号",
        "发布日期",
        "主题词",
        "有效性",
        "体裁",
        "内容概述",
    ):
        assert f'<th scope="row">{label}</th>' in page
    for value in (
        doc.index_no,
        "科技、教育 / 基础教育",
        "示范县教育局　示范县财政局",
        "2024年3月8日",
        "示教发〔2024〕3号",
        "招生 入学",
        "有效",
        "通知",
        "部署招生入学工作。",
    ):
        assert value in page
    assert page.count("<h1") == 1
    assert (
        '<a href="/columns/statutory/">' in page and '<a href="/columns/regulations/">' in page
    )  # breadcrumb


def test_the_issuer_is_the_authority_when_no_joint_authority_is_given(client, org, publish_document):
    page = page_of(client, publish_document(org))
    assert '<th scope="row">发文机关</th><td>示范县教育局</td>' in page


def test_the_index_number_resolves_to_the_document(client, org, publish_document):
    doc = publish_document(org)
    response = client.get(reverse("portal:document-by-index"), {"no": doc.index_no})
    assert response.status_code == 302 and response["Location"] == reverse("portal:document", args=[doc.pk])
    assert client.get(reverse("portal:document-by-index"), {"no": "000014349/1999-00001"}).status_code == 404
    assert client.get(reverse("portal:document-by-index")).status_code == 404


def test_a_repeal_links_both_ways_once_the_new_document_is_published(
    client, org, publish_document, draft_document
):
    old = publish_document(org, title="旧的管理办法", doc_no="示教发〔2020〕5号")
    new = draft_document(org, title="新的管理办法", doc_no="示教发〔2024〕9号")
    validity_change_add(actor=org.edu_drafter, source=new, target=old, kind=ValidityChangeKind.REPEAL)
    review.document_submit(document=new, actor=org.edu_drafter)
    # While the new document is in review, the old one is untouched and names nothing.
    assert "新的管理办法" not in page_of(client, old)
    for actor in (org.edu_first, org.edu_second, org.edu_approver):
        review.document_review_pass(document=new, actor=actor)

    old_page = page_of(client, old)
    assert "本文件已废止" in old_page
    assert f'《<a href="/documents/{new.pk}/">新的管理办法</a>》废止' in old_page
    new_page = page_of(client, new)
    assert f'本文件废止了《<a href="/documents/{old.pk}/">旧的管理办法</a>》' in new_page

    # If the new document is withdrawn, the old one still says it is repealed but links nowhere.
    review.document_withdraw(document=new, actor=org.edu_approver, reason="发布有误")
    old_page = page_of(client, old)
    assert "本文件已废止" in old_page and f"/documents/{new.pk}/" not in old_page


def test_an_amendment_says_amended(client, org, publish_document, draft_document):
    old = publish_document(org, title="原办法")
    new = draft_document(org, title="修改决定")
    validity_change_add(actor=org.edu_drafter, source=new, target=old, kind=ValidityChangeKind.AMEND)
    review.document_submit(document=new, actor=org.edu_drafter)
    for actor in (org.edu_first, org.edu_second, org.edu_approver):
        review.document_review_pass(document=new, actor=actor)
    assert "本文件已被修改" in page_of(client, old)
    assert "本文件修改了《" in page_of(client, new)


def test_interpretations_and_their_document_link_to_each_other(client, org, publish_document):
    doc = publish_document(
        org,
        title="政策文件",
        interpretations=[
            {
                "title": "一图读懂政策文件",
                "form": InterpretationForm.TEXT,
                "background": "制定背景。",
                "main_content": "主要内容。",
                "media_url": "https://video.example.cn/a.mp4",
            }
        ],
    )
    item = doc.interpretations.get()
    assert f'href="/interpretations/{item.pk}/"' in page_of(client, doc)
    page = client.get(reverse("portal:interpretation", args=[item.pk])).content.decode()
    assert f'《<a href="/documents/{doc.pk}/">政策文件</a>》' in page
    assert "<h2>背景依据</h2>" in page and "<h2>主要内容</h2>" in page
    assert (
        '<a href="https://video.example.cn/a.mp4"' in page and "<video" not in page and "<iframe" not in page
    )
    assert page.count("<h1") == 1
    listing = client.get(reverse("portal:interpretations")).content.decode()
    assert "一图读懂政策文件" in listing


def test_the_sanitised_body_is_rendered_as_html(client, org, publish_document):
    doc = publish_document(
        org, body='<p>第一条 <strong>重要</strong></p><script>alert(1)</script><p onclick="x()">二</p>'
    )
    page = page_of(client, doc)
    assert "<p>第一条 <strong>重要</strong></p>" in page
    assert "alert(1)" not in page and "onclick" not in page


def test_a_title_with_markup_is_escaped_everywhere(client, org, publish_document):
    title = '<script>alert("x")</script>通知'
    doc = publish_document(
        org,
        title=title,
        summary="<b>概述</b>",
        keywords="<i>词</i>",
        interpretations=[
            {
                "title": f"{title}的解读",
                "form": InterpretationForm.TEXT,
                "main_content": "<img src=x onerror=alert(1)>",
            }
        ],
    )
    urls = [
        reverse("portal:home"),
        reverse("portal:catalogue"),
        reverse("portal:catalogue") + "?q=%3Cscript%3E",
        reverse("portal:column", args=["regulations"]),
        reverse("portal:document", args=[doc.pk]),
        reverse("portal:interpretations"),
        reverse("portal:interpretation", args=[doc.interpretations.get().pk]),
    ]
    for url in urls:
        page = client.get(url).content.decode()
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>概述" not in page, url
        assert "&lt;script&gt;alert" in page, url


def test_the_document_is_listed_in_a_column_with_pagination(client, org, publish_document, monkeypatch):
    monkeypatch.setattr("gongkai.portal.views.PER_PAGE", 1)
    stats = Column.objects.get(slug="statistics")
    publish_document(org, title="统计一", columns=[stats])
    publish_document(org, title="统计二", columns=[stats])
    page = client.get(reverse("portal:column", args=["statistics"])).content.decode()
    assert "统计二" in page and "统计一" not in page and 'href="?page=2"' in page
    parent = client.get(reverse("portal:column", args=["statutory"]), {"page": "2"}).content.decode()
    assert "统计一" in parent
    assert '<a class="chip" href="/columns/statistics/">' in parent  # sub-column links
