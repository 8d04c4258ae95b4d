"""Staff pages where the 公开办 keeps the holiday table (节假日安排)."""

from functools import wraps

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.exceptions import ApplicationError
from gongkai.core.params import int_param
from gongkai.core.permissions import is_office
from gongkai.core.web.access import require, staff_view

from . import selectors, services
from .forms import HolidayForm
from .models import Holiday, HolidayKind

# Years the pages accept: wide enough for old documents, narrow enough to catch a mistyped year.
MIN_YEAR, MAX_YEAR = 1990, 2100


def office_required(view):
    @staff_view
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        require(is_office(request.user), "只有公开办可以维护节假日安排。")
        return view(request, *args, **kwargs)

    return wrapped


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404("年度超出范围")


@office_required
def calendar_index(request):
    jump = request.GET.get("year", "").strip()
    year = int_param(jump, low=MIN_YEAR, high=MAX_YEAR)
    if year is not None:
        return redirect("workdays:year", year=year)
    today = timezone.localdate()
    return render(
        request,
        "workdays/index.html",
        {
            "today": today,
            "summaries": selectors.calendar_year_summaries(today=today),
            "missing_next_year": selectors.calendar_missing_next_year(today=today),
            "current_year_missing": selectors.calendar_current_year_missing(today=today),
            "jump_error": bool(jump),
        },
    )


@office_required
def calendar_year(request, year: int):
    _check_year(year)
    if request.method == "POST":
        form = HolidayForm(request.POST)
        if form.is_valid():
            try:
                day = services.holiday_set(actor=request.user, **form.cleaned_data)
            except ApplicationError as error:
                form.add_error(error.field if error.field in form.fields else None, error.message)
            else:
                messages.success(
                    request,
                    f"已保存：{day.date.year}年{day.date.month}月{day.date.day}日 {day.name}（{day.get_kind_display()}）。",
                )
                return redirect("workdays:year", year=year)
    else:
        form = HolidayForm(initial={"kind": HolidayKind.HOLIDAY})
    days = selectors.holiday_list_for_year(year=year)
    return render(
        request,
        "workdays/year.html",
        {
            "year": year,
            "form": form,
            "days": days,
            "covered": selectors.calendar_year_get(year=year),
            "holiday_count": sum(1 for d in days if d.kind == HolidayKind.HOLIDAY),
            "makeup_count": sum(1 for d in days if d.kind == HolidayKind.WORKDAY),
            "missing_next_year": selectors.calendar_missing_next_year(today=timezone.localdate()),
        },
        status=400 if form.errors else 200,
    )


@office_required
@require_POST
def holiday_delete(request, year: int, pk: int):
    _check_year(year)
    holiday = get_object_or_404(Holiday, pk=pk)
    try:
        services.holiday_remove(actor=request.user, holiday=holiday)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            f"已删除：{holiday.date.year}年{holiday.date.month}月{holiday.date.day}日 {holiday.name}。",
        )
    return redirect("workdays:year", year=year)


@office_required
@require_POST
def calendar_year_confirm(request, year: int):
    _check_year(year)
    try:
        services.calendar_year_confirm(actor=request.user, year=year, today=timezone.localdate())
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"已确认{year}年节假日安排录入完毕，法定期限将按此计算。")
    return redirect("workdays:year", year=year)
