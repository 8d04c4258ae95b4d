"""Facet counts → labelled options for the filter lists (names looked up once per page)."""

from dataclasses import dataclass

from gongkai.core.models import Department

from . import registry

LABELS = {
    "kind": "类型",
    "column": "栏目",
    "issuer": "发布机构",
    "year": "年份",
    "subject": "主题分类",
    "genre": "体裁",
    "validity": "有效性",
}
ORDER = ("kind", "column", "issuer", "year", "subject", "genre", "validity")


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


def _names(key: str, values) -> dict:
    if key == "kind":
        return {s.kind: s.label for s in registry.sources()}
    if key == "issuer":
        return dict(Department.objects.filter(pk__in=list(values)).values_list("pk", "name"))
    source = registry.facet_source(key)
    return source.facet_labels(key, values) if source is not None else {}


def facet_options(facets: dict, selected: dict) -> list[tuple[str, str, list[Option]]]:
    groups = []
    for key in ORDER:
        counts = facets.get(key) or {}
        if key == "kind" and len([v for v in counts if v]) < 2 and not selected.get("kind"):
            continue  # one kind among the matches: nothing to choose
        names = _names(key, [v for v in counts if v not in (None, "")]) if counts and key != "year" else {}
        options = []
        for value, count in counts.items():
            if value in (None, ""):
                continue
            label = f"{value}年" if key == "year" else names.get(value, str(value))
            options.append(Option(str(value), label, count, selected.get(key) == str(value)))
        options.sort(key=lambda o: (-int(o.value), 0) if key == "year" else (-o.count, o.label))
        if options:
            groups.append((key, LABELS[key], options))
    return groups
