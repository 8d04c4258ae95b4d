"""Facet counts → labelled options for the filter lists (names looked up once per page)."""

from dataclasses import dataclass

from gongkai.catalogue.choices import Genre, Validity
from gongkai.catalogue.models import Column, Subject
from gongkai.core.models import Department

LABELS = {
    "column": "栏目",
    "issuer": "发布机构",
    "year": "年份",
    "subject": "主题分类",
    "genre": "体裁",
    "validity": "有效性",
}


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


def facet_options(facets: dict, selected: dict) -> list[tuple[str, str, list[Option]]]:
    names = {
        "column": dict(
            Column.objects.filter(pk__in=list(facets.get("column", {}))).values_list("pk", "name")
        ),
        "issuer": dict(
            Department.objects.filter(pk__in=list(facets.get("issuer", {}))).values_list("pk", "name")
        ),
        "subject": {
            s.pk: str(s)
            for s in Subject.objects.filter(pk__in=list(facets.get("subject", {}))).select_related("parent")
        },
        "genre": dict(Genre.choices),
        "validity": dict(Validity.choices),
    }
    groups = []
    for key in ("column", "issuer", "year", "subject", "genre", "validity"):
        counts = facets.get(key) or {}
        options = []
        for value, count in counts.items():
            if value in (None, ""):
                continue
            label = f"{value}年" if key == "year" else names[key].get(value, str(value))
            options.append(Option(str(value), label, count, selected.get(key) == str(value)))
        options.sort(key=lambda o: (-int(o.value), 0) if key == "year" else (-o.count, o.label))
        if options:
            groups.append((key, LABELS[key], options))
    return groups
