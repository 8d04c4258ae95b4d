"""Query semantics, the same on every database: `make test` runs this file on SQLite and on PostgreSQL, and
the backend is the one of the connection in use."""

import pytest
from django.db import connection

from gongkai.catalogue.choices import DocumentState, Genre, Validity
from gongkai.catalogue.models import Column, Document, Subject
from gongkai.search.backends import backend_for
from gongkai.search.selectors import Filters, Scope, search

pytestmark = pytest.mark.django_db


def titles(results):
    return [hit.document.title for hit in results.hits]


@pytest.fixture
def corpus(indexed_doc):
    return {
        "epidemic": indexed_doc(
            "关于做好疫情防控工作的通知",
            "<p>各乡镇：为做好疫情防控，现通知如下。</p>",
            doc_no="盘政公领发〔2020〕2号",
            published="2020-02-01",
        ),
        "report": indexed_doc(
            "2023年政府信息公开工作年度报告", "<p>本报告依据条例编制。</p>", published="2024-01-20"
        ),
        "ipv6": indexed_doc(
            "推进IPv6规模部署和5G应用的实施意见",
            "<p>加快IPv6与5G融合。</p>",
            dept="health",
            published="2023-06-01",
            genre=Genre.OPINION,
        ),
        "body_only": indexed_doc(
            "关于印发工作要点的通知", "<p>全面推进政府信息公开年度报告编制。</p>", published="2024-05-01"
        ),
        "draft": indexed_doc("疫情防控草稿", "<p>疫情</p>", state=DocumentState.DRAFT, published=None),
    }


def test_the_backend_is_chosen_from_the_connection_vendor():
    assert backend_for(connection).NAME == connection.vendor


def test_a_two_character_word_finds_every_document_containing_it(corpus):
    assert set(titles(search(q="疫情"))) == {"关于做好疫情防控工作的通知"}


def test_a_phrase_must_appear_as_typed_not_just_its_characters(corpus):
    found = set(titles(search(q="政府信息公开年度报告")))
    assert found == {"关于印发工作要点的通知"}
    assert search(q="防控疫情").total == 0  # its pairs exist, in another order; the phrase does not


def test_title_matches_rank_above_body_matches(corpus):
    assert titles(search(q="年度报告")) == ["2023年政府信息公开工作年度报告", "关于印发工作要点的通知"]


def test_date_sort_puts_the_newest_first(corpus):
    assert titles(search(q="年度报告", sort="date"))[0] == "关于印发工作要点的通知"


def test_all_terms_must_match(corpus):
    assert titles(search(q="疫情 通知")) == ["关于做好疫情防控工作的通知"]
    assert search(q="疫情 IPv6").total == 0


def test_exclusion_removes_documents_containing_the_word(corpus):
    assert set(titles(search(q="通知 -疫情"))) == {"关于印发工作要点的通知"}


def test_quoted_phrases_keep_their_spaces_and_punctuation(corpus):
    assert titles(search(q='"IPv6与5G"')) == ["推进IPv6规模部署和5G应用的实施意见"]


@pytest.mark.parametrize("typed", ["IPv6", "ipv6", "ＩＰｖ６", "pv6", "5G", "5g"])
def test_ascii_words_match_case_and_width_insensitively_and_inside_words(corpus, typed):
    assert titles(search(q=typed)) == ["推进IPv6规模部署和5G应用的实施意见"]


def test_numbers_with_chinese_match_like_the_text(corpus):
    assert titles(search(q="2023年")) == ["2023年政府信息公开工作年度报告"]


def test_a_single_character_finds_documents_containing_it(corpus):
    assert set(titles(search(q="疫"))) == {"关于做好疫情防控工作的通知"}


@pytest.mark.parametrize(
    "typed",
    [
        "盘政公领发〔2020〕2号",
        "盘政公领发[2020]2号",
        "盘政公领发（2020）2号",
        "盘政公领发【2020】2号",
        "〔2020〕2号",
    ],
)
def test_document_numbers_match_however_the_brackets_are_typed(corpus, typed):
    assert titles(search(q=typed)) == ["关于做好疫情防控工作的通知"]


def test_an_exact_document_number_or_index_number_puts_that_document_first(corpus, indexed_doc):
    indexed_doc("转发盘政公领发〔2020〕2号文件的通知", "<p>盘政公领发〔2020〕2号</p>", published="2024-06-01")
    assert titles(search(q="盘政公领发[2020]2号"))[0] == "关于做好疫情防控工作的通知"
    report = corpus["report"]
    results = search(q=report.index_no)
    assert results.hits[0].document.pk == report.pk and results.pinned_id == report.pk


