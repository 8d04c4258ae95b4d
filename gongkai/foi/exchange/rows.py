"""Validation of one imported row: converts raw values by the column set and checks the rules a record must
satisfy. Returns the clean values and a list of Chinese messages (without the row number)."""

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.utils import timezone

from gongkai.core.texthygiene import newlines_normalise, text_problem
from gongkai.workdays.statute import EXTENSION_MAX_WORKDAYS

from ..choices import (
    FINISHED_STATES,
    ApplicantType,
    Art35Kind,
    DeliveryMethod,
    FeeMethod,
    PauseKind,
    RemedyKind,
    RemedyResult,
)
from ..models import Application, tracking_code_is_strong
from ..models.application import TRACKING_ALPHABET, TRACKING_LENGTH
from .columns import BOOL, CHOICE, COLUMNS, DATE, DATETIME, INT, LIST

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class RowContext:
    departments: dict[str, Any]
    documents: dict[str, int]
    existing_reg: set[tuple[str, int, int]]
    existing_tracking: set[str]
    seen_reg: dict[tuple[str, int, int], int] = field(default_factory=dict)
    seen_tracking: dict[str, int] = field(default_factory=dict)


class _Bad(Exception):
    pass


TRACKING_MAX = Application._meta.get_field("tracking_code").max_length


def _text(value: Any) -> str:
    """Imported text follows the rule of the forms (core.texthygiene): refused, with the row and field."""
    text = newlines_normalise(str(value if value is not None else "").strip())
    problem = text_problem(text, label="")
    if problem:
        raise _Bad(problem)
    return text


def _date(value: Any) -> date | None:
    text = str(value or "").strip()
    if not text:
        return None
    if not _DATE_RE.fullmatch(text):
        raise _Bad(f"“{text}”不是有效日期（应为YYYY-MM-DD）")
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise _Bad(f"“{text}”不是有效日期（应为YYYY-MM-DD）") from exc


def _datetime(value: Any) -> datetime | None:
    text = str(value or "").strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise _Bad(f"“{text}”不是有效时间（应为ISO 8601格式）") from exc
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)


def _int(value: Any) -> int | None:
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    if not text.isdigit() or int(text) < 1:
        raise _Bad(f"“{text}”应为正整数")
    return int(text)


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("", "false", "0", "否"):
        return False
    if text in ("true", "1", "是"):
        return True
    raise _Bad(f"“{value}”应为 true 或 false")


def _choice(value: Any, choices) -> str:
    text = str(value or "").strip()
    if text and text not in choices.values:
        raise _Bad(f"“{text}”不是允许的值")
    return text


def _convert(col, value: Any) -> Any:
    if col.kind == DATE:
        return _date(value)
    if col.kind == DATETIME:
        return _datetime(value)
    if col.kind == INT:
        return _int(value)
    if col.kind == BOOL:
        return _bool(value)
    if col.kind == CHOICE:
        return _choice(value, col.choices)
    if col.kind == LIST:
        if value in ("", None):
            return []
        if not isinstance(value, list) or not all(isinstance(i, dict) for i in value):
            raise _Bad("应为 JSON 数组（每项为一个对象）")
        return value
    return _text(value)


# What each list item holds: key -> converter (None = text).
_ITEMS = {
    "pauses": {"kind": PauseKind, "party": None, "started_on": DATE, "ended_on": DATE, "opinion": None},
    "art35": {"kind": Art35Kind, "reason": None, "decided_on": DATE, "new_due_on": DATE},
    "deliveries": {"method": DeliveryMethod, "delivered_on": DATE, "note": None},
    "remedies": {
        "kind": RemedyKind,
        "filed_on": DATE,
        "result": RemedyResult,
        "concluded_on": DATE,
        "body": None,
        "note": None,
    },
    "transfers": {
        "from_department_code": None,
        "to_department_code": None,
        "old_registration_no": None,
        "transferred_on": DATE,
        "reason": None,
    },
}
_ITEM_REQUIRED = {
    "pauses": ("kind", "started_on"),
    "art35": ("kind", "reason", "decided_on"),
    "deliveries": ("method", "delivered_on"),
    "remedies": ("kind", "filed_on"),
    "transfers": ("from_department_code", "to_department_code", "transferred_on"),
}


