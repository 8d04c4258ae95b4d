"""Access checks shared by every staff view.

Login first (anonymous → login page), then a role (no role → 403). Objects are looked up only through
rules.visible_documents, so anything outside it is a 404 that does not reveal the object exists; an
action the rules refuse on a visible object is a 403 with a Chinese explanation.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.cache import add_never_cache_headers

from gongkai.core.permissions import is_staff_member

from .. import rules, selectors
from ..models import Attachment, Document, Interpretation, ValidityChange

NOT_ALLOWED = "您没有执行此操作的权限。"


def forbidden(request, message: str = NOT_ALLOWED):
    return render(request, "catalogue/staff/forbidden.html", {"message": message}, status=403)


def staff_view(view):
    """Login and a role required; PermissionDenied raised inside becomes a Chinese 403 page; never cached."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_staff_member(request.user):
            return forbidden(request, "工作台仅对具有岗位角色的工作人员开放。")
        try:
            response = view(request, *args, **kwargs)
        except PermissionDenied as exc:
            response = forbidden(request, str(exc) or NOT_ALLOWED)
        add_never_cache_headers(response)  # unpublished content must not stay in shared or back caches
        return response

    return wrapper


def require(allowed: bool, message: str = NOT_ALLOWED) -> None:
    if not allowed:
        raise PermissionDenied(message)


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
