"""Registration numbers stay unique when two people register at the same moment (real transactions)."""

import threading
from datetime import date

import pytest
from django.db import connection

from gongkai.foi.models import Application
from gongkai.foi.services import application_register

from .conftest import at, person_data


@pytest.mark.django_db(transaction=True)
def test_simultaneous_registrations_get_distinct_numbers(org, reference_data):
    errors, barrier = [], threading.Barrier(4)

    def work():
        try:
            barrier.wait()
            application_register(
                department=org.edu,
                data=person_data(),
                received_at=at(date(2024, 9, 27)),
                received_on=date(2024, 9, 27),
                actor=org.edu_drafter,
                channel="post",
            )
        except Exception as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(Application.objects.values_list("reg_seq", flat=True)) == [1, 2, 3, 4]
