"""The tables as a workbook: one sheet per table, header cells merged like the national table."""

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from gongkai.exports.xlsx import xlsx_bytes, xlsx_cell

from ..models import AnnualReport
from ..selectors.report import report_grids

SHEET_NAMES = {"table2": "表二 主动公开", "table3": "表三 依申请公开", "table4": "表四 复议诉讼"}
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def report_xlsx(report: AnnualReport) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for grid in report_grids(report):
        ws = wb.create_sheet(SHEET_NAMES.get(grid.key, grid.key))
        xlsx_cell(ws, row=1, column=1, value=f"{report.title}·{grid.caption}").font = Font(bold=True, size=12)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=grid.width)
        top = 2
        for r, c, cell, is_header in grid.positioned():
            row, col = top + r, 1 + c
            target = xlsx_cell(ws, row=row, column=col, value=cell.value if cell.numeric else cell.text)
            target.alignment = Alignment(
                horizontal="center" if is_header or cell.numeric else "left",
                vertical="center",
                wrap_text=True,
            )
            if is_header:
                target.font = Font(bold=True)
                target.fill = PatternFill("solid", fgColor="F2F2F2")
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    ws.cell(row=row + dr, column=col + dc).border = _BORDER
            if cell.rowspan > 1 or cell.colspan > 1:
                ws.merge_cells(
                    start_row=row,
                    start_column=col,
                    end_row=row + cell.rowspan - 1,
                    end_column=col + cell.colspan - 1,
                )
        if grid.note:
            xlsx_cell(ws, row=top + grid.row_count + 1, column=1, value=f"注：{grid.note}")
        for i, w in enumerate(grid.col_widths or [1] * grid.width, start=1):
            ws.column_dimensions[get_column_letter(i)].width = max(8, 9 * w)
    return xlsx_bytes(wb)
