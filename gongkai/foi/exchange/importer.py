"""Import applications from CSV or JSON (columns.COLUMNS): every row is validated first, every error is
reported with its row number, and nothing is written unless every row is valid (all-or-nothing).

Row numbers are those a spreadsheet shows: in a CSV the header is row 1, the first application row 2; in JSON
the first application is record 1.
"""

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from gongkai.catalogue.models import Document
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Department, User
from gongkai.core.permissions import is_office
from gongkai.exports.cells import csv_value_restore

from ..models import Application
from .columns import BY_KEY, COLUMNS, JSON_FORMAT, KEYS, LIST
from .rows import RowContext, row_validate
from .writer import application_write


@dataclass(frozen=True)
class RowError:
    row: int
    message: str

    def __str__(self) -> str:
        return f"第{self.row}行：{self.message}" if self.row else self.message


class ImportFailed(ApplicationError):
    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__(f"导入失败，共{len(errors)}处错误，未导入任何申请。")


def parse_file(data: bytes, *, name: str = "") -> list[tuple[int, dict[str, Any]]]:
    """(row number, raw values by key) for each application in the file."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed([RowError(0, "文件不是 UTF-8 编码。")]) from exc
    if name.lower().endswith(".json") or text.lstrip().startswith(("{", "[")):
        return _parse_json(text)
    return _parse_csv(text)


def _parse_json(text: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed([RowError(0, f"JSON 格式错误（第{exc.lineno}行）：{exc.msg}")]) from exc
    if isinstance(payload, dict):
        if payload.get("format") not in (None, JSON_FORMAT):
            raise ImportFailed([RowError(0, f"JSON 的 format 应为 {JSON_FORMAT}。")])
        payload = payload.get("applications")
    if not isinstance(payload, list):
        raise ImportFailed([RowError(0, "JSON 应包含 applications 数组。")])
    rows, errors = [], []
    for i, item in enumerate(payload, start=1):
        if not isinstance(item, dict):
            errors.append(RowError(i, "每条记录应为一个对象。"))
            continue
        unknown = sorted(set(item) - set(KEYS))
        if unknown:
            errors.append(RowError(i, f"未知的字段：{'、'.join(unknown)}"))
        rows.append((i, item))
    if errors:
        raise ImportFailed(errors)
    return rows


def _parse_csv(text: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    unknown = [h for h in header if h not in BY_KEY]
    missing = [c.key for c in COLUMNS if c.required and c.key not in header]
    errors = []
    if unknown:
        errors.append(RowError(1, f"表头含未知的列：{'、'.join(unknown)}"))
    if missing:
        errors.append(RowError(1, f"表头缺少必需的列：{'、'.join(missing)}"))
    if errors:
        raise ImportFailed(errors)
    rows = []
    for i, raw in enumerate(reader, start=2):
        if None in raw:
            raise ImportFailed([RowError(i, "该行的列数多于表头。")])
        values = {k: csv_value_restore(v or "") for k, v in raw.items()}
        for key, value in values.items():
            if BY_KEY[key].kind == LIST:
                try:
                    values[key] = json.loads(value) if value.strip() else []
                except json.JSONDecodeError:
                    values[key] = value  # reported by the row check with the row number
        rows.append((i, values))
    return rows


def applications_import(*, actor: User, data: bytes, name: str = "") -> list[Application]:
    """Validate every row, then write all of them in one transaction, or raise ImportFailed with every error."""
    if not is_office(actor):
        raise ApplicationError("只有公开办可以导入申请。")
    rows = parse_file(data, name=name)
    if not rows:
        raise ImportFailed([RowError(0, "文件中没有申请。")])
    ctx = RowContext(
        departments={d.issuer_code: d for d in Department.objects.all()},
        documents=dict(Document.objects.values_list("index_no", "pk")),
        existing_reg=set(Application.objects.values_list("department__issuer_code", "reg_year", "reg_seq")),
        existing_tracking=set(Application.objects.values_list("tracking_code", flat=True)),
    )
    cleaned, errors = [], []
    for row_no, raw in rows:
        clean, problems = row_validate(row_no, raw, ctx)
        errors.extend(RowError(row_no, p) for p in problems)
        cleaned.append((row_no, clean))
    if errors:
        raise ImportFailed(errors)
    created = []
    with transaction.atomic():
        for row_no, clean in cleaned:
            try:
                with transaction.atomic():
                    created.append(application_write(actor=actor, clean=clean, row_no=row_no))
            except ValidationError as exc:
                messages = "；".join(f"{k}：{'，'.join(v)}" for k, v in exc.message_dict.items())
                raise ImportFailed([RowError(row_no, messages)]) from exc
            except DatabaseError as exc:
                raise ImportFailed([RowError(row_no, f"数据不一致，无法保存：{exc}")]) from exc
    return created
