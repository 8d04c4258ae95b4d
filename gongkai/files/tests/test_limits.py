"""The upload limits act on the headers, before anything reads or spools the body."""

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.test import Client, RequestFactory

from gongkai.files.limits import FORM_ALLOWANCE, content_length
from gongkai.files.tests import urls as views

MB = 1024 * 1024
pytestmark = pytest.mark.django_db  # the refusal page shows the site's name


class SpyHandler(FileUploadHandler):
    """Stands first among the upload handlers and records every file Django starts to receive."""

    started: list[str] = []

    def new_file(self, field_name, *args, **kwargs):
        SpyHandler.started.append(field_name)

    def receive_data_chunk(self, raw_data, start):
        return raw_data

    def file_complete(self, file_size):
        return None


@pytest.fixture(autouse=True)
def _spy(settings):
    settings.ROOT_URLCONF = "gongkai.files.tests.urls"
    settings.FILE_UPLOAD_HANDLERS = [
        "gongkai.files.tests.test_limits.SpyHandler",
        *settings.FILE_UPLOAD_HANDLERS,
    ]
    SpyHandler.started = []


class Unreadable:
    """A request body that fails the test if anyone reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def test_the_limit_middleware_runs_before_csrf_reads_the_body():
    middleware = django_settings.MIDDLEWARE
    assert middleware.index("gongkai.files.limits.UploadLimitMiddleware") < middleware.index(
        "django.middleware.csrf.CsrfViewMiddleware"
    )


def test_an_over_size_content_length_is_refused_with_413_without_reading_the_body(client):
    response = client.generic(
        "POST",
        "/small/",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(1000 + FORM_ALLOWANCE + 1),
        **{"wsgi.input": Unreadable()},
    )
    assert response.status_code == 413
    page = response.content.decode()
    assert "上传的文件过大" in page and "单个文件最大 1 KB" in page
    assert SpyHandler.started == []


def test_the_check_holds_with_csrf_enforced():
    client = Client(enforce_csrf_checks=True)
    response = client.generic(
        "POST",
        "/small/",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(10 * MB),
        **{"wsgi.input": Unreadable()},
    )
    assert response.status_code == 413


def test_an_upload_within_the_limit_is_received(client):
    response = client.post("/small/", {"name": "张三", "f": SimpleUploadedFile("a.pdf", b"%PDF-1.4 small")})
    assert response.content.decode() == "refusal=;files=f;name=张三"
    assert SpyHandler.started == ["f"]


def test_views_without_a_declared_limit_get_the_attachment_limit(client, settings):
    settings.ATTACHMENT_MAX_BYTES = 10
    body = {"f": SimpleUploadedFile("a.pdf", b"x" * (FORM_ALLOWANCE + 100))}
    assert client.post("/default/", body).status_code == 413
    settings.ATTACHMENT_MAX_BYTES = 1000
    assert client.post("/default/", body).status_code == 200


def test_a_refused_client_keeps_its_text_fields_but_no_file_is_spooled(client):
    upload = SimpleUploadedFile("证明.pdf", b"%PDF-1.4 " + b"x" * 500)
    response = client.post("/guarded/", {"name": "张三", "f": upload}, HTTP_X_REFUSE="1")
    assert response.content.decode() == "refusal=操作过于频繁;files=;name=张三"
    assert SpyHandler.started == []
    response = client.post("/guarded/", {"name": "张三", "f": upload})
    assert response.content.decode() == "refusal=;files=f;name=张三"


def test_a_view_called_without_the_middleware_applies_its_policy_itself():
    request = RequestFactory().post("/guarded/", {"name": "李四"}, HTTP_X_REFUSE="1")
    assert views.guarded(request).content.decode() == "refusal=操作过于频繁;files=;name=李四"
    request = RequestFactory().generic(
        "POST", "/small/", content_type="multipart/form-data; boundary=x", CONTENT_LENGTH=str(5 * MB)
    )
    request.user, request.session = AnonymousUser(), {}
    assert views.small(request).status_code == 413


@pytest.mark.parametrize(("header", "expected"), [("", 0), ("12", 12), ("-5", 0), ("abc", 0), ("²", 0)])
def test_content_length_is_read_defensively(header, expected):
    request = RequestFactory().get("/")
    request.META["CONTENT_LENGTH"] = header
    assert content_length(request) == expected
