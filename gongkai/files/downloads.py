"""One place that turns stored or generated content into an HTTP download, always under its Chinese name.

A blob's content type comes from the kind detected at upload (never from the uploader's name or browser),
the browser is told not to sniff, and the name is made safe. Callers decide WHO may download; this module
only decides HOW.
"""

import logging
from urllib.parse import quote

from django.http import FileResponse, Http404, HttpResponse

from .filetypes import FileKind, safe_download_name
from .models import Blob
from .storage import blob_open

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


def _protect(response: HttpResponse, *, private: bool) -> HttpResponse:
    response["X-Content-Type-Options"] = "nosniff"
    # Even if a browser ignored the type, nothing in the file may run scripts or load anything.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    if private:
        response["Cache-Control"] = "private, no-store"
    return response


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
        handle = blob_open(blob.sha256)  # FileResponse closes it
    except FileNotFoundError as exc:
        logger.error("blob %s missing from storage", blob.sha256)
        raise Http404("文件缺失") from exc
    response = FileResponse(handle, content_type=kind.content_type)
    response["Content-Disposition"] = content_disposition(
        safe_download_name(name, kind), inline=inline and kind in INLINE_KINDS, fallback_stem=fallback_stem
    )
    return _protect(response, private=private)


def content_response(
    content: bytes | str,
    *,
    name: str,
    content_type: str,
    fallback_stem: str = "download",
    private: bool = False,
) -> HttpResponse:
    """A generated file (report, export) offered for download as `name` (Chinese, with its extension)."""
    name = "".join("_" if ch in "/\\" or not ch.isprintable() else ch for ch in name).strip(" .")
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition(name, fallback_stem=fallback_stem)
    return _protect(response, private=private)
