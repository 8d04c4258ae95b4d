"""The shared cache: rate-limit counters live in the database (embedded setup) or Redis, not in one process."""

import socket
from types import SimpleNamespace

import pytest
from django.core.cache import caches
from django.core.cache.backends import locmem
from django.db import connection

from gongkai.core.ratelimit import rate_limited

from .settings_probe import run_with_env

pytestmark = pytest.mark.django_db
REDIS = ("127.0.0.1", 6379)


def _request(ip="203.0.113.7"):
    return SimpleNamespace(META={"REMOTE_ADDR": ip})


def test_the_cache_table_exists_after_migrate():
    assert "gongkai_cache" in connection.introspection.table_names()


def _limited(request) -> bool:
    return rate_limited(request, "track", count=3, window=600)


def test_a_rate_limit_counter_survives_the_loss_of_process_memory():
    caches["default"].clear()
    assert [_limited(_request()) for _ in range(3)] == [False, False, False]
    # What a restart or a second worker process starts with: no in-process cache state at all.
    locmem._caches.clear()
    fresh = caches.create_connection("default")
    assert fresh.get("rl:track:203.0.113.7") == 3
    caches["default"] = fresh  # the guard now reads through the fresh instance only
    try:
        assert _limited(_request()) is True
        assert _limited(_request("203.0.113.8")) is False
    finally:
        del caches["default"]


def _redis_up() -> bool:
    try:
        socket.create_connection(REDIS, timeout=1).close()
        return True
    except OSError:
        return False


REDIS_SCRIPT = """
from django.core.cache import caches
first, second = caches.create_connection("default"), caches.create_connection("default")
first.delete("probe")
first.add("probe", 0, timeout=60)
first.incr("probe")
second.incr("probe")
print(type(first).__name__, first.get("probe"))
first.delete("probe")
"""


def test_the_cache_is_redis_when_configured(tmp_path):
    if not _redis_up():
        pytest.skip("跳过：127.0.0.1:6379 上没有 Redis（生产模式的共享缓存测试需要 Redis）")
    out = run_with_env(REDIS_SCRIPT, var_dir=tmp_path, GONGKAI_REDIS_URL="redis://127.0.0.1:6379/14")
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["RedisCache", "2"]
