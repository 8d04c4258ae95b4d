"""Production background work: huey on a real Redis when GONGKAI_REDIS_URL is set."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REDIS = ("127.0.0.1", 6379)
ROOT = Path(__file__).resolve().parents[3]

SCRIPT = """
import django
django.setup()
from huey.contrib.djhuey import HUEY
from gongkai.notifications.tasks import daily_reminders

@HUEY.task()
def add(a, b):
    return a + b

HUEY.flush()
add(2, 3)
task = HUEY.dequeue()
print(type(HUEY).__name__, HUEY.execute(task), [t.name for t in HUEY._registry.periodic_tasks])
HUEY.flush()
"""


def _redis_up() -> bool:
    try:
        socket.create_connection(REDIS, timeout=1).close()
        return True
    except OSError:
        return False


def test_tasks_go_through_redis_when_configured(tmp_path):
    if not _redis_up():
        pytest.skip("跳过：127.0.0.1:6379 上没有 Redis（生产模式的后台任务测试需要 Redis）")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "gongkai.settings",
        "GONGKAI_VAR_DIR": str(tmp_path),
        "GONGKAI_REDIS_URL": "redis://127.0.0.1:6379/15",
    }
    env.pop("DATABASE_URL", None)
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split(maxsplit=2)[:2] == ["RedisHuey", "5"]
    assert "daily_reminders" in out.stdout
