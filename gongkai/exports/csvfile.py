"""CSV files as Excel and WPS open them: UTF-8 with a byte-order mark, CR LF, every cell neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from .cells import spreadsheet_value

__all__ = ["csv_bytes"]


def csv_bytes(*, header: Sequence[str], rows: Iterable[Sequence[Any]], bom: bool = True) -> bytes:
    """The file: ``header`` then each row, cell by cell through `spreadsheet_value` (numbers stay numbers)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([spreadsheet_value(h, csv=True) for h in header])
    for row in rows:
        writer.writerow([spreadsheet_value(v, csv=True) for v in row])
    return (("\ufeff" if bom else "") + out.getvalue()).encode("utf-8")
