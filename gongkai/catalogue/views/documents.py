"""Listing, drafting, editing and showing documents."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Department, Role
from gongkai.core.permissions import department_ids_with
from gongkai.core.web.access import require, staff_view
from gongkai.core.web.forms import add_service_error

from .. import rules, selectors
from ..choices import REVIEW_STATES, DocumentState
from ..forms.documents import DocumentFilterForm, DocumentForm
from ..models import Document
from ..services import documents as document_services
from .access import document_or_404
from .detail import render_detail

PAGE_SIZE = 20


@staff_view
@require_GET
def document_list(request):
    user = request.user
    departments = Department.objects.filter(pk__in=rules.visible_documents(user).values("issuer_id"))
    form = DocumentFilterForm(request.GET or None, departments=departments)
    form.is_valid()
    filters = getattr(form, "cleaned_data", {})
    documents = selectors.document_list_staff(
        user=user,
        state=filters.get("state") or "",
        issuer_id=getattr(filters.get("issuer"), "pk", None),
        year=filters.get("year"),
        q=(filters.get("q") or "").strip(),
    )
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "catalogue/staff/document_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "can_create": bool(department_ids_with(user, [Role.DRAFTER])),
        },
    )


def _save(form: DocumentForm, save, *, actor, office: bool, was_needed: bool = False):
    """Run the save and, for the office, the 须同步解读 flag, all or nothing; refusals go onto the form."""
    try:
        with transaction.atomic():
            document = save()
            needed = form.cleaned_data.get("needs_interpretation", was_needed)
            if office and needed != was_needed:
                document_services.document_mark_interpretation_needed(
                    document=document, actor=actor, needed=needed
                )
    except (ApplicationError, ValidationError) as exc:
        add_service_error(form, exc)
        return None
    return document


@staff_view
@require_http_methods(["GET", "POST"])
def document_create(request):
    user = request.user
    issuers = list(Department.objects.filter(pk__in=department_ids_with(user, [Role.DRAFTER])))
    require(bool(issuers), "只有信息员可以起草政府信息。")
    office = rules.can_mark_interpretation_needed(user)
    data = request.POST if request.method == "POST" else None
    form = DocumentForm(data, issuers=issuers, show_interpretation_flag=office)
    if data is not None and form.is_valid():
        document = _save(
            form,
            lambda: document_services.document_create(
                actor=user, issuer=form.chosen_issuer(), data=form.service_data()
            ),
            actor=user,
            office=office,
        )
        if document is not None:
            messages.success(request, f"已保存草稿，索引号 {document.index_no}。")
            return redirect("catalogue:staff-document-detail", pk=document.pk)
    return render(request, "catalogue/staff/document_form.html", {"form": form, "document": None})


@staff_view
@require_http_methods(["GET", "POST"])
def document_edit(request, pk: int):
    user = request.user
    document = document_or_404(user, pk)
    require(rules.can_edit(user, document), "当前状态下您不能修改这条信息。")
    office = rules.can_mark_interpretation_needed(user)
    data = request.POST if request.method == "POST" else None
    # The form gets its own copy: validation writes typed values into its instance, the page title must not.
    form = DocumentForm(data, instance=Document.objects.get(pk=pk), show_interpretation_flag=office)
    if data is not None and form.is_valid():
        saved = _save(
            form,
            lambda: document_services.document_update(
                document=document, actor=user, data=form.service_data()
            ),
            actor=user,
            office=office,
            was_needed=document.needs_interpretation,
        )
        if saved is not None:
            saved.refresh_from_db()
            restarted = (
                saved.state == DocumentState.FIRST_REVIEW and saved.review_round != document.review_round
            )
            if document.state in REVIEW_STATES and restarted:
                messages.warning(request, f"内容已修改：审查从初审重新开始（第{saved.review_round}轮）。")
            else:
                messages.success(request, "已保存。")
            return redirect("catalogue:staff-document-detail", pk=pk)
    return render(
        request,
        "catalogue/staff/document_form.html",
        {
            "form": form,
            "document": document,
            "in_review": document.state in REVIEW_STATES,
        },
    )


@staff_view
@require_GET
def document_detail(request, pk: int):
    return render_detail(request, document_or_404(request.user, pk))
