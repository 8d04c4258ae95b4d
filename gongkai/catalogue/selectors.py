"""Reads of the catalogue. Public reads return only published 主动公开 documents, by construction."""

from datetime import date

from django.db.models import Count, Prefetch, Q, QuerySet

from gongkai.core.models import Department, Role, User
from gongkai.core.permissions import department_ids_with
from gongkai.workdays.selectors import calendar_load

from . import rules
from .choices import REVIEW_STATES, DisclosureAttr, DocumentState, ReviewDecision, ReviewStepKind
from .deadlines import PublicationClock, publication_clock
from .models import Attachment, Column, Document, Interpretation, ReviewStep, Subject, Topic


def document_list_public() -> QuerySet[Document]:
    return (
        Document.objects.filter(state=DocumentState.PUBLISHED, disclosure_attr=DisclosureAttr.PROACTIVE)
        .select_related("issuer", "subject", "subject__parent")
        .order_by("-published_at", "-id")
    )


def document_get_public(*, pk: int) -> Document | None:
    return (
        document_list_public()
        .prefetch_related(
            "columns",
            "topics",
            "attachments__blob",
            Prefetch(
                "interpretations", queryset=Interpretation.objects.prefetch_related("attachments__blob")
            ),
            "changes_made__target",
            "changes_received__source",
        )
        .filter(pk=pk)
        .first()
    )


def interpretation_list_public() -> QuerySet[Interpretation]:
    public_docs = document_list_public()
    return (
        Interpretation.objects.filter(document__in=public_docs.values("pk"))
        .select_related("document", "document__issuer")
        .order_by("-document__published_at", "-id")
    )


def column_descendant_ids(column: Column) -> list[int]:
    """The column and every column below it (the tree is small: one query, walked in memory)."""
    children: dict[int | None, list[int]] = {}
    for pk, parent_id in Column.objects.filter(is_active=True).values_list("pk", "parent_id"):
        children.setdefault(parent_id, []).append(pk)
    found, stack = [], [column.pk]
    while stack:
        pk = stack.pop()
        found.append(pk)
        stack.extend(children.get(pk, []))
    return found


def column_tree() -> list[tuple[Column, list[Column]]]:
    columns = list(Column.objects.filter(is_active=True))
    roots = [c for c in columns if c.parent_id is None]
    return [(root, [c for c in columns if c.parent_id == root.pk]) for root in roots]


def document_list_publication_due(
    *, documents: QuerySet[Document], today: date
) -> list[tuple[Document, PublicationClock]]:
    """条例第二十六条: unpublished information formed more than 15 working days ago (20 is the limit)."""
    pending = documents.exclude(
        state__in=[DocumentState.PUBLISHED, DocumentState.RECORDED, DocumentState.WITHDRAWN]
    )
    pending = pending.filter(formed_on__isnull=False, formed_on__lte=today).exclude(
        disclosure_attr__in=[DisclosureAttr.ON_REQUEST, DisclosureAttr.WITHHELD]
    )
    calendar = calendar_load()
    result = []
    for document in pending.select_related("issuer").order_by("formed_on"):
        clock = publication_clock(formed_on=document.formed_on, today=today, calendar=calendar)
        if clock.needs_attention:
            result.append((document, clock))
    return result


def interpretation_get_public(*, pk: int) -> Interpretation | None:
    """An interpretation whose policy document is public (interpretations are published with it)."""
    return (
        interpretation_list_public()
        .select_related("document__subject")
        .prefetch_related("attachments__blob")
        .filter(pk=pk)
        .first()
    )


def attachment_get_public(*, pk: int) -> Attachment | None:
    """An attachment of a public document, or of an interpretation of one."""
    public = document_list_public().values("pk")
    return (
        Attachment.objects.filter(Q(document__in=public) | Q(interpretation__document__in=public))
        .select_related("blob", "document", "interpretation__document")
        .filter(pk=pk)
        .first()
    )


# --- Staff area: every read is scoped by rules.visible_documents or by the person's own roles. ---


def document_list_staff(
    *, user: User, state: str = "", issuer_id: int | None = None, year: int | None = None, q: str = ""
) -> QuerySet[Document]:
    documents = rules.visible_documents(user).select_related("issuer")
    if state:
        documents = documents.filter(state=state)
    if issuer_id:
        documents = documents.filter(issuer_id=issuer_id)
    if year:
        # The 索引号 carries the year the document was catalogued: issuer_code/YYYY-NNNNN.
        documents = documents.filter(index_no__contains=f"/{year}-")
    if q:
        documents = documents.filter(
            Q(title__icontains=q) | Q(doc_no__icontains=q) | Q(index_no__icontains=q)
        )
    return documents.order_by("-updated_at", "-id")


