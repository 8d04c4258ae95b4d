"""Who may see and act on catalogue objects. Every staff view and service asks these."""

from django.db.models import Q

from gongkai.core.models import Role, User
from gongkai.core.permissions import department_ids_with, has_role, is_office

from .choices import REVIEW_STATES, DocumentState, ReviewStepKind
from .models import Document

DEPARTMENT_ROLES = (Role.DRAFTER, Role.FIRST_REVIEWER, Role.SECOND_REVIEWER, Role.APPROVER)
REVIEWER_ROLES = (Role.FIRST_REVIEWER, Role.SECOND_REVIEWER, Role.APPROVER)

# Which role acts at which state.
STEP_FOR_STATE = {
    DocumentState.FIRST_REVIEW: (ReviewStepKind.FIRST_REVIEW, Role.FIRST_REVIEWER),
    DocumentState.SECOND_REVIEW: (ReviewStepKind.SECOND_REVIEW, Role.SECOND_REVIEWER),
    DocumentState.APPROVAL: (ReviewStepKind.APPROVAL, Role.APPROVER),
}


def visible_documents(user: User):
    """Documents this person may open in the staff area."""
    if is_office(user):
        return Document.objects.all()
    own = department_ids_with(user, DEPARTMENT_ROLES)
    confirming = department_ids_with(user, REVIEWER_ROLES)
    # A subquery, not a join, so the result needs no DISTINCT.
    involved = Document.involved_departments.through.objects.filter(department_id__in=confirming)
    return Document.objects.filter(
        Q(issuer_id__in=own) | Q(pk__in=involved.values("document_id"), state__in=REVIEW_STATES)
    )


def can_view(user: User, document: Document) -> bool:
    return visible_documents(user).filter(pk=document.pk).exists()


def can_create_in(user: User, department_id: int) -> bool:
    return has_role(user, Role.DRAFTER, department_id)


def can_edit(user: User, document: Document) -> bool:
    if document.state == DocumentState.DRAFT:
        return has_role(user, Role.DRAFTER, document.issuer_id)
    if document.state in REVIEW_STATES:
        return any(has_role(user, r, document.issuer_id) for r in DEPARTMENT_ROLES)
    return False


def can_submit(user: User, document: Document) -> bool:
    return document.state == DocumentState.DRAFT and has_role(user, Role.DRAFTER, document.issuer_id)


def can_review(user: User, document: Document) -> bool:
    step = STEP_FOR_STATE.get(document.state)
    return step is not None and has_role(user, step[1], document.issuer_id)


def confirming_departments(user: User, document: Document) -> list[int]:
    """Involved departments in which this person may confirm the document now."""
    if document.state not in REVIEW_STATES:
        return []
    mine = department_ids_with(user, REVIEWER_ROLES)
    return [d.pk for d in document.involved_departments.all() if d.pk in mine]


def can_withdraw(user: User, document: Document) -> bool:
    return document.state == DocumentState.PUBLISHED and (
        has_role(user, Role.APPROVER, document.issuer_id) or is_office(user)
    )


def can_reopen(user: User, document: Document) -> bool:
    return document.state == DocumentState.WITHDRAWN and has_role(user, Role.DRAFTER, document.issuer_id)


def can_mark_interpretation_needed(user: User) -> bool:
    return is_office(user)


def can_manage_columns(user: User) -> bool:
    return is_office(user)
