"""Content-addressed storage: a file lives once, at blobs/ab/cd/<sha256>, whoever uploads it."""

import hashlib
import os
import tempfile
from pathlib import Path

from django.conf import settings

CHUNK = 1024 * 1024


def blob_path(sha256: str) -> Path:
    return Path(settings.MEDIA_ROOT) / "blobs" / sha256[:2] / sha256[2:4] / sha256


def spool(chunks, *, max_bytes: int) -> tuple[Path, str, int]:
    """Write an upload to a temporary file while hashing it; stops reading past max_bytes + 1."""
    root = Path(settings.MEDIA_ROOT) / "tmp"
    root.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    fd, name = tempfile.mkstemp(dir=root)
    with os.fdopen(fd, "wb") as out:
        for chunk in chunks:
            size += len(chunk)
            if size > max_bytes:
                break
            digest.update(chunk)
            out.write(chunk)
    return Path(name), digest.hexdigest(), size


def store(tmp: Path, sha256: str) -> Path:
    """Move a spooled file into place; an identical blob already stored is kept and the copy dropped."""
    target = blob_path(sha256)
    if target.exists():
        tmp.unlink(missing_ok=True)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
    return target
