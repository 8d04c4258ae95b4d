"""Separation of duties in the 保密审查 (一事一审, 起草与审查分离).

Whoever drafted, changed or submitted a document may not review it, and nobody signs two steps of one review
round, whatever roles they hold in the department. These checks run on the person, so a page does not offer
a step the person may not sign, and the service refuses it with the same words.
"""

from gongkai.core.models import AuditEvent, User

from .choices import ReviewDecision
from .models import Document

# Audit codes by which a person writes what the reviewers sign (content, files, interpretations, links).
AUTHOR_ACTIONS = (
    "document_create",
    "document_update",
    "document_submit",
    "document_reopen",
    "attachment_add",
    "attachment_remove",
    "interpretation_create",
    "interpretation_update",
    "interpretation_delete",
    "validity_link_add",
    "validity_link_remove",
)

AUTHOR_REFUSAL = "您起草、修改或提交了本文件，不能再审查本文件：初审、复审、批准须由起草人以外的人员完成。"
TWO_STEPS_REFUSAL = "您已在本轮审查中签署过一个环节，初审、复审、批准须由不同人员完成。"


def document_author_ids(document: Document) -> set[int]:
    """Everyone who drafted, changed or submitted the document, in any round."""
    ids = set(
        AuditEvent.objects.filter(
            object_type=Document._meta.label_lower,
            object_id=str(document.pk),
            action__in=AUTHOR_ACTIONS,
            actor__isnull=False,
        ).values_list("actor_id", flat=True)
    )
    if document.created_by_id:
        ids.add(document.created_by_id)
    return ids


def round_signer_ids(document: Document) -> set[int]:
    """Everyone who has signed a step (初审、复审、会签) of the current round."""
    return set(
        document.review_steps.filter(round=document.review_round, decision=ReviewDecision.PASS).values_list(
            "actor_id", flat=True
        )
    )


def author_refusal(document: Document, actor: User) -> str | None:
    return AUTHOR_REFUSAL if actor.pk in document_author_ids(document) else None


def second_signature_refusal(document: Document, actor: User) -> str | None:
    return TWO_STEPS_REFUSAL if actor.pk in round_signer_ids(document) else None
