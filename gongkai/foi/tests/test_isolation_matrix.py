"""Isolation over EVERY 依申请公开 URL, staff and public: who reaches an applicant's personal data.

Staff URLs come from the resolver (namespace foi, with the included foi:letters), so a new URL without rows
in MATRIX fails here. Rules: an application is seen by its department's 信息员 and 批准人 and by the 公开办;
the 初审/复审 reviewers and the 系统管理员 see nothing (404); other departments get 404. Every refused request
leaves the database exactly as it was (no state change, no new row, no audit event, not even a view log).

Expectations:  L = login page   403 = no access to the page   404 = the object is not theirs
               400 / 200 = refused with the form page shown again   R = 302 back with a message, nothing done
               ok = GET 200 (opening personal data may add only a view log); POST 302 or a file + audit event

Public URLs: downloads open only in a session that passed the tracking check for that very application, and
no public page ever shows an applicant's name, ID number, phone, address or e-mail.
"""

from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from gongkai.catalogue.tests.views.factories import pdf_upload
from gongkai.testing.matrix import matrix_params, url_names

from .matrix_factories import EDU_APPLICANT, HEALTH_APPLICANT
from .matrix_support import consume, snapshot

pytestmark = pytest.mark.django_db

# fmt: off
ACTORS = ["anon", "citizen", "edu_drafter", "edu_first", "edu_second", "edu_approver",
          "health_drafter", "health_first", "health_second", "health_approver", "office", "sysadmin"]

#               anon cit  e.dr e.1  e.2  e.ap h.dr h.1  h.2  h.ap off  sys
FOI_STAFF    = "L    403  ok   403  403  ok   ok   403  403  ok   ok   403"  # 信息员, 批准人, 公开办
EDU_APP      = "L    403  ok   404  404  ok   404  404  404  404  ok   404"  # an edu application
HEALTH_APP   = "L    403  404  404  404  404  ok   404  404  ok   ok   404"  # a health application
NOBODY       = "L    403  404  404  404  404  404  404  404  404  404  404"  # an object of another application
OFFICE_ONLY  = "L    403  403  403  403  403  403  403  403  403  ok   403"
ANY_STAFF    = "L    403  ok   ok   ok   ok   ok   ok   ok   ok   ok   ok"

MATRIX: dict[str, list[tuple[str | None, str, str]]] = {
        # object              method  anon cit  e.dr e.1  e.2  e.ap h.dr h.1  h.2  h.ap off  sys
    "staff-list": [
        (None,                "GET",  FOI_STAFF),
    ],
    # The form lists only the departments one handles (a health handler's POST for edu is refused: 200 with the
    # error); reviewers and the sysadmin handle none and are refused outright.
    "staff-create": [
        (None,                "GET",  FOI_STAFF),
        (None,                "POST", "L    403  ok   403  403  ok   200  403  403  200  ok   403"),
    ],
    "staff-exchange": [
        (None,                "GET",  FOI_STAFF),
    ],
    "staff-export": [
        (None,                "POST", FOI_STAFF),  # what each one's file holds: test_export_holds_...
    ],
    "staff-import": [
        (None,                "POST", "L    403  403  403  403  403  403  403  403  403  400  403"),  # no file
    ],
    "staff-similar": [
        (None,                "GET",  OFFICE_ONLY),
    ],
    "staff-proposal-create": [
        (None,                "POST", OFFICE_ONLY),
    ],
    "staff-proposal-draft": [
        ("proposal",          "POST", "L    403  ok   R    R    R    R    R    R    R    R    R"),
    ],
    "staff-detail": [
        ("registered",        "GET",  EDU_APP),
        ("health",            "GET",  HEALTH_APP),
        ("transferred",       "GET",  HEALTH_APP),
    ],
    "staff-id-proof": [
        ("registered",        "GET",  EDU_APP),
        ("health",            "GET",  HEALTH_APP),
    ],
    "staff-act": [
        ("vet",               "POST", EDU_APP),
        ("extension",         "POST", "L    403  400  404  404  ok   404  404  404  404  ok   404"),
        ("health_vet",        "POST", HEALTH_APP),
        ("unknown_action",    "POST", NOBODY),
    ],
    "staff-remedy-conclude": [
        ("remedy",            "POST", EDU_APP),
    ],
    "letters:templates": [
        (None,                "GET",  OFFICE_ONLY),
        (None,                "POST", OFFICE_ONLY),
    ],
    "letters:template-edit": [
        ("template",          "GET",  OFFICE_ONLY),
        ("template",          "POST", OFFICE_ONLY),
    ],
    "letters:generate": [
        ("replied_reply",     "POST", EDU_APP),
    ],
    "letters:download": [
        ("letter",            "GET",  EDU_APP),
        ("health_letter",     "GET",  HEALTH_APP),
        ("letter_elsewhere",  "GET",  NOBODY),  # edu's letter under another edu application's URL
    ],
    "letters:file-add": [
        ("replied",           "POST", EDU_APP),
    ],
    "letters:file-download": [
        ("file",              "GET",  EDU_APP),
        ("health_file",       "GET",  HEALTH_APP),
        ("file_elsewhere",    "GET",  NOBODY),
    ],
    "letters:file-remove": [
        ("file",              "POST", EDU_APP),
        ("health_file",       "POST", HEALTH_APP),
    ],
}
# fmt: on