def document_get_staff(*, user: User, pk: int) -> Document | None:
    return (
        rules.visible_documents(user)
        .select_related("issuer", "subject", "subject__parent", "created_by")
        .prefetch_related("columns", "topics", "involved_departments")
        .filter(pk=pk)
        .first()
    )


def document_list_drafts(*, user: User) -> QuerySet[Document]:
    """Drafts of the departments where this person is 信息员."""
    departments = department_ids_with(user, [Role.DRAFTER])
    return (
        Document.objects.filter(state=DocumentState.DRAFT, issuer_id__in=departments)
        .select_related("issuer")
        .order_by("-updated_at", "-id")
    )


def document_list_awaiting_step(*, user: User) -> QuerySet[Document]:
    """Documents whose current review step is one this person holds in the issuing department."""
    conditions = []
    for state, (_kind, role) in rules.STEP_FOR_STATE.items():
        departments = department_ids_with(user, [role])
        if departments:
            conditions.append(Q(state=state, issuer_id__in=departments))
    if not conditions:
        return Document.objects.none()
    condition = conditions[0]
    for extra in conditions[1:]:
        condition |= extra
    return Document.objects.filter(condition).select_related("issuer").order_by("updated_at", "id")


def document_list_awaiting_confirmation(*, user: User) -> list[tuple[Document, Department]]:
    """(document, department) pairs where one of this person's departments has not yet confirmed (会签).

    Any change to reviewed content starts a new round, so a confirmation of the current round covers it.
    """
    mine = department_ids_with(user, rules.REVIEWER_ROLES)
    if not mine:
        return []
    links = Document.involved_departments.through.objects.filter(
        department_id__in=mine, document__state__in=REVIEW_STATES
    ).select_related("document__issuer", "department")
    confirmed = set(
        ReviewStep.objects.filter(
            kind=ReviewStepKind.CONFIRMATION,
            decision=ReviewDecision.PASS,
            department_id__in=mine,
            document__state__in=REVIEW_STATES,
        ).values_list("document_id", "department_id", "round")
    )
    return [
        (link.document, link.department)
        for link in links.order_by("document__updated_at", "document_id")
        if (link.document_id, link.department_id, link.document.review_round) not in confirmed
    ]


def document_list_returned(*, user: User) -> list[tuple[Document, ReviewStep]]:
    """Drafts of this person's departments whose latest review step sent them back (with its reason)."""
    drafts = {d.pk: d for d in document_list_drafts(user=user)}
    latest: dict[int, ReviewStep] = {}
    steps = (
        ReviewStep.objects.filter(document_id__in=drafts).select_related("actor").order_by("created_at", "id")
    )
    for step in steps:
        latest[step.document_id] = step
    returned = [(drafts[pk], step) for pk, step in latest.items() if step.decision == ReviewDecision.RETURN]
    return sorted(returned, key=lambda pair: pair[1].created_at, reverse=True)


def document_counts_by_department() -> list[tuple[Department, dict[str, int]]]:
    """Platform-wide counts per issuing department and state, for the 公开办."""
    counts: dict[int, dict[str, int]] = {}
    for issuer_id, state, n in Document.objects.values_list("issuer_id", "state").annotate(n=Count("pk")):
        counts.setdefault(issuer_id, {})[state] = n
    departments = Department.objects.filter(pk__in=counts)
    return [(department, counts[department.pk]) for department in departments]


def review_step_list(*, document: Document) -> QuerySet[ReviewStep]:
    return document.review_steps.select_related("actor", "department").order_by("round", "created_at", "id")


def _tree(items: list, parent_of) -> list[tuple[object, int]]:
    children: dict[int | None, list] = {}
    for item in items:
        children.setdefault(parent_of(item), []).append(item)
    flat: list[tuple[object, int]] = []

    def walk(parent_id, depth):
        for item in children.get(parent_id, []):
            flat.append((item, depth))
            walk(item.pk, depth + 1)

    walk(None, 0)
    return flat


def column_list_staff() -> list[tuple[Column, int]]:
    """Every column, active or not, in tree order with its depth; each carries document_count."""
    columns = list(Column.objects.annotate(document_count=Count("documents")).order_by("sort_order", "id"))
    return _tree(columns, lambda c: c.parent_id)


def topic_list_staff() -> QuerySet[Topic]:
    return Topic.objects.annotate(document_count=Count("documents")).order_by("sort_order", "id")


def subject_list_tree() -> list[tuple[Subject, int]]:
    return _tree(list(Subject.objects.order_by("sort_order", "id")), lambda s: s.parent_id)