def _items(key: str, label: str, items: list[dict], problems: list[str]) -> list[dict]:
    spec, out = _ITEMS[key], []
    for n, item in enumerate(items, start=1):
        clean = {}
        for name, kind in spec.items():
            value = item.get(name, "")
            try:
                if kind == DATE:
                    clean[name] = _date(value)
                elif kind is None:
                    clean[name] = _text(value or "")
                else:
                    clean[name] = _choice(value, kind)
            except _Bad as exc:
                problems.append(f"{label}（{key}）第{n}项 {name} {exc}")
        for name in _ITEM_REQUIRED[key]:
            if name in clean and not clean[name]:
                problems.append(f"{label}（{key}）第{n}项缺少 {name}")
        out.append(clean)
    return out


def row_validate(row_no: int, raw: dict[str, Any], ctx: RowContext) -> tuple[dict[str, Any], list[str]]:
    problems: list[str] = []
    clean: dict[str, Any] = {}
    for col in COLUMNS:
        try:
            clean[col.key] = _convert(col, raw.get(col.key, ""))
        except _Bad as exc:
            problems.append(f"{col.label}（{col.key}）{exc}")
            clean[col.key] = None
            continue
        if col.required and clean[col.key] in ("", None):
            problems.append(f"缺少{col.label}（{col.key}）")
    for key, spec_label in (
        ("pauses", "不计入期限的期间"),
        ("art35", "第三十五条处理"),
        ("deliveries", "送达记录"),
        ("remedies", "行政复议/行政诉讼"),
        ("transfers", "转办记录"),
    ):
        clean[key] = _items(key, spec_label, clean.get(key) or [], problems)
    _check_references(row_no, clean, ctx, problems)
    _check_applicant(clean, problems)
    _check_steps(clean, problems)
    return clean, problems


def _check_references(row_no: int, c: dict, ctx: RowContext, problems: list[str]) -> None:
    code = c.get("department_code") or ""
    if code and code not in ctx.departments:
        problems.append(f"办理机关代码“{code}”在本平台不存在")
    for t in c["transfers"]:
        for k in ("from_department_code", "to_department_code"):
            if t.get(k) and t[k] not in ctx.departments:
                problems.append(f"转办记录中的机关代码“{t[k]}”在本平台不存在")
    index_no = c.get("public_document_index_no") or ""
    if index_no and index_no not in ctx.documents:
        problems.append(f"已公开信息的索引号“{index_no}”在本平台不存在")
    if code and c.get("reg_year") and c.get("reg_seq"):
        key = (code, c["reg_year"], c["reg_seq"])
        number = f"依申请〔{key[1]}〕{key[2]}号（机关代码{code}）"
        if key in ctx.existing_reg:
            problems.append(f"登记号{number}与本平台已有的申请重复")
        elif key in ctx.seen_reg:
            problems.append(f"登记号{number}与第{ctx.seen_reg[key]}行重复")
        else:
            ctx.seen_reg[key] = row_no
    tracking = (c.get("tracking_code") or "").upper()
    c["tracking_code"] = tracking
    if tracking:
        if not (tracking_code_is_strong(tracking) and len(tracking) <= TRACKING_MAX):
            # Not echoed: the code is the applicant's key to their application.
            problems.append(
                f"查询码（tracking_code）强度不足：应为{TRACKING_LENGTH}至{TRACKING_MAX}位，"
                f"只含字符 {TRACKING_ALPHABET}，与本平台生成的查询码相同；留空则生成新的查询码"
            )
        elif tracking in ctx.existing_tracking:
            problems.append(f"查询码“{tracking}”与本平台已有的申请重复")
        elif tracking in ctx.seen_tracking:
            problems.append(f"查询码“{tracking}”与第{ctx.seen_tracking[tracking]}行重复")
        else:
            ctx.seen_tracking[tracking] = row_no


