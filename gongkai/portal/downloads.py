"""Public attachment download: only for public documents; the response itself is the catalogue's one."""

from django.http import Http404
from django.views.decorators.http import require_safe

from gongkai.catalogue.choices import InterpretationForm
from gongkai.catalogue.downloads import attachment_response
from gongkai.catalogue.models import Attachment
from gongkai.catalogue.selectors import attachment_get_public


def shown_inline(attachment: Attachment) -> bool:
    """图解 images are displayed in the interpretation page; everything else is downloaded."""
    return (
        attachment.interpretation_id is not None
        and attachment.interpretation.form == InterpretationForm.GRAPHIC
    )


@require_safe
def attachment_download(request, pk: int):
    attachment = attachment_get_public(pk=pk)
    if attachment is None:
        raise Http404("附件不存在或未公开")
    return attachment_response(attachment, inline=shown_inline(attachment))
