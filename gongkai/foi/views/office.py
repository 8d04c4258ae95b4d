"""Office pages of 依申请公开: similar requests → proposals (art. 44); the list's panel."""

from datetime import date, timedelta

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Department
from gongkai.core.permissions import is_office
from gongkai.core.web.access import forbidden, staff_view
from gongkai.notifications.selectors import notification_list_unread

from .. import art44
from ..daily import SOURCE
from ..models import Application, PublicationProposal
from ..services import proposal_create as proposal_create_service
from ..services import proposal_draft as proposal_draft_service
from ..similarity import DEFAULT_MIN_SIZE, DEFAULT_THRESHOLD


def _date(value: str | None, default: date) -> date:
    try:
        return date.fromisoformat(value) if value else default
    except ValueError:
        return default


def _number(value: str | None, default, cast, low, high):
    try:
        number = cast(value) if value else default
    except ValueError:
        return default
    return min(max(number, low), high)


@staff_view
def similar_groups(request):
    if not is_office(request.user):
        return forbidden(request, "只有公开办可以查看相似申请的统计。")
    today = timezone.localdate()
    start = _date(request.GET.get("start"), today - timedelta(days=365))
    end = _date(request.GET.get("end"), today)
    threshold = _number(request.GET.get("threshold"), DEFAULT_THRESHOLD, float, 0.1, 1.0)
    min_size = _number(request.GET.get("min_size"), DEFAULT_MIN_SIZE, int, 2, 100)
    groups = art44.similar_groups(start=start, end=end, threshold=threshold, min_size=min_size)
    return render(
        request,
        "foi/staff/similar.html",
        {
            "groups": groups,
            "start": start,
            "end": end,
            "threshold": threshold,
            "min_size": min_size,
            "proposals": PublicationProposal.objects.select_related("department", "document")[:50],
        },
    )


@staff_view
@require_POST
def proposal_create(request):
    if not is_office(request.user):
        return forbidden(request, "只有公开办可以提出转为主动公开的建议。")
    ids = [int(i) for i in request.POST.getlist("application") if i.isdigit()]
    department = get_object_or_404(Department, pk=request.POST.get("department") or 0)
    today = timezone.localdate()
    try:
        proposal_create_service(
            actor=request.user,
            department=department,
            applications=list(Application.objects.filter(pk__in=ids)),
            title=request.POST.get("title", ""),
            reason=request.POST.get("reason", ""),
            period_start=_date(request.POST.get("start"), today),
            period_end=_date(request.POST.get("end"), today),
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"已向{department.name}提出转为主动公开的建议，待其信息员起草。")
    return redirect("foi:staff-similar")


@staff_view
@require_POST
def proposal_draft(request, pk: int):
    proposal = get_object_or_404(PublicationProposal, pk=pk)
    try:
        proposal = proposal_draft_service(actor=request.user, proposal=proposal)
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect("foi:staff-list")
    messages.success(request, "已生成草稿，请补充正文后提交审查。")
    return redirect("catalogue:staff-document-edit", pk=proposal.document_id)


def panel_context(user) -> dict:
    """What the list page shows above the lists: unread reminders, proposals to draft, office tools."""
    return {
        "notifications": list(notification_list_unread(user=user, source=SOURCE)[:20]),
        "proposals_to_draft": list(art44.proposals_to_draft(user=user)),
        "is_office": is_office(user),
    }