def _check_applicant(c: dict, problems: list[str]) -> None:
    if c.get("applicant_type") == ApplicantType.NATURAL_PERSON:
        if not c.get("id_number"):
            problems.append("申请人为自然人的，须填写证件号码（id_number）")
        if not c.get("id_type"):
            problems.append("申请人为自然人的，须填写证件类型（id_type）")
    elif c.get("applicant_type") and not c.get("credit_code"):
        problems.append("申请人为法人或其他组织的，须填写统一社会信用代码（credit_code）")
    if not (c.get("info_title") or c.get("info_description")):
        problems.append("所需信息名称（info_title）与特征描述（info_description）至少填写一项")


def _check_steps(c: dict, problems: list[str]) -> None:
    state, outcome = c.get("state"), c.get("outcome")
    if state in FINISHED_STATES and not outcome:
        problems.append("已答复、已终止或已归档的申请须填写办理结果（outcome）")
    if state and state not in FINISHED_STATES and outcome:
        problems.append("办理中的申请不能有办理结果（outcome）")
    received = c.get("received_on")
    if any(
        c.get(k) for k in ("correction_sent_on", "correction_items", "correction_deadline_on", "corrected_on")
    ):
        if not (
            c.get("correction_sent_on") and c.get("correction_items") and c.get("correction_deadline_on")
        ):
            problems.append("补正告知须同时填写告知日期、需补正的事项和补正期限")
        elif c["correction_deadline_on"] <= c["correction_sent_on"]:
            problems.append("补正期限应晚于补正告知日期")
        elif c.get("corrected_on") and c["corrected_on"] < c["correction_sent_on"]:
            problems.append("收到补正日期不能早于补正告知日期")
    if any(c.get(k) for k in ("extension_days", "extension_reason", "extension_approved_on")):
        days = c.get("extension_days")
        if not days or days > EXTENSION_MAX_WORKDAYS:
            problems.append(f"延长工作日数（extension_days）应为1至{EXTENSION_MAX_WORKDAYS}")
        if not (
            c.get("extension_reason") and c.get("extension_approved_on") and c.get("extension_notified_on")
        ):
            problems.append("延期须同时填写延期理由、批准日期和告知申请人日期")
    if c.get("fee_method"):
        method = c["fee_method"]
        if method == FeeMethod.PER_APPLICATION and not c.get("fee_ordinal"):
            problems.append("按件计收须填写本月第几件申请（fee_ordinal）")
        if method == FeeMethod.PER_VOLUME and not c.get("fee_pages"):
            problems.append("按量计收须填写页数（fee_pages）")
        if not (c.get("fee_amount") and c.get("fee_notified_on") and c.get("fee_pay_by")):
            problems.append("收费通知须同时填写金额、通知日期和缴费期限")
        elif c["fee_pay_by"] <= c["fee_notified_on"]:
            problems.append("缴费期限应晚于收费通知日期")
        if sum(1 for p in c["pauses"] if p.get("kind") == PauseKind.FEE) > 1:
            problems.append("每件申请最多一个等待缴费的期间")
    elif any(p.get("kind") == PauseKind.FEE for p in c["pauses"]):
        problems.append("有等待缴费的期间，但没有收费通知（fee_method）")
    open_pauses = [p for p in c["pauses"] if p.get("started_on") and not p.get("ended_on")]
    if len(open_pauses) > 1:
        problems.append("同一时间只能有一个未结束的暂停计时")
    for p in c["pauses"]:
        if p.get("started_on") and p.get("ended_on") and p["ended_on"] < p["started_on"]:
            problems.append("暂停计时的结束日期不能早于开始日期")
    for r in c["remedies"]:
        pending = r.get("result") in ("", RemedyResult.PENDING)
        if pending and r.get("concluded_on"):
            problems.append("尚未审结的行政复议/诉讼不能有审结日期")
        if not pending and not r.get("concluded_on"):
            problems.append("已审结的行政复议/诉讼须填写审结日期")
    for d in c["art35"]:
        if d.get("kind") == Art35Kind.LONGER_DEADLINE and not d.get("new_due_on"):
            problems.append("第三十五条“延迟答复”须填写确定的答复期限（new_due_on）")
    if received:
        for key in ("replied_on", "closed_on", "withdrawn_on", "archived_on", "correction_sent_on"):
            if c.get(key) and c[key] < received:
                problems.append(f"{key} 不能早于收到申请日期")
