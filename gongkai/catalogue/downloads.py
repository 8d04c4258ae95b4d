"""One place that turns a stored attachment into an HTTP response, for the staff area and the portal.

The content type comes from the kind detected at upload (never from the uploader's name or browser), the
browser is told not to sniff, and the file is offered for download under a safe version of its original
name. Callers decide WHO may download; this module only decides HOW.
"""

import logging
from urllib.parse import quote

from django.http import FileResponse, Http404

from .filetypes import FileKind, safe_download_name
from .models import Attachment
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


def attachment_response(attachment: Attachment, *, inline: bool = False) -> FileResponse:
    """Stream an attachment's blob; `inline` is honoured for images only. Raises Http404 if the blob is gone."""
    try:
        kind = FileKind(attachment.blob.kind)
    except ValueError as exc:
        raise Http404("附件类型未知") from exc
    path = blob_path(attachment.blob.sha256)
    try:
        handle = open(path, "rb")  # FileResponse closes it
    except FileNotFoundError as exc:
        logger.error("attachment %s: blob %s missing from storage", attachment.pk, attachment.blob.sha256)
        raise Http404("附件文件缺失") from exc
    response = FileResponse(handle, content_type=kind.content_type)
    name = safe_download_name(attachment.original_name, kind)
    response["Content-Disposition"] = content_disposition(
        name, inline=inline and kind in INLINE_KINDS, fallback_stem=f"attachment-{attachment.pk}"
    )
    response["X-Content-Type-Options"] = "nosniff"
    # Even if a browser ignored the type, nothing in the file may run scripts or load anything.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
