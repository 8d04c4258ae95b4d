"""The administration console: who may enter, what each role may change, and the audit of changes."""

import pytest
from django.urls import reverse

from gongkai.core.models import AuditEvent, Department, Role, SensitiveWord, SiteProfile

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


def test_deleting_selected_rows_in_bulk_audits_each_deleted_row(client, org):
    words = [SensitiveWord.objects.create(word=w) for w in ("绝密", "机密", "秘密")]
    client.force_login(org.office)
    response = client.post(
        "/sysadmin/core/sensitiveword/",
        {"action": "delete_selected", "_selected_action": [w.pk for w in words[:2]], "post": "yes"},
    )
    assert response.status_code == 302
    assert list(SensitiveWord.objects.values_list("word", flat=True)) == ["秘密"]
    events = AuditEvent.objects.filter(action="admin_bulk_delete").order_by("object_id")
    assert [(e.object_id, e.before["word"], e.actor, e.label) for e in events] == [
        (str(words[0].pk), "绝密", org.office, "系统管理：批量删除"),
        (str(words[1].pk), "机密", org.office, "系统管理：批量删除"),
    ]


def _password_set(client, user, password="Neu-Passwort-2026!", confirm=None):
    return client.post(
        f"/sysadmin/core/user/{user.pk}/password/",
        {"password1": password, "password2": confirm or password, "usable_password": "true"},
    )


def test_a_sysadmin_setting_someones_password_is_audited_without_the_password(client, org):
    client.force_login(org.sysadmin)
    response = _password_set(client, org.edu_drafter)
    assert response.status_code == 302
    org.edu_drafter.refresh_from_db()
    assert org.edu_drafter.check_password("Neu-Passwort-2026!")
    event = AuditEvent.objects.get(action="admin_password_set")
    assert (event.actor, event.object_id, event.after, event.before) == (
        org.sysadmin,
        str(org.edu_drafter.pk),
        {"usable_password": True},
        None,
    )
    assert "Neu-Passwort" not in str(event.after) and "pbkdf2" not in str(event.after)


def test_a_refused_password_set_writes_no_event(client, org):
    client.force_login(org.sysadmin)
    assert _password_set(client, org.edu_drafter, confirm="something-else-2026").status_code == 200
    assert not AuditEvent.objects.filter(action="admin_password_set").exists()


def test_changing_ones_own_password_in_the_console_is_audited(client, org):
    client.force_login(org.office)
    response = client.post(
        "/sysadmin/password_change/",
        {
            "old_password": "Gongkai-test-2026",
            "new_password1": "Anders-2026-xyz!",
            "new_password2": "Anders-2026-xyz!",
        },
    )
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="admin_password_change")
    assert (event.actor, event.object_id, event.label) == (org.office, str(org.office.pk), "修改本人密码")
    client.post(
        "/sysadmin/password_change/",
        {"old_password": "wrong", "new_password1": "Anders-2026-abc!", "new_password2": "Anders-2026-abc!"},
    )
    assert AuditEvent.objects.filter(action="admin_password_change").count() == 1


def _roles_post(client, user, roles):
    """Save `user` in the console with exactly `roles` ((department, role) pairs) after its current ones."""
    current = list(user.roles.order_by("pk"))
    data = {
        "username": user.username,
        "full_name": user.full_name,
        "email": "",
        "is_active": "on",
        "roles-TOTAL_FORMS": str(len(current) + len(roles)),
        "roles-INITIAL_FORMS": str(len(current)),
        "roles-MIN_NUM_FORMS": "0",
        "roles-MAX_NUM_FORMS": "1000",
    }
    for i, assignment in enumerate(current):
        data |= {
            f"roles-{i}-id": assignment.pk,
            f"roles-{i}-user": user.pk,
            f"roles-{i}-department": assignment.department_id,
            f"roles-{i}-role": assignment.role,
        }
    for i, (department, role) in enumerate(roles, start=len(current)):
        data |= {f"roles-{i}-user": user.pk, f"roles-{i}-department": department.pk, f"roles-{i}-role": role}
    return client.post(f"/sysadmin/core/user/{user.pk}/change/", data, follow=True)


def _warnings(response) -> list[str]:
    return [str(m) for m in response.context["messages"] if m.level_tag == "warning"]


def test_giving_a_drafter_a_review_role_in_the_same_department_warns_but_saves(client, org):
    client.force_login(org.sysadmin)
    response = _roles_post(client, org.edu_drafter, [(org.edu, Role.FIRST_REVIEWER)])
    assert response.status_code == 200
    assert org.edu_drafter.roles.filter(department=org.edu, role=Role.FIRST_REVIEWER).exists()
    [warning] = _warnings(response)
    assert "示范县教育局" in warning and "信息员、初审人" in warning and "既起草又审查" in warning


def test_two_review_roles_in_one_department_warn(client, org):
    client.force_login(org.sysadmin)
    [warning] = _warnings(_roles_post(client, org.edu_second, [(org.edu, Role.APPROVER)]))
    assert "复审人、批准人（部门负责人）" in warning and "两个以上审查环节" in warning


def test_roles_in_different_departments_do_not_warn(client, org):
    client.force_login(org.sysadmin)
    response = _roles_post(client, org.edu_drafter, [(org.health, Role.FIRST_REVIEWER)])
    assert org.edu_drafter.roles.count() == 2 and _warnings(response) == []
