"""An object's history as people read it: Chinese action names, field labels and values."""

from dataclasses import dataclass, field

from gongkai.core.audit import audit_history
from gongkai.core.models import AuditEvent, Department

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

# Every audit action the catalogue writes, in Chinese. Unknown codes are shown as they are.
ACTION_LABELS = {
    "document_create": "创建",
    "document_update": "修改内容",
    "document_submit": "提交审查",
    "first_review_pass": "初审通过",
    "second_review_pass": "复审通过",
    "document_publish": "批准发布",
    "document_record": "批准（不主动公开，仅登记）",
    "document_return": "退回起草人",
    "confirmation_pass": "涉及部门确认",
    "review_restart": "审查后修改，退回初审",
    "document_withdraw": "撤回/下线",
    "document_reopen": "下线后重新编辑",
    "interpretation_required": "标记须同步解读",
    "attachment_add": "添加附件",
    "attachment_remove": "删除附件",
    "interpretation_create": "添加政策解读",
    "interpretation_update": "修改政策解读",
    "interpretation_delete": "删除政策解读",
    "validity_link_add": "添加修改/废止关系",
    "validity_link_remove": "删除修改/废止关系",
    "validity_change": "被其他文件修改/废止",
    "validity_set": "修改有效性",
    "validity_change_pending": "修改/废止他部门文件，待其确认",
    "validity_change_confirm": "确认被修改/废止",
    "validity_change_office_confirm": "公开办决定修改/废止生效",
    "validity_change_decline": "不同意被修改/废止",
    "column_create": "新建栏目",
    "column_update": "修改栏目",
    "column_delete": "删除栏目",
    "topic_create": "新建专题",
    "topic_update": "修改专题",
    "topic_delete": "删除专题",
}

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


@dataclass
class HistoryRow:
    event: AuditEvent
    label: str
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (field label, before, after)
    summary: str = ""  # the one fact worth reading without opening the details
    reason_label: str = "理由"


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
                ACTION_LABELS.get(event.action, event.action),
                changes,
                summary=_summary(event.action, before, after),
                reason_label="意见" if event.action.endswith("_pass") else "理由",
            )
        )
    return rows
