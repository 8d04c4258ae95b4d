"""Isolation over EVERY annual-report URL: who sees, generates, edits and submits which report.

The parameters come from the URL resolver, so a new reports URL without rows in MATRIX fails here. A
department's 信息员 and 批准人 prepare their own department's report; the 公开办 sees and prepares every report,
including the government's and the region-wide one; everyone else is refused. Refused requests and GETs
leave the database exactly as it was (no state change, no new report or document, no audit event).

Expectations:  L = login page   403 = visible but not allowed / no staff role / no reports access
               404 = a report outside what the person may see (rules.visible_reports)
               200 = refused with the form shown again   R = 302 back with a message, nothing done
               ok = GET 200; POST 302 + audit event
"""

import hashlib
import json

import pytest
from django.urls import reverse

from gongkai.catalogue.models import Attachment, Document
from gongkai.catalogue.tests.views.factories import build_org
from gongkai.core.models import AuditEvent, Role, RoleAssignment, User
from gongkai.reports import services
from gongkai.reports.choices import ReportScope, ReportState
from gongkai.reports.models import AnnualReport
from gongkai.testing.matrix import matrix_params, module_world, url_names

pytestmark = pytest.mark.django_db

INPUTS = {"licensing_count": 1, "penalty_count": 0, "coercion_count": 0, "fee_amount": 0}

# fmt: off
# gov_drafter: the 信息员 of the government office, the issuer of the government and region-wide reports.
ACTORS = ["anon", "citizen", "edu_drafter", "edu_first", "edu_second", "edu_approver",
          "health_drafter", "health_first", "health_second", "health_approver", "office", "sysadmin",
          "gov_drafter"]

#               anon cit  e.dr e.1  e.2  e.ap h.dr h.1  h.2  h.ap off  sys  gov
PREPARERS    = "L    403  ok   403  403  ok   ok   403  403  ok   ok   403  ok"
EDU_REPORT   = "L    403  ok   404  404  ok   404  404  404  404  ok   404  404"
HEALTH_REPORT = "L   403  404  404  404  404  ok   404  404  ok   ok   404  404"
OFFICE_ONLY  = "L    403  403  403  403  403  403  403  403  403  ok   403  403"
GOV_LEVEL    = "L    403  404  404  404  404  404  404  404  404  ok   404  ok"   # the office and the issuer's 信息员
EDU_LOCKED   = "L    403  403  404  404  403  404  404  404  404  403  404  404"  # in review: nobody edits
EDU_STALE    = "L    403  R    404  404  R    404  404  404  404  R    404  404"  # visible, but not a draft

MATRIX: dict[str, list[tuple[str | None, str, str]]] = {
        # object         method  anon cit  e.dr e.1  e.2  e.ap h.dr h.1  h.2  h.ap off  sys  gov
    "index": [
        (None,           "GET",  PREPARERS),
    ],
    "generate": [
        ("edu",          "POST", "L    403  ok   403  403  ok   200  403  403  200  ok   403  200"),
        ("region",       "POST", "L    403  200  403  403  200  200  403  403  200  ok   403  200"),
    ],
    "detail": [
        ("edu_draft",    "GET",  EDU_REPORT),
        ("edu_review",   "GET",  EDU_REPORT),
        ("health_draft", "GET",  HEALTH_REPORT),
        ("region",       "GET",  GOV_LEVEL),
        ("government",   "GET",  GOV_LEVEL),
    ],
    "edit": [
        ("edu_draft",    "GET",  EDU_REPORT),
        ("edu_draft",    "POST", EDU_REPORT),
        ("edu_review",   "GET",  EDU_LOCKED),
        ("edu_review",   "POST", EDU_LOCKED),
        ("health_draft", "POST", HEALTH_REPORT),
        ("region",       "POST", GOV_LEVEL),
    ],
    "regenerate": [
        ("edu_draft",    "POST", EDU_REPORT),
        ("edu_review",   "POST", EDU_STALE),
        ("health_draft", "POST", HEALTH_REPORT),
        # Recounting the region-wide tables is the office's (it spans every department): refused with a message.
        ("region",       "POST", "L    403  404  404  404  404  404  404  404  404  ok   404  R"),
    ],
    # Only the issuing department's 信息员 submits; the 批准人 and the office see the report but may not.
    # The region-wide report is submitted by the 信息员 of its issuer, the government office.
    "submit": [
        ("edu_draft",    "POST", "L    403  ok   404  404  R    404  404  404  404  R    404  404"),
        ("health_draft", "POST", "L    403  404  404  404  404  ok   404  404  R    R    404  404"),
        ("region",       "POST", "L    403  404  404  404  404  404  404  404  404  R    404  ok"),
    ],
    "preview": [
        ("edu_draft",    "GET",  EDU_REPORT),
        ("health_draft", "GET",  HEALTH_REPORT),
        ("region",       "GET",  GOV_LEVEL),
    ],
    "export": [
        ("edu_draft",    "GET",  EDU_REPORT),
        ("health_draft", "GET",  HEALTH_REPORT),
        ("government",   "GET",  GOV_LEVEL),
    ],
}
# fmt: on


