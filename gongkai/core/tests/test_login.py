"""Staff login: lockout after repeated failures, idle timeout, audit of every attempt."""

import threading
import time

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse

from gongkai.core import login
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


def test_failures_from_one_address_over_many_accounts_lock_that_address(client, org, make_user, settings):
    settings.LOGIN_ADDRESS_MAX_FAILURES = 3
    for name in ("edu_first", "edu_second", "edu_approver"):
        assert "用户名或密码不正确" in _login(client, name, "Sprayed-password-1").content.decode()
    response = _login(client, "health_drafter", "Gongkai-test-2026")
    assert "本网络地址登录失败次数过多" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Another address is not affected, and the accounts themselves are not locked.
    other = client.post(
        reverse("core:login"),
        {"username": "health_drafter", "password": "Gongkai-test-2026"},
        REMOTE_ADDR="10.0.0.9",
    )
    assert other.status_code == 302


def test_a_locked_account_does_not_try_the_password(client, org, monkeypatch):
    for _ in range(settings.LOGIN_MAX_FAILURES):
        _login(client, "edu_drafter", "wrong-password")
    tried = []
    monkeypatch.setattr(login, "authenticate", lambda request, **credentials: tried.append(credentials))
    assert "账号已被临时锁定" in _login(client, "edu_drafter", "Gongkai-test-2026").content.decode()
    assert tried == []


@pytest.mark.django_db(transaction=True)
def test_simultaneous_wrong_passwords_are_evaluated_at_most_the_allowed_number_of_times(
    org, reference_data, monkeypatch
):
    """30 guesses at once: at most five passwords are tried, and the account is locked afterwards."""
    evaluated, lock = [], threading.Lock()
    real_authenticate = login.authenticate

    def slow_authenticate(request, **credentials):
        with lock:
            evaluated.append(credentials["password"])
        time.sleep(0.2)  # a production password hash takes about this long
        return real_authenticate(request, **credentials)

    monkeypatch.setattr(login, "authenticate", slow_authenticate)
    barrier, answers = threading.Barrier(30), []

    def attempt(password):
        try:
            barrier.wait()
            answers.append(
                Client().post(reverse("core:login"), {"username": "edu_drafter", "password": password})
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(f"wrong-{i}",)) for i in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(answers) == 30 and {a.status_code for a in answers} == {200}
    assert len(evaluated) <= settings.LOGIN_MAX_FAILURES
    assert AuditEvent.objects.filter(action="login_failed").count() == len(evaluated)
    response = Client().post(
        reverse("core:login"), {"username": "edu_drafter", "password": "Gongkai-test-2026"}
    )
    assert "账号已被临时锁定" in response.content.decode()
    assert "_auth_user_id" not in response.client.session
