"""Import and export of applications: one column set, round trip, validation with row numbers, all-or-nothing."""

import csv
import io
import json
from datetime import date
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import AuditEvent
from gongkai.foi.choices import FeeMethod, Outcome, PauseKind, RemedyKind, State
from gongkai.foi.exchange import COLUMNS, ImportFailed, applications_export, applications_import
from gongkai.foi.exchange.export import export_rows, exportable_applications
from gongkai.foi.models import Application, Fee
from gongkai.foi.services import (
    application_archive,
    application_reply,
    application_start_handling,
    application_vet,
    correction_receive,
    correction_request,
    delivery_record,
    extension_grant,
    fee_notice,
    pause_end,
    pause_start,
    remedy_record,
)

from .conftest import company_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def varied(org, register):
    """Applications with every kind of step, in both departments."""
    a = register(date(2024, 9, 27))
    correction_request(
        actor=org.edu_drafter,
        application=a,
        sent_on=date(2024, 9, 30),
        items="请写明文号",
        deadline_on=date(2024, 10, 18),
    )
    correction_receive(actor=org.edu_drafter, application=a, corrected_on=date(2024, 10, 10))
    application_vet(actor=org.edu_drafter, application=a)
    application_start_handling(actor=org.edu_drafter, application=a)
    extension_grant(
        actor=org.edu_approver,
        application=a,
        days=10,
        reason="需要检索档案",
        approved_on=date(2024, 10, 21),
        notified_on=date(2024, 10, 21),
    )
    pause_start(
        actor=org.edu_drafter,
        application=a,
        kind=PauseKind.THIRD_PARTY,
        started_on=date(2024, 10, 22),
        party="某公司",
    )
    pause_end(actor=org.edu_drafter, pause=a.pauses.get(), ended_on=date(2024, 10, 25), opinion="不同意公开")
    application_reply(
        actor=org.edu_drafter,
        application=a,
        outcome=Outcome.PARTIAL,
        replied_on=date(2024, 11, 5),
        reasons="部分涉及商业秘密",
        withheld_parts="第三方报价",
    )
    delivery_record(
        actor=org.edu_drafter, application=a, method="post", delivered_on=date(2024, 11, 6), note="EMS1"
    )
    remedy_record(
        actor=org.edu_drafter, application=a, kind=RemedyKind.RECONSIDERATION, filed_on=date(2024, 12, 1)
    )
    application_archive(actor=org.edu_drafter, application=a, on=date(2024, 11, 20))
    b = register(date(2024, 10, 8), department=org.health, actor=org.health_drafter, data=company_data())
    fee_notice(
        actor=org.health_drafter,
        application=b,
        method=FeeMethod.PER_VOLUME,
        pages=120,
        notified_on=date(2024, 10, 9),
        pay_by=date(2024, 10, 31),
    )
    register(date(2024, 10, 9))
    return [a, b]


def _wipe():
    Fee.objects.all().delete()  # Fee → Pause is PROTECT
    Application.objects.all().delete()


def _comparable(rows):
    return [
        {k: v for k, v in r.items() if k != "received_at"} | {"received_at": r["received_at"][:19]}
        for r in rows
    ]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_then_import_into_an_empty_database_reproduces_the_applications(org, varied, fmt):
    before = export_rows(exportable_applications(org.office))
    content = applications_export(actor=org.office, fmt=fmt)
    _wipe()
    created = applications_import(actor=org.office, data=content, name=f"x.{fmt}")
    assert len(created) == 3
    after = export_rows(exportable_applications(org.office))
    assert _comparable(after) == _comparable(before)
    archived = Application.objects.get(state=State.ARCHIVED)
    assert archived.correction.corrected_on == date(2024, 10, 10)
    assert archived.extension.days == 10
    assert archived.due_on.isoformat() == next(r for r in before if r["state"] == "archived")["due_on"]


