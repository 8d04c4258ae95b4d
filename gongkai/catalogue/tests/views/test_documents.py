"""Drafting, editing and listing documents through the staff pages."""

import pytest
from django.urls import reverse

from gongkai.catalogue.choices import DocumentState
from gongkai.catalogue.models import Column, Document, Subject
from gongkai.core.models import AuditEvent, Role, RoleAssignment

from .factories import make_document

pytestmark = pytest.mark.django_db

CREATE = reverse("catalogue:staff-document-create")


def detail(document):
    return reverse("catalogue:staff-document-detail", args=[document.pk])


def edit(document):
    return reverse("catalogue:staff-document-edit", args=[document.pk])


def form_data(**overrides):
    data = {
        "title": "关于开展暑期安全教育的通知",
        "issuing_authority": "",
        "doc_no": "示教发〔2024〕9号",
        "written_on": "2024-06-01",
        "formed_on": "2024-06-01",
        "subject": Subject.objects.get(name="科技、教育", parent=None).pk,
        "genre": "notice",
        "normative_kind": "other",
        "keywords": "安全 教育",
        "summary": "部署暑期安全教育。",
        "body": "第一段内容。\n\n第二段内容。",
        "disclosure_attr": "proactive",
        "disclosure_reason": "",
        "columns": [Column.objects.get(slug="livelihood").pk],
    }
    return data | overrides


