"""Staff pages: who sees what, generating, editing, previewing and downloading."""

from datetime import date
from urllib.parse import quote

import pytest
import time_machine

from gongkai.foi.choices import ApplicantType as T
from gongkai.foi.choices import Outcome
from gongkai.reports.choices import ReportScope, ReportState
from gongkai.reports.models import AnnualReport
from gongkai.reports.selectors.report import report_reminders

pytestmark = pytest.mark.usefixtures("calendar_time")


@pytest.fixture
def calendar_time():
    with time_machine.travel("2025-01-10 09:00 +0800", tick=False):
        yield


@pytest.fixture
def data(org, make_application):
    make_application(org.edu, date(2024, 3, 1), T.NATURAL_PERSON, Outcome.GRANTED, date(2024, 3, 8))
    return org


def test_office_generates_the_region_wide_aggregate_and_sees_the_tables(client, data):
    client.force_login(data.office)
    page = client.get("/staff/reports/").content.decode()
    assert "年度报告" in page and "全县汇总" in page
    response = client.post("/staff/reports/generate/", {"year": 2024, "scope": "region"})
    report = AnnualReport.objects.get(scope=ReportScope.REGION, year=2024)
    assert response.status_code == 302 and response["Location"] == f"/staff/reports/{report.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "本年新收政府信息公开申请数量" in page and "与上年对比" in page and 'rowspan="22"' in page


def test_the_report_page_shows_its_history_in_chinese(client, data):
    client.force_login(data.office)
    response = client.post("/staff/reports/generate/", {"year": 2024, "scope": "region"})
    client.post(f"{response['Location']}regenerate/")
    page = client.get(response["Location"]).content.decode()
    history = page[page.index('id="h-history"') :]
    assert "生成年度报告" in history and "按最新数据重新统计" in history and "report_" not in history


def test_a_department_approver_generates_only_its_own(client, data):
    client.force_login(data.edu_approver)
    page = client.get("/staff/reports/").content.decode()
    assert "全县汇总" not in page and 'href="/staff/reports/"' in page  # nav link
    response = client.post(
        "/staff/reports/generate/", {"year": 2024, "scope": "department", "department": data.health.pk}
    )
    assert response.status_code == 200 and not AnnualReport.objects.exists()
    client.post("/staff/reports/generate/", {"year": 2024, "scope": "department", "department": data.edu.pk})
    report = AnnualReport.objects.get()
    client.force_login(data.health_approver)
    assert (
        client.get(f"/staff/reports/{report.pk}/").status_code == 404
    )  # another department's report is not revealed


def test_people_without_a_preparing_role_have_no_reports_page(client, data):
    client.force_login(data.edu_first)
    assert client.get("/staff/reports/").status_code == 403


def test_editing_keeps_what_was_typed_and_saves_the_inputs(client, data):
    client.force_login(data.edu_approver)
    client.post("/staff/reports/generate/", {"year": 2024, "scope": "department", "department": data.edu.pk})
    report = AnnualReport.objects.get()
    form = {f: "文字" for f in AnnualReport.TEXT_FIELDS} | {
        "licensing_count": "-1",
        "penalty_count": "3",
        "coercion_count": "0",
        "fee_amount": "1.5",
    }
    page = client.post(f"/staff/reports/{report.pk}/edit/", form).content.decode()
    assert "文字" in page and 'value="3"' in page  # rejected (negative count) without losing input
    form["licensing_count"] = "40"
    assert client.post(f"/staff/reports/{report.pk}/edit/", form).status_code == 302
    report.refresh_from_db()
    assert report.licensing_count == 40 and str(report.fee_amount) == "1.5000"
    preview = client.get(f"/staff/reports/{report.pk}/preview/").content.decode()
    assert "2024年政府信息公开工作年度报告" in preview and "六、其他需要报告的事项" in preview


def test_exports_download_with_their_types(client, data):
    client.force_login(data.office)
    client.post("/staff/reports/generate/", {"year": 2024, "scope": "department", "department": data.edu.pk})
    pk = AnnualReport.objects.get().pk
    for fmt, start in (("xlsx", b"PK"), ("docx", b"PK"), ("pdf", b"%PDF")):
        response = client.get(f"/staff/reports/{pk}/export.{fmt}")
        assert response.status_code == 200 and response.content.startswith(start)
    assert client.get(f"/staff/reports/{pk}/export.exe").status_code == 404


def test_exports_download_under_the_report_s_chinese_title(client, data):
    client.force_login(data.office)
    client.post("/staff/reports/generate/", {"year": 2024, "scope": "department", "department": data.edu.pk})
    report = AnnualReport.objects.get()
    for fmt in ("xlsx", "docx", "pdf"):
        disposition = client.get(f"/staff/reports/{report.pk}/export.{fmt}")["Content-Disposition"]
        assert f"filename*=UTF-8''{quote(f'{report.title}.{fmt}')}" in disposition
        assert f'filename="2024-annual-report-{report.pk}.{fmt}"' in disposition  # ASCII fallback
    assert "年度报告" in report.title and data.edu.name in report.title


def test_reminders_before_31_january_and_31_march(org):
    reports = AnnualReport.objects.all()
    [dept] = report_reminders(today=date(2025, 1, 10), reports=reports)
    assert dept.deadline == date(2025, 1, 31) and dept.days_left == 21 and "第四十九条" in dept.basis
    labels = [r.label for r in report_reminders(today=date(2025, 2, 20), reports=reports)]
    assert labels == ["部门年度报告", "本级政府年度报告"]  # January's is overdue; March's is coming
    assert report_reminders(today=date(2025, 2, 20), reports=reports)[0].overdue
    december = report_reminders(today=date(2024, 12, 15), reports=reports)
    assert [(r.year, r.deadline) for r in december] == [(2024, date(2025, 1, 31))]
    assert report_reminders(today=date(2025, 7, 1), reports=reports) == []


def test_a_published_report_clears_its_reminder(org):
    AnnualReport.objects.create(
        scope=ReportScope.DEPARTMENT,
        department=org.edu,
        year=2024,
        state=ReportState.PUBLISHED,
        created_by=org.office,
    )
    from gongkai.core.permissions import is_office  # noqa: F401

    reminders = report_reminders(
        today=date(2025, 1, 10), reports=AnnualReport.objects.filter(department=org.edu)
    )
    assert reminders == []


def test_the_staff_navigation_offers_the_annual_report_only_to_those_who_prepare_it(client, org):
    client.force_login(org.edu_drafter)
    assert "年度报告" in client.get("/staff/").content.decode()
    client.force_login(org.edu_first)
    assert "年度报告" not in client.get("/staff/").content.decode()
