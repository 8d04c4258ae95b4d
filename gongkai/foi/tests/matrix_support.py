"""Shared by the FOI isolation matrices: the module-wide world and what a request may change."""

import hashlib
import json
from pathlib import Path

import pytest

from gongkai.catalogue.models import Document
from gongkai.core.models import AccessLog, AuditEvent
from gongkai.foi.letters.models import DeliveredFile, Letter, LetterSettings, LetterTemplate
from gongkai.foi.models import Application, Extension, PublicationProposal, Remedy
from gongkai.notifications.models import Notification
from gongkai.testing.matrix import module_world

from .matrix_factories import build_world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("foi-matrix-media")
    limits = {"apply": (100_000, 60), "track": (100_000, 60)}
    with module_world(django_db_blocker, build_world, MEDIA_ROOT=media, FOI_RATE_LIMITS=limits) as built:
        yield built


def snapshot(media: Path) -> tuple:
    """Everything a refused request could have changed; [0] counts access-log rows (reads of personal
    data), which allowed GETs add; [1] counts audit events, which no GET may add."""
    templates = LetterTemplate.objects.order_by("pk").values_list("pk", "title", "body")
    return (
        AccessLog.objects.count(),
        AuditEvent.objects.count(),
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
