"""Department isolation over EVERY staff URL: role × department × object → allowed, 403, 404 or login.

The parameters come from the URL resolver, so a new staff URL without rows in MATRIX fails here. Every
refused request (and every GET) must leave the database exactly as it was: same states, no audit event.

Expectations:  L = redirect to the login page   403 = visible but not allowed / no staff role
               404 = outside what rules.visible_documents returns   ok = GET 200, POST 302 + audit event
"""

from pathlib import Path

import pytest
from django.urls import reverse

from gongkai.catalogue.choices import DocumentState
from gongkai.catalogue.models import (
    Attachment,
    Column,
    Document,
    Interpretation,
    ReviewStep,
    Topic,
    ValidityChange,
)
from gongkai.catalogue.services import review, validity
from gongkai.core.models import AuditEvent
from gongkai.testing.matrix import matrix_params, module_world, url_names

from .factories import (
    add_attachment,
    add_interpretation,
    advance,
    build_org,
    make_document,
    pdf_upload,
    people,
)

pytestmark = pytest.mark.django_db

# fmt: off
ACTORS = ["anon", "citizen", "edu_drafter", "edu_first", "edu_second", "edu_approver",
          "health_drafter", "health_first", "health_second", "health_approver", "office", "sysadmin"]

# Frequent rows, named once. Columns:
#               anon cit  e.dr e.1  e.2  e.ap h.dr h.1  h.2  h.ap off  sys
ANY_STAFF    = "L    403  ok   ok   ok   ok   ok   ok   ok   ok   ok   ok"  # any staff role
EDU_SEES     = "L    403  ok   ok   ok   ok   404  404  404  404  ok   404"  # an edu document, read-only access
EDU_DRAFTER  = "L    403  ok   403  403  403  404  404  404  404  403  404"  # can_edit on an edu draft
NOBODY_EDU   = "L    403  403  403  403  403  404  404  404  404  403  404"  # visible, but no one may act
OFFICE_ONLY  = "L    403  403  403  403  403  403  403  403  403  ok   403"  # the 公开办 alone

