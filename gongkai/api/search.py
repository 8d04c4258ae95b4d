"""Full-text search of public documents: the JSON the search page's results are made of (moved here from the
search app, same results and fields; the old address redirects)."""

from typing import Annotated, Literal

from django.utils import timezone
from ninja import Query, Router

from gongkai.catalogue.choices import Genre, Validity
from gongkai.search.facets import facet_options
from gongkai.search.params import read_params
from gongkai.search.selectors import MAX_PAGE, PUBLIC, search

from .documents import not_found
from .errors import ERROR_RESPONSES
from .params import id_param
from .schemas import SearchOut

router = Router(tags=["搜索"])


def _given(**values) -> dict[str, str]:
    """The validated parameters as the search app reads them from a query string."""
    return {name: str(value) for name, value in values.items() if value not in (None, "")}


@router.get("/search", response={200: SearchOut, **ERROR_RESPONSES}, summary="全文检索")
def search_documents(
    request,
    q: Annotated[
        str, Query(description='搜索词：空格分隔的词都须出现，-词 排除，"短语"；超过100字截断并提示')
    ] = "",
    column: id_param("栏目 id（含下级栏目）") = None,
    issuer: id_param("发布机构 id") = None,
    year: Annotated[int, Query(ge=1949, le=2200, description="发布年份")] = None,
    subject: id_param("主题分类 id（一级分类含其二级分类）") = None,
    genre: Annotated[Genre, Query(description="体裁")] = None,
    validity: Annotated[Validity, Query(description="有效性")] = None,
    sort: Annotated[
        Literal["relevance", "date"], Query(description="relevance 按相关度，date 按发布日期")
    ] = "relevance",
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="页码，每页20条")] = 1,
):
    """只检索已发布的主动公开信息；精确的索引号或发文字号排在最前（pinned）。"""
    given = _given(column=column, issuer=issuer, year=year, subject=subject, genre=genre, validity=validity)
    params = read_params({"q": q, "sort": sort, "page": str(page), **given})
    if column is not None and params.filters.column is None:
        raise not_found("栏目不存在或未启用")
    if subject is not None and params.filters.subject is None:
        raise not_found("主题分类不存在")
    results = search(q=params.q, scope=PUBLIC, filters=params.filters, sort=params.sort, page=params.page)
    return {
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
                "published_at": timezone.localdate(hit.document.published_at)
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
    }
