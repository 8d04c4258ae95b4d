"""Who may see and act on catalogue objects. Every staff view and service asks these.

The description itself is DOCUMENTS (core.ownership): a document belongs to its issuer; the issuer's four
review roles see it, reviewers of a department asked to confirm see it while it is in review, the 公开办
sees every document.
"""

from django.db.models import Q

from gongkai.core.models import Role, User
from gongkai.core.ownership import Policy, Rule, register
from gongkai.core.permissions import department_ids_with, is_office

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


def _consulted_in_review(user: User) -> Q | None:
    confirming = department_ids_with(user, REVIEWER_ROLES)
    if not confirming:
        return None
    # A subquery, not a join, so the result needs no DISTINCT.
    involved = Document.involved_departments.through.objects.filter(department_id__in=confirming)
    return Q(pk__in=involved.values("document_id"), state__in=REVIEW_STATES)


DOCUMENTS = register(
    Policy(
        label="catalogue.Document",
        department_field="issuer",
        see_roles=DEPARTMENT_ROLES,
        also_visible=_consulted_in_review,
        actions={
            "create": (Rule(roles=(Role.DRAFTER,)),),
            "edit": (
                Rule(roles=(Role.DRAFTER,), states=(DocumentState.DRAFT,)),
                Rule(roles=DEPARTMENT_ROLES, states=tuple(REVIEW_STATES)),
            ),
            "submit": (Rule(roles=(Role.DRAFTER,), states=(DocumentState.DRAFT,)),),
            "review": tuple(
                Rule(roles=(role,), states=(state,)) for state, (_kind, role) in STEP_FOR_STATE.items()
            ),
            "withdraw": (Rule(roles=(Role.APPROVER,), states=(DocumentState.PUBLISHED,), office=True),),
            "reopen": (Rule(roles=(Role.DRAFTER,), states=(DocumentState.WITHDRAWN,)),),
        },
    )
)


def visible_documents(user: User):
    """Documents this person may open in the staff area."""
    return DOCUMENTS.visible(user, Document.objects.all())


def can_view(user: User, document: Document) -> bool:
    return visible_documents(user).filter(pk=document.pk).exists()


def can_create_in(user: User, department_id: int) -> bool:
    return DOCUMENTS.allows_in(user, "create", department_id)


def can_edit(user: User, document: Document) -> bool:
    return DOCUMENTS.allows(user, "edit", document)


def can_submit(user: User, document: Document) -> bool:
    return DOCUMENTS.allows(user, "submit", document)


def can_review(user: User, document: Document) -> bool:
    return DOCUMENTS.allows(user, "review", document)


def confirming_departments(user: User, document: Document) -> list[int]:
    """Involved departments in which this person may confirm the document now."""
    if document.state not in REVIEW_STATES:
        return []
    mine = department_ids_with(user, REVIEWER_ROLES)
    return [d.pk for d in document.involved_departments.all() if d.pk in mine]


def can_withdraw(user: User, document: Document) -> bool:
    return DOCUMENTS.allows(user, "withdraw", document)


def can_reopen(user: User, document: Document) -> bool:
    return DOCUMENTS.allows(user, "reopen", document)


def can_mark_interpretation_needed(user: User) -> bool:
    return is_office(user)


def can_manage_columns(user: User) -> bool:
    return is_office(user)
