"""An object's history as people read it: field labels and values in Chinese (the action names come from
the audit vocabulary, catalogue/audit_codes.py)."""

from gongkai.core.audit import audit_history
from gongkai.core.history import HistoryRow
from gongkai.core.models import Department

from ..choices import (
    DisclosureAttr,
    DocumentState,
    Genre,
    InterpretationForm,
    NormativeKind,
    Validity,
    ValidityChangeKind,
    ValidityChangeStatus,
)
from ..models import Column, Document, Interpretation, Subject, Topic
from ..sanitize import html_to_text

# Keys of before/after that are not model field names.
EXTRA_LABELS = {
    "subject_id": "主题分类",
    "round": "审查轮次",
    "attachment": "附件",
    "sha256": "文件指纹",
    "size": "大小（字节）",
    "target": "目标文件索引号",
    "kind": "关系",
    "source": "发文文件索引号",
    "status": "效力变更状态",
    "department": "部门",
    "ip": "IP 地址",
}
VALUE_LABELS = {
    "state": dict(DocumentState.choices),
    "validity": dict(Validity.choices),
    "disclosure_attr": dict(DisclosureAttr.choices),
    "genre": dict(Genre.choices),
    "normative_kind": dict(NormativeKind.choices),
    "kind": dict(ValidityChangeKind.choices),
    "status": dict(ValidityChangeStatus.choices),
    "form": dict(InterpretationForm.choices),
}
MAX_VALUE_CHARS = 200


def _field_labels() -> dict[str, str]:
    labels = {}
    for model in (Column, Topic, Interpretation, Document):  # Document last: its labels win
        labels |= {
            f.name: str(f.verbose_name) for f in model._meta.get_fields() if hasattr(f, "verbose_name")
        }
    return labels | EXTRA_LABELS


# Keys whose values are primary keys, shown by name.
_NAMED = {
    "subject_id": Subject,
    "parent": Column,
    "columns": Column,
    "topics": Topic,
    "involved_departments": Department,
}


class _Names:
    """Names for the primary keys in snapshots, loaded once per table per history page."""

    def __init__(self):
        self._cache: dict[type, dict[int, str]] = {}

    def __call__(self, key: str, pk) -> str:
        model = _NAMED[key]
        if model not in self._cache:
            self._cache[model] = {obj.pk: getattr(obj, "name", str(obj)) for obj in model.objects.all()}
        return self._cache[model].get(pk, f"#{pk}")


def show_value(key: str, value, names=None) -> str:
    if value is None or value == "" or value == []:
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if names is not None and key in _NAMED:
        values = value if isinstance(value, list) else [value]
        return "、".join(names(key, v) for v in values)
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    text = VALUE_LABELS.get(key, {}).get(value, value)
    text = html_to_text(str(text)) if key == "body" else str(text)
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + "…"


def _summary(action: str, before: dict, after: dict) -> str:
    if "state" in after:
        old = show_value("state", before["state"]) + " → " if "state" in before else ""
        return f"状态：{old}{show_value('state', after['state'])}"
    if "validity" in after:
        return f"有效性：{show_value('validity', before.get('validity'))} → {show_value('validity', after['validity'])}"
    if "status" in after and "source" in after:
        return f"{show_value('kind', after.get('kind'))}（{after['source']}）：{show_value('status', after['status'])}"
    data = after or before
    if "attachment" in data:
        return f"《{data['attachment']}》"
    if "target" in data:
        return f"{show_value('kind', data.get('kind'))}：{data['target']}"
    if "department" in data:
        return str(data["department"])
    if action.startswith("interpretation_") and "title" in data:
        return f"《{show_value('title', data['title'])}》"
    return ""


def history_rows(obj) -> list[HistoryRow]:
    labels, names = _field_labels(), _Names()
    rows = []
    for event in audit_history(obj):
        before, after = event.before or {}, event.after or {}
        keys = list(dict.fromkeys([*before, *after]))
        changes = [
            (
                labels.get(k, k),
                show_value(k, before[k], names) if k in before else "",
                show_value(k, after[k], names) if k in after else "",
            )
            for k in keys
        ]
        rows.append(
            HistoryRow(
                event,
                changes,
                summary=_summary(event.action, before, after),
                reason_label="意见" if event.action.endswith("_pass") else "理由",
            )
        )
    return rows
