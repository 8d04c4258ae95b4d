"""One cell of a spreadsheet (CSV or XLSX): text made harmless, numbers left as numbers.

Excel and WPS run a cell beginning with = + - @ (and, after a tab or CR, the formula that follows) as a
formula, even in a CSV file. As the OWASP CSV-injection advice says, such text gets a leading single quote so
it is shown, not run. In a CSV, text already beginning with a quote gets one too, so `csv_value_restore`
can undo the prefix when the file is imported again without losing a quote a person typed.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from gongkai.core.texthygiene import text_strip

__all__ = ["FORMULA_STARTS", "csv_value_restore", "spreadsheet_value", "text_for_export"]

# Tab and CR as OWASP lists them; cleaning turns a CR into LF, so a leading LF counts too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_QUOTE = "'"


def text_for_export(text: str) -> str:
    """``text`` without the characters the hygiene rule refuses (XML cannot hold most of them)."""
    return text_strip(text)


def _neutralise(text: str, starts: tuple[str, ...]) -> str:
    # Checked after cleaning, so that a removed control character cannot hide a leading "=".
    text = text_for_export(text)
    return _QUOTE + text if text.startswith(starts) else text


def spreadsheet_value(value: Any, *, csv: bool = False) -> Any:
    """A value for a spreadsheet cell: numbers, booleans, dates and None unchanged, other values as safe text.

    ``csv``: also quote text that begins with a quote, so that `csv_value_restore` is exact."""
    if value is None or isinstance(value, bool | int | float | Decimal | date | datetime | time):
        return value
    return _neutralise(str(value), (*FORMULA_STARTS, _QUOTE) if csv else FORMULA_STARTS)


def csv_value_restore(text: str) -> str:
    """The text that `spreadsheet_value(..., csv=True)` neutralised, as it was (for importing a CSV export)."""
    if text.startswith(_QUOTE) and text[1:].startswith((*FORMULA_STARTS, _QUOTE)):
        return text[1:]
    return text
