"""The inbox: each person sees and marks only their own notifications."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from gongkai.core.web.access import staff_view

from .selectors import notification_list_inbox
from .services import notifications_mark_read


@staff_view
def inbox(request):
    page = Paginator(notification_list_inbox(user=request.user), 30).get_page(request.GET.get("page"))
    return render(request, "notifications/inbox.html", {"page": page})


@staff_view
@require_POST
def mark_read(request, pk: int | None = None):
    if pk is not None and not notification_list_inbox(user=request.user).filter(pk=pk).exists():
        raise Http404("未找到该通知")
    notifications_mark_read(user=request.user, pk=pk)
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = ""
    return redirect(target or "notifications:inbox")
