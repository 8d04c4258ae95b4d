"""Yearly disclosures: every department's annual report; budgets and final accounts of the spending units."""

from gongkai.catalogue.choices import Genre

from ..departments import BY_KEY
from ..reports import annual_report, budget
from ..specs import DocSpec, FileSpec
from .common import FINANCE, GENERAL, doc

# Who publishes an annual report (the office's work is reported by the government).
REPORTING = [
    "gov",
    "edu",
    "health",
    "finance",
    "hrss",
    "nr",
    "housing",
    "market",
    "justice",
    "agri",
    "civil",
    "chengguan",
    "qingshan",
    "hekou",
]
BUDGETING = ["edu", "health", "hrss", "agri", "civil", "chengguan"]


def _columns(dept: str, column: str) -> tuple[str, ...]:
    return (column, "township") if BY_KEY[dept].kind == "township" else (column,)


def recurring(y0: int) -> list[DocSpec]:
    specs = []
    for i in range(3):
        year = y0 + i - 1  # reports on the previous year, due by 31 January
        for n, dept in enumerate(REPORTING):
            name = BY_KEY[dept].name
            specs.append(
                doc(
                    f"{dept}-annual-{year}",
                    dept,
                    (i, 1, 12 + n),
                    f"{name}{year}年政府信息公开工作年度报告",
                    annual_report,
                    genre=Genre.REPORT,
                    series="",
                    subject=GENERAL,
                    columns=_columns(dept, "annual-reports"),
                    keywords="政府信息公开 年度报告",
                    summary=f"{name}{year}年政府信息公开工作情况。",
                )
            )
    for i in range(3):
        for n, dept in enumerate(BUDGETING):
            name = BY_KEY[dept].name
            year = y0 + i
            files = ()
            if dept == "edu":
                files = (
                    FileSpec(
                        f"{name}{year}年部门预算公开表.xlsx",
                        "xlsx",
                        title=f"{name}{year}年部门收支总表",
                        table=[
                            ["项目", "预算数（万元）"],
                            ["一般公共预算拨款收入", 14820.36 + i * 512],
                            ["基本支出", 9630.12 + i * 301],
                            ["项目支出", 5190.24 + i * 211],
                        ],
                    ),
                )
            specs.append(
                doc(
                    f"{dept}-budget-{year}",
                    dept,
                    (i, 2, 3 + 2 * n),
                    f"{name}{year}年部门预算公开",
                    budget("预算", year),
                    genre=Genre.OTHER,
                    series="",
                    subject=FINANCE,
                    columns=_columns(dept, "budgets"),
                    keywords="部门预算 三公经费",
                    summary=f"公开{name}{year}年部门预算及“三公”经费预算情况。",
                    files=files,
                )
            )
            specs.append(
                doc(
                    f"{dept}-accounts-{year - 1}",
                    dept,
                    (i, 8, 18 + n),
                    f"{name}{year - 1}年部门决算公开",
                    budget("决算", year - 1),
                    genre=Genre.OTHER,
                    series="",
                    subject=FINANCE,
                    columns=_columns(dept, "budgets"),
                    keywords="部门决算 三公经费",
                    summary=f"公开{name}{year - 1}年部门决算及“三公”经费支出情况。",
                )
            )
    return specs
