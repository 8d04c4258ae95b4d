"""The search index: one row per public thing (a catalogue document, an interpretation, …), keyed by its kind
and object id, with the normalised text and the filter columns.

`id` packs (kind code, object id) into one integer (registry.entry_key); documents have code 0, so their
key is their id. The token index itself is backend-specific and lives beside this table: FTS5 tables
`search_fts` and `search_fts_title` kept in step by triggers (SQLite), or `vector` and `title_vector`
tsvector columns with GIN indexes (PostgreSQL). Deleting an object deletes its row (the search app follows
deletions of every registered model) and so its tokens.
"""

from django.db import models

FACET_COLUMNS = (
    "rank_key",
    "is_public",
    "issuer_id",
    "year",
    "subject_id",
    "genre",
    "validity",
    "id",
)
FACET_INDEX = "search_rank_facets_idx"


class SearchEntry(models.Model):
    id = models.BigIntegerField(primary_key=True, serialize=False, verbose_name="索引键")
    kind = models.CharField("类型", max_length=20)
    object_id = models.BigIntegerField("对象编号")
    # Published and 主动公开: the only rows the public ever sees.
    is_public = models.BooleanField(default=False)
    # The department that owns the object (staff see their own unpublished rows); the 发布机构 facet.
    issuer_id = models.BigIntegerField()
    published_at = models.DateTimeField(null=True)
    year = models.PositiveIntegerField()
    # Facets only documents have (empty for other kinds).
    subject_id = models.BigIntegerField(null=True)
    genre = models.CharField(max_length=20, blank=True)
    validity = models.CharField(max_length=20, blank=True)
    norm_title = models.TextField()
    norm_body = models.TextField()
    # Recency as one integer (publication day, then key): the token index's row id, so "newest first"
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
        return f"检索索引 {self.kind} #{self.object_id}"
