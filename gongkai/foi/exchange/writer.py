"""Writes one validated row: the application, its step records, the recomputed due date and the audit event."""

from datetime import datetime, time
from typing import Any

from django.utils import timezone

from gongkai.core.models import Department, User

from ..choices import PauseKind, RemedyResult
from ..models import (
    Application,
    Art35Decision,
    Correction,
    Delivery,
    Extension,
    Fee,
    Pause,
    Remedy,
    Transfer,
    tracking_code_new,
)
from ..services.common import audit, due_on_refresh

_APPLICATION_FIELDS = (
    "reg_year reg_seq channel received_on applicant_type name id_type id_number credit_code contact_person "
    "phone address postcode email info_title info_doc_no info_description delivery_form state outcome "
    "legal_basis reply_reasons withheld_parts public_location not_our_agency responsible_agency replied_on "
    "closed_on withdrawn_on archived_on"
).split()


def application_write(*, actor: User, clean: dict[str, Any], row_no: int) -> Application:
    departments = {d.issuer_code: d for d in Department.objects.all()}
    received_at = clean["received_at"] or timezone.make_aware(datetime.combine(clean["received_on"], time(9)))
    app = Application(
        department=departments[clean["department_code"]],
        tracking_code=clean["tracking_code"] or tracking_code_new(),
        received_at=received_at,
        registered_by=actor,
        **{k: clean[k] for k in _APPLICATION_FIELDS},
    )
    if clean["public_document_index_no"]:
        from gongkai.catalogue.models import Document

        app.public_document = Document.objects.get(index_no=clean["public_document_index_no"])
    app.full_clean(exclude=["tracking_code", "email", "public_document"], validate_constraints=False)
    app.save()
    if clean["correction_sent_on"]:
        Correction.objects.create(
            application=app,
            sent_on=clean["correction_sent_on"],
            items=clean["correction_items"],
            deadline_on=clean["correction_deadline_on"],
            corrected_on=clean["corrected_on"],
            created_by=actor,
        )
    if clean["extension_days"]:
        Extension.objects.create(
            application=app,
            days=clean["extension_days"],
            reason=clean["extension_reason"],
            approved_by=actor,
            approved_on=clean["extension_approved_on"],
            notified_on=clean["extension_notified_on"],
        )
    fee_pause = None
    for p in clean["pauses"]:
        pause = Pause.objects.create(application=app, created_by=actor, **p)
        if p["kind"] == PauseKind.FEE:
            fee_pause = pause
    if clean["fee_method"]:
        if fee_pause is None:
            fee_pause = Pause.objects.create(
                application=app,
                kind=PauseKind.FEE,
                party="申请人",
                started_on=clean["fee_notified_on"],
                ended_on=clean["fee_paid_on"],
                created_by=actor,
            )
        Fee.objects.create(
            application=app,
            pause=fee_pause,
            created_by=actor,
            **{
                k: clean[f"fee_{k}"]
                for k in ("method", "ordinal", "pages", "amount", "notified_on", "pay_by")
            },
            paid_on=clean["fee_paid_on"],
        )
    for d in clean["art35"]:
        Art35Decision.objects.create(application=app, decided_by=actor, **d)
    for d in clean["deliveries"]:
        Delivery.objects.create(application=app, recorded_by=actor, **d)
    for r in clean["remedies"]:
        Remedy.objects.create(
            application=app, recorded_by=actor, **(r | {"result": r["result"] or RemedyResult.PENDING})
        )
    for t in clean["transfers"]:
        Transfer.objects.create(
            application=app,
            from_department=departments[t["from_department_code"]],
            to_department=departments[t["to_department_code"]],
            old_registration_no=t["old_registration_no"],
            transferred_on=t["transferred_on"],
            reason=t["reason"],
            actor=actor,
        )
    due_on_refresh(app)
    app.save(update_fields=["due_on"])
    audit(actor, "import", app, {}, reason="从其他系统导入", source_row=row_no)
    return app
