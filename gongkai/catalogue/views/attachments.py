"""Attachments on the staff side: upload (checked by content), removal, and download for those who may see."""

from django.contrib import messages
from django.shortcuts import redirect
from django.views.decorators.http import require_POST, require_safe

from gongkai.core.exceptions import ApplicationError
from gongkai.core.web.access import require, staff_view

from .. import rules
from ..downloads import attachment_response
from ..forms.review import AttachmentForm
from ..services import attachments
from .access import attachment_or_404, document_or_404
from .review import perform

EDIT_REFUSED = "当前状态下您不能修改这条信息的附件。"


@staff_view
@require_POST
def attachment_add(request, pk: int):
    user, document = request.user, document_or_404(request.user, pk)
    require(rules.can_edit(user, document), EDIT_REFUSED)
    return perform(
        request,
        document,
        AttachmentForm(request.POST, request.FILES),
        "attachment_form",
        lambda data: attachments.attachment_add(actor=user, upload=data["upload"], document=document),
        lambda attachment: f"已上传附件《{attachment.original_name}》。",
    )


@staff_view
@require_POST
def attachment_remove(request, pk: int):
    user = request.user
    attachment = attachment_or_404(user, pk)
    owner = attachment.owner_document
    require(rules.can_edit(user, owner), EDIT_REFUSED)
    interpretation_id = attachment.interpretation_id
    try:
        attachments.attachment_remove(actor=user, attachment=attachment)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"已删除附件《{attachment.original_name}》。")
    if interpretation_id:
        return redirect("catalogue:staff-interpretation-edit", pk=interpretation_id)
    return redirect("catalogue:staff-document-detail", pk=owner.pk)


@staff_view
@require_safe
def attachment_download(request, pk: int):
    # attachment_or_404 already limits to documents this person may view (rules.can_view).
    attachment = attachment_or_404(request.user, pk)
    return attachment_response(attachment, inline=request.GET.get("inline") == "1")
