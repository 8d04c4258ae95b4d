"""XLSX workbooks (openpyxl): cells written through `xlsx_cell`, so text never becomes a formula."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from .cells import spreadsheet_value

__all__ = ["xlsx_bytes", "xlsx_cell"]


def xlsx_cell(ws: Worksheet, *, row: int, column: int, value: Any) -> Cell:
    """Put ``value`` in a cell: numbers stay numbers; text is neutralised and cleaned (openpyxl would store
    text beginning with = as a formula, and refuses control characters)."""
    return ws.cell(row=row, column=column, value=spreadsheet_value(value))


def xlsx_bytes(workbook: Workbook) -> bytes:
    buf = BytesIO()
    workbook.save(buf)
    return buf.getvalue()
