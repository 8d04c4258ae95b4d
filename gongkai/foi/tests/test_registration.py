"""登记: numbers, tracking codes, receipt dates, validation, isolation, audit."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from gongkai.core.audit import audit_history
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import AccessLog, AuditEvent
from gongkai.foi.choices import Channel, State
from gongkai.foi.models import Application
from gongkai.foi.models.application import TRACKING_ALPHABET, TRACKING_LENGTH
from gongkai.foi.services import (
    application_register,
    application_start_handling,
    application_transfer,
    application_vet,
    application_view_log,
)

from .conftest import at, company_data, person_data

pytestmark = pytest.mark.django_db


def test_registration_numbers_count_per_department_and_per_year(org, register):
    a1 = register(date(2024, 12, 30))
    a2 = register(date(2024, 12, 31))
    b1 = register(date(2024, 12, 31), department=org.health, actor=org.health_drafter)
    c1 = register(date(2025, 1, 2))
    assert [(a.reg_year, a.reg_seq) for a in (a1, a2, b1, c1)] == [(2024, 1), (2024, 2), (2024, 1), (2025, 1)]
    assert a2.registration_no == "依申请〔2024〕2号"


def test_tracking_codes_are_long_random_and_unambiguous(register):
    apps = [register() for _ in range(20)]
    codes = [a.tracking_code for a in apps]
    assert len(set(codes)) == 20
    for app in apps:
        assert len(app.tracking_code) == TRACKING_LENGTH >= 10
        assert set(app.tracking_code) <= set(TRACKING_ALPHABET)
    assert not set("01OIL") & set(TRACKING_ALPHABET)
    assert sorted(codes) != codes  # no order follows registration (chance of failure 1 in 20!)


def test_tracking_codes_do_not_follow_the_registration_order(register):
    a, b = register(), register()
    assert a.tracking_code[:-1] != b.tracking_code[:-1]


def test_an_online_application_is_received_on_the_day_it_is_submitted(org):
    app = application_register(department=org.edu, data=person_data(), received_at=at(date(2024, 9, 27), 23))
    assert app.channel == Channel.ONLINE
    assert app.received_on == date(2024, 9, 27)
    assert app.registered_by is None
    assert app.due_on == date(2024, 10, 30)


def test_an_application_received_on_saturday_is_due_as_if_received_on_the_next_working_day(register):
    assert register(date(2024, 9, 28)).due_on == date(2024, 10, 31)


def test_the_rolling_rule_is_a_setting(register, settings):
    settings.FOI_NON_WORKDAY_RECEIPT_ROLLS_FORWARD = False
    assert register(date(2024, 9, 28)).due_on == date(2024, 10, 30)


def test_staff_enter_the_receipt_date_of_a_letter_signed_for_earlier(org, register):
    app = application_register(
        department=org.edu,
        data=person_data(),
        received_at=at(date(2024, 10, 8)),
        received_on=date(2024, 9, 27),
        actor=org.edu_drafter,
        channel=Channel.POST,
    )
    assert app.received_on == date(2024, 9, 27)
    with pytest.raises(ApplicationError, match="不能晚于"):
        register(date(2024, 10, 9), received_at=at(date(2024, 10, 8)))


def test_a_receipt_whose_deadline_needs_an_unentered_year_is_still_registered_without_a_due_date(
    register, cal
):
    app = register(date(max(cal.years), 12, 20))
    assert app.due_on is None


def test_a_natural_person_needs_a_valid_id_number(register):
    with pytest.raises(ApplicationError) as exc:
        register(data=person_data(id_number="110105194912310021"))
    assert exc.value.field == "id_number"


def test_an_organisation_needs_a_valid_credit_code_and_a_contact_person(register):
    assert register(data=company_data()).credit_code == "91350100M000100Y43"
    with pytest.raises(ApplicationError) as exc:
        register(data=company_data(credit_code="91350100M000100Y44"))
    assert exc.value.field == "credit_code"
    with pytest.raises(ApplicationError) as exc:
        register(data=company_data(contact_person=""))
    assert exc.value.field == "contact_person"


def test_the_requested_information_must_be_described(register):
    with pytest.raises(ApplicationError) as exc:
        register(data=person_data(info_title="", info_doc_no="", info_description=""))
    assert exc.value.field == "info_title"


def test_email_delivery_needs_an_email_address(register):
    with pytest.raises(ApplicationError) as exc:
        register(data=person_data(delivery_form="email", email=""))
    assert exc.value.field == "email"


def test_another_departments_handler_cannot_register_act_or_view(org, register):
    app = register()
    with pytest.raises(ApplicationError):
        register(actor=org.health_drafter)
    with pytest.raises(ApplicationError):
        application_vet(actor=org.health_drafter, application=app)
    with pytest.raises(ApplicationError):
        application_view_log(actor=org.health_drafter, application=app)
    with pytest.raises(ApplicationError):
        application_vet(actor=org.edu_first, application=app)  # a 保密审查 reviewer: no access to applicants
    with pytest.raises(ApplicationError):
        application_vet(actor=org.sysadmin, application=app)


def test_the_office_may_act_on_any_department(org, register):
    app = application_vet(actor=org.office, application=register())
    assert app.state == State.VETTING


def test_viewing_an_application_is_logged_in_the_access_log_not_in_its_history(org, register):
    app = register()
    events = audit_history(app).count()
    application_view_log(actor=org.edu_approver, application=app, ip_address="10.0.0.7")
    row = AccessLog.objects.get(action="foi_view")
    assert (row.actor, row.object_id, row.department, row.ip_address) == (
        org.edu_approver,
        str(app.pk),
        org.edu,
        "10.0.0.7",
    )
    assert audit_history(app).count() == events


def test_register_vet_and_handle_each_write_an_audit_event(org, register):
    app = register()
    app = application_vet(actor=org.edu_drafter, application=app)
    app = application_start_handling(actor=org.edu_drafter, application=app)
    actions = list(audit_history(app).order_by("id").values_list("action", flat=True))
    assert actions == ["foi_register", "foi_vet", "foi_start_handling"]
    last = AuditEvent.objects.filter(action="foi_start_handling").get()
    assert last.before["state"] == "vetting" and last.after["state"] == "handling"
    assert last.department == org.edu


def test_states_follow_the_statutory_order(org, register):
    app = register()
    with pytest.raises(ApplicationError):
        application_start_handling(actor=org.edu_drafter, application=app)


def test_a_transfer_keeps_the_receipt_date_and_registers_in_the_new_department(org, register):
    app = register(date(2024, 9, 27))
    register(date(2024, 9, 27), department=org.health, actor=org.health_drafter)
    moved = application_transfer(
        actor=org.edu_drafter,
        application=app,
        to_department=org.health,
        on=date(2024, 9, 30),
        reason="属卫健局职责",
    )
    assert moved.department == org.health
    assert moved.received_on == date(2024, 9, 27) and moved.due_on == date(2024, 10, 30)
    assert (moved.reg_year, moved.reg_seq) == (2024, 2)
    assert moved.transfers.get().old_registration_no == "依申请〔2024〕1号"
    with pytest.raises(ApplicationError):
        application_vet(actor=org.edu_drafter, application=moved)  # the old department no longer sees it


def test_an_identity_proof_is_checked_by_content(org):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    app = application_register(
        department=org.edu,
        data=person_data(),
        received_at=at(date(2024, 9, 27)),
        id_proof=SimpleUploadedFile("id.png", png, content_type="image/png"),
    )
    assert app.id_proof is not None and app.id_proof_name == "id.png"
    with pytest.raises(ApplicationError) as exc:
        application_register(
            department=org.edu,
            data=person_data(),
            received_at=at(date(2024, 9, 27)),
            id_proof=SimpleUploadedFile(
                "id.pdf", b"<html><script>x</script>", content_type="application/pdf"
            ),
        )
    assert exc.value.field == "id_proof"
    assert Application.objects.count() == 1
