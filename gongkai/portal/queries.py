"""Portal reads. Every document query starts from the catalogue's public selectors and only narrows them."""

from datetime import datetime

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.utils import timezone

from gongkai.catalogue.models import Column, Document, Subject, Topic
from gongkai.catalogue.selectors import column_descendant_ids, column_tree, document_list_public
from gongkai.core.models import Department


def column_get_active(*, slug: str) -> Column | None:
    """An active column whose ancestors are all active (a hidden parent hides its branch)."""
    columns = {c.pk: c for c in Column.objects.all()}
    column = next((c for c in columns.values() if c.slug == slug), None)
    node = column
    while node is not None:
        if not node.is_active:
            return None
        node = columns.get(node.parent_id)
    return column


def column_children_active(column: Column) -> list[Column]:
    return list(column.children.filter(is_active=True))


def column_ancestors(column: Column) -> list[Column]:
    """Root first, excluding the column itself."""
    chain, node = [], column.parent
    while node is not None:
        chain.insert(0, node)
        node = node.parent
    return chain


def _in_columns(documents: QuerySet[Document], column: Column) -> QuerySet[Document]:
    ids = column_descendant_ids(column)
    # A subquery rather than a join: a document filed in two sub-columns is listed once.
    through = Document.columns.through.objects.filter(column_id__in=ids).values("document_id")
    return documents.filter(pk__in=through)


def document_list_in_column(column: Column) -> QuerySet[Document]:
    return _in_columns(document_list_public(), column)


def column_tree_with_counts() -> list[tuple[Column, int, list[tuple[Column, int]]]]:
    """The 主动公开基本目录 (two levels) with the number of public documents in each branch."""
    tree = column_tree()
    children: dict[int | None, list[int]] = {}
    for pk, parent_id in Column.objects.filter(is_active=True).values_list("pk", "parent_id"):
        children.setdefault(parent_id, []).append(pk)

    def branch(pk: int) -> list[int]:
        found, stack = [], [pk]
        while stack:
            node = stack.pop()
            found.append(node)
            stack.extend(children.get(node, []))
        return found

    nodes = [root for root, _ in tree] + [child for _, subs in tree for child in subs]
    if not nodes:
        return []
    # One query: a distinct count per branch over the document-column join.
    counts = (
        document_list_public()
        .order_by()
        .aggregate(
            **{f"c{n.pk}": Count("pk", filter=Q(columns__in=branch(n.pk)), distinct=True) for n in nodes}
        )
    )
    return [
        (root, counts[f"c{root.pk}"], [(child, counts[f"c{child.pk}"]) for child in subs])
        for root, subs in tree
    ]


def topic_list_active() -> list[tuple[Topic, int]]:
    topics = list(Topic.objects.filter(is_active=True))
    if not topics:
        return []
    counts = (
        document_list_public()
        .order_by()
        .aggregate(**{f"t{t.pk}": Count("pk", filter=Q(topics=t.pk), distinct=True) for t in topics})
    )
    return [(t, counts[f"t{t.pk}"]) for t in topics]


def topic_get_active(*, slug: str) -> Topic | None:
    return Topic.objects.filter(slug=slug, is_active=True).first()


def document_list_in_topic(topic: Topic) -> QuerySet[Document]:
    through = Document.topics.through.objects.filter(topic_id=topic.pk).values("document_id")
    return document_list_public().filter(pk__in=through)


def document_get_public_by_index_no(*, index_no: str) -> Document | None:
    return document_list_public().filter(index_no=index_no).first()


# Choices for the 公开目录 filters ------------------------------------------------------------


def issuer_list_public() -> QuerySet[Department]:
    """Departments that have at least one public document."""
    return Department.objects.filter(pk__in=document_list_public().order_by().values("issuer_id")).order_by(
        "sort_order", "id"
    )


def subject_list_top() -> QuerySet[Subject]:
    return Subject.objects.filter(parent__isnull=True)


def publication_years() -> list[int]:
    """Years (local time) in which public documents were published, newest first."""
    dates = document_list_public().order_by().datetimes("published_at", "year", order="DESC")
    return [d.year for d in dates]


def _local_year_range(year: int) -> tuple[datetime, datetime]:
    tz = timezone.get_current_timezone()
    return datetime(year, 1, 1, tzinfo=tz), datetime(year + 1, 1, 1, tzinfo=tz)


def document_filter_public(
    *,
    year: int | None = None,
    issuer: Department | None = None,
    subject: Subject | None = None,
    genre: str = "",
    validity: str = "",
    column: Column | None = None,
    q: str = "",
) -> QuerySet[Document]:
    """The 公开目录 query. `q` is a plain contains-match until the search app takes over;
    an exact 索引号 or 发文字号 match is listed first."""
    documents = document_list_public()
    if year is not None:
        start, end = _local_year_range(year)
        documents = documents.filter(published_at__gte=start, published_at__lt=end)
    if issuer is not None:
        documents = documents.filter(issuer=issuer)
    if subject is not None:
        documents = documents.filter(Q(subject=subject) | Q(subject__parent=subject))
    if genre:
        documents = documents.filter(genre=genre)
    if validity:
        documents = documents.filter(validity=validity)
    if column is not None:
        documents = _in_columns(documents, column)
    if q:
        documents = (
            documents.filter(Q(title__icontains=q) | Q(doc_no__icontains=q) | Q(index_no__icontains=q))
            .annotate(
                exact=Case(
                    When(Q(index_no=q) | Q(doc_no=q), then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("exact", "-published_at", "-id")
        )
    return documents
