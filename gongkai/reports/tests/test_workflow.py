"""From generation to publication through the catalogue review, and what blocks it."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from gongkai.catalogue.choices import DocumentState
from gongkai.catalogue.services.review import document_review_pass
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import AuditEvent
from gongkai.foi.choices import ApplicantType as T
from gongkai.foi.choices import Outcome
from gongkai.reports import services
from gongkai.reports.choices import ReportScope, ReportState

NOW = datetime(2025, 1, 10, 9, tzinfo=ZoneInfo("Asia/Shanghai"))
INPUTS = {"licensing_count": 120, "penalty_count": 8, "coercion_count": 0, "fee_amount": 0}


@pytest.fixture
def report(org, make_application):
    make_application(org.edu, date(2024, 3, 1), T.NATURAL_PERSON, Outcome.GRANTED, date(2024, 3, 8))
    make_application(org.edu, date(2024, 12, 20), T.BUSINESS)
    return services.report_generate(
        actor=org.edu_approver, scope=ReportScope.DEPARTMENT, department=org.edu, year=2024, now=NOW
    )


def test_generation_prefills_the_overview_from_the_data(report):
    assert report.format_version == "2021" and report.state == ReportState.DRAFT
    assert "收到政府信息公开申请2件" in report.overview_on_request
    assert report.tables["table3"]["carried_out"]["total"] == 1
    assert AuditEvent.objects.filter(action="report_generate", object_id=str(report.pk)).exists()


def test_a_department_cannot_generate_another_departments_report(org):
    with pytest.raises(ApplicationError):
        services.report_generate(
            actor=org.health_approver, scope=ReportScope.DEPARTMENT, department=org.edu, year=2024, now=NOW
        )
    with pytest.raises(ApplicationError):
        services.report_generate(
            actor=org.edu_approver, scope=ReportScope.REGION, department=None, year=2024, now=NOW
        )


def test_the_current_year_cannot_be_reported(org):
    with pytest.raises(ApplicationError, match="已经结束"):
        services.report_generate(
            actor=org.office, scope=ReportScope.REGION, department=None, year=2025, now=NOW
        )


def test_missing_table_2_inputs_block_submission(org, report):
    with pytest.raises(ApplicationError, match="行政许可"):
        services.report_submit(actor=org.edu_drafter, report=report, now=NOW)


def test_an_unbalanced_table_blocks_submission_naming_the_application(org, report, make_application):
    bad = make_application(org.edu, date(2024, 5, 1), T.NATURAL_PERSON, "", date(2024, 5, 9))
    report = services.report_generate(
        actor=org.edu_approver, scope=ReportScope.DEPARTMENT, department=org.edu, year=2024, now=NOW
    )
    services.report_update(actor=org.edu_approver, report=report, data=INPUTS)
    with pytest.raises(ApplicationError) as exc:
        services.report_submit(actor=org.edu_drafter, report=report, now=NOW)
    assert bad.registration_no in exc.value.message and "勾稽关系" in exc.value.message


def test_only_a_drafter_of_the_department_submits(org, report):
    services.report_update(actor=org.edu_approver, report=report, data=INPUTS)
    with pytest.raises(ApplicationError, match="信息员"):
        services.report_submit(actor=org.edu_approver, report=report, now=NOW)


def test_publishing_goes_through_review_and_marks_the_report_published(org, report):
    services.report_update(actor=org.edu_approver, report=report, data=INPUTS | {"problems_text": "问题一。"})
    report = services.report_submit(actor=org.edu_drafter, report=report, now=NOW)
    doc = report.document
    assert report.state == ReportState.IN_REVIEW and doc.state == DocumentState.FIRST_REVIEW
    assert list(doc.columns.values_list("slug", flat=True)) == ["annual-reports"]
    assert "<table>" in doc.body and "rowspan" in doc.body and "问题一。" in doc.body
    assert doc.attachments.get().original_name.endswith(".pdf")
    with pytest.raises(ApplicationError):
        services.report_update(actor=org.edu_approver, report=report, data={"other_text": "改"})
    for reviewer in (org.edu_first, org.edu_second, org.edu_approver):
        document_review_pass(document=doc, actor=reviewer, now=NOW)
    report.refresh_from_db()
    assert report.current_state == ReportState.PUBLISHED and report.is_published
    assert report.document.published_at is not None


def test_a_returned_document_sends_the_report_back_to_draft_and_resubmission_reuses_it(org, report):
    from gongkai.catalogue.services.review import document_return

    services.report_update(actor=org.edu_approver, report=report, data=INPUTS)
    report = services.report_submit(actor=org.edu_drafter, report=report, now=NOW)
    doc = report.document
    document_review_pass(document=doc, actor=org.edu_first, now=NOW)
    document_return(document=doc, actor=org.edu_second, reason="表三数字与台账不一致")
    report.refresh_from_db()
    assert report.state == ReportState.DRAFT and report.current_state == ReportState.DRAFT
    event = AuditEvent.objects.get(action="report_returned", object_id=str(report.pk))
    assert event.reason == "表三数字与台账不一致" and event.before == {"state": "in_review"}
    # Editable again, and submitted again as the same catalogue document with the corrected text.
    services.report_update(actor=org.edu_approver, report=report, data={"other_text": "已更正。"})
    report = services.report_submit(actor=org.edu_drafter, report=report, now=NOW)
    assert report.state == ReportState.IN_REVIEW and report.document_id == doc.pk
    doc.refresh_from_db()
    assert doc.state == DocumentState.FIRST_REVIEW and doc.review_round == 2 and "已更正。" in doc.body
    assert doc.attachments.count() == 1
    for reviewer in (org.edu_first, org.edu_second, org.edu_approver):
        document_review_pass(document=doc, actor=reviewer, now=NOW)
    report.refresh_from_db()
    assert report.is_published


def test_the_report_page_says_the_document_was_returned(client, org, report):
    from gongkai.catalogue.services.review import document_return

    services.report_update(actor=org.edu_approver, report=report, data=INPUTS)
    report = services.report_submit(actor=org.edu_drafter, report=report, now=NOW)
    document_return(document=report.document, actor=org.edu_first, reason="请补充说明")
    client.force_login(org.edu_drafter)
    page = client.get(f"/staff/reports/{report.pk}/").content.decode()
    assert "公开文件在审查中被退回，报告已恢复为草稿" in page and "提交发布审查" in page