# Pages that show an applicant's personal data: each opening writes a view log.
VIEW_LOGGED = {"staff-detail", "staff-id-proof", "letters:download", "letters:file-download"}


def _kwargs(world, obj) -> dict:
    w = world
    pk = {k: w[k].pk for k in ("registered", "replied", "health", "health_replied", "transferred")}
    objects = {
        None: {},
        "registered": {"pk": pk["registered"]},
        "health": {"pk": pk["health"]},
        "transferred": {"pk": pk["transferred"]},
        "replied": {"pk": pk["replied"]},
        "vet": {"pk": pk["registered"], "action": "vet"},
        "extension": {"pk": pk["registered"], "action": "extension"},
        "health_vet": {"pk": pk["health"], "action": "vet"},
        "unknown_action": {"pk": pk["registered"], "action": "delete-everything"},
        "remedy": {"pk": pk["replied"], "remedy_pk": w["remedy"].pk},
        "replied_reply": {"pk": pk["replied"], "kind": "reply"},
        "letter": {"pk": pk["replied"], "letter_pk": w["letter"].pk, "fmt": "pdf"},
        "health_letter": {"pk": pk["health_replied"], "letter_pk": w["health_letter"].pk, "fmt": "pdf"},
        "letter_elsewhere": {"pk": pk["registered"], "letter_pk": w["letter"].pk, "fmt": "pdf"},
        "file": {"pk": pk["replied"], "file_pk": w["file"].pk},
        "health_file": {"pk": pk["health_replied"], "file_pk": w["health_file"].pk},
        "file_elsewhere": {"pk": pk["registered"], "file_pk": w["file"].pk},
        "proposal": {"pk": w["proposal"].pk},
        "template": {"template_pk": w["template"].pk},
    }
    return objects[obj]


def _payload(name: str, world, obj) -> dict:
    org, today = world["org"], timezone.localdate().isoformat()
    remedy = world["remedy"].pk
    payloads = {
        "staff-create": {
            "department": org.edu.pk,
            "applicant_type": "natural_person",
            "id_type": "resident_id",
            "delivery_form": "paper",
            "channel": "post",
            "received_on": today,
            "info_title": "矩阵登记",
            **EDU_APPLICANT,
        },
        "staff-export": {"format": "csv"},
        "staff-proposal-create": {
            "application": [world["registered"].pk],
            "department": org.edu.pk,
            "title": "矩阵建议",
        },
        "staff-act": {
            "extension-days": "10",
            "extension-reason": "需要调取档案",
            "extension-approved_on": today,
            "extension-notified_on": today,
        },
        "staff-remedy-conclude": {
            f"rc{remedy}-remedy": remedy,
            f"rc{remedy}-result": "upheld",
            f"rc{remedy}-concluded_on": today,
        },
        "letters:templates": {"reconsideration_body": "示范市人民政府", "court_name": "示范县人民法院"},
        "letters:template-edit": {"title": world["template"].title, "body": world["template"].body + "矩阵"},
        "letters:file-add": {"file": pdf_upload("矩阵.pdf")},
    }
    return payloads.get(name, {})


