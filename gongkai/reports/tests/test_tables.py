"""Table 2–4 of a small scenario, computed by hand and written out in full."""

from datetime import date

from gongkai.catalogue.models import ValidityChange
from gongkai.core.models import AuditEvent
from gongkai.foi.choices import ApplicantType as T
from gongkai.foi.choices import Outcome, RemedyKind
from gongkai.reports.choices import ReportScope
from gongkai.reports.formats import format_2021 as fmt
from gongkai.reports.selectors.report import tables_compute

from .conftest import at

COLS = fmt.COLUMNS  # 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计


def row(*values):
    return dict(zip(COLS, values, strict=True))


def scenario(org, make_application, make_remedy):
    edu, health = org.edu, org.health
    a1 = make_application(edu, date(2023, 11, 10), T.NATURAL_PERSON, Outcome.GRANTED, date(2024, 1, 5))
    make_application(edu, date(2023, 12, 20), T.BUSINESS)  # still open: carried in and carried over
    make_application(edu, date(2023, 5, 1), T.NATURAL_PERSON, Outcome.GRANTED, date(2023, 6, 1))  # not 2024
    make_application(edu, date(2024, 3, 1), T.NATURAL_PERSON, Outcome.PARTIAL, date(2024, 3, 20))
    make_application(edu, date(2024, 12, 28), T.NATURAL_PERSON)
    make_application(edu, date(2024, 6, 1), T.RESEARCH, Outcome.REFUSED_THIRD_PARTY, date(2024, 6, 30))
    make_application(
        edu, date(2024, 12, 15), T.LEGAL_SERVICE, Outcome.UNAVAILABLE_NOT_HELD, date(2025, 1, 10)
    )
    make_application(edu, date(2024, 2, 2), T.OTHER_ORG, Outcome.OTHER_NO_CORRECTION, date(2024, 2, 3))
    make_application(edu, date(2025, 1, 3), T.NATURAL_PERSON)  # next year
    make_application(health, date(2024, 4, 1), T.NATURAL_PERSON, Outcome.GRANTED, date(2024, 4, 5))
    R = RemedyKind
    make_remedy(a1, R.RECONSIDERATION, date(2023, 12, 1), "upheld", date(2024, 2, 1))
    make_remedy(a1, R.RECONSIDERATION, date(2024, 5, 1))
    make_remedy(
        a1, R.LITIGATION_DIRECT, date(2024, 7, 1), "corrected", date(2025, 2, 1)
    )  # pending at year end
    make_remedy(a1, R.LITIGATION_AFTER, date(2023, 1, 1), "upheld", date(2023, 6, 1))  # concluded before 2024
    make_remedy(a1, R.LITIGATION_DIRECT, date(2024, 3, 1), "corrected", date(2024, 9, 1))


def test_department_table_3_matches_the_hand_computed_table(org, make_application, make_remedy):
    scenario(org, make_application, make_remedy)
    t = tables_compute(scope=ReportScope.DEPARTMENT, department=org.edu, year=2024, version="2021")["table3"]
    zero = row(0, 0, 0, 0, 0, 0, 0)
    expected = {code: zero for code in fmt.RESULT_ROWS}
    expected |= {
        "new": row(2, 0, 1, 0, 1, 1, 5),
        "carried_in": row(1, 1, 0, 0, 0, 0, 2),
        Outcome.GRANTED.value: row(1, 0, 0, 0, 0, 0, 1),
        Outcome.PARTIAL.value: row(1, 0, 0, 0, 0, 0, 1),
        Outcome.REFUSED_THIRD_PARTY.value: row(0, 0, 1, 0, 0, 0, 1),
        Outcome.OTHER_NO_CORRECTION.value: row(0, 0, 0, 0, 0, 1, 1),
        "results_total": row(2, 0, 1, 0, 0, 1, 4),
        "carried_out": row(1, 1, 0, 0, 1, 0, 3),
    }
    assert t == expected
    assert list(t) == list(fmt.ROWS)
    assert fmt.check_table3(t) == []


