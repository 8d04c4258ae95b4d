# ruff: noqa: S608 - the SQL is built from model table and column names; values travel as parameters.
"""What the catalogue puts in the site search: documents, and interpretations (public with their document).

Found by the search app when it is ready (SOURCES); the catalogue imports nothing from search. The shape of
a source is described in the search app's registry.
"""

from datetime import UTC, datetime

from django.db import connection
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from gongkai.core.models import Department

from .choices import DisclosureAttr, DocumentState, Genre, Validity
from .models import Column, Document, Interpretation, Subject
from .searchable import (
    INTERPRETATION_TEXT_FIELDS,
    TEXT_FIELDS,
    document_text,
    html_to_text,
    interpretation_text,
)
from .selectors import column_descendant_ids

_STATES, _VALIDITIES = dict(DocumentState.choices), dict(Validity.choices)


def _public(state: str, disclosure_attr: str) -> bool:
    return state == DocumentState.PUBLISHED and disclosure_attr == DisclosureAttr.PROACTIVE


def _aware(value: datetime | None) -> datetime | None:
    # SQLite gives naive UTC datetimes to a plain cursor; PostgreSQL gives aware ones.
    return value.replace(tzinfo=UTC) if value is not None and timezone.is_naive(value) else value


def _column(name: str) -> str:
    return "d." + Document._meta.get_field(name).column