@pytest.mark.parametrize(
    ("name", "obj", "method", "actor", "expected"), list(matrix_params(MATRIX, ACTORS, url_names("foi")))
)
def test_staff_url_gives_each_role_exactly_its_access(
    client, settings, world, name, obj, method, actor, expected
):
    if expected is None:
        pytest.fail(f"新的依申请公开工作台网址 {name} 没有列入隔离矩阵 MATRIX，请补充每个角色的预期结果。")
    if actor != "anon":
        client.force_login(getattr(world["org"], actor))
    url = reverse(f"foi:{name}", kwargs=_kwargs(world, obj))
    media = Path(settings.MEDIA_ROOT)
    before = snapshot(media)
    if method == "GET":
        response = client.get(url)
    else:
        response = client.post(url, _payload(name, world, obj))
    status = response.status_code
    consume(response)
    after = snapshot(media)

    if expected == "L":
        assert status == 302 and response["Location"].startswith(reverse("core:login") + "?next=")
    elif expected == "R":
        assert status == 302 and not response["Location"].startswith(reverse("core:login"))
    elif expected == "ok" and method == "GET":
        assert status == 200
        assert after[1:] == before[1:], "a GET changed something besides logging the view"
        if name in VIEW_LOGGED:
            assert after[0] > before[0], "opening an applicant's personal data is logged"
        return
    elif expected == "ok":
        assert status == 302 or (status == 200 and "attachment" in response["Content-Disposition"]), status
        assert not response.get("Location", "").startswith(reverse("core:login"))
        assert after[1] > before[1], "a successful action writes an audit event"
        return
    else:
        assert status == int(expected)
    assert after == before, "a refused request changed something (or logged a view)"


def test_every_matrix_row_names_a_real_staff_url():
    assert set(MATRIX) <= set(url_names("foi"))


POST_ONLY = [n for n, rows in MATRIX.items() if {m for _o, m, _e in rows} == {"POST"}]


@pytest.mark.parametrize("name", POST_ONLY)
def test_post_only_actions_refuse_get(client, world, name):
    client.force_login(world["org"].office)
    url = reverse(f"foi:{name}", kwargs=_kwargs(world, MATRIX[name][0][0]))
    assert client.get(url).status_code == 405


@pytest.mark.parametrize(
    ("actor", "own", "others"),
    [
        ("edu_drafter", ["registered", "replied"], ["health", "health_replied", "transferred"]),
        ("health_approver", ["health", "health_replied", "transferred"], ["registered", "replied"]),
        ("office", ["registered", "replied", "health", "health_replied", "transferred"], []),
    ],
)
def test_export_holds_only_the_applications_one_may_see(client, world, actor, own, others):
    client.force_login(getattr(world["org"], actor))
    text = consume(client.post(reverse("foi:staff-export"), {"format": "json"})).decode()
    for key in own:
        assert world[key].info_title in text
    for key in others:
        assert world[key].info_title not in text
    if actor == "edu_drafter":
        assert HEALTH_APPLICANT["name"] not in text


def test_lists_show_only_the_applicants_one_may_see(client, world):
    org = world["org"]
    client.force_login(org.edu_drafter)
    page = client.get(reverse("foi:staff-list")).content.decode()
    assert world["registered"].info_title in page and world["health"].info_title not in page
    assert world["transferred"].info_title not in page and HEALTH_APPLICANT["name"] not in page
    client.force_login(org.health_drafter)
    page = client.get(reverse("foi:staff-list")).content.decode()
    assert world["health"].info_title in page and world["transferred"].info_title in page
    assert world["registered"].info_title not in page and EDU_APPLICANT["name"] not in page