MATRIX: dict[str, list[tuple[str | None, str, str]]] = {
        # object                 method   anon cit  e.dr e.1  e.2  e.ap h.dr h.1  h.2  h.ap off  sys
    "staff-dashboard": [
        (None,                   "GET",  ANY_STAFF),
    ],
    "staff-document-list": [
        (None,                   "GET",  ANY_STAFF),
    ],
    "staff-document-create": [
        (None,                   "GET",  "L    403  ok   403  403  403  ok   403  403  403  403  403"),
        (None,                   "POST", "L    403  ok   403  403  403  ok   403  403  403  403  403"),
    ],
    "staff-document-detail": [
        ("draft",                "GET",  EDU_SEES),
        ("first",                "GET",  EDU_SEES),
        ("second",               "GET",  EDU_SEES),
        ("approval",             "GET",  EDU_SEES),
        ("published",            "GET",  EDU_SEES),
        ("withdrawn",            "GET",  EDU_SEES),
        ("involved",             "GET",  "L    403  ok   ok   ok   ok   404  ok   ok   ok   ok   404"),
        ("health_draft",         "GET",  "L    403  404  404  404  404  ok   ok   ok   ok   ok   404"),
    ],
    "staff-document-edit": [
        ("draft",                "GET",  EDU_DRAFTER),
        ("draft",                "POST", EDU_DRAFTER),
        ("second",               "GET",  "L    403  ok   ok   ok   ok   404  404  404  404  403  404"),
        ("second",               "POST", "L    403  ok   ok   ok   ok   404  404  404  404  403  404"),
        ("involved",             "GET",  "L    403  ok   ok   ok   ok   404  403  403  403  403  404"),
        ("published",            "GET",  NOBODY_EDU),
        ("published",            "POST", NOBODY_EDU),
    ],
    "staff-document-submit": [
        ("draft",                "POST", EDU_DRAFTER),
        ("first",                "POST", NOBODY_EDU),
    ],
    "staff-document-pass": [
        ("draft",                "POST", NOBODY_EDU),
        ("first",                "POST", "L    403  403  ok   403  403  404  404  404  404  403  404"),
        ("second",               "POST", "L    403  403  403  ok   403  404  404  404  404  403  404"),
        ("approval",             "POST", "L    403  403  403  403  ok   404  404  404  404  403  404"),
        ("involved",             "POST", "L    403  403  ok   403  403  404  403  403  403  403  404"),
    ],
    "staff-document-return": [
        ("draft",                "POST", NOBODY_EDU),
        ("first",                "POST", "L    403  403  ok   403  403  404  404  404  404  403  404"),
        ("involved",             "POST", "L    403  403  ok   403  403  404  ok   ok   ok   403  404"),
    ],
    "staff-document-confirm": [
        ("involved",             "POST", "L    403  403  403  403  403  404  ok   ok   ok   403  404"),
        ("first",                "POST", NOBODY_EDU),
    ],
    "staff-document-withdraw": [
        ("published",            "POST", "L    403  403  403  403  ok   404  404  404  404  ok   404"),
        ("second",               "POST", NOBODY_EDU),
    ],
    "staff-document-set-validity": [
        ("published",            "POST", "L    403  403  403  403  ok   404  404  404  404  ok   404"),
        ("draft",                "POST", NOBODY_EDU),
    ],
    "staff-document-reopen": [
        ("withdrawn",            "POST", EDU_DRAFTER),
        ("published",            "POST", NOBODY_EDU),
    ],
    "staff-document-interpretation-needed": [
        ("draft",                "POST", "L    403  403  403  403  403  404  404  404  404  ok   404"),
    ],
    "staff-validity-link-add": [
        ("draft",                "POST", EDU_DRAFTER),
        ("published",            "POST", NOBODY_EDU),
    ],
    "staff-validity-link-remove": [
        ("draft_link",           "POST", EDU_DRAFTER),
    ],
    # Another department's repeal of a health document waits for health's 批准人 (or the office's decision).
    "staff-validity-change-confirm": [
        ("cross_change",         "POST", "L    403  403  403  403  403  403  403  403  ok   ok   404"),
    ],
    "staff-validity-change-decline": [
        ("cross_change",         "POST", "L    403  403  403  403  403  403  403  403  ok   ok   404"),
    ],
    "staff-attachment-add": [
        ("draft",                "POST", EDU_DRAFTER),
        ("published",            "POST", NOBODY_EDU),
    ],
    "staff-attachment-remove": [
        ("draft_attachment",     "POST", EDU_DRAFTER),
        ("published_attachment", "POST", NOBODY_EDU),
    ],
    "staff-attachment-download": [
        ("draft_attachment",     "GET",  EDU_SEES),
        ("published_attachment", "GET",  EDU_SEES),
        ("draft_graphic",        "GET",  EDU_SEES),
    ],
    "staff-interpretation-create": [
        ("draft",                "GET",  EDU_DRAFTER),
        ("draft",                "POST", EDU_DRAFTER),
        ("published",            "GET",  NOBODY_EDU),
        ("published",            "POST", NOBODY_EDU),
    ],
    "staff-interpretation-edit": [
        ("draft_interpretation", "GET",  EDU_DRAFTER),
        ("draft_interpretation", "POST", EDU_DRAFTER),
        ("published_interpretation","GET",  NOBODY_EDU),
        ("published_interpretation","POST", NOBODY_EDU),
    ],
    "staff-interpretation-delete": [
        ("draft_interpretation", "GET",  EDU_DRAFTER),
        ("draft_interpretation", "POST", EDU_DRAFTER),
        ("published_interpretation","POST", NOBODY_EDU),
    ],
    "staff-column-list": [
        (None,                   "GET",  OFFICE_ONLY),
    ],
    "staff-column-create": [
        (None,                   "GET",  OFFICE_ONLY),
        (None,                   "POST", OFFICE_ONLY),
    ],
    "staff-column-edit": [
        ("column",               "GET",  OFFICE_ONLY),
        ("column",               "POST", OFFICE_ONLY),
    ],
    "staff-column-delete": [
        ("column",               "GET",  OFFICE_ONLY),
        ("column",               "POST", OFFICE_ONLY),
    ],
    "staff-topic-create": [
        (None,                   "GET",  OFFICE_ONLY),
        (None,                   "POST", OFFICE_ONLY),
    ],
    "staff-topic-edit": [
        ("topic",                "GET",  OFFICE_ONLY),
        ("topic",                "POST", OFFICE_ONLY),
    ],
    "staff-topic-delete": [
        ("topic",                "GET",  OFFICE_ONLY),
        ("topic",                "POST", OFFICE_ONLY),
    ],
}
# fmt: on