def test_filters_narrow_and_facets_count_the_matches(corpus):
    results = search(q="通知")
    assert results.total == 2
    assert results.facets["year"] == {2020: 1, 2024: 1}
    assert search(q="通知", filters=Filters(year=2020)).total == 1
    assert search(q="推进", filters=Filters(genre=Genre.OPINION)).total == 1
    assert search(q="推进", filters=Filters(validity=Validity.REPEALED)).total == 0


def test_column_and_subject_filters_include_their_children(corpus):
    subject = Subject.objects.filter(parent=None).first()
    corpus["ipv6"].subject = subject
    corpus["ipv6"].save()
    corpus["ipv6"].columns.add(Column.objects.first())
    from gongkai.search.services import document_index_sync

    document_index_sync(document=corpus["ipv6"])
    assert search(q="5G", filters=Filters(subject=subject)).total == 1
    assert search(q="5G", filters=Filters(column=Column.objects.first())).total == 1
    assert search(q="5G").facets["column"] == {Column.objects.first().pk: 1}


def test_a_filtered_search_looks_up_the_column_tree_and_subject_children_once(corpus):
    from django.test.utils import CaptureQueriesContext

    column, subject = Column.objects.first(), Subject.objects.filter(parent=None).first()
    with CaptureQueriesContext(connection) as queries:
        search(q="通知", filters=Filters(column=column, subject=subject))
    tree_reads = [q["sql"] for q in queries if 'FROM "catalogue_column"' in q["sql"]]
    child_reads = [q["sql"] for q in queries if 'FROM "catalogue_subject"' in q["sql"]]
    assert len(tree_reads) == 1 and len(child_reads) == 1


def test_pagination_returns_each_document_once(indexed_doc):
    for n in range(25):
        indexed_doc(f"关于第{n}批试点的通知", published=f"2024-01-{n % 28 + 1:02d}")
    first, second = search(q="试点", page=1), search(q="试点", page=2)
    assert first.total == 25 and first.pages == 2
    assert len(first.hits) == 20 and len(second.hits) == 5
    assert not {h.document.pk for h in first.hits} & {h.document.pk for h in second.hits}


def test_highlights_follow_the_document_even_when_its_index_row_is_stale(indexed_doc):
    document = indexed_doc("ＩＰｖ６试点通知", "<p>推进ＩＰｖ６规模部署</p>")
    Document.objects.filter(pk=document.pk).update(title="关于ＩＰｖ６与５Ｇ试点的通知")  # not re-indexed
    (hit,) = search(q="ipv6").hits
    assert str(hit.title) == "关于<mark>ＩＰｖ６</mark>与５Ｇ试点的通知"
    assert "<mark>ＩＰｖ６</mark>规模部署" in str(hit.snippet)


def test_highlights_are_on_the_original_text_and_escaped(indexed_doc):
    indexed_doc("<b>ＩＰｖ６</b>推进", "<p>关于&lt;script&gt;与ＩＰｖ６</p>")
    hit = search(q="ipv6").hits[0]
    assert str(hit.title) == "&lt;b&gt;<mark>ＩＰｖ６</mark>&lt;/b&gt;推进"
    assert "<mark>ＩＰｖ６</mark>" in hit.snippet and "&lt;script&gt;" in hit.snippet


def test_public_search_never_returns_drafts(corpus):
    assert "疫情防控草稿" not in titles(search(q="疫情"))


def test_staff_search_sees_drafts_of_their_own_departments_only(corpus, org):
    edu = Scope(department_ids=(org.edu.pk,))
    health = Scope(department_ids=(org.health.pk,))
    assert "疫情防控草稿" in titles(search(q="疫情", scope=edu))
    assert "疫情防控草稿" not in titles(search(q="疫情", scope=health))
    assert "关于做好疫情防控工作的通知" in titles(search(q="疫情", scope=health))  # published: everyone


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "*",
        ":",
        "^",
        "(",
        ")",
        "NEAR",
        "AND",
        "OR",
        'a"b',
        "疫情*",
        "疫情 OR",
        "NEAR(疫情 防控)",
        "title:疫情",
        "-",
        "--",
        "\\",
        "'",
        "%",
        "_",
        "疫情'); --",
    ],
)
def test_search_engine_syntax_is_just_text(corpus, typed):
    search(q=typed)  # never raises


def test_counting_stops_at_the_last_reachable_page(indexed_doc, monkeypatch):
    from gongkai.search import selectors

    monkeypatch.setattr(selectors, "COUNT_CAP", 3)
    monkeypatch.setattr(selectors, "FACET_CAP", 3)
    for n in range(5):
        indexed_doc(f"第{n}号试点通知", published=f"2024-02-0{n + 1}")
    results = search(q="试点")
    assert results.total == 3 and results.total_capped
    assert sum(results.facets["year"].values()) == 3  # counted over the newest three
    assert len(results.hits) == 5
