"""Staff login: lockout after repeated failures, idle timeout, audit of every attempt."""

import pytest
from django.conf import settings
from django.urls import reverse

from gongkai.core.models import AuditEvent

pytestmark = pytest.mark.django_db


def _login(client, username, password):
    return client.post(reverse("core:login"), {"username": username, "password": password})


def test_a_staff_member_logs_in_and_the_login_is_audited(client, org):
    response = _login(client, "edu_drafter", "Gongkai-test-2026")
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="login", actor=org.edu_drafter).exists()


def test_five_wrong_passwords_lock_the_account_even_for_the_right_password(client, org):
    for _ in range(settings.LOGIN_MAX_FAILURES):
        response = _login(client, "edu_drafter", "wrong-password")
        assert "用户名或密码不正确" in response.content.decode()
    response = _login(client, "edu_drafter", "Gongkai-test-2026")
    assert response.status_code == 200
    assert "账号已被临时锁定" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert AuditEvent.objects.filter(action="login_failed", object_id=str(org.edu_drafter.pk)).count() == 5


def test_the_lock_lifts_after_the_lockout_window(client, org, time_machine):
    time_machine.move_to("2026-11-02 09:00 +0800")
    for _ in range(settings.LOGIN_MAX_FAILURES):
        _login(client, "edu_drafter", "wrong-password")
    time_machine.move_to("2026-11-02 09:16 +0800")
    assert _login(client, "edu_drafter", "Gongkai-test-2026").status_code == 302


def test_a_successful_login_clears_earlier_failures(client, org):
    for _ in range(settings.LOGIN_MAX_FAILURES - 1):
        _login(client, "edu_drafter", "wrong-password")
    assert _login(client, "edu_drafter", "Gongkai-test-2026").status_code == 302
    client.logout()
    _login(client, "edu_drafter", "wrong-password")
    assert _login(client, "edu_drafter", "Gongkai-test-2026").status_code == 302


def test_the_login_form_keeps_the_username_typed(client, org):
    response = _login(client, "edu_drafter", "wrong-password")
    assert 'value="edu_drafter"' in response.content.decode()


def test_sessions_end_after_thirty_idle_minutes():
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST is True


def test_passwords_must_pass_the_validators():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("12345678901", "password123", "short"):
        with pytest.raises(ValidationError):
            validate_password(weak)
