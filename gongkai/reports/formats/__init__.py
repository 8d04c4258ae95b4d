"""National formats of the annual report, one module per version; a report stores which one it follows.

A format turns the raw, format-independent aggregates of the selectors (counts by applicant type and outcome
code, remedies by kind and result, catalogue counts) into its own rows and columns, draws its tables as grids
of cells (captions, merged header cells, notes) that every export renders the same way, and states the
invariants printed on the table. Adding the next national format is one more module here.
"""

from types import ModuleType

from . import format_2021

FORMATS: dict[str, ModuleType] = {format_2021.VERSION: format_2021}
CURRENT_VERSION = format_2021.VERSION


def get_format(version: str) -> ModuleType:
    try:
        return FORMATS[version]
    except KeyError:
        raise LookupError(f"未知的年度报告格式版本：{version}") from None
