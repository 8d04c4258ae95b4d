"""Public attachment download: only for public documents, never as HTML, original Chinese name kept."""

import logging
from pathlib import PurePosixPath
from urllib.parse import quote

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from gongkai.catalogue.choices import InterpretationForm
from gongkai.catalogue.filetypes import FileKind, safe_download_name
from gongkai.catalogue.models import Attachment
from gongkai.catalogue.selectors import attachment_get_public
from gongkai.catalogue.storage import blob_path

logger = logging.getLogger(__name__)

INLINE_IMAGE_KINDS = frozenset({FileKind.JPG, FileKind.PNG})


def content_disposition(name: str, *, inline: bool, fallback_stem: str) -> str:
    """RFC 6266 header: an ASCII `filename` for old clients, the real name as RFC 5987 `filename*`."""
    ascii_name = name if name.isascii() else fallback_stem + PurePosixPath(name).suffix
    ascii_name = ascii_name.replace("\\", "_").replace('"', "_")
    disposition = "inline" if inline else "attachment"
    return f"{disposition}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


def shown_inline(attachment: Attachment, kind: FileKind) -> bool:
    """图解 images are displayed in the interpretation page; everything else is downloaded."""
    return (
        kind in INLINE_IMAGE_KINDS
        and attachment.interpretation_id is not None
        and attachment.interpretation.form == InterpretationForm.GRAPHIC
    )


@require_safe
def attachment_download(request, pk: int):
    attachment = attachment_get_public(pk=pk)
    if attachment is None:
        raise Http404("附件不存在或未公开")
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
        name, inline=shown_inline(attachment, kind), fallback_stem=f"attachment-{attachment.pk}"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
