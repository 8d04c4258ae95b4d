"""Columns (栏目) and topics (专题): the 公开办 keeps the catalogue's structure."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from gongkai.core.exceptions import ApplicationError
from gongkai.core.web.access import require, staff_view
from gongkai.core.web.forms import add_service_error

from .. import rules, selectors
from ..forms.columns import ColumnForm, TopicForm
from ..models import Column, Topic
from ..services import columns as column_services
from .history import history_rows

OFFICE_ONLY = "只有公开办可以管理栏目和专题。"
LIST_URL = "catalogue:staff-column-list"
KINDS = {
    Column: ("栏目", ColumnForm, column_services.column_save, column_services.column_delete, "column"),
    Topic: ("专题", TopicForm, column_services.topic_save, column_services.topic_delete, "topic"),
}


@staff_view
@require_GET
def column_list(request):
    require(rules.can_manage_columns(request.user), OFFICE_ONLY)
    return render(
        request,
        "catalogue/staff/column_list.html",
        {
            "columns": selectors.column_list_staff(),
            "topics": selectors.topic_list_staff(),
        },
    )


def _edit(request, model, pk: int | None = None):
    require(rules.can_manage_columns(request.user), OFFICE_ONLY)
    label, form_class, save, _delete, key = KINDS[model]
    item = get_object_or_404(model, pk=pk) if pk else None
    data = request.POST if request.method == "POST" else None
    form = form_class(data, instance=model.objects.get(pk=pk) if pk else None)
    if data is not None and form.is_valid():
        try:
            saved = save(actor=request.user, data=form.service_data(), **{key: item})
        except (ApplicationError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, f"已保存{label}“{saved.name}”。")
            return redirect(LIST_URL)
    return render(
        request,
        "catalogue/staff/column_form.html",
        {"form": form, "item": item, "label": label, "history": history_rows(item) if item else []},
    )


def _delete(request, model, pk: int):
    require(rules.can_manage_columns(request.user), OFFICE_ONLY)
    label, _form, _save, delete, key = KINDS[model]
    item = get_object_or_404(model, pk=pk)
    error = ""
    if request.method == "POST":
        try:
            delete(actor=request.user, **{key: item})
        except ApplicationError as exc:
            error = exc.message
        else:
            messages.success(request, f"已删除{label}“{item.name}”。")
            return redirect(LIST_URL)
    return render(
        request,
        "catalogue/staff/confirm_delete.html",
        {
            "object_label": f"{label}“{item.name}”",
            "error": error,
            "cancel_url": reverse(LIST_URL),
        },
    )


@staff_view
@require_http_methods(["GET", "POST"])
def column_create(request):
    return _edit(request, Column)


@staff_view
@require_http_methods(["GET", "POST"])
def column_edit(request, pk: int):
    return _edit(request, Column, pk)


@staff_view
@require_http_methods(["GET", "POST"])
def column_delete(request, pk: int):
    return _delete(request, Column, pk)


@staff_view
@require_http_methods(["GET", "POST"])
def topic_create(request):
    return _edit(request, Topic)


@staff_view
@require_http_methods(["GET", "POST"])
def topic_edit(request, pk: int):
    return _edit(request, Topic, pk)


@staff_view
@require_http_methods(["GET", "POST"])
def topic_delete(request, pk: int):
    return _delete(request, Topic, pk)