# --- the world: one set of objects for the whole module -------------------------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("matrix-media")
    with module_world(django_db_blocker, _build_world, MEDIA_ROOT=media) as built:
        yield built


def _build_world() -> dict:
    org = build_org()
    edu = people(org, "edu")
    w = {"org": org}
    w["old"] = make_document(org, state=DocumentState.PUBLISHED, title="旧文件（将被修改）")
    published = make_document(org, title="已发布的通知")
    w["published_attachment"] = add_attachment(published, edu.drafter)
    w["published_interpretation"] = add_interpretation(published, edu.drafter)
    review.document_submit(document=published, actor=edu.drafter)
    for reviewer in (edu.first, edu.second, edu.approver):
        review.document_review_pass(document=published, actor=reviewer)
    published.refresh_from_db()
    assert published.state == DocumentState.PUBLISHED
    w["published"] = published
    draft = make_document(org, title="草稿")
    w["draft_attachment"] = add_attachment(draft, edu.drafter)
    w["draft_interpretation"] = add_interpretation(draft, edu.drafter, graphic=True)
    w["draft_graphic"] = w["draft_interpretation"].attachments.get()
    w["draft_link"] = validity.validity_change_add(
        actor=edu.drafter, source=draft, target=w["old"], kind="amend"
    )
    w["draft"] = draft
    w["first"] = make_document(org, state=DocumentState.FIRST_REVIEW, title="待初审")
    w["second"] = make_document(org, state=DocumentState.SECOND_REVIEW, title="待复审")
    w["approval"] = make_document(org, state=DocumentState.APPROVAL, title="待批准")
    withdrawn = make_document(org, state=DocumentState.PUBLISHED, title="已下线")
    w["withdrawn"] = review.document_withdraw(document=withdrawn, actor=edu.approver, reason="内容过时")
    w["involved"] = make_document(
        org, state=DocumentState.FIRST_REVIEW, title="涉及卫健局", involved_departments=[org.health]
    )
    w["health_draft"] = make_document(org, key="health", title="卫健局草稿")
    health_published = make_document(org, key="health", state=DocumentState.PUBLISHED, title="卫健局办法")
    repeal = make_document(org, title="教育局废止卫健局办法")
    w["cross_change"] = validity.validity_change_add(
        actor=edu.drafter, source=repeal, target=health_published, kind="repeal"
    )
    advance(repeal, edu, DocumentState.PUBLISHED)
    w["cross_change"].refresh_from_db()
    assert w["cross_change"].status == "awaiting"
    w["column"] = Column.objects.create(name="测试栏目", slug="matrix-column")
    w["topic"] = Topic.objects.create(name="测试专题", slug="matrix-topic")
    return w


@pytest.fixture
def media_root(world):
    """Overrides the per-test media folder: the world's files live in the module's folder."""


# --- requests ------------------------------------------------------------------------------------


def _kwargs(world, obj):
    return {} if obj is None else {"pk": world[obj].pk}


