"""答复 with exactly one outcome and what it needs; 送达, 归档, remedies; the outcome invariant."""

from datetime import date

import pytest
from django.db import IntegrityError, transaction

from gongkai.catalogue.choices import DocumentState
from gongkai.catalogue.models import Document
from gongkai.core.audit import audit_history
from gongkai.core.exceptions import ApplicationError
from gongkai.foi.choices import (
    OUTCOME_INFO,
    REPLY_OUTCOMES,
    DeliveryMethod,
    Outcome,
    OutcomeGroup,
    RemedyKind,
    RemedyResult,
    State,
)
from gongkai.foi.models import Application
from gongkai.foi.services import (
    application_archive,
    application_reply,
    application_start_handling,
    application_vet,
    correction_receive,
    correction_request,
    delivery_record,
    remedy_conclude,
    remedy_record,
)

pytestmark = pytest.mark.django_db
REPLIED = date(2024, 10, 20)


@pytest.fixture
def handling(org, register):
    def make(received=date(2024, 9, 27)):
        app = application_vet(actor=org.edu_drafter, application=register(received))
        return application_start_handling(actor=org.edu_drafter, application=app)

    return make


def reply(org, app, outcome, **kw):
    return application_reply(
        actor=org.edu_drafter, application=app, outcome=outcome, replied_on=REPLIED, **kw
    )


def test_already_public_information_is_granted_with_the_catalogue_document(org, handling, published_document):
    app = reply(org, handling(), Outcome.GRANTED, public_document=published_document)
    assert (app.state, app.outcome, app.replied_on) == (State.REPLIED, Outcome.GRANTED, REPLIED)
    assert app.public_document == published_document
    assert app.legal_basis.startswith("条例第三十六条")


def test_a_document_not_yet_published_cannot_be_cited_as_already_public(org, handling, published_document):
    Document.objects.filter(pk=published_document.pk).update(state=DocumentState.DRAFT, published_at=None)
    published_document.refresh_from_db()
    with pytest.raises(ApplicationError) as exc:
        reply(org, handling(), Outcome.GRANTED, public_document=published_document)
    assert exc.value.field == "public_document"


def test_granted_needs_a_document_a_location_or_how_it_is_provided(org, handling):
    with pytest.raises(ApplicationError):
        reply(org, handling(), Outcome.GRANTED)
    assert reply(org, handling(), Outcome.GRANTED, reasons="随本答复书提供复印件").outcome == Outcome.GRANTED


def test_partial_disclosure_needs_the_withheld_parts(org, handling):
    with pytest.raises(ApplicationError) as exc:
        reply(org, handling(), Outcome.PARTIAL, reasons="区分处理")
    assert exc.value.field == "withheld_parts"
    app = reply(org, handling(), Outcome.PARTIAL, reasons="区分处理", withheld_parts="第3页个人信息")
    assert app.withheld_parts == "第3页个人信息"


@pytest.mark.parametrize(
    "outcome", [o for o in REPLY_OUTCOMES if OUTCOME_INFO[o].group == OutcomeGroup.REFUSED]
)
def test_every_refusal_needs_reasons_and_carries_its_legal_basis(org, handling, outcome):
    with pytest.raises(ApplicationError) as exc:
        reply(org, handling(), outcome)
    assert exc.value.field == "reply_reasons"
    app = reply(org, handling(), outcome, reasons="经审查……")
    assert app.legal_basis == OUTCOME_INFO[outcome].legal_basis


def test_not_this_agency_names_the_responsible_agency_and_cites_36_5(org, handling):
    with pytest.raises(ApplicationError) as exc:
        reply(org, handling(), Outcome.UNAVAILABLE_NOT_HELD, reasons="非本机关", not_our_agency=True)
    assert exc.value.field == "responsible_agency"
    app = reply(
        org,
        handling(),
        Outcome.UNAVAILABLE_NOT_HELD,
        reasons="非本机关",
        not_our_agency=True,
        responsible_agency="示范县自然资源局，电话0000-1234567",
    )
    assert app.legal_basis == "条例第三十六条第（五）项"
    searched = reply(org, handling(), Outcome.UNAVAILABLE_NOT_HELD, reasons="经检索没有")
    assert searched.legal_basis == "条例第三十六条第（四）项" and searched.responsible_agency == ""


