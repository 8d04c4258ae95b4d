"""The validity chain on a document page: this document 修改/废止 an earlier published one; and the target
department's decision on a change aimed at its document."""

from django.contrib import messages
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from gongkai.core.exceptions import ApplicationError
from gongkai.core.web.access import require, staff_view

from .. import rules
from ..forms.review import ValidityConfirmForm, ValidityDeclineForm, ValidityLinkForm
from ..services import validity
from ..services.validity import validity_workflow
from .access import document_or_404, validity_change_decision_or_404, validity_change_or_404
from .review import perform

EDIT_REFUSED = "当前状态下您不能修改这条信息。"


def _added(change) -> str:
    title, kind = change.target.title, change.get_kind_display()
    if validity.needs_confirmation(source=change.source, target=change.target):
        return f"已登记：本文件{kind}《{title}》。该文件属于{change.target.issuer.name}，本文件发布后须经其批准人确认才生效。"
    return f"已登记：本文件{kind}《{title}》，发布时生效。"


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
        _added,
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


def _require_decision(user, change, names: tuple[str, ...]) -> None:
    allowed = [n for n in names if validity_workflow.permits(change, user, n)]
    require(bool(allowed), validity_workflow[names[-1]].refusal)


@staff_view
@require_POST
def validity_change_confirm(request, pk: int):
    user, change = request.user, validity_change_decision_or_404(request.user, pk)
    _require_decision(user, change, ("office_confirm", "confirm"))
    form = ValidityConfirmForm(request.POST, prefix=f"c{change.pk}")
    return perform(
        request,
        change.target,
        form,
        f"validity_confirm_{change.pk}",
        lambda data: validity.validity_change_confirm(actor=user, change=change, reason=data["reason"]),
        lambda done: f"已确认：本文件已被《{done.source.title}》{done.get_kind_display()}。",
    )


@staff_view
@require_POST
def validity_change_decline(request, pk: int):
    user, change = request.user, validity_change_decision_or_404(request.user, pk)
    _require_decision(user, change, ("decline",))
    form = ValidityDeclineForm(request.POST, prefix=f"d{change.pk}")
    return perform(
        request,
        change.target,
        form,
        f"validity_decline_{change.pk}",
        lambda data: validity.validity_change_decline(actor=user, change=change, reason=data["reason"]),
        lambda done: (
            f"已不同意《{done.source.title}》对本文件的{done.get_kind_display()}，本文件有效性不变。"
        ),
    )