def test_creating_with_bad_data_keeps_everything_typed_and_explains_in_chinese(client, org):
    client.force_login(org.edu_drafter)
    response = client.post(CREATE, form_data(title="", written_on="2024-13-45", summary="我写的概述不能丢"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "这个字段是必填项。" in html
    assert "输入一个有效的日期。" in html
    assert 'value="示教发〔2024〕9号"' in html
    assert "我写的概述不能丢" in html
    assert 'value="2024-13-45"' in html
    assert not Document.objects.exists()


def test_a_created_draft_gets_an_index_number_and_is_audited(client, org):
    client.force_login(org.edu_drafter)
    response = client.post(CREATE, form_data())
    document = Document.objects.get()
    assert response.status_code == 302 and response["Location"] == detail(document)
    assert document.issuer == org.edu and document.state == DocumentState.DRAFT
    assert document.index_no.startswith(org.edu.issuer_code + "/")
    assert AuditEvent.objects.filter(action="document_create", object_id=str(document.pk)).exists()
    page = client.get(detail(document)).content.decode()
    assert document.index_no in page and "草稿" in page


def test_plain_text_becomes_paragraphs_and_html_is_sanitised(client, org):
    client.force_login(org.edu_drafter)
    client.post(CREATE, form_data(body="第一段内容。\n\n第二段<内容>。"))
    assert Document.objects.get().body == "<p>第一段内容。</p><p>第二段&lt;内容&gt;。</p>"
    Document.objects.all().delete()
    client.post(CREATE, form_data(body='<p onclick="x()">正文</p><script>alert(1)</script>'))
    assert Document.objects.get().body == "<p>正文</p>"


def test_a_drafter_of_two_departments_chooses_the_department(client, org):
    RoleAssignment.objects.create(user=org.edu_drafter, department=org.health, role=Role.DRAFTER)
    client.force_login(org.edu_drafter)
    page = client.get(CREATE).content.decode()
    assert "请选择起草部门" in page and org.health.name in page
    response = client.post(CREATE, form_data())
    assert response.status_code == 200 and not Document.objects.exists()
    client.post(CREATE, form_data(issuer=org.health.pk))
    assert Document.objects.get().issuer == org.health


def test_a_document_cannot_involve_its_own_department(client, org):
    client.force_login(org.edu_drafter)
    response = client.post(CREATE, form_data(involved_departments=[org.edu.pk]))
    assert response.status_code == 200
    assert "涉及部门不能包含发布机构本身。" in response.content.decode()


def test_only_drafters_may_open_the_create_page(client, org):
    client.force_login(org.edu_first)
    response = client.get(CREATE)
    assert response.status_code == 403
    assert "只有信息员可以起草政府信息。" in response.content.decode()


def test_the_edit_form_shows_the_stored_values_with_date_inputs(client, org):
    document = make_document(org, formed_on="2024-02-03")
    client.force_login(org.edu_drafter)
    html = client.get(edit(document)).content.decode()
    assert 'type="date" name="written_on" value="2024-03-01"' in html
    assert 'value="2024-02-03"' in html
    assert "　　" not in html.split('name="subject"')[0][-50:]  # the select itself is not indented
    assert "科技、教育" in html


def test_editing_during_second_review_sends_the_document_back_to_first_review(client, org):
    document = make_document(org, state=DocumentState.SECOND_REVIEW)
    client.force_login(org.edu_second)
    page = client.get(edit(document)).content.decode()
    assert "保存修改后，审查将从初审重新开始" in page
    response = client.post(edit(document), form_data(title="改过的标题"), follow=True)
    document.refresh_from_db()
    assert document.state == DocumentState.FIRST_REVIEW and document.review_round == 2
    html = response.content.decode()
    assert "审查从初审重新开始（第2轮）" in html
    assert "审查已重新开始" in html and "待初审" in html


def test_a_failed_edit_keeps_the_typed_values(client, org):
    document = make_document(org)
    client.force_login(org.edu_drafter)
    response = client.post(edit(document), form_data(title="新标题" * 200, summary="刚改的概述"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "刚改的概述" in html and "不超过 300 字符" in html
    document.refresh_from_db()
    assert document.summary == "明确今年义务教育阶段招生的时间安排。"


def test_the_list_shows_only_visible_documents_with_filters(client, org):
    mine = make_document(org, title="教育局的通知")
    make_document(org, title="教育局已发布", state=DocumentState.PUBLISHED, doc_no="示教发〔2024〕7号")
    other = make_document(org, key="health", title="卫健局的通知")
    client.force_login(org.edu_first)
    url = reverse("catalogue:staff-document-list")
    html = client.get(url).content.decode()
    assert mine.title in html and "教育局已发布" in html and other.title not in html
    html = client.get(url, {"state": "draft"}).content.decode()
    assert mine.title in html and "教育局已发布" not in html
    html = client.get(url, {"q": "7号"}).content.decode()
    assert "教育局已发布" in html and mine.title not in html
    year = mine.index_no.split("/")[1][:4]
    assert mine.title in client.get(url, {"year": year}).content.decode()
    assert mine.title not in client.get(url, {"year": int(year) - 1}).content.decode()


def test_the_list_paginates_and_keeps_the_filters(client, org):
    for n in range(23):
        make_document(org, title=f"批量通知{n:02d}")
    client.force_login(org.edu_drafter)
    url = reverse("catalogue:staff-document-list")
    first = client.get(url, {"q": "批量"}).content.decode()
    assert "共 23 条" in first and "第 1 / 2 页" in first and "q=%E6%89%B9%E9%87%8F&amp;page=2" in first
    second = client.get(url, {"q": "批量", "page": 2}).content.decode()
    assert second.count("批量通知") == 3


def test_anonymous_people_are_sent_to_the_login_page(client):
    response = client.get(reverse("catalogue:staff-document-list"))
    assert response.status_code == 302
    assert response["Location"] == reverse("core:login") + "?next=" + reverse("catalogue:staff-document-list")


def test_staff_pages_are_not_cached(client, org):
    client.force_login(org.edu_drafter)
    response = client.get(reverse("catalogue:staff-dashboard"))
    assert "no-store" in response["Cache-Control"]


def test_a_post_without_the_csrf_token_is_refused(org):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(org.edu_drafter)
    assert client.post(CREATE, form_data()).status_code == 403
    assert not Document.objects.exists()
