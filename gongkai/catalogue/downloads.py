"""An attachment served under its original (made safe) name; files.downloads decides how."""

from gongkai.files.downloads import blob_response

from .models import Attachment


def attachment_response(attachment: Attachment, *, inline: bool = False):
    return blob_response(
        attachment.blob,
        name=attachment.original_name,
        inline=inline,
        fallback_stem=f"attachment-{attachment.pk}",
    )
