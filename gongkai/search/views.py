"""Search pages (public and staff), and the old address of the search JSON (now served by the API)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from gongkai.core.ownership import policy_for
from gongkai.core.web.access import staff_page

from .facets import facet_options
from .params import read_params
from .query import MAX_QUERY_CHARS
from .selectors import FACET_CAP, PUBLIC, Scope, search


def _staff_scope(user) -> Scope:
    """What the catalogue's ownership policy lets this person see (asked by label: search imports no domain)."""
    departments = policy_for("catalogue.Document").department_ids(user)
    if departments is None:
        return Scope(everything=True)
    return Scope(department_ids=tuple(sorted(departments)))


def _page(request, scope: Scope, *, staff: bool):
    params = read_params(request.GET)
    results = search(q=params.q, scope=scope, filters=params.filters, sort=params.sort, page=params.page)
    base = {k: v for k, v in params.raw.items() if k != "page"}
    unfiltered = {k: v for k, v in base.items() if k in ("q", "sort")}
    context = {
        "results": results,
        "params": params,
        "staff": staff,
        "facet_groups": facet_options(results.facets, params.raw),
        "base_query": urlencode(base),
        "unfiltered_query": urlencode(unfiltered),
        "filtered": len(base) > len(unfiltered),
        "max_chars": MAX_QUERY_CHARS,
        "facet_cap": FACET_CAP,
        "sort_options": [("relevance", "按相关度"), ("date", "按发布日期")],
    }
    return render(request, "search/search.html", context)


@require_safe
def public_search(request):
    return _page(request, PUBLIC, staff=False)


@staff_page
@require_safe
@login_required
def staff_search(request):
    return _page(request, _staff_scope(request.user), staff=True)


@require_safe
def public_search_json(request):
    """The JSON moved to the API (/api/search): a permanent redirect with the same parameters. The API refuses
    malformed values (422) that this address always ignored, so those are left out: an old link gets the
    same results as before."""
    params = read_params(request.GET)
    honoured = {
        "q": request.GET.get("q"),
        "column": params.filters.column.pk if params.filters.column else None,
        "issuer": params.filters.issuer_id,
        "year": params.filters.year,
        "subject": params.filters.subject.pk if params.filters.subject else None,
        "genre": params.filters.genre,
        "validity": params.filters.validity,
        "sort": params.sort if params.raw.get("sort") == params.sort else None,
        "page": params.page if params.page > 1 else None,
    }
    query = urlencode({name: value for name, value in honoured.items() if value not in (None, "")})
    return HttpResponsePermanentRedirect(reverse("api:search_documents") + (f"?{query}" if query else ""))
