"""Demo applications: every state of the lifecycle is present on the day loaded, and loading twice adds nothing."""

from datetime import date

import pytest

from gongkai.demo.applications import applications_load
from gongkai.demo.departments import departments_create
from gongkai.demo.people import users_create
from gongkai.foi.choices import Outcome, State
from gongkai.foi.models import Application, Correction, Extension, Fee, Pause, Remedy
from gongkai.foi.selectors import application_list_due_soon, application_list_overdue, application_list_paused

pytestmark = pytest.mark.django_db

TODAY = date(2026, 6, 15)


@pytest.fixture
def loaded():
    users_create(departments_create())
    return applications_load(today=TODAY)


def test_demo_applications_cover_every_state_and_load_once(loaded):
    assert 35 <= loaded <= 45
    states = set(Application.objects.values_list("state", flat=True))
    assert states == set(State.values)
    assert Correction.objects.filter(corrected_on__isnull=True, application__state=State.VETTING).exists()
    assert Pause.objects.filter(ended_on__isnull=True, kind="third_party").exists()
    assert Pause.objects.filter(ended_on__isnull=True, kind="inter_agency").exists()
    assert Extension.objects.filter(application__state=State.HANDLING).exists()
    assert Fee.objects.filter(paid_on__isnull=True, application__state=State.HANDLING).exists()
    assert Fee.objects.filter(paid_on__isnull=False).exists()
    outcomes = set(Application.objects.exclude(outcome="").values_list("outcome", flat=True))
    assert {
        Outcome.OTHER_NO_CORRECTION,
        Outcome.OTHER_FEE_UNPAID,
        Outcome.OTHER_OTHER,
        Outcome.PARTIAL,
    } <= outcomes
    assert Application.objects.filter(withdrawn_on__isnull=False).count() == 2
    assert Remedy.objects.count() >= 2
    assert application_list_due_soon(as_of=TODAY).exists()
    assert application_list_overdue(as_of=TODAY).exists()
    assert application_list_paused().count() >= 4
    assert applications_load(today=TODAY) == 0
    assert Application.objects.count() == loaded
