"""The staff home page: my work, in the order it should be done."""

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from gongkai.core.models import Role
from gongkai.core.permissions import department_ids_with, is_office, roles_summary
from gongkai.core.web.access import staff_view

from .. import rules, selectors
from ..choices import DocumentState
from ..services.review import review_workflow
from ..services.validity import validity_changes_awaiting

RECENT = 20  # each list shows the oldest/most urgent first; the document list has the rest


@staff_view
@require_GET
def dashboard(request):
    user = request.user
    today = timezone.localdate()
    context = {
        "roles": roles_summary(user),
        "is_drafter": bool(department_ids_with(user, [Role.DRAFTER])),
        "is_reviewer": bool(department_ids_with(user, rules.REVIEWER_ROLES)),
        "drafts": selectors.document_list_drafts(user=user)[:RECENT],
        # Separation of duties: a document this person drafted or already signed is not theirs to review.
        "awaiting_step": [
            document
            for document in selectors.document_list_awaiting_step(user=user)[:RECENT]
            if review_workflow.available(document, user)
        ],
        "awaiting_validity": validity_changes_awaiting(user=user)[:RECENT],
        "awaiting_confirmation": selectors.document_list_awaiting_confirmation(user=user)[:RECENT],
        "returned": selectors.document_list_returned(user=user)[:RECENT],
        "publication_due": selectors.document_list_publication_due(
            documents=rules.visible_documents(user), today=today
        ),
        "today": today,
    }
    if is_office(user):
        states = DocumentState.choices
        context["states"] = states
        context["counts"] = [
            (department, [counts.get(value, 0) for value, _label in states], sum(counts.values()))
            for department, counts in selectors.document_counts_by_department()
        ]
        context["totals"] = [sum(row[1][i] for row in context["counts"]) for i in range(len(states))]
        context["grand_total"] = sum(row[2] for row in context["counts"])
    return render(request, "catalogue/staff/dashboard.html", context)
