"""The raw aggregates behind tables 2–4, each one or two GROUP BY queries with conditional counts.

Definitions (documented in BENCHMARKS.md and the report page):
- 一 new: received_on in the year. 二 carried in: received before the year, not closed before it started.
- 三 results: closed_on in the year, by outcome code. 四 carried over: received by year end, not closed by it.
- Table 4 counts the cases handled in the year: filed by year end and not concluded before the year started
  (so filed in the year, plus those pending from earlier years); a case concluded by year end counts under
  its result, any other under 尚未审结.
- Table 2: 规章/行政规范性文件 published in the year; repealed in the year = a 废止 validity change applied
  in the year, or marked 废止/失效 in the year (audit event); valid at year end = published by then and not
  repealed or expired by then.
"""

from django.db.models import Count, Exists, OuterRef, Q

from gongkai.catalogue.choices import NormativeKind, Validity, ValidityChangeKind
from gongkai.catalogue.models import Document, ValidityChange
from gongkai.core.models import AuditEvent
from gongkai.foi.models import Application, Remedy

from .scope import Period


def _applications(department_ids):
    qs = Application.objects.all()
    return qs if department_ids is None else qs.filter(department_id__in=department_ids)


def application_counts(*, department_ids, year: int) -> dict:
    """Raw table-3 counts: {"new"|"carried_in"|"carried_out": {type: n}, "closed": {type: {outcome: n}}}."""
    p = Period(year)
    open_at_start = Q(closed_on__isnull=True) | Q(closed_on__gte=p.start)
    open_at_end = Q(closed_on__isnull=True) | Q(closed_on__gt=p.end)
    rows = (
        _applications(department_ids)
        .filter(received_on__lte=p.end)
        .filter(Q(received_on__gte=p.start) | open_at_start | open_at_end)
        .values("applicant_type")
        .order_by()
        .annotate(
            new=Count("pk", filter=Q(received_on__gte=p.start)),
            carried_in=Count("pk", filter=Q(received_on__lt=p.start) & open_at_start),
            carried_out=Count("pk", filter=open_at_end),
        )
    )
    raw: dict = {"new": {}, "carried_in": {}, "carried_out": {}, "closed": {}}
    for row in rows:
        for key in ("new", "carried_in", "carried_out"):
            raw[key][row["applicant_type"]] = row[key]
    closed = (
        _applications(department_ids)
        .filter(closed_on__range=(p.start, p.end))
        .values("applicant_type", "outcome")
        .order_by()
        .annotate(n=Count("pk"))
    )
    for row in closed:
        raw["closed"].setdefault(row["applicant_type"], {})[row["outcome"]] = row["n"]
    return raw


def remedy_counts(*, department_ids, year: int) -> dict:
    p = Period(year)
    qs = Remedy.objects.filter(filed_on__lte=p.end).filter(
        Q(concluded_on__isnull=True) | Q(concluded_on__gte=p.start)
    )
    if department_ids is not None:
        qs = qs.filter(application__department_id__in=department_ids)
    rows = (
        qs.values("kind")
        .order_by()
        .annotate(
            upheld=Count("pk", filter=Q(result="upheld", concluded_on__lte=p.end)),
            corrected=Count("pk", filter=Q(result="corrected", concluded_on__lte=p.end)),
            other=Count("pk", filter=Q(result="other", concluded_on__lte=p.end)),
            pending=Count("pk", filter=Q(concluded_on__isnull=True) | Q(concluded_on__gt=p.end)),
        )
    )
    return {r["kind"]: {k: r[k] for k in ("upheld", "corrected", "other", "pending")} for r in rows}


def _ended_by(end_at):
    """Documents repealed (validity change applied) or marked 废止/失效 before `end_at`."""
    repealed = ValidityChange.objects.filter(
        target=OuterRef("pk"), kind=ValidityChangeKind.REPEAL, applied_at__lt=end_at
    )
    marked = AuditEvent.objects.filter(
        object_type="catalogue.document",
        object_id=OuterRef("pk_text"),
        action="validity_set",
        after__validity__in=[Validity.EXPIRED.value, Validity.REPEALED.value],
        created_at__lt=end_at,
    )
    return Exists(repealed) | Exists(marked)


def normative_counts(*, department_ids, year: int) -> dict:
    """{rule|normative: {"issued", "repealed", "valid"}} for the issuers in scope."""
    from django.db.models import CharField
    from django.db.models.functions import Cast

    p = Period(year)
    docs = Document.objects.filter(
        normative_kind__in=(NormativeKind.RULE, NormativeKind.NORMATIVE), published_at__isnull=False
    ).annotate(pk_text=Cast("pk", CharField()))
    if department_ids is not None:
        docs = docs.filter(issuer_id__in=department_ids)
    docs = docs.annotate(ended_before=_ended_by(p.start_at), ended_by_end=_ended_by(p.next_start_at))
    rows = (
        docs.values("normative_kind")
        .order_by()
        .annotate(
            issued=Count("pk", filter=Q(published_at__gte=p.start_at, published_at__lt=p.next_start_at)),
            repealed=Count("pk", filter=Q(ended_by_end=True, ended_before=False)),
            valid=Count("pk", filter=Q(published_at__lt=p.next_start_at, ended_by_end=False)),
        )
    )
    out = {k: {"issued": 0, "repealed": 0, "valid": 0} for k in (NormativeKind.RULE, NormativeKind.NORMATIVE)}
    for r in rows:
        out[r["normative_kind"]] = {k: r[k] for k in ("issued", "repealed", "valid")}
    return {str(k): v for k, v in out.items()}
