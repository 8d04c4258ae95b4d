"""The administration console: who may enter, what each role may change, and the audit of changes."""

import pytest
from django.urls import reverse

from gongkai.core.models import AuditEvent, Department, SiteProfile

pytestmark = pytest.mark.django_db


def test_the_console_sends_anonymous_visitors_to_the_platform_login_with_its_lockout(client):
    response = client.get("/sysadmin/", follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("core:login"))
    response = client.get("/sysadmin/login/?next=/sysadmin/")
    assert response.status_code == 302 and reverse("core:login") in response["Location"]


@pytest.mark.parametrize("username", ["edu_drafter", "edu_approver", "citizen"])
def test_department_staff_cannot_enter_the_console(client, org, username):
    client.force_login(getattr(org, username))
    assert client.get("/sysadmin/", follow=True).status_code == 403
    assert client.get("/sysadmin/core/user/", follow=True).status_code == 403


def test_the_office_keeps_the_guide_contact_data_but_not_accounts(client, org):
    client.force_login(org.office)
    profile = SiteProfile.current()
    assert client.get(f"/sysadmin/core/siteprofile/{profile.pk}/change/").status_code == 200
    assert client.get("/sysadmin/core/sensitiveword/add/").status_code == 200
    assert client.get("/sysadmin/core/user/").status_code == 403
    assert client.get("/sysadmin/core/department/").status_code == 403


def test_a_sysadmin_change_to_a_department_is_audited_with_before_and_after(client, org):
    client.force_login(org.sysadmin)
    response = client.post(
        f"/sysadmin/core/department/{org.edu.pk}/change/",
        {
            "name": "示范县教育和体育局",
            "short_name": "",
            "parent": org.gov.pk,
            "kind": "bureau",
            "issuer_code": org.edu.issuer_code,
            "sort_order": 100,
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Department.objects.get(pk=org.edu.pk).name == "示范县教育和体育局"
    event = AuditEvent.objects.get(action="admin_change", object_id=str(org.edu.pk))
    assert (event.before["name"], event.after["name"], event.actor) == (
        "示范县教育局",
        "示范县教育和体育局",
        org.sysadmin,
    )


def test_a_department_with_an_invalid_issuer_code_is_refused_in_chinese(client, org):
    client.force_login(org.sysadmin)
    response = client.post(
        "/sysadmin/core/department/add/",
        {
            "name": "示范县审计局",
            "parent": org.gov.pk,
            "kind": "bureau",
            "issuer_code": "123456789",
            "sort_order": 1,
        },
    )
    assert response.status_code == 200
    assert "校验位" in response.content.decode()
    assert not Department.objects.filter(name="示范县审计局").exists()
