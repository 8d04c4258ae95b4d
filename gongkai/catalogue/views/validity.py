"""The validity chain on a document page: this document 修改/废止 an earlier published one."""

from django.contrib import messages
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from gongkai.core.exceptions import ApplicationError
from gongkai.core.web.access import require, staff_view

from .. import rules
from ..forms.review import ValidityLinkForm
from ..services import validity
from .access import document_or_404, validity_change_or_404
from .review import perform

EDIT_REFUSED = "当前状态下您不能修改这条信息。"


@staff_view
@require_POST
def validity_link_add(request, pk: int):
    user, document = request.user, document_or_404(request.user, pk)
    require(rules.can_edit(user, document), EDIT_REFUSED)
    form = ValidityLinkForm(request.POST)
    return perform(
        request,
        document,
        form,
        "validity_link_form",
        lambda data: validity.validity_change_add(
            actor=user, source=document, target=form.target_document(), kind=data["kind"]
        ),
        lambda change: f"已登记：本文件{change.get_kind_display()}《{change.target.title}》，发布时生效。",
    )


@staff_view
@require_POST
def validity_link_remove(request, pk: int):
    user = request.user
    change = validity_change_or_404(user, pk)
    require(rules.can_edit(user, change.source), EDIT_REFUSED)
    try:
        validity.validity_change_remove(actor=user, change=change)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"已删除与《{change.target.title}》的修改/废止关系。")
    return redirect("catalogue:staff-document-detail", pk=change.source_id)
