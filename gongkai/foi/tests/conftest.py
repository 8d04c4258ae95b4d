"""Fixtures for 依申请公开: the official calendar as a value, and applications registered through the service."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from gongkai.catalogue.choices import DisclosureAttr, DocumentState, Genre
from gongkai.catalogue.models import Column, Document, Subject
from gongkai.catalogue.services.documents import document_create
from gongkai.foi.choices import ApplicantType, Channel, DeliveryForm, IdType
from gongkai.foi.services import ApplicationData, application_register
from gongkai.workdays.calendar import WorkCalendar
from gongkai.workdays.seed import package_schedule

SHANGHAI = ZoneInfo("Asia/Shanghai")
PERSON_ID = "11010519491231002X"  # a valid check digit (GB 11643)
COMPANY_CODE = "91350100M000100Y43"


def _package_calendar() -> WorkCalendar:
    years, days = package_schedule()
    return WorkCalendar(
        holidays=frozenset(s.date for s in days if s.kind == "holiday"),
        makeup_workdays=frozenset(s.date for s in days if s.kind == "workday"),
        years=years,
    )


CALENDAR = _package_calendar()


@pytest.fixture
def cal() -> WorkCalendar:
    return CALENDAR


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=SHANGHAI)


def person_data(**overrides) -> ApplicationData:
    fields = {
        "applicant_type": ApplicantType.NATURAL_PERSON,
        "name": "张三",
        "id_type": IdType.RESIDENT_ID,
        "id_number": PERSON_ID,
        "phone": "13800001234",
        "address": "示范县人民路1号",
        "delivery_form": DeliveryForm.PAPER,
        "info_title": "2023年义务教育学校招生计划",
        "info_doc_no": "示教发〔2023〕5号",
    }
    return ApplicationData(**(fields | overrides))


def company_data(**overrides) -> ApplicationData:
    fields = {
        "applicant_type": ApplicantType.BUSINESS,
        "name": "示范建设有限公司",
        "credit_code": COMPANY_CODE,
        "contact_person": "李四",
        "phone": "0755-12345678",
        "email": "li@example.com",
        "delivery_form": DeliveryForm.EMAIL,
        "info_description": "2023年道路工程招标的中标结果",
    }
    return ApplicationData(**(fields | overrides))


@pytest.fixture
def register(org):
    """Register an application received on `received` by the education bureau's handler (by post)."""

    def make(received: date = date(2024, 9, 27), *, department=None, actor=None, data=None, **extra):
        return application_register(
            department=department or org.edu,
            data=data or person_data(),
            received_at=extra.pop("received_at", None) or at(received),
            received_on=received,
            actor=actor or org.edu_drafter,
            channel=extra.pop("channel", Channel.POST),
            **extra,
        )

    return make


@pytest.fixture
def published_document(org):
    document = document_create(
        actor=org.edu_drafter,
        issuer=org.edu,
        data={
            "title": "示范县2023年义务教育学校招生计划",
            "doc_no": "示教发〔2023〕5号",
            "written_on": date(2023, 3, 2),
            "subject": Subject.objects.get(name="科技、教育", parent=None),
            "genre": Genre.NOTICE,
            "summary": "招生计划。",
            "body": "<p>招生计划。</p>",
            "disclosure_attr": DisclosureAttr.PROACTIVE,
            "columns": [Column.objects.get(slug="livelihood").pk],
        },
    )
    # The review workflow is not under test here.
    Document.objects.filter(pk=document.pk).update(state=DocumentState.PUBLISHED, published_at=timezone.now())
    document.refresh_from_db()
    return document


# The isolation matrices' module-wide world (a module-scoped fixture, built once per test module).
from .matrix_support import world  # noqa: E402, F401