def _payload(name: str, world, obj) -> dict:
    org = world["org"]
    column, topic = world["column"], world["topic"]
    change = world["cross_change"].pk
    payloads = {
        "staff-validity-change-confirm": {f"c{change}-reason": "经核实同意废止"},
        "staff-validity-change-decline": {f"d{change}-reason": "该办法仍在执行"},
        "staff-document-create": {"title": "矩阵新建", "normative_kind": "other"},
        "staff-document-edit": {"title": "矩阵修改后的标题", "normative_kind": "other"},
        "staff-document-pass": {"opinion": "同意"},
        "staff-document-return": {"reason": "请补充依据"},
        "staff-document-confirm": {"department": org.health.pk, "opinion": "无异议"},
        "staff-document-withdraw": {"reason": "已过时"},
        "staff-document-set-validity": {"validity": "expired", "reason": "有效期届满"},
        "staff-document-interpretation-needed": {"needed": "on"},
        "staff-validity-link-add": {"target_index_no": world["published"].index_no, "kind": "repeal"},
        "staff-attachment-add": {"upload": pdf_upload("矩阵.pdf")},
        "staff-interpretation-create": {"title": "矩阵解读", "form": "text", "body": "解读内容"},
        "staff-interpretation-edit": {"title": "矩阵解读（改）", "form": "text"},
        "staff-column-create": {"name": "矩阵栏目", "slug": "matrix-new", "sort_order": 1, "is_active": "on"},
        "staff-column-edit": {"name": "改名栏目", "slug": column.slug, "sort_order": 2, "is_active": "on"},
        "staff-topic-create": {
            "name": "矩阵专题",
            "slug": "matrix-new-topic",
            "sort_order": 1,
            "is_active": "on",
        },
        "staff-topic-edit": {"name": "改名专题", "slug": topic.slug, "sort_order": 2, "is_active": "on"},
    }
    return payloads.get(name, {})


def _snapshot(media: Path) -> tuple:
    """Everything a refused request could have changed."""
    return (
        AuditEvent.objects.count(),
        ReviewStep.objects.count(),
        Attachment.objects.count(),
        Interpretation.objects.count(),
        ValidityChange.objects.count(),
        list(ValidityChange.objects.order_by("pk").values_list("pk", "status", "applied_at")),
        list(Column.objects.order_by("pk").values_list("pk", "name", "is_active")),
        list(Topic.objects.order_by("pk").values_list("pk", "name")),
        list(
            Document.objects.order_by("pk").values_list(
                "pk", "state", "validity", "review_round", "title", "needs_interpretation"
            )
        ),
        sorted(str(p) for p in (media / "blobs").rglob("*")) if (media / "blobs").exists() else [],
    )


@pytest.mark.parametrize(
    ("name", "obj", "method", "actor", "expected"),
    list(matrix_params(MATRIX, ACTORS, url_names("catalogue"))),
)
def test_staff_url_gives_each_role_exactly_its_access(
    client, settings, world, name, obj, method, actor, expected
):
    if expected is None:
        pytest.fail(f"新的工作台网址 {name} 没有列入隔离矩阵 MATRIX，请补充每个角色的预期结果。")
    if actor != "anon":
        client.force_login(getattr(world["org"], actor))
    url = reverse(f"catalogue:{name}", kwargs=_kwargs(world, obj))
    media = Path(settings.MEDIA_ROOT)
    before = _snapshot(media)
    if method == "GET":
        response = client.get(url)
    else:
        response = client.post(url, _payload(name, world, obj))
    status = response.status_code
    if hasattr(response, "streaming_content"):
        b"".join(response.streaming_content)  # consuming it closes the file (the test client wraps close)

    if expected == "L":
        assert status == 302 and response["Location"].startswith(reverse("core:login") + "?next=")
    elif expected == "ok" and method == "GET":
        assert status == 200
    elif expected == "ok":
        assert status == 302, f"expected success redirect, got {status}"
        assert not response["Location"].startswith(reverse("core:login"))
        assert AuditEvent.objects.count() > before[0], "a successful action writes an audit event"
    else:
        assert status == int(expected)
    if not (expected == "ok" and method == "POST"):
        assert _snapshot(media) == before, "a refused request or a GET changed something"


def test_every_matrix_row_names_a_real_staff_url():
    assert set(MATRIX) <= set(url_names("catalogue"))


POST_ONLY = [n for n, rows in MATRIX.items() if {m for _o, m, _e in rows} == {"POST"}]


@pytest.mark.parametrize("name", POST_ONLY)
def test_post_only_actions_refuse_get(client, world, name):
    client.force_login(world["org"].office)
    rows = MATRIX[name]
    url = reverse(f"catalogue:{name}", kwargs=_kwargs(world, rows[0][0]))
    assert client.get(url).status_code == 405
