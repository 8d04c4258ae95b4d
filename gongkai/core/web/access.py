"""Access to staff pages: login first, then a role, then the object and action rules of the domain.

The policy every domain follows: an object the person may not see is a 404 that does not reveal it exists
(look objects up only through the domain's visible set); an action they may not take on a visible object
is a 403 with a Chinese explanation (`require`). Pages wrapped here are staff pages: the no-store
middleware keeps them out of shared and browser caches.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from gongkai.core.permissions import is_staff_member

NOT_ALLOWED = "您没有执行此操作的权限。"
NO_STAFF_ROLE = "工作台仅对具有岗位角色的工作人员开放。"


def forbidden(request, message: str = NOT_ALLOWED):
    return render(request, "core/web/forbidden.html", {"message": message}, status=403)


def staff_view(view):
    """Login and a role required; PermissionDenied raised inside becomes the Chinese 403 page."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_staff_member(request.user):
            return forbidden(request, NO_STAFF_ROLE)
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as exc:
            return forbidden(request, str(exc) or NOT_ALLOWED)

    return staff_page(wrapper)


def staff_page(view):
    """Mark a view as a staff page (never cached) without changing who may open it."""
    view.staff_page = True
    return view


def is_staff_page(view) -> bool:
    return getattr(view, "staff_page", False)


def require(allowed: bool, message: str = NOT_ALLOWED) -> None:
    if not allowed:
        raise PermissionDenied(message)
