"""HTTPS behind a reverse proxy that sets X-Forwarded-Proto: HSTS is sent when configured to trust it."""

import pytest
from django.urls import reverse

from .settings_probe import run_with_env

pytestmark = pytest.mark.django_db

PROXY = ("HTTP_X_FORWARDED_PROTO", "https")


def test_the_proxy_header_is_trusted_only_when_configured(tmp_path):
    code = "print(getattr(settings, 'SECURE_PROXY_SSL_HEADER', None), settings.SECURE_HSTS_SECONDS)"
    behind_proxy = run_with_env(code, var_dir=tmp_path, GONGKAI_HTTPS="1", GONGKAI_PROXY_SSL_HEADER="1")
    assert behind_proxy.returncode == 0, behind_proxy.stderr
    assert behind_proxy.stdout.strip() == "('HTTP_X_FORWARDED_PROTO', 'https') 31536000"
    direct = run_with_env(code, var_dir=tmp_path, GONGKAI_HTTPS="1")
    assert direct.stdout.strip() == "None 31536000"


def test_a_request_forwarded_as_https_gets_hsts(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_PROXY_SSL_HEADER = PROXY
    response = client.get(reverse("portal:home"), HTTP_X_FORWARDED_PROTO="https")
    assert response["Strict-Transport-Security"] == "max-age=31536000"
    assert "Strict-Transport-Security" not in client.get(reverse("portal:home"))


def test_without_the_setting_a_client_cannot_claim_https(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_PROXY_SSL_HEADER = None
    response = client.get(reverse("portal:home"), HTTP_X_FORWARDED_PROTO="https")
    assert "Strict-Transport-Security" not in response
