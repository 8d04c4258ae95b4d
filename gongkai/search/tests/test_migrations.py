"""Migration 0006 (rows keyed by kind and object id) keeps an installation's index: no rebuild needed."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from gongkai.catalogue.choices import DisclosureAttr, DocumentState
from gongkai.catalogue.models import Document
from gongkai.catalogue.searchable import document_text
from gongkai.search.backends import postgres
from gongkai.search.models import SearchEntry
from gongkai.search.selectors import Scope, search
from gongkai.search.services import document_index_sync, document_year, rank_key
from gongkai.search.tokenizer import normalize

BEFORE, AFTER = ("search", "0005_facet_index"), ("search", "0006_search_kinds")


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])


def _old_row(document: Document) -> list:
    """An index row as the code before 0006 wrote it (document_id was the key)."""
    title, body = document_text(
        **{f: getattr(document, f) or "" for f in ("title", "index_no", "doc_no", "issuing_authority")},
        keywords=document.keywords,
        summary=document.summary,
        body=document.body,
    )
    public = document.state == DocumentState.PUBLISHED
    return [
        document.pk,
        public,
        document.issuer_id,
        document.published_at,
        document_year(document.published_at, document.created_at),
        None,
        "",
        document.validity,
        normalize(title),
        normalize(body),
        rank_key(document.published_at or document.created_at, document.pk),
    ]


@pytest.mark.django_db(transaction=True)
def test_existing_index_rows_are_carried_over_with_their_tokens(org, reference_data):
    published = Document.objects.create(
        title="关于推进政务公开标准化的通知",
        body="<p>基层政务公开</p>",
        issuer=org.edu,
        state=DocumentState.PUBLISHED,
        disclosure_attr=DisclosureAttr.PROACTIVE,
        index_no=f"{org.edu.issuer_code}/2024-09001",
        published_at=timezone.now(),
    )
    draft = Document.objects.create(
        title="政务公开草稿", issuer=org.edu, index_no=f"{org.edu.issuer_code}/2024-09002"
    )
    try:
        _migrate(BEFORE)
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_searchentry (document_id, is_public, issuer_id, published_at, year, "
                "subject_id, genre, validity, norm_title, norm_body, rank_key) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [_old_row(published), _old_row(draft)],
            )
            if connection.vendor == "postgresql":
                postgres.refill(cursor, key="document_id")
    finally:
        _migrate(AFTER)  # never leave the test database behind
    entries = {e.object_id: (e.id, e.kind) for e in SearchEntry.objects.all()}
    assert entries == {published.pk: (published.pk, "document"), draft.pk: (draft.pk, "document")}
    # Found through the token index the old rows fed, without a rebuild.
    assert [hit.document.pk for hit in search(q="标准化").hits] == [published.pk]
    assert search(q="政务公开").total == 1
    assert search(q="政务公开", scope=Scope(department_ids=(org.edu.pk,))).total == 2
    # And the index keeps following changes (on SQLite through the triggers put back), deletions included.
    Document.objects.filter(pk=published.pk).update(title="关于推进政务公开规范化的通知")
    document_index_sync(document=published)
    assert search(q="标准化").total == 0 and search(q="规范化").total == 1
    draft.delete()
    assert search(q="政务公开", scope=Scope(department_ids=(org.edu.pk,))).total == 1
