"""CSV files read back with the csv module: BOM, header, formulas shown as text, numbers as numbers."""

import csv
import io

from gongkai.exports.csvfile import csv_bytes


def _read(data: bytes) -> list[list[str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_a_typed_formula_comes_back_as_text_with_a_leading_quote():
    rows = _read(csv_bytes(header=["name", "amount"], rows=[["=1+1", 12], ["@SUM(A1:A9)", -5]]))
    assert rows == [["name", "amount"], ["'=1+1", "12"], ["'@SUM(A1:A9)", "-5"]]


def test_text_with_commas_quotes_and_newlines_survives_and_control_characters_are_removed():
    rows = _read(csv_bytes(header=["t"], rows=[['他说："好，行"\n第二行'], ["张\x1b三\u202e"]]))
    assert rows[1:] == [['他说："好，行"\n第二行'], ["张三"]]


def test_rows_end_with_cr_lf_and_the_bom_can_be_left_out():
    data = csv_bytes(header=["a"], rows=[["1"]], bom=False)
    assert data == b"a\r\n1\r\n"
