"""The index follows publication: publish, edit, withdraw, delete, validity changes, and full rebuilds."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from gongkai.catalogue.choices import DisclosureAttr, Genre, Validity, ValidityChangeKind
from gongkai.catalogue.models import Document, Subject
from gongkai.catalogue.services.documents import document_create, document_update
from gongkai.catalogue.services.review import document_review_pass, document_submit, document_withdraw
from gongkai.catalogue.services.validity import document_set_validity, validity_change_add
from gongkai.search import services
from gongkai.search.models import SearchEntry
from gongkai.search.selectors import Filters, Scope, search

pytestmark = pytest.mark.django_db(transaction=False)


def _data(title, **extra):
    return {
        "title": title,
        "doc_no": "示教发〔2026〕3号",
        "written_on": dt.date(2026, 3, 2),
        "subject": Subject.objects.get(name="科技、教育", parent=None),
        "genre": Genre.NOTICE,
        "summary": "招生范围、程序和时间安排。",
        "body": "<p>各学校：请认真贯彻执行。</p>",
        "disclosure_attr": DisclosureAttr.PROACTIVE,
        **extra,
    }


@pytest.fixture
def publish(org):
    def make(title, **extra):
        document = document_create(actor=org.edu_drafter, issuer=org.edu, data=_data(title, **extra))
        document_submit(document=document, actor=org.edu_drafter)
        for who in ("edu_first", "edu_second", "edu_approver"):
            document_review_pass(document=document, actor=getattr(org, who), override_reason="测试放行")
        return Document.objects.get(pk=document.pk)

    return make


def public_titles(q):
    return [hit.document.title for hit in search(q=q).hits]


def test_a_draft_is_indexed_for_its_department_but_not_public(org):
    document_create(actor=org.edu_drafter, issuer=org.edu, data=_data("义务教育招生草案"))
    assert public_titles("招生草案") == []
    assert search(q="招生草案", scope=Scope(department_ids=(org.edu.pk,))).total == 1


def test_publishing_makes_a_document_findable(publish):
    publish("关于义务教育招生工作的通知")
    assert public_titles("招生工作") == ["关于义务教育招生工作的通知"]


def test_edits_before_publication_are_what_gets_found(org, publish):
    document = document_create(actor=org.edu_drafter, issuer=org.edu, data=_data("旧标题通知"))
    document_update(document=document, actor=org.edu_drafter, data={"title": "新标题通知"})
    assert search(q="旧标题", scope=Scope(department_ids=(org.edu.pk,))).total == 0
    assert search(q="新标题", scope=Scope(department_ids=(org.edu.pk,))).total == 1


def test_withdrawing_removes_a_document_from_public_search(org, publish):
    document = publish("关于义务教育招生工作的通知")
    document_withdraw(document=document, actor=org.edu_approver, reason="内容有误")
    assert public_titles("招生工作") == []
    assert public_titles("招生") == []
    assert search(q="招生").total == 0  # counted from the token index's public mark alone
    assert search(q="招生", scope=Scope(department_ids=(org.edu.pk,))).total == 1


def test_on_request_documents_are_never_public(org):
    document = document_create(
        actor=org.edu_drafter,
        issuer=org.edu,
        data=_data(
            "依申请公开的招生材料",
            disclosure_attr=DisclosureAttr.ON_REQUEST,
            disclosure_reason="涉及个人信息",
        ),
    )
    document_submit(document=document, actor=org.edu_drafter)
    for who in ("edu_first", "edu_second", "edu_approver"):
        document_review_pass(document=document, actor=getattr(org, who), override_reason="测试放行")
    assert public_titles("招生材料") == []


def test_validity_changes_are_reflected_in_the_filter(org, publish):
    document = publish("关于义务教育招生工作的通知")
    document_set_validity(actor=org.edu_approver, document=document, validity=Validity.EXPIRED, reason="到期")
    assert search(q="招生工作", filters=Filters(validity=Validity.EXPIRED)).total == 1
    assert search(q="招生工作", filters=Filters(validity=Validity.VALID)).total == 0


def test_publishing_a_repeal_marks_the_original_in_the_index(org, publish):
    original = publish("关于义务教育招生工作的通知")
    repeal = document_create(actor=org.edu_drafter, issuer=org.edu, data=_data("关于废止招生通知的决定"))
    validity_change_add(actor=org.edu_drafter, source=repeal, target=original, kind=ValidityChangeKind.REPEAL)
    document_submit(document=repeal, actor=org.edu_drafter)
    for who in ("edu_first", "edu_second", "edu_approver"):
        document_review_pass(document=repeal, actor=getattr(org, who), override_reason="测试放行")
    assert search(q="招生工作", filters=Filters(validity=Validity.REPEALED)).total == 1


def test_deleting_a_document_leaves_no_index_row_or_tokens(indexed_doc):
    document = indexed_doc("即将删除的测试通知", "<p>独一无二的正文</p>")
    document.delete()
    assert not SearchEntry.objects.filter(pk=document.pk).exists()
    assert search(q="独一无二").total == 0
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH %s", ['"独一"'])
            assert cursor.fetchone()[0] == 0


def test_rebuild_indexes_every_document_and_shows_progress(indexed_doc):
    indexed_doc("第一份通知")
    indexed_doc("第二份通知")
    SearchEntry.objects.all().delete()
    err, out = StringIO(), StringIO()
    call_command("search_rebuild", stdout=out, stderr=err)
    assert search(q="通知").total == 2
    assert "2/2" in err.getvalue() and "已索引 2 条" in out.getvalue()


def test_a_crash_in_the_middle_of_a_rebuild_leaves_the_old_index_usable(indexed_doc, monkeypatch):
    for n in range(5):
        indexed_doc(f"第{n}份旧通知")

    def crash(done, total):
        if done >= 2:
            raise RuntimeError("断电")

    with pytest.raises(RuntimeError):
        services.index_rebuild(batch_size=2, progress=crash)
    assert search(q="旧通知").total == 5
    indexed_doc("之后发布的新通知")  # and the index still follows publication
    assert search(q="通知").total == 6


def test_the_token_index_can_be_recreated_from_the_index_rows(indexed_doc):
    """What migration 0004 does on an existing installation: same results, no rebuild needed."""
    from gongkai.search.backends import backend_for

    indexed_doc("关于政府信息公开年度报告的通知", "<p>IPv6规模部署</p>")
    indexed_doc("草稿里的政府信息", state="draft")
    before = {q: public_titles(q) for q in ("政府信息公开", "ipv6", "政府信息", "通知")}
    backend = backend_for(connection)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the rows above were added in this transaction
        for statement in backend.DROP:
            cursor.execute(statement)
        for statement in backend.CREATE:
            cursor.execute(statement)
        assert public_titles("通知") == []
        backend.refill(cursor)
    assert {q: public_titles(q) for q in before} == before
    assert before["通知"] == ["关于政府信息公开年度报告的通知"]
