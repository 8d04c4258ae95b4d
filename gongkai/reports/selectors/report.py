"""A report's tables: computed (snapshot), drawn as grids, compared with last year; and the reminders."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from gongkai.workdays.statute import (
    DEPARTMENT_REPORT_DEADLINE,
    DEPARTMENT_REPORT_DEADLINE_BASIS,
    GOVERNMENT_REPORT_DEADLINE,
    GOVERNMENT_REPORT_DEADLINE_BASIS,
    REPORT_REMINDER_LEAD_DAYS,
)

from ..choices import ReportScope
from ..formats import get_format
from ..models import AnnualReport
from .facts import report_facts
from .problems import table3_problems
from .scope import scope_department_ids
from .tables import application_counts, normative_counts, remedy_counts


def tables_compute(*, scope: str, department, year: int, version: str) -> dict:
    """The JSON snapshot stored on the report: tables, invariant check, problems, facts."""
    fmt = get_format(version)
    ids = scope_department_ids(scope, department)
    table3 = fmt.build_table3(application_counts(department_ids=ids, year=year))
    table4 = fmt.build_table4(remedy_counts(department_ids=ids, year=year))
    violations = fmt.check_table3(table3) + fmt.check_table4(table4)
    return {
        "format_version": version,
        "year": year,
        "table2": normative_counts(department_ids=ids, year=year),
        "table3": table3,
        "table4": table4,
        "violations": [v.message for v in violations],
        # Only looked for when something is wrong; otherwise the check is the proof.
        "problems": table3_problems(department_ids=ids, year=year) if violations else [],
        "facts": report_facts(department_ids=ids, year=year),
    }


def report_inputs(report: AnnualReport) -> dict:
    values = {f: getattr(report, f) for f in AnnualReport.INPUT_FIELDS}
    if isinstance(values["fee_amount"], Decimal):
        values["fee_amount"] = float(values["fee_amount"])
    return values


def report_grids(report: AnnualReport) -> list:
    fmt = get_format(report.format_version)
    t = report.tables
    if not t:
        return []
    return [
        fmt.table2_grid(t["table2"], report_inputs(report)),
        fmt.table3_grid(t["table3"]),
        fmt.table4_grid(t["table4"]),
    ]


def report_sections(report: AnnualReport) -> dict:
    """Everything the published page and the exports draw, in the format's order."""
    fmt = get_format(report.format_version)
    grids = {g.key: g for g in report_grids(report)}
    return {
        "title": report.title,
        "format": fmt,
        "overview": [(label, getattr(report, field)) for field, label in fmt.OVERVIEW_PARTS],
        "headings": dict(fmt.SECTIONS),
        "grids": grids,
        "problems_text": report.problems_text,
        "other_text": report.other_text,
    }


def missing_inputs(report: AnnualReport) -> list[str]:
    return [
        AnnualReport._meta.get_field(f).verbose_name
        for f in AnnualReport.INPUT_FIELDS
        if getattr(report, f) is None
    ]


def previous_report(report: AnnualReport) -> AnnualReport | None:
    return (
        AnnualReport.objects.filter(scope=report.scope, department=report.department, year=report.year - 1)
        .exclude(tables={})
        .first()
    )


@dataclass(frozen=True)
class Comparison:
    label: str
    current: int
    previous: int | None

    @property
    def change(self) -> int | None:
        return None if self.previous is None else self.current - self.previous


def report_comparison(report: AnnualReport) -> list[Comparison]:
    """Key figures against last year's report, or last year's data when no report was made."""
    if not report.tables:
        return []
    fmt = get_format(report.format_version)
    prev = previous_report(report)
    prev_tables = (
        prev.tables
        if prev and prev.format_version == report.format_version
        else tables_compute(
            scope=report.scope,
            department=report.department,
            year=report.year - 1,
            version=report.format_version,
        )
    )
    return [
        Comparison(label, report.tables[t][row][col], prev_tables[t][row][col])
        for label, t, row, col in fmt.SUMMARY_FIGURES
    ]


@dataclass(frozen=True)
class Reminder:
    year: int
    label: str
    deadline: date
    basis: str
    days_left: int
    report: AnnualReport | None
    scope: str = ""

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def report_reminders(*, today: date, reports) -> list[Reminder]:
    """Deadlines for last year's reports that fall within the lead time and are not yet published.

    31 January for department reports (条例第四十九条), 31 March for the government's (第五十条).
    `reports` is what the user may see; a reminder is dropped once the report is published.
    """
    found = []
    for deadline_year in (today.year, today.year + 1):
        year = deadline_year - 1  # reports are due the year after the one they cover
        by_scope: dict[str, list] = {}
        for r in reports.filter(year=year):
            by_scope.setdefault(r.scope, []).append(r)
        for scope, (month, day), basis, label in (
            (
                ReportScope.DEPARTMENT,
                DEPARTMENT_REPORT_DEADLINE,
                DEPARTMENT_REPORT_DEADLINE_BASIS,
                "部门年度报告",
            ),
            (
                ReportScope.GOVERNMENT,
                GOVERNMENT_REPORT_DEADLINE,
                GOVERNMENT_REPORT_DEADLINE_BASIS,
                "本级政府年度报告",
            ),
        ):
            deadline = date(deadline_year, month, day)
            days_left = (deadline - today).days
            if not -REPORT_REMINDER_LEAD_DAYS <= days_left <= REPORT_REMINDER_LEAD_DAYS:
                continue
            existing = by_scope.get(scope, [])
            pending = [r for r in existing if not r.is_published]
            if existing and not pending:
                continue
            found.append(
                Reminder(year, label, deadline, basis, days_left, pending[0] if pending else None, scope)
            )
    return found
