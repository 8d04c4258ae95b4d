"""Columns and topics kept by the 公开办."""

import pytest
from django.urls import reverse

from gongkai.catalogue.models import Column, Topic
from gongkai.core.models import AuditEvent

from .factories import make_document

pytestmark = pytest.mark.django_db


def test_the_office_sees_the_column_tree_with_document_counts(client, org):
    make_document(org)  # filed under 扶贫、教育、医疗… (livelihood)
    client.force_login(org.office)
    html = client.get(reverse("catalogue:staff-column-list")).content.decode()
    assert "法定主动公开内容" in html and "└ 财政预算、决算信息" in html
    row = html.split("扶贫、教育、医疗")[1].split("</tr>")[0]
    assert '<td class="num">1</td>' in row


def test_creating_a_child_column_is_audited(client, org):
    client.force_login(org.office)
    parent = Column.objects.get(slug="statutory")
    response = client.post(
        reverse("catalogue:staff-column-create"),
        {
            "name": "重点领域信息",
            "slug": "key-areas",
            "parent": parent.pk,
            "description": "",
            "sort_order": 50,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    column = Column.objects.get(slug="key-areas")
    assert column.parent == parent
    assert AuditEvent.objects.filter(action="column_create", object_id=str(column.pk)).exists()


def test_a_duplicate_slug_is_explained_next_to_the_field(client, org):
    client.force_login(org.office)
    response = client.post(
        reverse("catalogue:staff-column-create"),
        {"name": "重复", "slug": "budgets", "sort_order": 1, "is_active": "on"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_slug_error"' in html and 'value="重复"' in html


def test_a_column_cannot_move_under_its_own_child(client, org):
    client.force_login(org.office)
    parent, child = Column.objects.get(slug="statutory"), Column.objects.get(slug="budgets")
    url = reverse("catalogue:staff-column-edit", args=[parent.pk])
    assert (
        f'value="{child.pk}"'
        not in client.get(url).content.decode().split('name="parent"')[1].split("</select>")[0]
    )
    response = client.post(
        url,
        {"name": parent.name, "slug": parent.slug, "parent": child.pk, "sort_order": 3, "is_active": "on"},
    )
    assert "上级栏目不能是本栏目或其下级栏目。" in response.content.decode()
    parent.refresh_from_db()
    assert parent.parent is None


def test_a_column_in_use_cannot_be_deleted_and_says_why(client, org):
    make_document(org)
    column = Column.objects.get(slug="livelihood")
    client.force_login(org.office)
    response = client.post(reverse("catalogue:staff-column-delete", args=[column.pk]))
    assert response.status_code == 200
    assert "下还有1条信息，不能删除；可以改为停用。" in response.content.decode()
    assert Column.objects.filter(pk=column.pk).exists()


def test_an_unused_column_and_topic_can_be_deleted(client, org):
    column = Column.objects.create(name="临时栏目", slug="temporary")
    client.force_login(org.office)
    client.post(reverse("catalogue:staff-column-delete", args=[column.pk]))
    assert not Column.objects.filter(pk=column.pk).exists()
    client.post(
        reverse("catalogue:staff-topic-create"),
        {"name": "六稳六保", "slug": "liuwen", "sort_order": 1, "is_active": "on"},
    )
    topic = Topic.objects.get(slug="liuwen")
    make_document(org, topics=[topic])
    response = client.post(reverse("catalogue:staff-topic-delete", args=[topic.pk]))
    assert "专题“六稳六保”下还有1条信息" in response.content.decode()
    assert AuditEvent.objects.filter(action="column_delete").exists()


def test_topics_can_be_chosen_on_the_document_form(client, org):
    Topic.objects.create(name="优化营商环境", slug="business")
    Topic.objects.create(name="已停用专题", slug="old", is_active=False)
    client.force_login(org.edu_drafter)
    html = client.get(reverse("catalogue:staff-document-create")).content.decode()
    assert "优化营商环境" in html and "已停用专题" not in html
    assert "<legend>所属栏目</legend>" in html and "法定主动公开内容（本栏目）" in html


def test_a_columns_page_shows_its_history(client, org):
    client.force_login(org.office)
    data = {"name": "重点领域", "slug": "key", "sort_order": 1, "is_active": "on"}
    client.post(reverse("catalogue:staff-column-create"), data)
    column = Column.objects.get(slug="key")
    url = reverse("catalogue:staff-column-edit", args=[column.pk])
    client.post(url, data | {"name": "重点领域信息公开"})
    html = client.get(url).content.decode()
    assert "新建栏目" in html and "修改栏目" in html and "重点领域信息公开" in html.split("操作历史")[1]
