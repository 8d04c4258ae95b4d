"""Columns (主动公开基本目录) and topics (专题): kept by the 公开办, every change audited."""

from django.db import transaction
from django.forms.models import model_to_dict

from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User

from .. import rules
from ..models import Column, Topic

COLUMN_FIELDS = ("name", "slug", "parent", "description", "sort_order", "is_active")
TOPIC_FIELDS = ("name", "slug", "description", "sort_order", "is_active")


def _require_office(actor: User) -> None:
    if not rules.can_manage_columns(actor):
        raise ApplicationError("只有公开办可以管理栏目和专题。")


def _data(item, fields) -> dict:
    return model_to_dict(item, fields=fields)


def _apply(item, data: dict, fields) -> None:
    for key in fields:
        if key in data:
            setattr(item, key, data[key])


def _check_parent(column: Column, parent: Column | None) -> None:
    # Walk up from the new parent: meeting the column itself would make the tree a loop.
    seen = set()
    while parent is not None and parent.pk not in seen:
        if column.pk is not None and parent.pk == column.pk:
            raise ApplicationError("上级栏目不能是本栏目或其下级栏目。", field="parent")
        seen.add(parent.pk)
        parent = parent.parent


@transaction.atomic
def column_save(*, actor: User, data: dict, column: Column | None = None) -> Column:
    _require_office(actor)
    item = column or Column()
    before = _data(item, COLUMN_FIELDS) if column else None
    _check_parent(item, data.get("parent", item.parent if item.parent_id else None))
    _apply(item, data, COLUMN_FIELDS)
    item.full_clean()
    item.save()
    audit_record(
        actor=actor,
        action="column_update" if before else "column_create",
        obj=item,
        before=before,
        after=_data(item, COLUMN_FIELDS),
    )
    return item


@transaction.atomic
def column_delete(*, actor: User, column: Column) -> None:
    _require_office(actor)
    used = column.documents.count()
    if used:
        raise ApplicationError(f"栏目“{column.name}”下还有{used}条信息，不能删除；可以改为停用。")
    if column.children.exists():
        raise ApplicationError(f"栏目“{column.name}”还有下级栏目，请先删除或移走下级栏目。")
    audit_record(actor=actor, action="column_delete", obj=column, before=_data(column, COLUMN_FIELDS))
    column.delete()


@transaction.atomic
def topic_save(*, actor: User, data: dict, topic: Topic | None = None) -> Topic:
    _require_office(actor)
    item = topic or Topic()
    before = _data(item, TOPIC_FIELDS) if topic else None
    _apply(item, data, TOPIC_FIELDS)
    item.full_clean()
    item.save()
    audit_record(
        actor=actor,
        action="topic_update" if before else "topic_create",
        obj=item,
        before=before,
        after=_data(item, TOPIC_FIELDS),
    )
    return item


@transaction.atomic
def topic_delete(*, actor: User, topic: Topic) -> None:
    _require_office(actor)
    used = topic.documents.count()
    if used:
        raise ApplicationError(f"专题“{topic.name}”下还有{used}条信息，不能删除；可以改为停用。")
    audit_record(actor=actor, action="topic_delete", obj=topic, before=_data(topic, TOPIC_FIELDS))
    topic.delete()
