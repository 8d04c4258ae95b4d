# ruff: noqa: S608 - the SQL is built from model table and column names; ids travel as parameters.
"""Search hits: what a result line shows, read in one plain query and highlighted on the original text.

Building Document model instances for 20 hits (ORM or raw queryset) cost more than the search itself, so a
hit carries a small read-only record of what the result list and the JSON endpoint show.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.db import connection
from django.utils import timezone
from django.utils.safestring import SafeString

from gongkai.catalogue.choices import DocumentState, Validity
from gongkai.catalogue.models import Document
from gongkai.core.models import Department

from .highlight import highlight, snippet
from .text import document_text, html_to_text

_STATES, _VALIDITIES = dict(DocumentState.choices), dict(Validity.choices)


@dataclass(frozen=True)
class Issuer:
    pk: int
    name: str


@dataclass(frozen=True)
class HitDocument:
    pk: int
    title: str
    index_no: str
    doc_no: str
    published_at: datetime | None
    state: str
    validity: str
    issuer: Issuer

    def get_state_display(self) -> str:
        return _STATES.get(self.state, self.state)

    def get_validity_display(self) -> str:
        return _VALIDITIES.get(self.validity, self.validity)


@dataclass
class Hit:
    document: HitDocument
    title: SafeString  # HTML, escaped, with <mark>
    snippet: SafeString


def _column(name: str) -> str:
    return "d." + Document._meta.get_field(name).column


_TEXT = ("title", "index_no", "doc_no", "issuing_authority", "keywords", "summary", "body")
_SELECT = (
    f"SELECT d.id, {', '.join(_column(f) for f in (*_TEXT, 'published_at', 'state', 'validity', 'issuer'))}, "
    f"i.name, e.norm_title, e.norm_body FROM {Document._meta.db_table} d "
    f"JOIN {Department._meta.db_table} i ON i.id = d.{Document._meta.get_field('issuer').column} "
    "LEFT JOIN search_searchentry e ON e.document_id = d.id WHERE d.id IN "
)


def _aware(value: datetime | None) -> datetime | None:
    # SQLite gives naive UTC datetimes to a plain cursor; PostgreSQL gives aware ones.
    return value.replace(tzinfo=UTC) if value is not None and timezone.is_naive(value) else value


def hits_for(ids: list[int], terms: list[str]) -> list[Hit]:
    """Hits in the order of `ids` (ids that no longer exist are left out)."""
    if not ids:
        return []
    with connection.cursor() as cursor:
        cursor.execute(_SELECT + f"({', '.join(['%s'] * len(ids))})", ids)
        rows = {row[0]: row for row in cursor.fetchall()}
    hits = []
    for pk in ids:
        row = rows.get(pk)
        if row is None:
            continue
        texts = dict(zip(_TEXT, (value or "" for value in row[1:8]), strict=True))
        published_at, state, validity, issuer_id, issuer_name, norm_title, norm_body = row[8:]
        title, body = document_text(**texts)
        # The index row holds these texts normalised; if it is stale (same length is the cheap check),
        # the texts are normalised here instead.
        fresh = len(norm_title or "") == len(title) and len(norm_body or "") == len(body)
        document = HitDocument(
            pk, texts["title"], texts["index_no"], texts["doc_no"], _aware(published_at), state, validity,
            Issuer(issuer_id, issuer_name),
        )  # fmt: skip
        hits.append(
            Hit(
                document,
                highlight(title, terms, normalized=norm_title if fresh else None),
                snippet(
                    body,
                    terms,
                    fallback=lambda texts=texts: texts["summary"] or html_to_text(texts["body"]),
                    normalized=norm_body if fresh else None,
                ),
            )
        )
    return hits
