"""One place that turns a stored blob into an HTTP response: attachments, letters, identity proofs.

The content type comes from the kind detected at upload (never from the uploader's name or browser), the
browser is told not to sniff, and the file is offered for download under a safe version of its original
name. Callers decide WHO may download; this module only decides HOW.
"""

import logging
from urllib.parse import quote

from django.http import FileResponse, Http404

from .filetypes import FileKind, safe_download_name
from .models import Attachment, Blob
from .storage import blob_path

logger = logging.getLogger(__name__)

# Only images may be shown inside a page (图解); everything else is always a download.
INLINE_KINDS = frozenset({FileKind.JPG, FileKind.PNG})


def content_disposition(name: str, *, inline: bool = False, fallback_stem: str = "attachment") -> str:
    """RFC 6266: an ASCII `filename` for old clients plus the real name as RFC 5987 UTF-8 `filename*`."""
    extension = name[name.rfind(".") :] if "." in name else ""
    ascii_name = name if name.isascii() else fallback_stem + extension
    ascii_name = "".join(ch if ch.isprintable() and ch not in '"\\;' else "_" for ch in ascii_name)
    disposition = "inline" if inline else "attachment"
    return f"{disposition}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


def blob_response(
    blob: Blob, *, name: str, inline: bool = False, fallback_stem: str = "attachment", private: bool = False
) -> FileResponse:
    """Stream a stored blob as `name`; `inline` is honoured for images only; `private` forbids caching
    (personal data). Raises Http404 when the kind is unknown or the file is gone."""
    try:
        kind = FileKind(blob.kind)
    except ValueError as exc:
        raise Http404("文件类型未知") from exc
    try:
        handle = open(blob_path(blob.sha256), "rb")  # FileResponse closes it
    except FileNotFoundError as exc:
        logger.error("blob %s missing from storage", blob.sha256)
        raise Http404("文件缺失") from exc
    response = FileResponse(handle, content_type=kind.content_type)
    response["Content-Disposition"] = content_disposition(
        safe_download_name(name, kind), inline=inline and kind in INLINE_KINDS, fallback_stem=fallback_stem
    )
    response["X-Content-Type-Options"] = "nosniff"
    # Even if a browser ignored the type, nothing in the file may run scripts or load anything.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    if private:
        response["Cache-Control"] = "private, no-store"
    return response


def attachment_response(attachment: Attachment, *, inline: bool = False) -> FileResponse:
    """An attachment under its original (made safe) name."""
    return blob_response(
        attachment.blob,
        name=attachment.original_name,
        inline=inline,
        fallback_stem=f"attachment-{attachment.pk}",
    )
