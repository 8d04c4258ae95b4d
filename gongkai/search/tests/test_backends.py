"""Backend details the query semantics rely on."""

import pytest
from django.db import connection

from gongkai.search import services
from gongkai.search.models import FACET_INDEX
from gongkai.search.selectors import search, search_ids
from gongkai.search.tokenizer import PUBLIC_TOKEN

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "sqlite", reason="FTS5 tokenizer check")
def test_fts5_keeps_each_cjk_token_and_the_public_mark_whole():
    with connection.cursor() as cursor:
        cursor.execute("CREATE VIRTUAL TABLE temp.t USING fts5(a, content='', detail=none, tokenize='ascii')")
        cursor.execute("INSERT INTO temp.t(rowid, a) VALUES (1, %s)", [f"政府 府信息 {PUBLIC_TOKEN} ipv6 é"])
        for token, expected in (
            ("政府", 1),
            ("政", 0),
            ("府信息", 1),
            (PUBLIC_TOKEN, 1),
            ("ipv6", 1),
            ("e", 0),
        ):
            cursor.execute("SELECT COUNT(*) FROM temp.t WHERE t MATCH %s", [f'"{token}"'])
            assert cursor.fetchone()[0] == expected, token
        cursor.execute("DROP TABLE temp.t")


def test_a_large_rebuild_tokenises_in_worker_processes_with_the_same_result(indexed_doc, monkeypatch):
    for n in range(30):
        indexed_doc(
            f"第{n}份政府信息公开通知", f"<p>正文{n}，IPv6与5G。</p>", published=f"2023-{n % 12 + 1:02d}-01"
        )
    before = {q: search_ids(q=q) for q in ("政府信息", "ipv6", "5g", "通知")}
    monkeypatch.setattr(services, "POOL_THRESHOLD", 1)
    assert services.index_rebuild(batch_size=7) == 30
    assert {q: search_ids(q=q) for q in before} == before
    assert search(q="政府信息").total == 30
    with connection.cursor() as cursor:  # the rebuilt table has the indexes the migrations created
        indexes = {index for index in connection.introspection.get_constraints(cursor, "search_searchentry")}
    assert {FACET_INDEX, "search_public_date_idx"} <= indexes


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL plan choice")
def test_postgres_finds_the_same_newest_matches_with_either_plan(indexed_doc, monkeypatch):
    from gongkai.search.backends import postgres

    for n in range(6):
        indexed_doc(f"第{n}份招生通知", f"<p>义务教育招生{n}</p>", published=f"2024-0{n + 1}-01")
    expected = ([hit.document.pk for hit in search(q="招生").hits], search_ids(q="义务教育"))
    monkeypatch.setattr(postgres, "FEW_MATCHES", 1)  # every query now takes the index-order plan
    assert ([hit.document.pk for hit in search(q="招生").hits], search_ids(q="义务教育")) == expected
    with connection.cursor() as cursor:  # the planner settings are back to normal in this transaction
        cursor.execute("SHOW enable_indexscan")
        assert cursor.fetchone()[0] == "on"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL plan choice")
def test_postgres_counts_a_search_s_matches_once_for_all_its_statements(indexed_doc):
    from django.test.utils import CaptureQueriesContext

    from gongkai.search.backends import postgres

    indexed_doc("关于招生的通知", "<p>义务教育招生</p>")
    with CaptureQueriesContext(connection) as queries:
        search(q="义务教育")  # the top 20, the total and two facet counts share one match set
    plan_counts = [q for q in queries if f"LIMIT {postgres.FEW_MATCHES + 1}" in q["sql"]]
    assert len(plan_counts) == 2  # the title tier's matches and everyone's