class DocumentSource:
    kind = "document"
    label = "政府信息"
    code = 0
    model = Document
    facets = ("column", "subject", "genre", "validity")
    memberships = {"column": (Document.columns.through._meta.db_table, "document_id", "column_id")}

    FIELDS = (
        "pk",
        "state",
        "disclosure_attr",
        "issuer_id",
        "published_at",
        "created_at",
        "subject_id",
        "genre",
        "validity",
        *TEXT_FIELDS,
    )

    def fetch(self, pks):
        return list(Document.objects.filter(pk__in=pks).values(*self.FIELDS))

    def entry(self, values):
        title, body = document_text(**{f: values[f] or "" for f in TEXT_FIELDS})
        return {
            "title": title,
            "body": body,
            "public": _public(values["state"], values["disclosure_attr"]),
            "department_id": values["issuer_id"],
            "published_at": values["published_at"],
            "sort_at": values["published_at"] or values["created_at"],
            "subject_id": values["subject_id"],
            "genre": values["genre"],
            "validity": values["validity"],
        }

    def recency(self):
        rows = Document.objects.values_list("pk", "published_at", "created_at").iterator(chunk_size=20000)
        return ((pk, published or created) for pk, published, created in rows)

    def changed_since(self, when):
        return Document.objects.filter(updated_at__gte=when).values_list("pk", flat=True)

    _HIT_SELECT = (
        f"SELECT d.id, {', '.join(_column(f) for f in (*TEXT_FIELDS, 'published_at', 'state', 'validity', 'issuer'))}, "
        f"i.name FROM {Document._meta.db_table} d "
        f"JOIN {Department._meta.db_table} i ON i.id = d.{Document._meta.get_field('issuer').column} "
        "WHERE d.id IN "
    )

    def hit_sql(self, pks):
        """One plain query (the search app joins its normalised texts to it): building model instances for
        20 hits cost more than the search itself."""
        return self._HIT_SELECT + f"({', '.join(['%s'] * len(pks))})", list(pks)

    def hit_values(self, row):
        texts = dict(zip(TEXT_FIELDS, (value or "" for value in row[1:8]), strict=True))
        title, body = document_text(**texts)
        return (
            row[0],
            title,
            body,
            lambda: texts["summary"] or html_to_text(texts["body"]),
            texts["index_no"],
            texts["doc_no"],
            _aware(row[8]),
            row[9],  # state
            row[10],  # validity
            (row[11], row[12]),  # issuer id and name
            None,
        )

    def state_label(self, state):
        return _STATES.get(state, state)

    def validity_label(self, validity):
        return _VALIDITIES.get(validity, validity)

    def hit_url(self, pk, extra, *, staff):
        return reverse("catalogue:staff-document-detail" if staff else "portal:document", args=[pk])

    def pinned(self, raw, variants):
        """An exact 索引号 or 发文字号 puts that document first."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id FROM {Document._meta.db_table} WHERE index_no = %s OR doc_no IN "
                f"({', '.join(['%s'] * len(variants))}) "
                "ORDER BY CASE WHEN index_no = %s THEN 0 ELSE 1 END, published_at IS NULL, published_at DESC "
                "LIMIT 1",
                [raw, *variants, raw],
            )
            row = cursor.fetchone()
        return row[0] if row else None

    def expand_filter(self, name, value):
        if name == "column":
            return column_descendant_ids(value)
        return [value.pk, *value.children.values_list("pk", flat=True)]  # a subject and its sub-classes

    def read_filter(self, name, raw):
        if name in ("column", "subject"):
            try:
                pk = int(raw)
            except ValueError:
                return None
            if not 1 <= pk <= 10**12:
                return None
            if name == "column":
                return Column.objects.filter(pk=pk, is_active=True).first()
            return Subject.objects.filter(pk=pk).first()
        choices = {"genre": Genre, "validity": Validity}[name]
        return raw if raw in choices.values else ""

    def facet_labels(self, name, values):
        if name == "column":
            return dict(Column.objects.filter(pk__in=list(values)).values_list("pk", "name"))
        if name == "subject":
            return {
                s.pk: str(s) for s in Subject.objects.filter(pk__in=list(values)).select_related("parent")
            }
        return dict({"genre": Genre, "validity": Validity}[name].choices)


class InterpretationSource:
    """政策解读: public exactly when the document it interprets is (published with it, withdrawn with it)."""

    kind = "interpretation"
    label = "政策解读"
    code = 1
    model = Interpretation

    FIELDS = (
        "pk",
        "created_at",
        "document_id",
        "document__state",
        "document__disclosure_attr",
        "document__issuer_id",
        "document__published_at",
        *INTERPRETATION_TEXT_FIELDS,
    )

    def fetch(self, pks):
        return list(Interpretation.objects.filter(pk__in=pks).values(*self.FIELDS))

    def entry(self, values):
        title, body = interpretation_text(**{f: values[f] or "" for f in INTERPRETATION_TEXT_FIELDS})
        published_at = values["document__published_at"]
        return {
            "title": title,
            "body": body,
            "public": _public(values["document__state"], values["document__disclosure_attr"]),
            "department_id": values["document__issuer_id"],
            "published_at": published_at,
            "sort_at": published_at or values["created_at"],
        }

    def recency(self):
        rows = Interpretation.objects.values_list("pk", "document__published_at", "created_at")
        return ((pk, published or created) for pk, published, created in rows.iterator(chunk_size=20000))

    def changed_since(self, when):
        # An interpretation's public state changes with its document's (whose updated_at moves).
        changed = Q(document__updated_at__gte=when) | Q(created_at__gte=when)
        return Interpretation.objects.filter(changed).values_list("pk", flat=True)

    def hits(self, pks):
        rows = Interpretation.objects.filter(pk__in=pks).select_related("document", "document__issuer")
        found = {}
        for item in rows:
            document = item.document
            title, body = interpretation_text(
                **{f: getattr(item, f) or "" for f in INTERPRETATION_TEXT_FIELDS}
            )
            found[item.pk] = (
                item.pk,
                title,
                body,
                lambda body=body: body,
                "",
                "",
                document.published_at,
                document.state,
                "",
                (document.issuer_id, document.issuer.name),
                document.pk,  # the staff link goes to the document, where its interpretations are edited
            )
        return found

    def state_label(self, state):
        return _STATES.get(state, state)

    def validity_label(self, validity):
        return ""

    def hit_url(self, pk, document_id, *, staff):
        if staff:
            return reverse("catalogue:staff-document-detail", args=[document_id])
        return reverse("portal:interpretation", args=[pk])


SOURCES = (DocumentSource(), InterpretationSource())
