"""Thousands of applications over three years, with carry-overs: every invariant, every year and scope,
and the SQL aggregation agrees with a plain count in Python."""

import random
from datetime import date, timedelta

import pytest

from gongkai.foi.choices import ApplicantType, Outcome, State
from gongkai.foi.models import Application
from gongkai.reports.choices import ReportScope
from gongkai.reports.formats import format_2021 as fmt
from gongkai.reports.selectors.report import tables_compute

from .conftest import application_row

TYPES = list(ApplicantType)
OUTCOMES = list(Outcome)


@pytest.fixture
def many_applications(org):
    rng = random.Random(2024)
    rows = []
    for _ in range(3000):
        dept = rng.choice([org.edu, org.health, org.office_dept])
        received = date(2022, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        kind = rng.choices(TYPES, weights=[70, 15, 3, 3, 5, 4])[0]
        if rng.random() < 0.9:  # most finish, some many months later (carry-overs across two year ends)
            closed = received + timedelta(days=rng.choice([0, 5, 15, 25, 40, 120, 400]))
            rows.append(application_row(dept, received, kind, rng.choice(OUTCOMES).value, closed))
        else:
            rows.append(application_row(dept, received, kind))
    Application.objects.bulk_create(rows, batch_size=500)
    return rows


def reference(rows, department_ids, year):
    start, end = date(year, 1, 1), date(year, 12, 31)
    table = {k: {c: 0 for c in fmt.COLUMNS} for k in fmt.ROWS}
    for a in rows:
        if department_ids is not None and a.department_id not in department_ids:
            continue
        t = a.applicant_type
        cells = []
        if start <= a.received_on <= end:
            cells.append("new")
        if a.received_on < start and (a.closed_on is None or a.closed_on >= start):
            cells.append("carried_in")
        if a.closed_on and start <= a.closed_on <= end:
            cells += [a.outcome, "results_total"]
        if a.received_on <= end and (a.closed_on is None or a.closed_on > end):
            cells.append("carried_out")
        for key in cells:
            table[key][t] += 1
            table[key]["total"] += 1
    return table


@pytest.mark.parametrize("year", [2022, 2023, 2024])
def test_every_invariant_holds_and_matches_a_plain_count(org, many_applications, year):
    scopes = [
        (ReportScope.DEPARTMENT, org.edu, [org.edu.pk]),
        (ReportScope.DEPARTMENT, org.health, [org.health.pk]),
        (ReportScope.GOVERNMENT, org.office_dept, [org.gov.pk, org.office_dept.pk]),
        (ReportScope.REGION, None, None),
    ]
    totals = {}
    for scope, department, ids in scopes:
        snapshot = tables_compute(scope=scope, department=department, year=year, version="2021")
        t = snapshot["table3"]
        assert snapshot["violations"] == [] and snapshot["problems"] == []
        assert t == reference(many_applications, ids, year)
        for col in fmt.COLUMNS:
            assert t["new"][col] + t["carried_in"][col] == t["results_total"][col] + t["carried_out"][col]
            assert t["results_total"][col] == sum(t[code][col] for code in fmt.RESULT_ROWS)
        for key in fmt.ROWS:
            assert t[key]["total"] == sum(t[key][c] for c in fmt.COLUMNS[:-1])
        totals[(scope, department and department.pk)] = t
    region = totals[(ReportScope.REGION, None)]
    parts = [t for (scope, _), t in totals.items() if scope != ReportScope.REGION]
    for key in fmt.ROWS:  # the aggregate is the sum of the departments (which partition the data here)
        assert region[key]["total"] == sum(p[key]["total"] for p in parts)


def test_carried_over_at_one_year_end_is_carried_in_the_next(org, many_applications):
    for year in (2022, 2023):
        out = tables_compute(scope=ReportScope.REGION, department=None, year=year, version="2021")["table3"]
        nxt = tables_compute(scope=ReportScope.REGION, department=None, year=year + 1, version="2021")[
            "table3"
        ]
        assert out["carried_out"] == nxt["carried_in"]
        assert out["carried_out"]["total"] > 0


def test_open_applications_are_registered_state(many_applications):
    assert all(a.state == State.HANDLING for a in many_applications if not a.outcome)
