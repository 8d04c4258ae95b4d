"""The 保密审查 actions on a document page: submit, pass, return, confirm, withdraw, reopen, flags."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from gongkai.core.exceptions import ApplicationError
from gongkai.core.web.access import require, staff_view
from gongkai.core.web.forms import add_service_error

from .. import rules
from ..choices import DocumentState
from ..forms.review import (
    ConfirmForm,
    InterpretationNeededForm,
    PassForm,
    ReturnForm,
    SetValidityForm,
    WithdrawForm,
)
from ..services import documents as document_services
from ..services import review, validity
from ..services.review import review_workflow
from .access import document_or_404
from .detail import render_detail

AFTER_PASS = {
    DocumentState.SECOND_REVIEW: "初审通过，已送复审。",
    DocumentState.APPROVAL: "复审通过，已送批准。",
    DocumentState.PUBLISHED: "已批准发布，公众现在可以看到这条信息。",
    DocumentState.RECORDED: "已批准并登记（不主动公开）。",
}


def require_transition(user, document, name: str | None) -> None:
    """403 with the table's refusal unless the role rule lets this person take `name` now."""
    if name is None:
        require(False, review.PASS_REFUSAL)
    require(review_workflow.permits(document, user, name), review_workflow[name].refusal)


def perform(request, document, form: forms.Form, form_name: str, action, success):
    """Run `action(cleaned_data)` when the form is valid. A refusal re-renders the page with the form, its
    error and what was typed; success redirects to the page with `success` (a string or f(result))."""
    if form.is_valid():
        try:
            result = action(form.cleaned_data)
        except (ApplicationError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, success(result) if callable(success) else success)
            return redirect("catalogue:staff-document-detail", pk=document.pk)
    return render_detail(request, document_or_404(request.user, document.pk), forms={form_name: form})


@staff_view
@require_POST
def document_submit(request, pk: int):
    user, document = request.user, document_or_404(request.user, pk)
    require_transition(user, document, "submit")
    return perform(
        request,
        document,
        forms.Form(request.POST),
        "submit_form",
        lambda data: review.document_submit(document=document, actor=user),
        "已提交审查，等待初审。",
    )


@staff_view
@require_POST
def document_pass(request, pk: int):
    user, document = request.user, document_or_404(request.user, pk)
    require_transition(user, document, review.pass_transition(document))
    return perform(
        request,
        document,
        PassForm(request.POST),
        "pass_form",
        lambda data: review.document_review_pass(
            document=document, actor=user, opinion=data["opinion"], override_reason=data["override_reason"]
        ),
        lambda result: AFTER_PASS.get(result.state, "已通过。"),
    )


@staff_view
@require_POST
def document_return(request, pk: int):
    user, document = request.user, document_or_404(request.user, pk)
    require_transition(user, document, "return")
    return perform(
        request,
        document,
        ReturnForm(request.POST),
        "return_form",
        lambda data: review.document_return(document=document, actor=user, reason=data["reason"]),
        "已退回起草人。",
    )


@staff_view
@require_POST
def document_confirm(request, pk: int):
    user, document = request.user, document_or_404(request.user, pk)
    require_transition(user, document, "confirm")
    form = ConfirmForm(request.POST, department_ids=rules.confirming_departments(user, document))
    return perform(
        request,
        document,
        form,
        "confirm_form",
        lambda data: review.document_confirm(
            document=document, actor=user, department=form.chosen_department(), opinion=data["opinion"]
        ),
        lambda step: f"已代表{step.department.name}确认。",
    )


@staff_view
@require_POST
def document_withdraw(request, pk: int):
    user, document = request.user, document_or_404(request.user, pk)
    require_transition(user, document, "withdraw")
    return perform(
        request,
        document,
        WithdrawForm(request.POST),
        "withdraw_form",
        lambda data: review.document_withdraw(document=document, actor=user, reason=data["reason"]),
        "已撤回下线，公众不再可见。",
    )


@staff_view
@require_POST
def document_reopen(request, pk: int):
    user, document = request.user, document_or_404(request.user, pk)
    require_transition(user, document, "reopen")
    return perform(
        request,
        document,
        forms.Form(request.POST),
        "reopen_form",
        lambda data: review.document_reopen(document=document, actor=user),
        "已转为草稿，修改后须重新提交审查。",
    )


@staff_view
@require_POST
def document_set_validity(request, pk: int):
    user, document = request.user, document_or_404(request.user, pk)
    require(rules.can_withdraw(user, document), "您没有修改该文件有效性的权限。")
    return perform(
        request,
        document,
        SetValidityForm(request.POST),
        "validity_form",
        lambda data: validity.document_set_validity(
            actor=user, document=document, validity=data["validity"], reason=data["reason"]
        ),
        "已修改有效性。",
    )


@staff_view
@require_POST
def document_interpretation_needed(request, pk: int):
    user, document = request.user, document_or_404(request.user, pk)
    require(rules.can_mark_interpretation_needed(user), "只有公开办可以标记须同步解读的文件。")
    return perform(
        request,
        document,
        InterpretationNeededForm(request.POST),
        "interpretation_needed_form",
        lambda data: document_services.document_mark_interpretation_needed(
            document=document, actor=user, needed=data["needed"]
        ),
        "已更新“须同步解读”标记。",
    )
