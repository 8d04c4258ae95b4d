"""Isolation matrices: every URL of a namespace × every actor → the expected answer.

A matrix is {url name: [(object key, method, "code code …"), …]} with one code per actor. URLs come from the
resolver, so a URL that has no row yields a parameter that fails; rows for unknown names are caught by
`assert set(matrix) <= set(url_names(namespace))` in each matrix module.
"""

from contextlib import contextmanager

import pytest
from django.db import transaction
from django.test import override_settings
from django.urls import URLResolver, get_resolver

FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def url_names(namespace: str) -> list[str]:
    """Every named URL of a namespace (included namespaces as "inner:name"), from the project's resolver."""
    (root,) = [
        p for p in get_resolver().url_patterns if isinstance(p, URLResolver) and p.namespace == namespace
    ]
    names = []

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix)
            else:
                names.append(prefix + pattern.name)

    walk(root.url_patterns, "")
    return names


def matrix_params(matrix: dict, actors: list[str], names: list[str]):
    """pytest parameters (name, object, method, actor, expected code) for every URL name and actor."""
    for name in names:
        rows = matrix.get(name)
        if not rows:
            yield pytest.param(name, None, "GET", "anon", None, id=f"{name}-NO-MATRIX-ROW")
            continue
        for obj, method, expected in rows:
            codes = expected.split()
            assert len(codes) == len(actors), f"{name} {obj} {method}: {len(codes)} expectations"
            for actor, code in zip(actors, codes, strict=True):
                yield pytest.param(name, obj, method, actor, code, id=f"{name}-{obj}-{method}-{actor}")


@contextmanager
def module_world(django_db_blocker, build, **settings):
    """Objects built once for a module; each test then runs in a savepoint and everything is rolled back."""
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHERS, **settings):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield build()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
