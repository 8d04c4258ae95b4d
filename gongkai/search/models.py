"""The search index: one row per catalogue document, with the normalised text and the filter columns.

The token index itself is backend-specific and lives beside this table: FTS5 tables `search_fts` and
`search_fts_title` kept in step by triggers (SQLite), or `vector` and `title_vector` tsvector columns with
GIN indexes (PostgreSQL); migration 0004 creates them. Deleting a document deletes its row (CASCADE) and
so its tokens.
"""

from django.db import models

from gongkai.catalogue.models import Document

FACET_COLUMNS = (
    "rank_key",
    "is_public",
    "issuer_id",
    "year",
    "subject_id",
    "genre",
    "validity",
    "document_id",
)
FACET_INDEX = "search_rank_facets_idx"


class SearchEntry(models.Model):
    document = models.OneToOneField(
        Document, primary_key=True, on_delete=models.CASCADE, related_name="search_entry", verbose_name="文件"
    )
    # Published and 主动公开: the only rows the public ever sees.
    is_public = models.BooleanField(default=False)
    issuer_id = models.BigIntegerField()
    published_at = models.DateTimeField(null=True)
    year = models.PositiveIntegerField()
    subject_id = models.BigIntegerField(null=True)
    genre = models.CharField(max_length=20, blank=True)
    validity = models.CharField(max_length=20, blank=True)
    norm_title = models.TextField()
    norm_body = models.TextField()
    # Recency as one integer (publication time, then id): the token index's row id, so "newest first"
    # is the index's own order and a top-20 stops after 20 matches instead of ranking all of them.
    rank_key = models.BigIntegerField(null=True, unique=True)

    class Meta:
        verbose_name = verbose_name_plural = "检索索引"
        indexes = [
            models.Index(fields=["is_public", "-published_at"], name="search_public_date_idx"),
            # Covers the public check and the facet columns of the rows a token-index match points to, so
            # counting facets over 2,000 matches reads this index only, not 2,000 rows with their texts.
            models.Index(fields=[*FACET_COLUMNS], name=FACET_INDEX),
        ]

    def __str__(self) -> str:
        return f"检索索引 #{self.document_id}"
