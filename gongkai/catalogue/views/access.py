"""Catalogue objects for staff views, looked up only through rules.visible_documents.

Anything outside it is a 404 that does not reveal the object exists (the policy of core.web.access, whose
staff_view and require every catalogue view uses).
"""

from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404

from .. import rules, selectors
from ..models import Attachment, Document, Interpretation, ValidityChange


def document_or_404(user, pk: int) -> Document:
    document = selectors.document_get_staff(user=user, pk=pk)
    if document is None:
        raise Http404("未找到该信息")
    return document


def attachment_or_404(user, pk: int) -> Attachment:
    visible = rules.visible_documents(user).values("pk")
    attachments = Attachment.objects.filter(
        Q(document__in=visible) | Q(interpretation__document__in=visible)
    ).select_related("blob", "document__issuer", "interpretation__document__issuer")
    return get_object_or_404(attachments, pk=pk)


def interpretation_or_404(user, pk: int) -> Interpretation:
    visible = rules.visible_documents(user).values("pk")
    return get_object_or_404(
        Interpretation.objects.filter(document__in=visible).select_related("document__issuer"), pk=pk
    )


def validity_change_or_404(user, pk: int) -> ValidityChange:
    visible = rules.visible_documents(user).values("pk")
    return get_object_or_404(
        ValidityChange.objects.filter(source__in=visible).select_related("source__issuer", "target"), pk=pk
    )


def validity_change_decision_or_404(user, pk: int) -> ValidityChange:
    """A change this person can see from either end (the decision itself is the workflow's to allow)."""
    visible = rules.visible_documents(user).values("pk")
    return get_object_or_404(
        ValidityChange.objects.filter(Q(source__in=visible) | Q(target__in=visible)).select_related(
            "source__issuer", "target__issuer"
        ),
        pk=pk,
    )
