"""The world of the 依申请公开 isolation matrix: applications in each department, with letters and files.

Everything goes through the real services, so what the matrix refuses is what production would store.
"""

from datetime import timedelta

from django.utils import timezone

from gongkai.catalogue.tests.views.factories import build_org, pdf_upload
from gongkai.foi import services
from gongkai.foi.choices import ApplicantType, Channel, DeliveryForm, IdType, Outcome, RemedyKind
from gongkai.foi.letters import services as letters
from gongkai.foi.letters.models import LetterTemplate
from gongkai.foi.models import PublicationProposal

# The applicants' personal data: distinctive strings that must never appear on a public page.
EDU_APPLICANT = {
    "name": "欧阳矩阵",
    "id_number": "110105198001013575",
    "phone": "13912340001",
    "address": "示范县矩阵路101号",
    "email": "matrix-edu@example.com",
}
HEALTH_APPLICANT = {
    "name": "司马隔离",
    "id_number": "11010519491231002X",
    "phone": "13912340002",
    "address": "示范县隔离街202号",
    "email": "matrix-health@example.com",
}
PERSONAL_STRINGS = [v for person in (EDU_APPLICANT, HEALTH_APPLICANT) for v in person.values()]


def applicant(person: dict, **overrides) -> services.ApplicationData:
    fields = {
        "applicant_type": ApplicantType.NATURAL_PERSON,
        "id_type": IdType.RESIDENT_ID,
        "delivery_form": DeliveryForm.PAPER,
        "info_title": "矩阵甲·学校招生计划",
    }
    return services.ApplicationData(**(fields | person | overrides))


def register(department, actor, person: dict, *, id_proof=None, **data):
    return services.application_register(
        department=department,
        data=applicant(person, **data),
        received_at=timezone.now(),
        received_on=timezone.localdate(),
        actor=actor,
        channel=Channel.POST,
        id_proof=id_proof,
    )


def build_world() -> dict:
    """Applications of both departments in the states the matrix needs (call inside a transaction)."""
    org = build_org()
    letters.templates_ensure()
    today = timezone.localdate()
    w: dict = {"org": org}
    w["registered"] = register(org.edu, org.edu_drafter, EDU_APPLICANT, id_proof=pdf_upload("身份证.pdf"))
    replied = register(org.edu, org.edu_drafter, EDU_APPLICANT, info_title="矩阵乙·校舍维修经费")
    w["replied"] = services.application_reply(
        actor=org.edu_drafter,
        application=replied,
        outcome=Outcome.UNAVAILABLE_NOT_HELD,
        replied_on=today,
        reasons="经检索，本机关未制作该信息。",
    )
    w["letter"] = letters.letter_generate(actor=org.edu_drafter, application=w["replied"], kind="reply")
    w["file"] = letters.delivered_file_add(
        actor=org.edu_drafter, application=w["replied"], upload=pdf_upload("提供的信息.pdf")
    )
    w["remedy"] = services.remedy_record(
        actor=org.edu_drafter,
        application=w["replied"],
        kind=RemedyKind.values[0],
        filed_on=today,
        body="示范县人民政府",
    )
    w["health"] = register(
        org.health,
        org.health_drafter,
        HEALTH_APPLICANT,
        id_proof=pdf_upload("身份证.pdf"),
        info_title="矩阵丙·疫苗",
    )
    health_replied = register(org.health, org.health_drafter, HEALTH_APPLICANT, info_title="矩阵丁·医院名录")
    w["health_replied"] = services.application_reply(
        actor=org.health_drafter,
        application=health_replied,
        outcome=Outcome.UNAVAILABLE_NOT_HELD,
        replied_on=today,
        reasons="经检索，本机关未制作该信息。",
    )
    w["health_letter"] = letters.letter_generate(
        actor=org.health_drafter, application=w["health_replied"], kind="reply"
    )
    w["health_file"] = letters.delivered_file_add(
        actor=org.health_drafter, application=w["health_replied"], upload=pdf_upload("医院名录.pdf")
    )
    # Sent by edu to health: from then on health's alone, edu no longer sees the applicant.
    moved = register(org.edu, org.edu_drafter, EDU_APPLICANT, info_title="矩阵戊·卫生院编制")
    w["transferred"] = services.application_transfer(
        actor=org.edu_drafter, application=moved, to_department=org.health, on=today, reason="属卫健局职责"
    )
    w["proposal"] = services.proposal_create(
        actor=org.office,
        department=org.edu,
        applications=[w["registered"], w["replied"]],
        title="学校招生计划",
        reason="多人申请。",
        period_start=today - timedelta(days=30),
        period_end=today,
    )
    assert isinstance(w["proposal"], PublicationProposal)
    w["template"] = LetterTemplate.objects.order_by("pk").first()
    return w
