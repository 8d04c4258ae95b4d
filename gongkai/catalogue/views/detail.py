"""The staff page of one document: what it is, where it stands, and the actions open to THIS person.

Action views re-render this page with their bound form when a service refuses, so that the error appears
next to the button and what was typed is kept.
"""

from django.shortcuts import render
from django.utils import timezone

from gongkai.core.permissions import is_office

from .. import rules, selectors
from ..choices import (
    REVIEW_STATES,
    DisclosureAttr,
    DocumentState,
    ReviewDecision,
    ReviewStepKind,
    ValidityChangeStatus,
)
from ..deadlines import publication_clock
from ..forms.review import (
    AttachmentForm,
    ConfirmForm,
    InterpretationNeededForm,
    PassForm,
    ReturnForm,
    SetValidityForm,
    ValidityConfirmForm,
    ValidityDeclineForm,
    ValidityLinkForm,
    WithdrawForm,
)
from ..models import Document
from ..services import review
from ..services.prechecks import document_prechecks
from ..services.review import approval_problems, review_workflow
from ..services.validity import validity_workflow
from .history import history_rows

PASS_LABELS = {
    DocumentState.FIRST_REVIEW: "初审通过，送复审",
    DocumentState.SECOND_REVIEW: "复审通过，送批准",
    DocumentState.APPROVAL: "批准发布",
}
UNPUBLISHED = (DocumentState.DRAFT, *REVIEW_STATES)


def _permissions(user, document: Document) -> dict:
    # What the page offers comes from the transition table, with its separation-of-duties checks.
    available = {t.name for t in review_workflow.available(document, user)}
    return {
        "edit": rules.can_edit(user, document),
        "submit": "submit" in available,
        "review": review.pass_transition(document) in available,
        "return": "return" in available,
        "withdraw": "withdraw" in available,
        "reopen": "reopen" in available,
        "mark_interpretation": rules.can_mark_interpretation_needed(user),
        "confirm": rules.confirming_departments(user, document),
    }


def _duty_refusal(user, document: Document, *, confirming: bool) -> str | None:
    """Why a person holding the current step may not sign it (separation of duties), shown on the page."""
    for name in (review.pass_transition(document), "confirm" if confirming else None):
        if name and (message := review_workflow.duty_refusal(document, user, name)):
            return message
    return None


def _validity_notices(user, document: Document) -> tuple[list, list]:
    made = list(document.changes_made.select_related("target__issuer"))
    # Changes received from documents this person cannot open are shown once public (applied), or when they
    # wait for this department's decision.
    visible = set(rules.visible_documents(user).values_list("pk", flat=True))
    received = [
        change
        for change in document.changes_received.select_related("source__issuer")
        if change.applied_at or change.source_id in visible or change.status == ValidityChangeStatus.AWAITING
    ]
    return made, received


def _validity_decisions(user, received: list, forms: dict) -> list[dict]:
    """The awaiting changes this person may decide, each with its confirm and decline form."""
    decisions = []
    for change in received:
        names = {t.name for t in validity_workflow.available(change, user)}
        if not names:
            continue
        decisions.append(
            {
                "change": change,
                "office": "office_confirm" in names and "confirm" not in names,
                "confirm_form": forms.get(f"validity_confirm_{change.pk}")
                or ValidityConfirmForm(prefix=f"c{change.pk}"),
                "decline_form": forms.get(f"validity_decline_{change.pk}")
                or ValidityDeclineForm(prefix=f"d{change.pk}"),
            }
        )
    return decisions


def _pass_label(document: Document) -> str:
    if document.state == DocumentState.APPROVAL and document.disclosure_attr != DisclosureAttr.PROACTIVE:
        return "批准（不主动公开，仅登记）"
    return PASS_LABELS.get(document.state, "通过")


def detail_context(request, document: Document, forms: dict | None = None) -> dict:
    user = request.user
    can = _permissions(user, document)
    history = history_rows(document)
    steps = list(selectors.review_step_list(document=document))
    prechecks = document_prechecks(document=document) if document.state in UNPUBLISHED else []
    approving = can["review"] and document.state == DocumentState.APPROVAL
    last_step = steps[-1] if steps else None
    context = {
        "document": document,
        "can": can,
        "is_office": is_office(user),
        "prechecks": prechecks,
        "approval_problems": approval_problems(document) if approving else [],
        "pass_label": _pass_label(document),
        "step_label": ReviewStepKind(rules.STEP_FOR_STATE[document.state][0]).label
        if document.state in rules.STEP_FOR_STATE
        else "",
        "steps": steps,
        "history": history,
        "returned_step": last_step
        if (
            document.state == DocumentState.DRAFT
            and last_step
            and last_step.decision == ReviewDecision.RETURN
        )
        else None,
        "restarted": history[0].event
        if (
            document.state == DocumentState.FIRST_REVIEW
            and history
            and history[0].event.action == "review_restart"
        )
        else None,
        "attachments": document.attachments.select_related("blob"),
        "interpretations": document.interpretations.prefetch_related("attachments__blob"),
        "clock": publication_clock(formed_on=document.formed_on, today=timezone.localdate())
        if document.formed_on and document.state in UNPUBLISHED
        else None,
        "confirmed_departments": {
            s.department_id
            for s in steps
            if s.kind == ReviewStepKind.CONFIRMATION
            and s.round == document.review_round
            and s.decision == ReviewDecision.PASS
        },
    }
    context["changes_made"], context["changes_received"] = _validity_notices(user, document)
    defaults = {
        "pass_form": PassForm,
        "return_form": ReturnForm,
        "withdraw_form": WithdrawForm,
        "attachment_form": AttachmentForm,
        "validity_link_form": ValidityLinkForm,
    }
    context |= {name: form_class() for name, form_class in defaults.items()}
    context["validity_form"] = SetValidityForm(initial={"validity": document.validity})
    context["interpretation_needed_form"] = InterpretationNeededForm(
        initial={"needed": document.needs_interpretation}
    )
    context["confirm_pending"] = [pk for pk in can["confirm"] if pk not in context["confirmed_departments"]]
    context["duty_refusal"] = _duty_refusal(user, document, confirming=bool(context["confirm_pending"]))
    if context["confirm_pending"] and not review_workflow.duty_refusal(document, user, "confirm"):
        context["confirm_form"] = ConfirmForm(department_ids=context["confirm_pending"])
    context |= forms or {}
    context["validity_decisions"] = _validity_decisions(user, context["changes_received"], forms or {})
    return context


def render_detail(request, document: Document, *, forms: dict | None = None, status: int = 200):
    return render(
        request,
        "catalogue/staff/document_detail.html",
        detail_context(request, document, forms),
        status=status,
    )
