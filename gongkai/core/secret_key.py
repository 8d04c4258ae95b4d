"""The secret key of an installation that has none configured: generated once, kept in the data directory.

Imported by settings, so it uses nothing from Django.
"""

import os
import secrets
from pathlib import Path


def secret_key_from_file(path: Path) -> str:
    """The key stored at `path`, created (mode 0600) on first use.

    Written to a private temporary file and linked into place, so processes starting together (several
    workers, parallel tests) never read a half-written key and all end up with the same one.
    """
    try:
        return _read(path)
    except FileNotFoundError:
        pass
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process was first: use its key
    finally:
        tmp.unlink()
    return _read(path)


def _read(path: Path) -> str:
    key = path.read_text().strip()
    if not key:
        raise ValueError(f"密钥文件为空：{path}（删除该文件后会重新生成）")
    return key
