"""国办公开办函〔2021〕30号: the annual report format in force since the 2020 reports.

Rows, columns, labels, captions and the invariants printed on table 3. Everything format-specific lives here;
the selectors hand over raw counts keyed by applicant type, outcome code and remedy kind/result.
"""

from dataclasses import dataclass

from gongkai.foi.choices import OUTCOME_INFO, ApplicantType, Outcome, OutcomeGroup, RemedyKind, RemedyResult

from .grid import Cell, Grid

VERSION = "2021"
NAME = "国办公开办函〔2021〕30号"

SECTIONS = (
    ("overview", "一、总体情况"),
    ("table2", "二、主动公开政府信息情况"),
    ("table3", "三、收到和处理政府信息公开申请情况"),
    ("table4", "四、政府信息公开行政复议、行政诉讼情况"),
    ("problems", "五、存在的主要问题及改进情况"),
    ("other", "六、其他需要报告的事项"),
)
OVERVIEW_PARTS = (
    ("overview_proactive", "（一）主动公开"),
    ("overview_on_request", "（二）依申请公开"),
    ("overview_management", "（三）政府信息管理"),
    ("overview_platform", "（四）平台建设"),
    ("overview_oversight", "（五）监督保障"),
)

# ---- Table 2 ------------------------------------------------------------------------------------------
NORMATIVE_ROWS = (("rule", "规章"), ("normative", "行政规范性文件"))
NORMATIVE_MEASURES = (("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("valid", "现行有效件数"))
# (caption, value header, rows of (key, label)); the values are the department's inputs.
DECISION_BLOCKS = (
    ("第二十条第（五）项", "本年处理决定数量", (("licensing_count", "行政许可"),)),
    (
        "第二十条第（六）项",
        "本年处理决定数量",
        (("penalty_count", "行政处罚"), ("coercion_count", "行政强制")),
    ),
    ("第二十条第（八）项", "本年收费金额（单位：万元）", (("fee_amount", "行政事业性收费"),)),
)

# ---- Table 3 ------------------------------------------------------------------------------------------
APPLICANT_COLUMNS = tuple(ApplicantType)  # 自然人, then the five 法人或其他组织 columns, in the table's order
COLUMNS = (*[t.value for t in APPLICANT_COLUMNS], "total")
COLUMN_LABELS = {**{t.value: t.label for t in APPLICANT_COLUMNS}, "total": "总计"}
RESULT_ROWS = tuple(o.value for o in Outcome)
ROWS = ("new", "carried_in", *RESULT_ROWS, "results_total", "carried_out")
ROW_LABELS = {
    "new": "一、本年新收政府信息公开申请数量",
    "carried_in": "二、上年结转政府信息公开申请数量",
    "results_total": "（七）总计",
    "carried_out": "四、结转下年度继续办理",
    **{code: OUTCOME_INFO[code].row_label for code in RESULT_ROWS},
}
RESULTS_HEADING = "三、本年度办理结果"
GROUP_LABELS = {
    **{g.value: g.label for g in OutcomeGroup},
    OutcomeGroup.PARTIAL.value: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
}
TABLE3_NOTE = "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"
INVARIANT_TEXT = (
    "表中数据勾稽关系：每一列“一、本年新收”加“二、上年结转”等于“（七）总计”加“四、结转下年度继续办理”；"
    "“总计”列等于前六列之和；“（七）总计”等于各项办理结果之和。"
)

# ---- Table 4 ------------------------------------------------------------------------------------------
REMEDY_KINDS = tuple(k.value for k in RemedyKind)
REMEDY_RESULTS = (*[r.value for r in RemedyResult], "total")
REMEDY_RESULT_LABELS = {**{r.value: r.label for r in RemedyResult}, "total": "总计"}


def build_table3(raw: dict) -> dict[str, dict[str, int]]:
    """Rows × columns from raw counts; 总计 and （七） are sums, so two invariants hold by construction.

    raw: {"new"|"carried_in"|"carried_out": {applicant_type: n}, "closed": {applicant_type: {outcome: n}}}.
    A closed application whose outcome is not a result row (none, or unknown) lands in no row: the first
    invariant then fails for its column, and the problem finder names it.
    """
    table: dict[str, dict[str, int]] = {}
    for key in ("new", "carried_in", "carried_out"):
        table[key] = {c: int(raw.get(key, {}).get(c, 0)) for c in COLUMNS[:-1]}
    for code in RESULT_ROWS:
        table[code] = {c: int(raw.get("closed", {}).get(c, {}).get(code, 0)) for c in COLUMNS[:-1]}
    table["results_total"] = {c: sum(table[code][c] for code in RESULT_ROWS) for c in COLUMNS[:-1]}
    for row in table.values():
        row["total"] = sum(row[c] for c in COLUMNS[:-1])
    return {key: table[key] for key in ROWS}


def build_table4(raw: dict) -> dict[str, dict[str, int]]:
    """raw: {remedy_kind: {result: n}} counted for the year (see selectors.tables.remedy_counts)."""
    table = {}
    for kind in REMEDY_KINDS:
        row = {r: int(raw.get(kind, {}).get(r, 0)) for r in REMEDY_RESULTS[:-1]}
        row["total"] = sum(row.values())
        table[kind] = row
    return table


@dataclass(frozen=True)
class Violation:
    rule: str
    column: str
    message: str


def check_table3(table: dict) -> list[Violation]:
    """Every invariant printed on the table, per column; an empty list means the table is consistent."""
    found = []
    for col in COLUMNS:
        left = table["new"][col] + table["carried_in"][col]
        right = table["results_total"][col] + table["carried_out"][col]
        if left != right:
            found.append(
                Violation(
                    "balance",
                    col,
                    f"“{COLUMN_LABELS[col]}”列：一 + 二 = {left}，（七） + 四 = {right}，相差 {left - right}。",
                )
            )
    for key in ROWS:
        six = sum(table[key][c] for c in COLUMNS[:-1])
        if six != table[key]["total"]:
            found.append(Violation("total_column", "total", f"“{ROW_LABELS[key]}”行：总计不等于六列之和。"))
    for col in COLUMNS:
        if sum(table[code][col] for code in RESULT_ROWS) != table["results_total"][col]:
            found.append(Violation("results_total", col, f"“{COLUMN_LABELS[col]}”列：（七）不等于各项之和。"))
    return found


def check_table4(table: dict) -> list[Violation]:
    return [
        Violation("remedy_total", kind, f"“{RemedyKind(kind).label}”：总计不等于各项之和。")
        for kind in REMEDY_KINDS
        if sum(table[kind][r] for r in REMEDY_RESULTS[:-1]) != table[kind]["total"]
    ]


# ---- Grids (what every export draws) ------------------------------------------------------------------
def _h(text: str, colspan: int = 1, rowspan: int = 1) -> Cell:
    return Cell(text, colspan=colspan, rowspan=rowspan, header=True)


def table2_grid(table2: dict, inputs: dict) -> Grid:
    body: list[list[Cell]] = [
        [_h("第二十条第（一）项", colspan=4)],
        [_h("信息内容"), *[_h(label) for _, label in NORMATIVE_MEASURES]],
    ]
    for key, label in NORMATIVE_ROWS:
        body.append([Cell(label), *[Cell.number(table2[key][m]) for m, _ in NORMATIVE_MEASURES]])
    for caption, measure, rows in DECISION_BLOCKS:
        body.append([_h(caption, colspan=4)])
        body.append([_h("信息内容"), _h(measure, colspan=3)])
        for key, label in rows:
            value = inputs.get(key)
            body.append([Cell(label), Cell.number(None if value is None else value, colspan=3)])
    return Grid(SECTIONS[1][1], 4, [], body, key="table2", col_widths=[3, 2, 2, 2])


def table3_grid(table3: dict) -> Grid:
    header = [
        [_h(f"（{TABLE3_NOTE}）", colspan=3, rowspan=3), _h("申请人情况", colspan=7)],
        [
            _h(COLUMN_LABELS["natural_person"], rowspan=2),
            _h("法人或其他组织", colspan=5),
            _h("总计", rowspan=2),
        ],
        [_h(t.label) for t in APPLICANT_COLUMNS[1:]],
    ]

    def numbers(key):
        return [Cell.number(table3[key][c]) for c in COLUMNS]

    body = [[Cell(ROW_LABELS[k], colspan=3), *numbers(k)] for k in ("new", "carried_in")]
    groups: dict[str, list[str]] = {}
    for code in RESULT_ROWS:
        groups.setdefault(OUTCOME_INFO[code].group.value, []).append(code)
    first = True
    for group, codes in groups.items():
        for i, code in enumerate(codes):
            row = []
            if first:
                row.append(Cell(RESULTS_HEADING, rowspan=len(RESULT_ROWS) + 1))
                first = False
            if len(codes) == 1 and not OUTCOME_INFO[code].row:
                row.append(Cell(GROUP_LABELS[group], colspan=2))
            else:
                if i == 0:
                    row.append(Cell(GROUP_LABELS[group], rowspan=len(codes)))
                row.append(Cell(OUTCOME_INFO[code].row))
            body.append(row + numbers(code))
    body.append([Cell(ROW_LABELS["results_total"], colspan=2), *numbers("results_total")])
    body.append([Cell(ROW_LABELS["carried_out"], colspan=3), *numbers("carried_out")])
    return Grid(
        SECTIONS[2][1],
        10,
        header,
        body,
        note=INVARIANT_TEXT,
        key="table3",
        col_widths=[1.4, 1.6, 5.2] + [1.1] * 6 + [0.9],
    )


def table4_grid(table4: dict) -> Grid:
    results = [REMEDY_RESULT_LABELS[r] for r in REMEDY_RESULTS]
    header = [
        [_h("行政复议", colspan=5), _h("行政诉讼", colspan=10)],
        [
            *[_h(label, rowspan=2) for label in results],
            _h("未经复议直接起诉", colspan=5),
            _h("复议后起诉", colspan=5),
        ],
        [_h(label) for label in results * 2],
    ]
    body = [[Cell.number(table4[kind][r]) for kind in REMEDY_KINDS for r in REMEDY_RESULTS]]
    return Grid(SECTIONS[3][1], 15, header, body, key="table4", col_widths=([1.1] * 4 + [0.8]) * 3)


# Figures compared with the previous year: (label, table, row, column).
SUMMARY_FIGURES = (
    ("本年制发规章", "table2", "rule", "issued"),
    ("本年制发行政规范性文件", "table2", "normative", "issued"),
    ("本年新收政府信息公开申请", "table3", "new", "total"),
    ("上年结转申请", "table3", "carried_in", "total"),
    ("本年办结申请", "table3", "results_total", "total"),
    ("其中予以公开", "table3", Outcome.GRANTED.value, "total"),
    ("结转下年度继续办理", "table3", "carried_out", "total"),
    ("行政复议", "table4", RemedyKind.RECONSIDERATION.value, "total"),
    ("行政诉讼（未经复议直接起诉）", "table4", RemedyKind.LITIGATION_DIRECT.value, "total"),
    ("行政诉讼（复议后起诉）", "table4", RemedyKind.LITIGATION_AFTER.value, "total"),
)
