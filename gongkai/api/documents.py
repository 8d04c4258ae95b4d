"""Published documents: the 公开目录 list with its filters, and one document."""

from typing import Annotated

from django.http import Http404
from ninja import Query, Router

from gongkai.catalogue.choices import Genre, Validity
from gongkai.catalogue.selectors import document_get_public
from gongkai.portal import queries

from . import serializers
from .errors import ERROR_RESPONSES
from .params import (
    NO_NUL,
    PER_PAGE,
    Q_MAX_LENGTH,
    YEAR_MAX,
    YEAR_MIN,
    PageParam,
    PathId,
    PerPageParam,
    id_param,
    pages_of,
)
from .schemas import DocumentDetail, DocumentPage

router = Router(tags=["政府信息"])


def not_found(message: str) -> Http404:
    """A well-formed filter that names nothing public (an unknown column): 404 saying what was not found, not
    ignored (ignoring it would list everything). A malformed value is a 422 before this is reached."""
    return Http404(message)


@router.get(
    "/documents", response={200: DocumentPage, **ERROR_RESPONSES}, summary="公开目录：已发布的主动公开信息"
)
def document_list(
    request,
    q: Annotated[
        str, Query(max_length=Q_MAX_LENGTH, pattern=NO_NUL, description="标题、发文字号或索引号")
    ] = "",
    column: Annotated[
        str, Query(max_length=60, pattern=r"^[-a-zA-Z0-9_]+$", description="栏目路径名（含下级栏目）")
    ] = None,
    issuer: id_param("发布机构 id") = None,
    subject: id_param("主题分类（一级）id，含其二级分类") = None,
    genre: Annotated[Genre, Query(description="体裁")] = None,
    validity: Annotated[Validity, Query(description="有效性")] = None,
    year: Annotated[int, Query(ge=YEAR_MIN, le=YEAR_MAX, description="发布年份")] = None,
    page: PageParam = 1,
    per_page: PerPageParam = PER_PAGE,
):
    """与门户“政府信息公开目录”相同的筛选；按发布日期倒序，精确的索引号或发文字号排在最前。"""
    filters: dict = {"q": q.strip(), "genre": genre or "", "validity": validity or "", "year": year}
    if column is not None:
        filters["column"] = queries.column_get_active(slug=column)
        if filters["column"] is None:
            raise not_found("栏目不存在或未启用")
    if issuer is not None:
        filters["issuer"] = queries.issuer_list_public().filter(pk=issuer).first()
        if filters["issuer"] is None:
            raise not_found("发布机构不存在或没有公开信息")
    if subject is not None:
        filters["subject"] = queries.subject_list_top().filter(pk=subject).first()
        if filters["subject"] is None:
            raise not_found("主题分类不存在（请用一级分类）")
    documents = queries.document_filter_public(**filters)
    total = documents.count()
    start = (page - 1) * per_page
    return {
        "total": total,
        "page": page,
        "pages": pages_of(total, per_page),
        "per_page": per_page,
        "items": [serializers.document_item(d) for d in documents[start : start + per_page]],
    }


@router.get("/documents/{id}", response={200: DocumentDetail, **ERROR_RESPONSES}, summary="一条公开信息")
def document_detail(request, id: PathId):
    """元数据、正文、所属栏目与专题、附件的公开下载地址、政策解读、修改与废止关系。"""
    document = document_get_public(pk=id)
    if document is None:
        raise Http404("信息不存在或未公开")
    return serializers.document_detail(document)
