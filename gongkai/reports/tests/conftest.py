"""Factories that write applications, remedies and documents as records, dated where the test needs them."""

import itertools
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from gongkai.catalogue.choices import DocumentState
from gongkai.catalogue.models import Document
from gongkai.foi.choices import FINISHED_STATES, ApplicantType, Channel, DeliveryForm, State
from gongkai.foi.models import Application, Remedy

SHANGHAI = ZoneInfo("Asia/Shanghai")
_seq = itertools.count(1)


def at(day: date) -> datetime:
    return datetime.combine(day, time(10), tzinfo=SHANGHAI)


def application_row(
    department,
    received_on,
    applicant_type=ApplicantType.NATURAL_PERSON,
    outcome="",
    closed_on=None,
    state=None,
):
    """An unsaved Application; finished with `outcome` when given (closed on `closed_on`)."""
    n = next(_seq)
    if state is None:
        state = State.REPLIED if outcome else State.HANDLING
    person = applicant_type == ApplicantType.NATURAL_PERSON
    return Application(
        department=department,
        reg_year=received_on.year,
        reg_seq=n,
        tracking_code=f"T{n:011d}",
        channel=Channel.ONLINE,
        received_at=at(received_on),
        received_on=received_on,
        applicant_type=applicant_type,
        name=f"申请人{n}",
        id_number="11010519491231002X" if person else "",
        credit_code="" if person else "91350100M000100Y43",
        phone="13800001234",
        delivery_form=DeliveryForm.ONLINE,
        state=state,
        outcome=outcome,
        closed_on=closed_on,
        replied_on=closed_on if state == State.REPLIED else None,
    )


@pytest.fixture
def make_application(db):
    def make(
        department, received_on, applicant_type=ApplicantType.NATURAL_PERSON, outcome="", closed_on=None, **kw
    ):
        row = application_row(department, received_on, applicant_type, outcome, closed_on, **kw)
        row.save()
        return row

    return make


@pytest.fixture
def make_remedy(db):
    def make(application, kind, filed_on, result="pending", concluded_on=None):
        return Remedy.objects.create(
            application=application,
            kind=kind,
            filed_on=filed_on,
            result=result,
            concluded_on=concluded_on,
            recorded_by=application.department.role_assignments.first().user,
        )

    return make


@pytest.fixture
def make_document(db):
    counter = itertools.count(1)

    def make(issuer, user, normative_kind, published_on, **kw):
        n = next(counter)
        return Document.objects.create(
            index_no=f"T/{n:05d}",
            issuer=issuer,
            issuing_authority=issuer.name,
            title=f"测试文件{n}",
            normative_kind=normative_kind,
            published_at=at(published_on),
            state=DocumentState.PUBLISHED,
            disclosure_attr="proactive",
            created_by=user,
            **kw,
        )

    return make


__all__ = ["FINISHED_STATES", "application_row", "at"]
