"""Facts from the data that prefill section 一 (总体情况); staff then edit the wording."""

from django.db.models import Count, F, Q

from gongkai.catalogue.choices import DisclosureAttr
from gongkai.catalogue.models import Document, Interpretation

from .scope import Period
from .tables import _applications


def report_facts(*, department_ids, year: int) -> dict:
    p = Period(year)
    docs = Document.objects.filter(
        published_at__gte=p.start_at,
        published_at__lt=p.next_start_at,
        disclosure_attr=DisclosureAttr.PROACTIVE,
    )
    interpretations = Interpretation.objects.filter(
        document__published_at__gte=p.start_at, document__published_at__lt=p.next_start_at
    )
    if department_ids is not None:
        docs = docs.filter(issuer_id__in=department_ids)
        interpretations = interpretations.filter(document__issuer_id__in=department_ids)
    apps = _applications(department_ids)
    closed = apps.filter(closed_on__range=(p.start, p.end)).aggregate(
        closed=Count("pk"),
        on_time=Count(
            "pk", filter=Q(due_on__isnull=False, closed_on__lte=F("due_on")) | Q(due_on__isnull=True)
        ),
        replied=Count("pk", filter=Q(replied_on__isnull=False)),
    )
    received = apps.filter(received_on__range=(p.start, p.end)).count()
    rate = round(100 * closed["on_time"] / closed["closed"], 1) if closed["closed"] else None
    return {
        "documents_published": docs.count(),
        "normative_published": docs.filter(normative_kind__in=("rule", "normative")).count(),
        "interpretations": interpretations.count(),
        "received": received,
        "closed": closed["closed"],
        "replied": closed["replied"],
        "on_time_rate": rate,
        "reviews": Document.objects.filter(pk__in=docs.values("pk")).aggregate(n=Count("review_steps"))["n"],
    }


def overview_texts(facts: dict, year: int) -> dict[str, str]:
    """First drafts of the five parts of section 一, stated from the facts; the department rewrites them."""
    rate = f"，按期办结率{facts['on_time_rate']}%" if facts["on_time_rate"] is not None else ""
    return {
        "overview_proactive": (
            f"{year}年，通过政府信息公开平台主动公开政府信息{facts['documents_published']}条，"
            f"其中规章和行政规范性文件{facts['normative_published']}件；发布政策解读{facts['interpretations']}篇。"
        ),
        "overview_on_request": (
            f"{year}年，共收到政府信息公开申请{facts['received']}件，办结{facts['closed']}件"
            f"（其中书面答复{facts['replied']}件）{rate}。"
        ),
        "overview_management": (
            f"严格落实公开前保密审查制度，对拟公开的政府信息逐件进行初审、复审和批准，全年共完成审查环节"
            f"{facts['reviews']}个；及时标注规范性文件有效性，动态更新政府信息公开目录。"
        ),
        "overview_platform": "依托政府信息公开平台统一发布政府信息，提供检索、查阅、下载服务，平台运行平稳。",
        "overview_oversight": "将政府信息公开工作纳入年度工作要点，明确责任分工，加强业务培训和监督检查。",
    }
