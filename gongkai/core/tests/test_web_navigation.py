"""The staff navigation: filled by each app from its AppConfig, each role sees exactly what it may use."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from gongkai.core.web import navigation

pytestmark = pytest.mark.django_db

EVERYONE = ["工作台", "政府信息", "信息检索"]
PORTAL = ["访问门户"]
PREPARER = [*EVERYONE, "依申请公开", "年度报告", *PORTAL]  # 信息员 and 批准人
REVIEWER = [*EVERYONE, *PORTAL]  # 初审人, 复审人: no FOI (no personal data), no report
OFFICE = [*EVERYONE, "栏目与专题", "依申请公开", "年度报告", "节假日安排", "查看记录", *PORTAL]
SYSADMIN = [*EVERYONE, "系统管理", *PORTAL]

EXPECTED = {
    "edu_drafter": PREPARER,
    "edu_first": REVIEWER,
    "edu_second": REVIEWER,
    "edu_approver": PREPARER,
    "health_drafter": PREPARER,
    "office": OFFICE,
    "sysadmin": SYSADMIN,
}


def _menu(html: str) -> list[str]:
    nav = html[html.index('<nav class="main-nav staff-nav"') :]
    nav = nav[: nav.index("</nav>")]
    return re.findall(r"<a [^>]*>([^<]+)</a>", nav)


@pytest.mark.parametrize("actor", sorted(EXPECTED))
def test_each_role_sees_exactly_the_entries_it_may_use(client, org, actor):
    client.force_login(getattr(org, actor))
    assert _menu(client.get(reverse("catalogue:staff-dashboard")).content.decode()) == EXPECTED[actor]


def test_every_entry_leads_to_a_page_the_person_may_open(client, org):
    for actor in EXPECTED:
        client.force_login(getattr(org, actor))
        for entry in navigation.entries_for(getattr(org, actor)):
            if entry.url_name.startswith(("sysadmin:", "portal:")):
                continue  # the admin console and the portal are not staff pages of an app
            assert client.get(reverse(entry.url_name)).status_code == 200, (actor, entry.label)


def test_a_person_without_a_role_is_refused_with_the_common_entries_only(client, org):
    client.force_login(org.citizen)
    response = client.get(reverse("catalogue:staff-dashboard"))
    assert response.status_code == 403
    assert _menu(response.content.decode()) == [*EVERYONE, *PORTAL]


def test_the_current_page_is_marked_in_the_menu(client, org):
    client.force_login(org.office)
    html = client.get(reverse("reports:index")).content.decode()
    assert f'<a href="{reverse("reports:index")}" aria-current="page">年度报告</a>' in html


def test_the_menu_is_registered_by_the_apps_not_written_in_the_base_template():
    base = (Path(settings.BASE_DIR) / "gongkai" / "templates" / "staff_base.html").read_text()
    assert "{% url" not in base
    owners = {entry.url_name.split(":")[0] for entry in navigation.entries()}
    assert {"catalogue", "foi", "reports", "workdays", "search", "sysadmin", "portal"} <= owners
    processors = settings.TEMPLATES[0]["OPTIONS"]["context_processors"]
    assert not [p for p in processors if p.startswith(("gongkai.foi.", "gongkai.reports."))]
