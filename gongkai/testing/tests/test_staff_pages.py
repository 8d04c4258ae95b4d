"""Every staff URL, walked from the resolver: it is a staff page and its answer is never cached.

A staff page shows unpublished documents and applicants' personal data; a shared cache or the browser's
back-forward cache must not keep it (Cache-Control: no-store). The pages come from the resolver, so a new
staff URL without a row in PAGES fails here; each row names who opens it and with which object, and a page
that can be shown must answer 200 to that person.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from gongkai.catalogue.models import Column, Topic
from gongkai.catalogue.services import validity
from gongkai.catalogue.tests.views.factories import add_attachment, add_interpretation, make_document
from gongkai.core.web.access import is_staff_page
from gongkai.foi.tests.matrix_factories import build_world
from gongkai.reports import services as reports
from gongkai.reports.choices import ReportScope
from gongkai.testing.matrix import module_world

pytestmark = pytest.mark.django_db

# Staff pages that are not under /staff/.
OTHER_STAFF_PAGES = {"search:staff-search"}


def staff_urls() -> dict[str, URLPattern]:
    """Every named URL under staff/ (and the staff search), with its namespaced name."""
    found = {}

    def walk(patterns, route, namespace):
        for pattern in patterns:
            here = route + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, here, inner)
            elif pattern.name:
                name = namespace + pattern.name
                if here.startswith("staff/") or name in OTHER_STAFF_PAGES:
                    found[name] = pattern

    walk(get_resolver().url_patterns, "", "")
    return found


def _world() -> dict:
    w = build_world()
    org = w["org"]
    w["old"] = make_document(org, state="published", title="将被修改的文件")
    w["document"] = make_document(org, title="草稿")
    w["attachment"] = add_attachment(w["document"], org.edu_drafter)
    w["interpretation"] = add_interpretation(w["document"], org.edu_drafter)
    w["link"] = validity.validity_change_add(
        actor=org.edu_drafter, source=w["document"], target=w["old"], kind="amend"
    )
    w["column"] = Column.objects.create(name="走查栏目", slug="walk-column")
    w["topic"] = Topic.objects.create(name="走查专题", slug="walk-topic")
    w["report"] = reports.report_generate(
        actor=org.office, scope=ReportScope.DEPARTMENT, department=org.edu, year=2024
    )
    return w


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("staff-pages-media")
    with module_world(django_db_blocker, _world, MEDIA_ROOT=media) as built:
        yield built


@pytest.fixture
def media_root(world):
    """The world's files live in the module's media folder."""


def _pk(key):
    return lambda w: {"pk": w[key].pk}


NONE = lambda w: {}  # noqa: E731
POST = "POST only"  # the page has no GET: 405, still not cached
# url name: (who opens it, its URL arguments, whether a GET shows a page)
PAGES = {
    "catalogue:staff-dashboard": ("office", NONE, True),
    "catalogue:staff-document-list": ("office", NONE, True),
    "catalogue:staff-document-create": ("edu_drafter", NONE, True),
    "catalogue:staff-document-detail": ("office", _pk("document"), True),
    "catalogue:staff-document-edit": ("edu_drafter", _pk("document"), True),
    "catalogue:staff-document-submit": ("edu_drafter", _pk("document"), POST),
    "catalogue:staff-document-pass": ("edu_drafter", _pk("document"), POST),
    "catalogue:staff-document-return": ("edu_drafter", _pk("document"), POST),
    "catalogue:staff-document-confirm": ("edu_drafter", _pk("document"), POST),
    "catalogue:staff-document-withdraw": ("edu_drafter", _pk("document"), POST),
    "catalogue:staff-document-reopen": ("edu_drafter", _pk("document"), POST),
    "catalogue:staff-document-set-validity": ("edu_drafter", _pk("document"), POST),
    "catalogue:staff-document-interpretation-needed": ("office", _pk("document"), POST),
    "catalogue:staff-validity-link-add": ("edu_drafter", _pk("document"), POST),
    "catalogue:staff-validity-link-remove": ("edu_drafter", _pk("link"), POST),
    "catalogue:staff-validity-change-confirm": ("office", _pk("link"), POST),
    "catalogue:staff-validity-change-decline": ("office", _pk("link"), POST),
    "catalogue:staff-attachment-add": ("edu_drafter", _pk("document"), POST),
    "catalogue:staff-attachment-remove": ("edu_drafter", _pk("attachment"), POST),
    "catalogue:staff-attachment-download": ("office", _pk("attachment"), True),
    "catalogue:staff-interpretation-create": ("edu_drafter", _pk("document"), True),
    "catalogue:staff-interpretation-edit": ("edu_drafter", _pk("interpretation"), True),
    "catalogue:staff-interpretation-delete": ("edu_drafter", _pk("interpretation"), True),
    "catalogue:staff-column-list": ("office", NONE, True),
    "catalogue:staff-column-create": ("office", NONE, True),
    "catalogue:staff-column-edit": ("office", _pk("column"), True),
    "catalogue:staff-column-delete": ("office", _pk("column"), True),
    "catalogue:staff-topic-create": ("office", NONE, True),
    "catalogue:staff-topic-edit": ("office", _pk("topic"), True),
    "catalogue:staff-topic-delete": ("office", _pk("topic"), True),
    "foi:staff-list": ("office", NONE, True),
    "foi:staff-create": ("office", NONE, True),
    "foi:staff-exchange": ("office", NONE, True),
    "foi:staff-export": ("office", NONE, POST),
    "foi:staff-import": ("office", NONE, POST),
    "foi:staff-similar": ("office", NONE, True),
    "foi:staff-proposal-create": ("office", NONE, POST),
    "foi:staff-proposal-draft": ("office", _pk("proposal"), POST),
    "foi:staff-detail": ("office", _pk("registered"), True),
    "foi:staff-id-proof": ("office", _pk("registered"), True),
    "foi:staff-act": ("office", lambda w: {"pk": w["registered"].pk, "action": "vet"}, POST),
    "foi:staff-remedy-conclude": (
        "office",
        lambda w: {"pk": w["replied"].pk, "remedy_pk": w["remedy"].pk},
        POST,
    ),
    "foi:letters:templates": ("office", NONE, True),
    "foi:letters:template-edit": ("office", lambda w: {"template_pk": w["template"].pk}, True),
    "foi:letters:generate": ("office", lambda w: {"pk": w["replied"].pk, "kind": "reply"}, POST),
    "foi:letters:download": (
        "office",
        lambda w: {"pk": w["replied"].pk, "letter_pk": w["letter"].pk, "fmt": "pdf"},
        True,
    ),
    "foi:letters:file-add": ("office", _pk("replied"), POST),
    "foi:letters:file-download": (
        "office",
        lambda w: {"pk": w["replied"].pk, "file_pk": w["file"].pk},
        True,
    ),
    "foi:letters:file-remove": (
        "office",
        lambda w: {"pk": w["replied"].pk, "file_pk": w["file"].pk},
        POST,
    ),
    "reports:index": ("office", NONE, True),
    "reports:generate": ("office", NONE, POST),
    "reports:detail": ("office", _pk("report"), True),
    "reports:edit": ("office", _pk("report"), True),
    "reports:regenerate": ("office", _pk("report"), POST),
    "reports:submit": ("office", _pk("report"), POST),
    "reports:preview": ("office", _pk("report"), True),
    "reports:export": ("office", lambda w: {"pk": w["report"].pk, "fmt": "xlsx"}, True),
    "workdays:index": ("office", NONE, True),
    "workdays:year": ("office", lambda w: {"year": 2025}, True),
    "workdays:holiday-delete": ("office", lambda w: {"year": 2025, "pk": 1}, POST),
    "workdays:year-confirm": ("office", lambda w: {"year": 2025}, POST),
    "search:staff-search": ("office", NONE, True),
    "notifications:inbox": ("edu_drafter", NONE, True),
    "notifications:read-all": ("edu_drafter", NONE, POST),
    "notifications:read": ("edu_drafter", lambda w: {"pk": 1}, POST),
    "accesslog:list": ("office", NONE, True),
}


@pytest.mark.parametrize("name", sorted(staff_urls()))
def test_every_staff_page_answers_with_no_store(client, world, name):
    if name not in PAGES:
        pytest.fail(f"新的工作台网址 {name} 没有列入 PAGES，请写明由谁、以哪个对象打开它。")
    actor, kwargs, shows_page = PAGES[name]
    client.force_login(getattr(world["org"], actor))
    response = client.get(reverse(name, kwargs=kwargs(world)))
    assert response.status_code == (405 if shows_page == POST else 200)
    assert "no-store" in response.get("Cache-Control", ""), f"{name} may be kept in a cache"


@pytest.mark.parametrize("name", sorted(staff_urls()))
def test_every_staff_url_is_a_staff_view(name):
    assert is_staff_page(staff_urls()[name].callback), f"{name} is not wrapped by staff_view / staff_page"


def test_a_refusal_and_a_missing_object_are_not_cached_either(client, world):
    org = world["org"]
    client.force_login(org.health_drafter)
    missing = client.get(reverse("catalogue:staff-document-detail", kwargs={"pk": world["document"].pk}))
    assert missing.status_code == 404 and "no-store" in missing["Cache-Control"]
    refused = client.get(reverse("reports:index"))  # a health drafter prepares reports: allowed
    assert refused.status_code == 200 and "no-store" in refused["Cache-Control"]
    client.force_login(org.edu_first)
    refused = client.get(reverse("reports:index"))
    assert refused.status_code == 403 and "no-store" in refused["Cache-Control"]


def test_public_pages_stay_cacheable(client, world):
    assert "no-store" not in client.get(reverse("portal:home")).get("Cache-Control", "")
    assert set(PAGES) <= set(staff_urls())
