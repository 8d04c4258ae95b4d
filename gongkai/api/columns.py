"""The 主动公开基本目录 (columns, two levels) and the 专题, with their public document counts."""

from django.urls import reverse
from ninja import Router

from gongkai.portal import queries

from .errors import ERROR_RESPONSES
from .schemas import ColumnNode, TopicOut

router = Router(tags=["栏目与专题"])


def _column(column, count: int) -> dict:
    return {
        "id": column.pk,
        "slug": column.slug,
        "name": column.name,
        "description": column.description,
        "document_count": count,
        "url": reverse("portal:column", args=[column.slug]),
    }


@router.get("/columns", response={200: list[ColumnNode], **ERROR_RESPONSES}, summary="主动公开基本目录")
def column_tree(request):
    """启用的栏目（两级），每个栏目附本栏目及下级栏目的公开信息数。"""
    return [
        {**_column(root, count), "children": [_column(child, n) for child, n in children]}
        for root, count, children in queries.column_tree_with_counts()
    ]


@router.get("/topics", response={200: list[TopicOut], **ERROR_RESPONSES}, summary="专题")
def topic_list(request):
    """启用的专题，每个专题附其公开信息数。"""
    return [
        {
            "id": topic.pk,
            "slug": topic.slug,
            "name": topic.name,
            "description": topic.description,
            "document_count": count,
            "url": reverse("portal:topic", args=[topic.slug]),
        }
        for topic, count in queries.topic_list_active()
    ]
