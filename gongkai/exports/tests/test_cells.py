"""Spreadsheet cells: text that Excel or WPS would run as a formula is shown as text; numbers stay numbers."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from gongkai.core.texthygiene import text_strip
from gongkai.exports.cells import csv_value_restore, spreadsheet_value


@pytest.mark.parametrize(
    "text", ["=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\n=1", '=HYPERLINK("x")']
)
def test_text_that_begins_like_a_formula_gets_a_leading_quote(text):
    assert spreadsheet_value(text) == "'" + text_strip(text)
    assert spreadsheet_value(text, csv=True) == "'" + text_strip(text)


@pytest.mark.parametrize("value", [0, -5, 3.25, Decimal("-12.5"), True, None, date(2024, 1, 1)])
def test_numbers_dates_and_empty_cells_are_left_as_they_are(value):
    assert spreadsheet_value(value) is value
    assert spreadsheet_value(value, csv=True) is value


def test_ordinary_text_and_formula_characters_later_in_the_text_are_unchanged():
    assert spreadsheet_value("张三=李四") == "张三=李四"
    assert spreadsheet_value("13800001234") == "13800001234"


def test_control_characters_are_removed_and_cannot_uncover_a_formula():
    assert spreadsheet_value("张\x1b三") == "张三"
    assert spreadsheet_value("\x1b=1+1") == "'=1+1"


def test_a_leading_quote_is_doubled_in_csv_only():
    assert spreadsheet_value("'abc") == "'abc"
    assert spreadsheet_value("'abc", csv=True) == "''abc"


@given(st.text())
@example("\r=1")
@example("\x1b'a")
@example("'\nabc")
@example("\x1b\tA")
def test_restoring_a_csv_cell_gives_back_the_cleaned_text(text):
    assert csv_value_restore(spreadsheet_value(text, csv=True)) == text_strip(text)


@given(st.text())
def test_no_csv_cell_begins_with_a_formula_character(text):
    assert not spreadsheet_value(text, csv=True).startswith(("=", "+", "-", "@", "\t", "\r", "\n"))
