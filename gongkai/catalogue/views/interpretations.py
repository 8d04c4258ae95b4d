"""政策解读 pages: add, edit (with a 图解 upload) and delete, always through the policy document's rules."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from gongkai.core.exceptions import ApplicationError
from gongkai.core.web.access import require, staff_view
from gongkai.core.web.forms import add_service_error

from .. import rules
from ..forms.interpretations import InterpretationForm
from ..models import Interpretation
from ..services import attachments, interpretations
from .access import document_or_404, interpretation_or_404

EDIT_REFUSED = "当前状态下您不能编辑这条信息的解读。"


def _save(request, form: InterpretationForm, document, interpretation: Interpretation | None):
    """Save the text and the optional file together: a rejected file keeps everything unsaved and typed."""
    user = request.user
    try:
        with transaction.atomic():
            item = interpretation
            if interpretation is None or form.content_changed():
                item = interpretations.interpretation_save(
                    actor=user, document=document, data=form.service_data(), interpretation=interpretation
                )
            if form.cleaned_data.get("upload"):
                attachments.attachment_add(
                    actor=user, upload=form.cleaned_data["upload"], interpretation=item
                )
    except (ApplicationError, ValidationError) as exc:
        add_service_error(form, exc)
        return None
    return item


def _form_page(request, form, document, interpretation=None):
    return render(
        request,
        "catalogue/staff/interpretation_form.html",
        {
            "form": form,
            "document": document,
            "interpretation": interpretation,
            "attachments": interpretation.attachments.select_related("blob") if interpretation else [],
        },
    )


@staff_view
@require_http_methods(["GET", "POST"])
def interpretation_create(request, pk: int):
    user, document = request.user, document_or_404(request.user, pk)
    require(rules.can_edit(user, document), EDIT_REFUSED)
    form = InterpretationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        item = _save(request, form, document, None)
        if item is not None:
            messages.success(request, f"已添加解读《{item.title}》。")
            return redirect("catalogue:staff-document-detail", pk=document.pk)
    return _form_page(request, form, document)


@staff_view
@require_http_methods(["GET", "POST"])
def interpretation_edit(request, pk: int):
    user = request.user
    interpretation = interpretation_or_404(user, pk)
    document = interpretation.document
    require(rules.can_edit(user, document), EDIT_REFUSED)
    form = InterpretationForm(
        request.POST or None, request.FILES or None, instance=Interpretation.objects.get(pk=pk)
    )
    if request.method == "POST" and form.is_valid():
        item = _save(request, form, document, interpretation)
        if item is not None:
            messages.success(request, f"已保存解读《{item.title}》。")
            return redirect("catalogue:staff-document-detail", pk=document.pk)
    return _form_page(request, form, document, interpretation)


@staff_view
@require_http_methods(["GET", "POST"])
def interpretation_delete(request, pk: int):
    user = request.user
    interpretation = interpretation_or_404(user, pk)
    document = interpretation.document
    require(rules.can_edit(user, document), EDIT_REFUSED)
    error = ""
    if request.method == "POST":
        try:
            interpretations.interpretation_delete(actor=user, interpretation=interpretation)
        except ApplicationError as exc:
            error = exc.message
        else:
            messages.success(request, f"已删除解读《{interpretation.title}》。")
            return redirect("catalogue:staff-document-detail", pk=document.pk)
    return render(
        request,
        "catalogue/staff/confirm_delete.html",
        {
            "object_label": f"政策解读《{interpretation.title}》",
            "error": error,
            "document": document,
            "cancel_url": reverse("catalogue:staff-document-detail", args=[document.pk]),
        },
    )
