"""政策解读 of published documents (an interpretation is public exactly when its document is)."""

from django.http import Http404
from ninja import Router

from gongkai.catalogue.selectors import interpretation_get_public, interpretation_list_public

from . import serializers
from .errors import ERROR_RESPONSES
from .params import PER_PAGE, PageParam, PathId, PerPageParam, pages_of
from .schemas import InterpretationDetail, InterpretationPage

router = Router(tags=["政策解读"])


@router.get("/interpretations", response={200: InterpretationPage, **ERROR_RESPONSES}, summary="政策解读列表")
def interpretation_list(request, page: PageParam = 1, per_page: PerPageParam = PER_PAGE):
    """按所解读文件的发布日期倒序。"""
    items = interpretation_list_public()
    total = items.count()
    start = (page - 1) * per_page
    return {
        "total": total,
        "page": page,
        "pages": pages_of(total, per_page),
        "per_page": per_page,
        "items": [serializers.interpretation_item(i) for i in items[start : start + per_page]],
    }


@router.get(
    "/interpretations/{id}", response={200: InterpretationDetail, **ERROR_RESPONSES}, summary="一篇政策解读"
)
def interpretation_detail(request, id: PathId):
    item = interpretation_get_public(pk=id)
    if item is None:
        raise Http404("解读不存在或未公开")
    return serializers.interpretation_detail(item)
