"""Search pages (public and staff) and the JSON endpoint; all take the same parameters."""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from gongkai.catalogue.rules import DEPARTMENT_ROLES
from gongkai.core.permissions import department_ids_with, is_office

from .facets import facet_options
from .params import read_params
from .query import MAX_QUERY_CHARS
from .selectors import FACET_CAP, PUBLIC, Scope, search


def _staff_scope(user) -> Scope:
    if is_office(user):
        return Scope(everything=True)
    return Scope(department_ids=tuple(sorted(department_ids_with(user, DEPARTMENT_ROLES))))


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


@require_safe
@login_required
def staff_search(request):
    return _page(request, _staff_scope(request.user), staff=True)


@require_safe
def public_search_json(request):
    params = read_params(request.GET)
    results = search(q=params.q, scope=PUBLIC, filters=params.filters, sort=params.sort, page=params.page)
    return JsonResponse(
        {
            "query": results.query.text,
            "terms": results.query.terms,
            "excluded": results.query.excluded,
            "notices": results.query.notices,
            "total": results.total,
            "total_capped": results.total_capped,
            "facets_sampled": results.facets_sampled,
            "page": results.page,
            "pages": results.pages,
            "results": [
                {
                    "id": hit.document.pk,
                    "kind": hit.kind,
                    "kind_label": hit.kind_label,
                    "url": hit.url,
                    "index_no": hit.document.index_no,
                    "doc_no": hit.document.doc_no,
                    "title": hit.document.title,
                    "title_html": str(hit.title),
                    "snippet_html": str(hit.snippet),
                    "issuer": hit.document.issuer.name,
                    "published_at": timezone.localdate(hit.document.published_at).isoformat()
                    if hit.document.published_at
                    else None,
                    "pinned": hit.key == results.pinned_id,
                }
                for hit in results.hits
            ],
            "facets": {
                key: [{"value": o.value, "label": o.label, "count": o.count} for o in options]
                for key, _label, options in facet_options(results.facets, params.raw)
            },
        },
        json_dumps_params={"ensure_ascii": False},
    )
