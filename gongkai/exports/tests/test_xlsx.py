"""XLSX cells read back with openpyxl: a typed formula is text, numbers are numbers, control characters gone."""

import io
from decimal import Decimal

from openpyxl import Workbook, load_workbook

from gongkai.exports.xlsx import xlsx_bytes, xlsx_cell


def _roundtrip(*values):
    wb = Workbook()
    for i, value in enumerate(values, start=1):
        xlsx_cell(wb.active, row=i, column=1, value=value)
    return load_workbook(io.BytesIO(xlsx_bytes(wb))).active


def test_a_cell_typed_as_a_formula_comes_back_as_text():
    ws = _roundtrip("=1+1", "+86 138", "-1", "@A1")
    assert [ws.cell(row=i, column=1).value for i in range(1, 5)] == ["'=1+1", "'+86 138", "'-1", "'@A1"]
    assert {ws.cell(row=i, column=1).data_type for i in range(1, 5)} == {"s"}


def test_numbers_stay_numbers():
    ws = _roundtrip(-5, 12.5, Decimal("3"), 0)
    assert [ws.cell(row=i, column=1).value for i in range(1, 5)] == [-5, 12.5, 3, 0]
    assert {ws.cell(row=i, column=1).data_type for i in range(1, 5)} == {"n"}


def test_text_with_control_characters_is_written_without_them():
    # openpyxl raises IllegalCharacterError on \x1b: one stored name would break the whole workbook.
    ws = _roundtrip("张\x1b三\x00", "李\u202e四")
    assert ws.cell(row=1, column=1).value == "张三"
    assert ws.cell(row=2, column=1).value == "李四"