def test_still_unclear_after_correction_needs_a_correction(org, handling, register):
    with pytest.raises(ApplicationError) as exc:
        reply(org, handling(), Outcome.UNAVAILABLE_STILL_UNCLEAR, reasons="仍不明确")
    assert exc.value.field == "outcome"
    app = register(date(2024, 9, 2))
    correction_request(
        actor=org.edu_drafter,
        application=app,
        sent_on=date(2024, 9, 4),
        items="x",
        deadline_on=date(2024, 9, 20),
    )
    correction_receive(actor=org.edu_drafter, application=app, corrected_on=date(2024, 9, 10))
    assert (
        reply(org, app, Outcome.UNAVAILABLE_STILL_UNCLEAR, reasons="仍不明确").outcome
        == "unavailable_still_unclear"
    )


@pytest.mark.parametrize(
    "outcome", [Outcome.OTHER_NO_CORRECTION, Outcome.OTHER_FEE_UNPAID, Outcome.NOT_PROCESSED_EXCESSIVE]
)
def test_outcomes_of_their_own_action_cannot_be_picked_in_a_reply(org, handling, outcome):
    with pytest.raises(ApplicationError) as exc:
        reply(org, handling(), outcome, reasons="x")
    assert exc.value.field == "outcome"


def test_staff_may_refine_the_legal_basis(org, handling):
    app = reply(
        org, handling(), Outcome.NOT_PROCESSED_CONFIRMATION, reasons="x", legal_basis="条例第三十八条"
    )
    assert app.legal_basis == "条例第三十八条"


def test_a_replied_application_cannot_be_answered_again(org, handling):
    app = reply(org, handling(), Outcome.REFUSED_PROCESS_INFO, reasons="过程性信息")
    with pytest.raises(ApplicationError):
        reply(org, app, Outcome.GRANTED, reasons="x")
    app.refresh_from_db()
    assert app.outcome == Outcome.REFUSED_PROCESS_INFO


def test_another_departments_handler_cannot_reply(org, handling):
    with pytest.raises(ApplicationError):
        application_reply(
            actor=org.health_drafter,
            application=handling(),
            outcome=Outcome.GRANTED,
            replied_on=REPLIED,
            reasons="x",
        )


def test_the_database_refuses_a_finished_application_without_exactly_one_outcome(org, handling):
    app = handling()
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=app.pk).update(state=State.REPLIED)
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=app.pk).update(outcome=Outcome.GRANTED)


def test_delivery_then_archive_completes_the_file(org, handling):
    app = reply(org, handling(), Outcome.GRANTED, reasons="随文提供")
    with pytest.raises(ApplicationError, match="送达"):
        application_archive(actor=org.edu_drafter, application=app, on=date(2024, 10, 25))
    with pytest.raises(ApplicationError):
        delivery_record(
            actor=org.edu_drafter,
            application=app,
            method=DeliveryMethod.POST,
            delivered_on=date(2024, 10, 19),
        )
    delivery_record(
        actor=org.edu_drafter,
        application=app,
        method=DeliveryMethod.POST,
        delivered_on=date(2024, 10, 22),
        note="EMS 1234",
    )
    app = application_archive(actor=org.edu_drafter, application=app, on=date(2024, 10, 25))
    assert app.state == State.ARCHIVED and app.outcome == Outcome.GRANTED
    assert [a for a in audit_history(app).order_by("id").values_list("action", flat=True)] == [
        "foi_register",
        "foi_vet",
        "foi_start_handling",
        "foi_reply",
        "foi_delivery",
        "foi_archive",
    ]


def test_reconsideration_and_litigation_are_recorded_for_table_4(org, handling):
    app = reply(org, handling(), Outcome.REFUSED_THIRD_PARTY, reasons="涉及商业秘密")
    remedy = remedy_record(
        actor=org.edu_drafter,
        application=app,
        kind=RemedyKind.RECONSIDERATION,
        filed_on=date(2024, 11, 1),
        body="示范县人民政府",
    )
    assert remedy.result == RemedyResult.PENDING
    with pytest.raises(ApplicationError):
        remedy_conclude(
            actor=org.edu_drafter, remedy=remedy, result=RemedyResult.PENDING, concluded_on=date(2024, 12, 1)
        )
    remedy = remedy_conclude(
        actor=org.edu_drafter, remedy=remedy, result=RemedyResult.UPHELD, concluded_on=date(2024, 12, 1)
    )
    assert (remedy.result, remedy.concluded_on) == (RemedyResult.UPHELD, date(2024, 12, 1))
    assert audit_history(app).filter(action__in=["foi_remedy_record", "foi_remedy_conclude"]).count() == 2
    with pytest.raises(ApplicationError):
        remedy_record(
            actor=org.health_drafter,
            application=app,
            kind=RemedyKind.LITIGATION_DIRECT,
            filed_on=date(2024, 11, 2),
        )
