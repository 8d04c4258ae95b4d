"""Reading search parameters from a query string. Anything malformed is ignored, never an error."""

from dataclasses import dataclass

from gongkai.catalogue.choices import Genre, Validity
from gongkai.catalogue.models import Column, Subject

from .selectors import MAX_PAGE, SORTS, Filters

FILTER_PARAMS = ("column", "issuer", "year", "subject", "genre", "validity")


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


def read_params(get) -> SearchParams:
    raw = {name: get.get(name, "").strip() for name in ("q", *FILTER_PARAMS, "sort")}
    column_id, subject_id = _int(raw["column"]), _int(raw["subject"])
    filters = Filters(
        column=Column.objects.filter(pk=column_id, is_active=True).first() if column_id else None,
        issuer_id=_int(raw["issuer"]),
        year=_int(raw["year"], 1949, 2200),
        subject=Subject.objects.filter(pk=subject_id).first() if subject_id else None,
        genre=raw["genre"] if raw["genre"] in Genre.values else "",
        validity=raw["validity"] if raw["validity"] in Validity.values else "",
    )
    sort = raw["sort"] if raw["sort"] in SORTS else "relevance"
    return SearchParams(
        get.get("q", ""),
        filters,
        sort,
        _int(get.get("page"), 1, MAX_PAGE) or 1,
        {k: v for k, v in raw.items() if v},
    )
