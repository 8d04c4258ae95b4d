"""Export applications with every field (columns.COLUMNS) as CSV or JSON. Exports contain personal data, so
each export is itself an audit event."""

from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User
from gongkai.core.permissions import is_office
from gongkai.exports.csvfile import csv_bytes
from gongkai.exports.jsonfile import json_bytes

from .. import rules
from ..models import Application
from .columns import BY_KEY, JSON_FORMAT, KEYS, LIST


def _plain(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _row(app: Application) -> dict[str, Any]:
    row = {
        "department_code": app.department.issuer_code,
        "department_name": app.department.name,
        "public_document_index_no": app.public_document.index_no if app.public_document else "",
    }
    for key in (
        "reg_year reg_seq tracking_code channel received_at received_on applicant_type name id_type id_number "
        "credit_code contact_person phone address postcode email info_title info_doc_no info_description "
        "delivery_form state due_on outcome legal_basis reply_reasons withheld_parts public_location "
        "not_our_agency responsible_agency replied_on closed_on withdrawn_on archived_on"
    ).split():
        row[key] = _plain(getattr(app, key))
    correction = getattr(app, "correction", None)
    row |= {
        "correction_sent_on": _plain(correction and correction.sent_on),
        "correction_items": correction.items if correction else "",
        "correction_deadline_on": _plain(correction and correction.deadline_on),
        "corrected_on": _plain(correction and correction.corrected_on),
    }
    ext = getattr(app, "extension", None)
    row |= {
        "extension_days": ext.days if ext else "",
        "extension_reason": ext.reason if ext else "",
        "extension_approved_on": _plain(ext and ext.approved_on),
        "extension_notified_on": _plain(ext and ext.notified_on),
    }
    fee = getattr(app, "fee", None)
    for name in ("method", "ordinal", "pages", "amount", "notified_on", "pay_by", "paid_on"):
        row[f"fee_{name}"] = _plain(getattr(fee, name)) if fee else ""
    row["pauses"] = [
        {k: _plain(getattr(p, k)) for k in ("kind", "party", "started_on", "ended_on", "opinion")}
        for p in app.pauses.all()
    ]
    row["art35"] = [
        {k: _plain(getattr(d, k)) for k in ("kind", "reason", "decided_on", "new_due_on")}
        for d in app.art35_decisions.all()
    ]
    row["deliveries"] = [
        {k: _plain(getattr(d, k)) for k in ("method", "delivered_on", "note")} for d in app.deliveries.all()
    ]
    row["remedies"] = [
        {k: _plain(getattr(r, k)) for k in ("kind", "filed_on", "result", "concluded_on", "body", "note")}
        for r in app.remedies.all()
    ]
    row["transfers"] = [
        {
            "from_department_code": t.from_department.issuer_code,
            "to_department_code": t.to_department.issuer_code,
            "old_registration_no": t.old_registration_no,
            "transferred_on": _plain(t.transferred_on),
            "reason": t.reason,
        }
        for t in app.transfers.select_related("from_department", "to_department")
    ]
    return {key: row[key] for key in KEYS}


def exportable_applications(user: User):
    """The office exports every department; a department's handlers export their own departments only."""
    return (
        rules.visible_applications(user)
        .select_related("department", "public_document", "correction", "extension", "fee")
        .prefetch_related("pauses", "art35_decisions", "deliveries", "remedies")
        .order_by("department__sort_order", "department_id", "reg_year", "reg_seq")
    )


def export_rows(queryset) -> list[dict[str, Any]]:
    return [_row(app) for app in queryset]


def render(rows: list[dict[str, Any]], fmt: str) -> bytes:
    if fmt == "json":
        return json_bytes({"format": JSON_FORMAT, "version": 1, "applications": rows})
    # The CSV writer neutralises cells that a spreadsheet would run as a formula; the importer undoes it.
    return csv_bytes(header=KEYS, rows=([_csv_cell(k, row[k]) for k in KEYS] for row in rows))


def _csv_cell(key: str, value: Any) -> Any:
    if BY_KEY[key].kind == LIST:
        return json_bytes(value, indent=None).decode("utf-8") if value else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def applications_export(*, actor: User, fmt: str, department_ids: set[int] | None = None) -> bytes:
    """The file's bytes; restricted to what `actor` may see, optionally narrowed to some departments."""
    if fmt not in ("csv", "json"):
        raise ApplicationError("导出格式应为 CSV 或 JSON。")
    if not (is_office(actor) or rules.visible_department_ids(actor)):
        raise ApplicationError("您无权导出依申请公开申请。")
    qs = exportable_applications(actor)
    if department_ids:
        qs = qs.filter(department_id__in=department_ids)
    rows = export_rows(qs)
    with transaction.atomic():
        audit_record(
            actor=actor,
            action="foi_export",
            obj=actor,
            after={
                "format": fmt,
                "count": len(rows),
                "departments": sorted(department_ids) if department_ids else None,
                "registration_nos": [f"{r['department_code']}/{r['reg_year']}/{r['reg_seq']}" for r in rows],
            },
            reason="导出的文件含申请人个人信息",
        )
    return render(rows, fmt)
