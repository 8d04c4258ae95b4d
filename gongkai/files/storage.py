"""Where blob content lives: Django's Storage API under the "blobs" alias of settings.STORAGES.

Names are content-addressed (ab/cd/<sha256>), so several app servers can share one storage (a shared
directory today, an S3-compatible bucket by configuration) and a file lives once, whoever uploads it.
Checks run on a local spooled copy; only accepted content reaches the storage.
"""

import hashlib
import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.utils.functional import cached_property

STORAGE_ALIAS = "blobs"
CHUNK = 1024 * 1024


class BlobFileSystemStorage(FileSystemStorage):
    """The default backend: MEDIA_ROOT/blobs, following MEDIA_ROOT when it changes (as tests do)."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, os.path.join(settings.MEDIA_ROOT, "blobs"))


def blob_storage() -> Storage:
    return storages[STORAGE_ALIAS]


def blob_name(sha256: str) -> str:
    return f"{sha256[:2]}/{sha256[2:4]}/{sha256}"


def blob_open(sha256: str):
    """The stored content as a binary file object; FileNotFoundError when it is gone."""
    return blob_storage().open(blob_name(sha256), "rb")


def blob_read(sha256: str) -> bytes:
    with blob_open(sha256) as f:
        return f.read()


def spool_dir() -> Path:
    """Local scratch space for checking uploads; a crash leaves files here that the sweep removes."""
    return Path(settings.MEDIA_ROOT) / "tmp"


def spool(chunks, *, max_bytes: int) -> tuple[Path, str, int]:
    """Write an upload to a local scratch file while hashing it; stops reading past max_bytes.

    The returned size exceeds max_bytes when the upload was too large (the file then holds only a part).
    """
    digest, size = hashlib.sha256(), 0
    root = spool_dir()
    root.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=root)
    with os.fdopen(fd, "wb") as out:
        for chunk in chunks:
            size += len(chunk)
            if size > max_bytes:
                break
            digest.update(chunk)
            out.write(chunk)
    return Path(name), digest.hexdigest(), size


def store(tmp: Path, sha256: str, *, replace: bool = False) -> str:
    """Copy a spooled file into the storage under its content name and return that name.

    An identical file already stored is kept, unless `replace`: a row that was just created for content
    whose file is already there may be looking at an orphan the sweep is about to remove, so it is
    written again (fresh modification time, inside the sweep's grace period).
    """
    storage, name = blob_storage(), blob_name(sha256)
    if storage.exists(name):
        if not replace:
            return name
        storage.delete(name)
    with open(tmp, "rb") as f:
        saved = storage.save(name, File(f, name=name))
    if saved != name:  # another server stored the same content meanwhile: keep one copy
        storage.delete(saved)
    return name
