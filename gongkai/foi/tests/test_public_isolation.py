"""Isolation of the public 依申请公开 URLs: downloads open only for the tracked application, and no public
page shows an applicant's personal data."""

from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from gongkai.testing.matrix import url_names

from .matrix_factories import EDU_APPLICANT, HEALTH_APPLICANT, PERSONAL_STRINGS
from .matrix_support import consume, snapshot

pytestmark = pytest.mark.django_db

# --- public pages ---------------------------------------------------------------------------------

SESSIONS = ["none", "own", "other", "staff"]  # no tracking; tracked `replied`; tracked health's; office login

# fmt: off
PUBLIC_MATRIX: dict[str, list[tuple[str | None, str, str]]] = {
        # object         method   none own  other staff
    "apply": [
        (None,           "GET",  "200  200  200  200"),
    ],
    "applied": [
        (None,           "GET",  "302  302  302  302"),  # nothing applied in this session: to tracking
    ],
    "track": [
        (None,           "GET",  "200  200  200  200"),
        ("wrong_factor", "POST", "200  200  200  200"),  # the form again, with one neutral error
    ],
    "withdraw": [
        ("wrong_factor", "POST", "302  302  302  302"),  # nothing withdrawn
    ],
    "letters:download": [
        ("letter",       "GET",  "404  200  404  404"),
        ("health_letter","GET",  "404  404  200  404"),
    ],
    "letters:file-download": [
        ("file",         "GET",  "404  200  404  404"),
        ("health_file",  "GET",  "404  404  200  404"),
    ],
}
# fmt: on


def public_params():
    for name in url_names("foi-public"):
        rows = PUBLIC_MATRIX.get(name)
        if not rows:
            yield pytest.param(name, None, "GET", "none", None, id=f"{name}-NO-MATRIX-ROW")
            continue
        for obj, method, expected in rows:
            for session, code in zip(SESSIONS, expected.split(), strict=True):
                yield pytest.param(name, obj, method, session, code, id=f"{name}-{obj}-{method}-{session}")


def _track(client, application, factor: str):
    return client.post(
        reverse("foi-public:track"), {"tracking_code": application.tracking_code, "second_factor": factor}
    )


def _assert_no_personal_data(response) -> None:
    if "text/html" in response.get("Content-Type", ""):
        html = response.content.decode()
        leaked = [s for s in PERSONAL_STRINGS if s in html]
        assert not leaked, f"personal data on a public page: {leaked}"


def _public_url(name: str, world, obj) -> str:
    kwargs = {
        "letter": {"letter_pk": world["letter"].pk, "fmt": "pdf"},
        "health_letter": {"letter_pk": world["health_letter"].pk, "fmt": "pdf"},
        "file": {"file_pk": world["file"].pk},
        "health_file": {"file_pk": world["health_file"].pk},
    }.get(obj, {})
    return reverse(f"foi-public:{name}", kwargs=kwargs)


@pytest.mark.parametrize(("name", "obj", "method", "session", "expected"), list(public_params()))
def test_public_url_opens_only_the_tracked_application_and_shows_no_personal_data(
    settings, world, name, obj, method, session, expected
):
    if expected is None:
        pytest.fail(f"新的公众网址 {name} 没有列入隔离矩阵 PUBLIC_MATRIX，请补充预期结果。")
    client = Client()
    if session == "own":
        tracked = _track(client, world["replied"], EDU_APPLICANT["phone"][-4:])
        assert tracked.status_code == 200 and "<h1>申请办理进度</h1>" in tracked.content.decode()
        _assert_no_personal_data(tracked)
    elif session == "other":
        tracked = _track(client, world["health_replied"], HEALTH_APPLICANT["id_number"][-4:])
        assert tracked.status_code == 200
        _assert_no_personal_data(tracked)
    elif session == "staff":
        client.force_login(world["org"].office)
    media = Path(settings.MEDIA_ROOT)
    before = snapshot(media)
    url = _public_url(name, world, obj)
    if method == "GET":
        response = client.get(url)
    else:
        code = world["registered"].tracking_code
        response = client.post(url, {"tracking_code": code, "second_factor": "0000", "reason": "不要了"})
    body = consume(response)
    assert response.status_code == int(expected)
    if name == "track" and method == "POST":
        assert "查询码或验证信息不正确" in body.decode()
    _assert_no_personal_data(response)
    assert snapshot(media) == before, "a public request changed something"


def test_every_public_matrix_row_names_a_real_public_url():
    assert set(PUBLIC_MATRIX) <= set(url_names("foi-public"))


def test_the_tracking_page_opens_nothing_with_a_number_or_a_code_alone(world):
    """Neither the registration number, nor the id, nor the code with a wrong factor opens anything."""
    app = world["replied"]
    client = Client()
    attempts = [
        (app.registration_no, EDU_APPLICANT["phone"][-4:]),
        (str(app.pk), EDU_APPLICANT["phone"][-4:]),
        (app.tracking_code, "0000"),
        (app.tracking_code, EDU_APPLICANT["email"][-4:]),  # not a second factor
        (world["health_replied"].tracking_code, EDU_APPLICANT["phone"][-4:]),  # another's code, my factor
    ]
    for code, factor in attempts:
        response = client.post(reverse("foi-public:track"), {"tracking_code": code, "second_factor": factor})
        page = response.content.decode()
        assert response.status_code == 200 and "查询码或验证信息不正确" in page, (code, factor)
        assert "<h1>申请办理进度</h1>" not in page
        _assert_no_personal_data(response)
    assert client.get(_public_url("letters:download", world, "letter")).status_code == 404
    assert client.get(_public_url("letters:file-download", world, "file")).status_code == 404


def test_tracking_one_application_opens_no_other(world):
    client = Client()
    assert _track(client, world["replied"], EDU_APPLICANT["id_number"][-4:]).status_code == 200
    assert client.get(_public_url("letters:download", world, "letter")).status_code == 200
    assert client.get(_public_url("letters:download", world, "health_letter")).status_code == 404
    assert client.get(_public_url("letters:file-download", world, "health_file")).status_code == 404
    # A download URL with an id that is no letter at all looks the same as someone else's.
    missing = reverse("foi-public:letters:download", kwargs={"letter_pk": 999_999, "fmt": "pdf"})
    assert client.get(missing).status_code == 404
