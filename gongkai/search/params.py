"""Reading search parameters from a query string. Anything malformed is ignored, never an error."""

from dataclasses import dataclass

from . import registry
from .selectors import MAX_PAGE, SORTS, Filters

FILTER_PARAMS = ("kind", "column", "issuer", "year", "subject", "genre", "validity")
# Filters whose values only a source knows (a catalogue column, subject, genre, validity).
_SOURCE_FILTERS = ("column", "subject", "genre", "validity")


def _int(value: str | None, low: int = 1, high: int = 10**12) -> int | None:
    try:
        number = int((value or "").strip())
    except ValueError:
        return None
    return number if low <= number <= high else None


@dataclass
class SearchParams:
    q: str
    filters: Filters
    sort: str
    page: int
    raw: dict  # the recognised parameters, for links that keep them


def _source_filter(name: str, raw: str):
    source = registry.facet_source(name)
    if not raw or source is None:
        return None
    return source.read_filter(name, raw)


def read_params(get) -> SearchParams:
    raw = {name: get.get(name, "").strip() for name in ("q", *FILTER_PARAMS, "sort")}
    kinds = {s.kind for s in registry.sources()}
    filters = Filters(
        issuer_id=_int(raw["issuer"]),
        year=_int(raw["year"], 1949, 2200),
        kind=raw["kind"] if raw["kind"] in kinds else "",
        **{name: _source_filter(name, raw[name]) for name in _SOURCE_FILTERS},
    )
    filters.genre, filters.validity = filters.genre or "", filters.validity or ""
    sort = raw["sort"] if raw["sort"] in SORTS else "relevance"
    return SearchParams(
        # The query reads control characters as spaces, but the 索引号 look-up sends the text as typed and
        # PostgreSQL refuses a NUL in any text parameter; no stored text holds one, so it is a space here.
        get.get("q", "").replace("\x00", " "),
        filters,
        sort,
        _int(get.get("page"), 1, MAX_PAGE) or 1,
        {k: v for k, v in raw.items() if v},
    )
