"""Every GET parameter of every page, with hostile values, never answers a server error.

The pages come from the URL resolver; concrete URLs (with real object ids) are found by crawling the demo
as a visitor, a department drafter, the 公开办 and the system administrator. A route the crawl does not
reach is requested with placeholder arguments, so a new page is fuzzed too. Parameter names are the ones
the pages use (links and GET forms) plus the known filters and an unknown one; every value goes into every
parameter at once, one request per value.
"""

import importlib
import io
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urldefrag, urlsplit

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

from gongkai.core.models import User

pytestmark = pytest.mark.django_db  # also makes pytest-django set up the test database for this module

NASTY = [
    "²",
    "①",
    "9" * 10_000,
    "-1",
    "0",
    "NaN",
    "\x00",
    "%' OR 1=1 -- ;%_\\",
    "年" * 1_000,
]
KNOWN_PARAMS = {
    *("year", "page", "q", "column", "subject", "genre", "validity", "sort", "state", "dept", "issuer"),
    *("view", "start", "end", "threshold", "min_size", "no", "inline", "next", "kind", "department"),
    *("o", "p", "e", "_popup", "_changelist_filters", "all"),
    "unknown_param",
}
# Starting points per actor; everything else is found by following links.
ACTORS = {
    "anon": (
        None,
        ["/", "/search/?q=教育", "/catalogue/", "/apply/", "/topics/", "/interpretations/", "/guide/"],
    ),
    "edu_drafter": ("edu_drafter", ["/staff/", "/staff/documents/", "/staff/foi/", "/staff/reports/"]),
    "office": (
        "office",
        ["/staff/", "/staff/workdays/", "/staff/foi/", "/staff/reports/", "/staff/documents/"],
    ),
    "admin": ("admin", ["/sysadmin/"]),
}
NEVER_GET = ("/accounts/logout/", "/accounts/care-mode/")
PAGES_PER_ACTOR = 400
# The crawl must reach these (a guard against a crawl that silently finds nothing).
MUST_REACH = {
    "portal:catalogue",
    "portal:document",
    "search:search",
    "workdays:index",
    "workdays:year",
    "catalogue:staff-document-detail",
    "foi:staff-list",
    "reports:detail",
}


class _Links(HTMLParser):
    """hrefs, and the field names of forms sent with GET."""

    def __init__(self):
        super().__init__()
        self.links, self.names, self._get_form = [], set(), False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            self._get_form = (attrs.get("method") or "get").lower() == "get"
        elif tag in ("input", "select", "textarea") and self._get_form and attrs.get("name"):
            self.names.add(attrs["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._get_form = False


def _route_of(path: str) -> str | None:
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.view_name


def _patterns(patterns=None, prefix="", namespace=""):
    """(view name, regex-free example path) for every route; arguments replaced by placeholders."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _patterns(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            route = prefix + str(pattern.pattern)
            example = re.sub(r"<(?:int:)?[^>:]*>", "1", re.sub(r"<(?:str|slug|path):[^>]*>", "x", route))
            example = re.sub(r"[\^$]|\(\?P<[^>]+>[^)]*\)", "1", example)  # admin's regex routes
            yield f"{namespace}{pattern.name}", "/" + example


def _crawl(client: Client, starts: list[str]) -> tuple[dict[str, str], set[str]]:
    """First concrete URL of every route reached from `starts`, and the GET parameter names seen."""
    seen_routes, names, queue, visited = {}, set(), deque(starts), set()
    while queue and len(visited) < PAGES_PER_ACTOR:
        url = queue.popleft()
        path = urlsplit(url).path
        route = _route_of(path)
        if url in visited or route is None or route in seen_routes and url != seen_routes[route]:
            continue
        visited.add(url)
        seen_routes.setdefault(route, url)
        names |= {name for name, _ in parse_qsl(urlsplit(url).query)}
        response = client.get(url)
        assert response.status_code < 500, f"{url}: {response.status_code}"
        if "text/html" not in response.get("Content-Type", ""):
            continue
        parser = _Links()
        parser.feed(response.content.decode())
        names |= parser.names
        for href in parser.links:
            href = urldefrag(href)[0]
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not href.startswith("/") or href.startswith(NEVER_GET):
                continue
            if href.startswith(("/static/", "/media/")):
                continue
            queue.append(href)
    return seen_routes, names


@pytest.fixture(scope="module")
def demo_world(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("fuzz-media")
    fast = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media, PASSWORD_HASHERS=fast):
        with transaction.atomic():
            importlib.import_module("gongkai.catalogue.migrations.0002_seed_columns_subjects").seed(
                apps, None
            )
            call_command("demo_load", stdout=io.StringIO())
            clients, targets, names = {}, {}, set(KNOWN_PARAMS)
            for actor, (username, starts) in ACTORS.items():
                client = Client()
                if username:
                    client.force_login(User.objects.get(username=username))
                clients[actor] = client
                routes, found = _crawl(client, starts)
                names |= found
                for route, url in routes.items():
                    targets.setdefault(route, (actor, urlsplit(url).path))
            for route, example in _patterns():
                targets.setdefault(route, ("office", example))
            # A view that refuses GET (405) reads no parameter: one request shows it, none to fuzz.
            refusing = {
                r for r, (actor, path) in targets.items() if clients[actor].get(path).status_code == 405
            }
            yield clients, {r: t for r, t in targets.items() if r not in refusing}, sorted(names)
            transaction.set_rollback(True)


def test_the_crawl_reaches_the_pages_that_take_parameters(demo_world):
    _, targets, names = demo_world
    crawled = {route for route, (actor, path) in targets.items() if _route_of(path) == route}
    assert MUST_REACH <= crawled
    assert {"year", "page", "q", "column", "subject", "genre", "validity", "sort"} <= set(names)


@pytest.mark.parametrize("value", NASTY, ids=lambda v: f"{v[:6]!r}x{len(v)}")
def test_no_page_answers_a_server_error_to_any_parameter_value(demo_world, value):
    clients, targets, names = demo_world
    query = {name: value for name in names}
    failures = []
    for route, (actor, path) in sorted(targets.items()):
        try:
            response = clients[actor].get(path, query)
        except Exception as error:  # the test client re-raises what would be a 500
            failures.append(f"{route} {path} ({actor}): {type(error).__name__}: {str(error)[:200]}")
            continue
        if response.status_code >= 500:
            failures.append(f"{route} {path} ({actor}): {response.status_code}")
    assert failures == []