def test_csv_has_a_bom_and_the_english_keys_as_header(org, varied):
    content = applications_export(actor=org.office, fmt="csv")
    assert content.startswith("\ufeff".encode())
    header = next(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert header == [c.key for c in COLUMNS]


def test_every_import_and_the_export_itself_are_audited(org, varied):
    content = applications_export(actor=org.office, fmt="json")
    assert AuditEvent.objects.filter(action="foi_export", actor=org.office).count() == 1
    _wipe()
    created = applications_import(actor=org.office, data=content)
    for app in created:
        assert (
            AuditEvent.objects.filter(
                action="foi_import", object_id=str(app.pk), object_type="foi.application"
            ).count()
            == 1
        )


def test_a_department_handler_exports_only_their_own_department(org, varied):
    rows = json.loads(applications_export(actor=org.edu_drafter, fmt="json"))["applications"]
    assert {r["department_code"] for r in rows} == {org.edu.issuer_code}


def test_only_the_office_may_import(org, varied):
    content = applications_export(actor=org.office, fmt="json")
    with pytest.raises(ApplicationError, match="公开办"):
        applications_import(actor=org.edu_drafter, data=content)


def _csv(rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[c.key for c in COLUMNS])
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v) for k, v in row.items()}
        )
    return ("\ufeff" + out.getvalue()).encode()


def test_one_bad_row_imports_nothing_and_every_error_is_listed_with_its_row_number(org, varied):
    rows = export_rows(exportable_applications(org.office))
    _wipe()
    good, bad_date, bad_outcome, bad_dept, no_id = (dict(rows[i % 3]) for i in range(5))
    for r, seq in ((good, 101), (bad_date, 102), (bad_outcome, 103), (bad_dept, 104), (no_id, 105)):
        r["reg_seq"], r["tracking_code"] = seq, ""
    bad_date["received_on"] = "2024-13-40"
    bad_outcome["outcome"] = "granted_maybe"
    bad_dept["department_code"] = "000000000"
    no_id.update(applicant_type="natural_person", id_number="", credit_code="")
    duplicate = dict(good, tracking_code="")
    with pytest.raises(ImportFailed) as caught:
        applications_import(
            actor=org.office, data=_csv([good, bad_date, bad_outcome, bad_dept, no_id, duplicate])
        )
    messages = [str(e) for e in caught.value.errors]
    assert any(m.startswith("第3行：") and "不是有效日期" in m for m in messages)
    assert any(m.startswith("第4行：") and "granted_maybe" in m for m in messages)
    assert any(m.startswith("第5行：") and "机关代码“000000000”在本平台不存在" in m for m in messages)
    assert any(m.startswith("第6行：") and "证件号码" in m for m in messages)
    assert any(m.startswith("第7行：") and "与第2行重复" in m for m in messages)
    assert not any(m.startswith("第2行") for m in messages)
    assert Application.objects.count() == 0
    assert not AuditEvent.objects.filter(action="foi_import").exists()


def test_a_registration_number_already_on_the_platform_is_refused(org, varied):
    content = applications_export(actor=org.office, fmt="json")
    with pytest.raises(ImportFailed) as caught:
        applications_import(actor=org.office, data=content)
    assert all("重复" in str(e) for e in caught.value.errors)
    assert str(caught.value.errors[0]).startswith("第1行：")


def test_management_commands_export_and_import(org, varied, tmp_path):
    path = tmp_path / "apps.csv"
    call_command("foi_export", user=org.office.username, format="csv", output=str(path))
    _wipe()
    out = io.StringIO()
    call_command("foi_import", str(path), user=org.office.username, stdout=out)
    assert "已导入3件申请" in out.getvalue()


def test_import_page_lists_errors_and_the_column_documentation(client, org, varied):
    client.force_login(org.office)
    page = client.get(reverse("foi:staff-exchange"))
    assert "department_code" in page.content.decode() and "自然人" in page.content.decode()
    upload = io.BytesIO(b'{"applications": [{"department_code": "nope"}]}')
    upload.name = "bad.json"
    response = client.post(reverse("foi:staff-import"), {"file": upload})
    assert response.status_code == 400
    assert "第1行：" in response.content.decode()


def test_export_download_for_a_handler_and_no_import_form(client, org, varied):
    client.force_login(org.edu_drafter)
    response = client.post(reverse("foi:staff-export"), {"format": "csv"})
    disposition = response["Content-Disposition"]
    assert response.status_code == 200 and '.csv"; ' in disposition  # the ASCII fallback name
    stamp = timezone.localdate().strftime("%Y%m%d")
    assert disposition.endswith(f"filename*=UTF-8''{quote(f'政府信息公开申请-{stamp}.csv')}")
    assert "校验并导入" not in client.get(reverse("foi:staff-exchange")).content.decode()
    assert client.post(reverse("foi:staff-import")).status_code == 403
