"""Schemathesis against the API's own OpenAPI schema, through the WSGI app: for every operation, generated
valid and invalid requests never get a server error, and every answer (200, 404 or 422) has the documented
status, content type and shape. The world holds hidden documents; no answer may show one."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from gongkai.wsgi import application

from .conftest import SECRET

pytestmark = pytest.mark.django_db

# Loaded once at collection: producing the schema reads no database.
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def same_connection():
    """The real WSGI handler closes the database connection after each request, which would end the test's
    transaction and its world; Django's test client disconnects the same signal handler."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,  # the same examples on every run and every worker
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_generated_requests_get_no_server_error_and_documented_answers(case, world, same_connection):
    response = case.call_and_validate()
    assert response.status_code < 500
    if SECRET not in str(case.query):  # the search echoes what it was asked
        assert SECRET not in response.text
