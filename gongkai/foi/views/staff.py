"""Staff pages of 依申请公开: lists with the clock, registration, the application page with its history."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone

from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Department
from gongkai.core.web.access import forbidden, staff_view
from gongkai.core.web.forms import add_service_error
from gongkai.files.downloads import blob_response
from gongkai.files.limits import upload_limit
from gongkai.workdays.calendar import CalendarYearMissing
from gongkai.workdays.selectors import calendar_load

from .. import rules, selectors
from ..access import application_or_404
from ..choices import Channel
from ..forms import StaffRegisterForm
from ..services import ApplicationData, application_register, application_view_log
from ..services.registration import ID_PROOF_MAX_BYTES
from .detail import render_detail
from .office import panel_context

LISTS = {
    "all": "全部申请",
    "due_soon": "即将到期（5个工作日内）",
    "overdue": "已超期",
    "paused": "暂停计时",
    "unknown": "无法计算期限",
}


@staff_view
def application_list(request):
    user, today = request.user, timezone.localdate()
    departments = rules.visible_department_ids(user)
    if departments is not None and not departments:
        return forbidden(request, "您不负责依申请公开工作。")
    view = request.GET.get("view", "all")
    view = view if view in LISTS else "all"
    calendar, problem = calendar_load(), ""
    try:
        if view == "due_soon":
            qs = selectors.application_list_due_soon(as_of=today, departments=departments, calendar=calendar)
        elif view == "overdue":
            qs = selectors.application_list_overdue(as_of=today, departments=departments)
        elif view == "paused":
            qs = selectors.application_list_paused(departments=departments)
        elif view == "unknown":
            qs = selectors.application_list_clock_unknown(departments=departments)
        else:
            qs = selectors.application_list_for(user=user)
    except CalendarYearMissing as exc:
        qs, problem = selectors.application_list_for(user=user).none(), exc.message
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    rows = [(a, selectors.application_clock(application=a, as_of=today, calendar=calendar)) for a in page]
    return render(
        request,
        "foi/staff/list.html",
        {
            "page": page,
            "rows": rows,
            "view": view,
            "lists": LISTS,
            "problem": problem,
            "can_register": departments is None or bool(departments),
            **panel_context(user),
        },
    )


@staff_view
@upload_limit(max_bytes=ID_PROOF_MAX_BYTES)
def application_create(request):
    user = request.user
    departments = Department.objects.filter(is_active=True)
    allowed = rules.visible_department_ids(user)
    if allowed is not None:
        if not allowed:
            raise PermissionDenied("您不是任何部门的依申请公开经办人员。")
        departments = departments.filter(pk__in=allowed)
    form = StaffRegisterForm(request.POST or None, request.FILES or None, departments=departments)
    if request.method == "POST" and form.is_valid():
        data = ApplicationData(**{k: form.cleaned_data.get(k) or "" for k in form.DATA_FIELDS})
        try:
            application = application_register(
                department=form.cleaned_data["department"],
                data=data,
                received_at=timezone.now(),
                actor=user,
                channel=form.cleaned_data["channel"],
                received_on=form.cleaned_data["received_on"],
                id_proof=form.cleaned_data.get("id_proof"),
            )
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, f"已登记，登记号 {application.registration_no}。")
            return redirect("foi:staff-detail", pk=application.pk)
    return render(request, "foi/staff/register.html", {"form": form, "channels": Channel})


@staff_view
def application_detail(request, pk: int):
    application = application_or_404(request.user, pk)
    application_view_log(
        actor=request.user, application=application, ip_address=request.META.get("REMOTE_ADDR")
    )
    return render_detail(request, application)


@staff_view
def id_proof_download(request, pk: int):
    application = application_or_404(request.user, pk)
    if application.id_proof is None:
        raise Http404("未上传身份证明")
    response = blob_response(
        application.id_proof,
        name=f"身份证明-{application.registration_no}",
        fallback_stem=f"id-proof-{application.pk}",
        private=True,
    )
    application_view_log(
        actor=request.user,
        application=application,
        what="id_proof",
        ip_address=request.META.get("REMOTE_ADDR"),
    )
    return response