# --- the world ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("reports-matrix-media")
    with module_world(django_db_blocker, _build_world, MEDIA_ROOT=media) as built:
        yield built


def _build_world() -> dict:
    org = build_org()
    org.gov_drafter = User.objects.create_user(username="gov_drafter", full_name="政府办信息员")
    RoleAssignment.objects.create(user=org.gov_drafter, department=org.office_dept, role=Role.DRAFTER)

    def generate(scope, department, year, actor):
        report = services.report_generate(actor=actor, scope=scope, department=department, year=year)
        return services.report_update(actor=actor, report=report, data=INPUTS)

    w = {"org": org}
    w["edu_draft"] = generate(ReportScope.DEPARTMENT, org.edu, 2024, org.edu_approver)
    w["edu_review"] = generate(ReportScope.DEPARTMENT, org.edu, 2023, org.edu_approver)
    AnnualReport.objects.filter(pk=w["edu_review"].pk).update(state=ReportState.IN_REVIEW)
    w["health_draft"] = generate(ReportScope.DEPARTMENT, org.health, 2024, org.health_drafter)
    w["region"] = generate(ReportScope.REGION, None, 2024, org.office)
    w["government"] = generate(ReportScope.GOVERNMENT, org.office_dept, 2024, org.office)
    return w


def _url(name: str, world, obj) -> str:
    if name in ("index", "generate"):
        return reverse(f"reports:{name}")
    kwargs = {"pk": world[obj].pk} | ({"fmt": "xlsx"} if name == "export" else {})
    return reverse(f"reports:{name}", kwargs=kwargs)


def _payload(name: str, world, obj) -> dict:
    org = world["org"]
    if name == "generate" and obj == "region":
        return {"year": 2022, "scope": "region"}
    if name == "generate":
        return {"year": 2022, "scope": "department", "department": org.edu.pk}
    if name == "edit":
        texts = {f: "矩阵修改" for f in AnnualReport.TEXT_FIELDS}
        return texts | {
            "licensing_count": "7",
            "penalty_count": "0",
            "coercion_count": "0",
            "fee_amount": "0",
        }
    return {}


def _snapshot() -> tuple:
    fields = ["pk", "state", "scope", "department_id", "year", "document_id", "generated_at"]
    fields += [*AnnualReport.TEXT_FIELDS, *AnnualReport.INPUT_FIELDS]
    reports = list(AnnualReport.objects.order_by("pk").values_list(*fields))
    tables = list(AnnualReport.objects.order_by("pk").values_list("tables", flat=True))
    return (
        AuditEvent.objects.count(),
        reports,
        hashlib.sha256(json.dumps(tables, sort_keys=True, default=str).encode()).hexdigest(),
        Document.objects.count(),
        Attachment.objects.count(),
    )


@pytest.mark.parametrize(
    ("name", "obj", "method", "actor", "expected"), list(matrix_params(MATRIX, ACTORS, url_names("reports")))
)
def test_reports_url_gives_each_role_exactly_its_access(client, world, name, obj, method, actor, expected):
    if expected is None:
        pytest.fail(f"新的年度报告网址 {name} 没有列入隔离矩阵 MATRIX，请补充每个角色的预期结果。")
    if actor != "anon":
        client.force_login(getattr(world["org"], actor))
    url = _url(name, world, obj)
    before = _snapshot()
    if method == "GET":
        response = client.get(url)
    else:
        response = client.post(url, _payload(name, world, obj))
    status = response.status_code

    if expected == "L":
        assert status == 302 and response["Location"].startswith(reverse("core:login") + "?next=")
    elif expected == "R":
        assert status == 302 and not response["Location"].startswith(reverse("core:login"))
    elif expected == "ok" and method == "GET":
        assert status == 200
    elif expected == "ok":
        assert status == 302, f"expected success redirect, got {status}"
        assert not response["Location"].startswith(reverse("core:login"))
        assert AuditEvent.objects.count() > before[0], "a successful action writes an audit event"
        return
    else:
        assert status == int(expected)
    assert _snapshot() == before, "a refused request or a GET changed something"


def test_every_matrix_row_names_a_real_reports_url():
    assert set(MATRIX) <= set(url_names("reports"))


POST_ONLY = [n for n, rows in MATRIX.items() if {m for _o, m, _e in rows} == {"POST"}]


@pytest.mark.parametrize("name", POST_ONLY)
def test_post_only_actions_refuse_get(client, world, name):
    client.force_login(world["org"].office)
    obj = MATRIX[name][0][0]
    url = _url(name, world, obj if name != "generate" else None)
    assert client.get(url).status_code == 405


def test_the_index_lists_only_the_reports_one_may_see(client, world):
    org = world["org"]
    client.force_login(org.edu_approver)
    page = client.get(reverse("reports:index")).content.decode()
    assert f'href="{_url("detail", world, "edu_draft")}"' in page
    for other in ("health_draft", "region", "government"):
        assert f'href="{_url("detail", world, other)}"' not in page
    client.force_login(org.office)
    page = client.get(reverse("reports:index")).content.decode()
    for every in ("edu_draft", "health_draft", "region", "government"):
        assert f'href="{_url("detail", world, every)}"' in page
