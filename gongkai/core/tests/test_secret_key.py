"""The secret key: generated once and kept under the data directory when none is configured; flagged by
`manage.py check --deploy` until a deployment configures one."""

import stat
import threading

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from gongkai.core.checks import secret_key_configured
from gongkai.core.secret_key import secret_key_from_file

from .settings_probe import run_with_env


def test_a_missing_key_file_is_created_private_and_then_reused(tmp_path):
    path = tmp_path / "secret_key"
    key = secret_key_from_file(path)
    assert len(key) >= 50
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert secret_key_from_file(path) == key
    assert secret_key_from_file(tmp_path / "other") != key


def test_processes_starting_together_agree_on_one_key(tmp_path):
    path, keys = tmp_path / "secret_key", []
    barrier = threading.Barrier(8)

    def start():
        barrier.wait()
        keys.append(secret_key_from_file(path))

    threads = [threading.Thread(target=start) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(keys) == 8 and len(set(keys)) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]


def test_the_demo_without_configuration_uses_a_generated_key_kept_in_the_data_directory(tmp_path):
    code = "print(settings.SECRET_KEY_CONFIGURED, settings.SECRET_KEY)"
    first = run_with_env(code, var_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    configured, key = first.stdout.split()
    assert configured == "False"
    assert key == (tmp_path / "secret_key").read_text().strip()
    assert "insecure" not in key
    assert run_with_env(code, var_dir=tmp_path).stdout.split()[1] == key  # kept across restarts


def test_check_deploy_flags_a_deployment_without_a_configured_key(tmp_path):
    code = (
        "from django.core.management import call_command\n"
        "call_command('check', deploy=True, fail_level='WARNING')\n"
    )
    unconfigured = run_with_env(code, var_dir=tmp_path)
    assert unconfigured.returncode != 0
    assert "gongkai.W001" in unconfigured.stderr and "GONGKAI_SECRET_KEY" in unconfigured.stderr
    configured = run_with_env(code, var_dir=tmp_path, GONGKAI_SECRET_KEY="k" * 60)
    assert "gongkai.W001" not in configured.stderr + configured.stdout


def test_the_check_is_a_deployment_check(settings):
    settings.SECRET_KEY_CONFIGURED = False
    assert [w.id for w in secret_key_configured(None)] == ["gongkai.W001"]
    call_command("check")  # not run without --deploy
    with pytest.raises(SystemCheckError, match="gongkai.W001"):
        call_command("check", deploy=True, fail_level="WARNING", tags=["security"])
    settings.SECRET_KEY_CONFIGURED = True
    assert secret_key_configured(None) == []