def test_region_aggregate_adds_every_department(org, make_application, make_remedy):
    scenario(org, make_application, make_remedy)
    t = tables_compute(scope=ReportScope.REGION, department=None, year=2024, version="2021")["table3"]
    assert t["new"] == row(3, 0, 1, 0, 1, 1, 6)
    assert t[Outcome.GRANTED.value] == row(2, 0, 0, 0, 0, 0, 2)
    assert t["results_total"]["total"] == 5


def test_table_4_counts_cases_handled_in_the_year(org, make_application, make_remedy):
    scenario(org, make_application, make_remedy)
    t = tables_compute(scope=ReportScope.DEPARTMENT, department=org.edu, year=2024, version="2021")["table4"]
    assert t == {
        "reconsideration": {"upheld": 1, "corrected": 0, "other": 0, "pending": 1, "total": 2},
        "litigation_direct": {"upheld": 0, "corrected": 1, "other": 0, "pending": 1, "total": 2},
        "litigation_after": {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0},
    }


def test_table_2_counts_issued_repealed_and_valid_normative_documents(org, make_document):
    edu, user = org.edu, org.edu_drafter
    make_document(edu, user, "normative", date(2024, 3, 1))
    old = make_document(edu, user, "normative", date(2022, 1, 1))
    repealer = make_document(edu, user, "normative", date(2024, 5, 1))
    ValidityChange.objects.create(
        source=repealer, target=old, kind="repeal", status="applied", applied_at=at(date(2024, 5, 1))
    )
    rule = make_document(edu, user, "rule", date(2020, 2, 1))
    expired_later = AuditEvent.objects.create(
        action="validity_set",
        object_type="catalogue.document",
        object_id=str(rule.pk),
        after={"validity": "expired"},
    )
    AuditEvent.objects.filter(pk=expired_later.pk).update(created_at=at(date(2025, 2, 1)))
    older = make_document(edu, user, "normative", date(2019, 1, 1))
    ev = AuditEvent.objects.create(
        action="validity_set",
        object_type="catalogue.document",
        object_id=str(older.pk),
        after={"validity": "expired"},
    )
    AuditEvent.objects.filter(pk=ev.pk).update(created_at=at(date(2023, 8, 1)))
    make_document(org.health, org.health_drafter, "normative", date(2024, 1, 9))  # another department
    make_document(edu, user, "other", date(2024, 1, 9))  # not normative

    t = tables_compute(scope=ReportScope.DEPARTMENT, department=edu, year=2024, version="2021")["table2"]
    assert t == {
        "rule": {"issued": 0, "repealed": 0, "valid": 1},
        "normative": {"issued": 2, "repealed": 1, "valid": 2},
    }


def test_a_closed_application_without_outcome_breaks_the_balance_and_is_named(org, make_application):
    make_application(org.edu, date(2024, 3, 1), T.NATURAL_PERSON, Outcome.GRANTED, date(2024, 3, 5))
    bad = make_application(org.edu, date(2024, 4, 1), T.BUSINESS, "", date(2024, 4, 9))  # closed, no outcome
    snapshot = tables_compute(scope=ReportScope.DEPARTMENT, department=org.edu, year=2024, version="2021")
    assert any("商业企业" in v for v in snapshot["violations"])
    [problem] = snapshot["problems"]
    assert "没有办理结果" in problem["message"]
    assert problem["applications"][0]["registration_no"] == bad.registration_no


def test_closed_before_received_is_named(org, make_application):
    bad = make_application(org.edu, date(2024, 5, 1), T.NATURAL_PERSON, Outcome.GRANTED, date(2023, 12, 30))
    snapshot = tables_compute(scope=ReportScope.DEPARTMENT, department=org.edu, year=2024, version="2021")
    assert snapshot["violations"]
    assert [p["applications"][0]["id"] for p in snapshot["problems"]] == [bad.pk]
    assert "早于" in snapshot["problems"][0]["message"]
