"""Shared by the FOI isolation matrices: the resolver walk, the module-wide world, what a request may change."""

import hashlib
import json
from pathlib import Path

import pytest
from django.db import transaction
from django.test import override_settings
from django.urls import URLResolver, get_resolver

from gongkai.catalogue.models import Document
from gongkai.core.models import AuditEvent
from gongkai.foi.letters.models import DeliveredFile, Letter, LetterSettings, LetterTemplate
from gongkai.foi.models import Application, Extension, Notification, PublicationProposal, Remedy

from .matrix_factories import build_world


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


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once; each test runs in a savepoint inside this module's transaction and is rolled back."""
    media = tmp_path_factory.mktemp("foi-matrix-media")
    fast = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    limits = {"apply": (100_000, 60), "track": (100_000, 60)}
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media, PASSWORD_HASHERS=fast, FOI_RATE_LIMITS=limits),
    ):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def is_view_log(action: str) -> bool:
    return action.startswith("foi_view")


def snapshot(media: Path) -> tuple:
    """Everything a refused request could have changed; [0] counts view logs, which allowed GETs add."""
    actions = list(AuditEvent.objects.values_list("action", flat=True))
    templates = LetterTemplate.objects.order_by("pk").values_list("pk", "title", "body")
    return (
        len(actions),
        sum(not is_view_log(a) for a in actions),
        list(
            Application.objects.order_by("pk").values_list(
                "pk", "state", "department_id", "outcome", "due_on", "reg_seq"
            )
        ),
        Letter.objects.count(),
        list(DeliveredFile.objects.order_by("pk").values_list("pk", flat=True)),
        list(Remedy.objects.order_by("pk").values_list("pk", "result")),
        Extension.objects.count(),
        list(PublicationProposal.objects.order_by("pk").values_list("pk", "state", "document_id")),
        Document.objects.count(),
        hashlib.sha256(json.dumps(list(templates), ensure_ascii=False).encode()).hexdigest(),
        list(LetterSettings.objects.values_list("reconsideration_body", "court_name")),
        list(Notification.objects.order_by("pk").values_list("pk", "read_at")),
        sorted(str(p) for p in (media / "blobs").rglob("*")) if (media / "blobs").exists() else [],
    )


def consume(response) -> bytes:
    if hasattr(response, "streaming_content"):
        return b"".join(response.streaming_content)  # consuming it closes the file
    return response.content
