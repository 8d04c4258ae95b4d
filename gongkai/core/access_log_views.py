"""The 公开办's page over the access log: who read which personal data when, filterable and paginated.

Office only: anonymous → login page, any other staff member → 403 (the page exists; they may not read it).
"""

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import render

from .access_log import access_log_list
from .models import AccessLog, Department, User
from .permissions import is_office
from .web.access import require, staff_view
from .web.forms import TextHygieneMixin

PAGE_SIZE = 50


class AccessLogFilterForm(TextHygieneMixin, forms.Form):
    actor = forms.ModelChoiceField(
        label="查看人", queryset=User.objects.none(), required=False, empty_label="全部"
    )
    department = forms.ModelChoiceField(
        label="部门", queryset=Department.objects.all(), required=False, empty_label="全部"
    )
    date_from = forms.DateField(
        label="起始日期", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label="截止日期", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    obj = forms.CharField(label="对象（登记号或名称）", required=False, max_length=100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only people who appear in the log: the list stays short and names no one needlessly.
        readers = AccessLog.objects.exclude(actor=None).values("actor")
        self.fields["actor"].queryset = User.objects.filter(pk__in=readers).order_by("username")

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "截止日期不能早于起始日期。")
        return data


@staff_view
def access_log_page(request):
    require(is_office(request.user), "个人信息查看记录仅供政府信息公开工作机构（公开办）查阅。")
    form = AccessLogFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    rows = access_log_list(
        actor=filters.get("actor"),
        department=filters.get("department"),
        date_from=filters.get("date_from"),
        date_to=filters.get("date_to"),
        obj=(filters.get("obj") or "").strip(),
    )
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "core/access_log.html", {"form": form, "page": page, "query": query.urlencode()})
