"""Fixtures shared by every app's tests: departments, people with roles, documents in a given state."""

import importlib
import os
import shutil
from pathlib import Path

import pytest
from django.apps import apps
from django.core.cache import cache

from gongkai.catalogue.models import Column
from gongkai.core.models import Department, Role, RoleAssignment, User
from gongkai.workdays.models import CalendarYear, Holiday
from gongkai.workdays.seed import seed_from_package

# Valid 组织机构代码 (GB 11714 check digits) for test departments.
TEST_ISSUER_CODES = ["000014349", "MA0000015", "MA0000023", "MA0000031", "MA000004X", "11441700007280420Y"]


def ensure_reference_data() -> None:
    """Put back the migration-seeded columns, subjects and holidays if a flush emptied them.

    A transaction=True test ends with a flush of every table, which also empties a reused test database for
    the next session. (serialized_rollback cannot be relied on: Playwright's greenlets give later tests a
    fresh connection object without the serialized contents.)
    """
    if Column.objects.filter(slug="statutory").exists() and CalendarYear.objects.exists():
        return
    importlib.import_module("gongkai.catalogue.migrations.0002_seed_columns_subjects").seed(apps, None)
    seed_from_package(Holiday, CalendarYear)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, with the reference data in place (only for tests that use a database)."""
    with django_db_blocker.unblock():
        ensure_reference_data()
        # The cache table outlives a reused test database: no rate-limit counter from an earlier run.
        cache.clear()


@pytest.fixture
def reference_data(transactional_db):
    """For transaction=True tests: the reference data, whatever the test before them flushed."""
    ensure_reference_data()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Production hashing costs ~0.3 s a user; tests create dozens.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def make_department(db):
    counter = iter(range(len(TEST_ISSUER_CODES)))

    def make(name: str, parent: Department | None = None, **extra) -> Department:
        code = extra.pop("issuer_code", None) or TEST_ISSUER_CODES[next(counter)]
        return Department.objects.create(name=name, parent=parent, issuer_code=code, **extra)

    return make


@pytest.fixture
def make_user(db):
    def make(username: str, *roles: tuple[Department, str], password: str = "Gongkai-test-2026") -> User:
        user = User.objects.create_user(username=username, password=password, full_name=username)
        for department, role in roles:
            RoleAssignment.objects.create(user=user, department=department, role=role)
        return user

    return make


@pytest.fixture
def org(make_department, make_user):
    """Two bureaus under one government, with a full set of people in each and an office supervisor."""

    class Org:
        pass

    o = Org()
    o.gov = make_department("示范县人民政府", kind="government")
    o.office_dept = make_department("示范县人民政府办公室", parent=o.gov, kind="office")
    o.edu = make_department("示范县教育局", parent=o.gov)
    o.health = make_department("示范县卫生健康局", parent=o.gov)
    for dept, key in ((o.edu, "edu"), (o.health, "health")):
        setattr(o, f"{key}_drafter", make_user(f"{key}_drafter", (dept, Role.DRAFTER)))
        setattr(o, f"{key}_first", make_user(f"{key}_first", (dept, Role.FIRST_REVIEWER)))
        setattr(o, f"{key}_second", make_user(f"{key}_second", (dept, Role.SECOND_REVIEWER)))
        setattr(o, f"{key}_approver", make_user(f"{key}_approver", (dept, Role.APPROVER)))
    o.office = make_user("office", (o.office_dept, Role.OFFICE))
    o.sysadmin = make_user("sysadmin", (o.office_dept, Role.SYSADMIN))
    o.citizen = make_user("citizen")
    return o


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Screenshots of browser tests land here for people to look at (ignored by git).
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright; skipped, with the reason, when Chromium is absent."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"浏览器测试跳过：未找到 Chromium（{CHROMIUM}），运行 make test 会自动安装")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls in fixtures are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as p:
        instance = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=ARTIFACTS / f"{request.node.name}.png", full_page=True)
    context.close()
