"""Staff pages of the annual report: list and reminders, generate, edit, preview, submit, exports."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.audit import audit_history
from gongkai.core.exceptions import ApplicationError
from gongkai.core.history import history_rows_plain
from gongkai.core.models import Department
from gongkai.core.permissions import department_ids_with, is_office
from gongkai.core.web.access import require, staff_view
from gongkai.core.web.forms import add_service_error
from gongkai.files.downloads import content_response
from gongkai.workflow import available_transitions

from . import rules, services
from .choices import ReportScope
from .exports.docx import report_docx
from .exports.pdf import report_pdf
from .exports.xlsx import report_xlsx
from .forms import GenerateForm, ReportForm
from .models import AnnualReport
from .selectors.report import report_comparison, report_reminders, report_sections

EXPORTS = {
    "pdf": ("application/pdf", report_pdf),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", report_docx),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report_xlsx),
}


def _generate_form(request, data=None):
    office = is_office(request.user)
    departments = Department.objects.filter(is_active=True)
    if not office:
        departments = departments.filter(pk__in=department_ids_with(request.user, rules.PREPARER_ROLES))
    initial = {"year": timezone.localdate().year - 1, "scope": ReportScope.DEPARTMENT}
    return GenerateForm(data, departments=departments, office=office, initial=initial)


def _get(request, pk) -> AnnualReport:
    """A report outside what the person may see is a 404, like every other staff object."""
    return get_object_or_404(rules.visible_reports(request.user), pk=pk)


@staff_view
def report_index(request, form=None):
    require(rules.has_reports_access(request.user), "只有公开办和各部门的批准人、信息员可以编制年度报告。")
    reports = rules.visible_reports(request.user)
    return render(
        request,
        "reports/index.html",
        {
            "reports": reports,
            "reminders": report_reminders(today=timezone.localdate(), reports=reports),
            "form": form or _generate_form(request),
        },
    )


@staff_view
@require_POST
def report_generate_view(request):
    form = _generate_form(request, request.POST)
    if form.is_valid():
        try:
            report = services.report_generate(
                actor=request.user,
                scope=form.cleaned_data["scope"],
                department=form.cleaned_data["department"],
                year=form.cleaned_data["year"],
            )
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, "统计表已生成。")
            return redirect("reports:detail", pk=report.pk)
    return report_index(request, form=form)


@staff_view
def report_detail(request, pk):
    report = _get(request, pk)
    return render(
        request,
        "reports/detail.html",
        {
            "report": report,
            "s": report_sections(report),
            "problems": services.publication_problems(report),
            "comparison": report_comparison(report),
            "can_edit": rules.can_edit(request.user, report),
            "can_submit": any(t.name == "submit" for t in available_transitions(report, request.user)),
            "issuer": rules.issuer_of(report),
            "history": history_rows_plain(audit_history(report)),
        },
    )


@staff_view
def report_edit(request, pk):
    report = _get(request, pk)
    require(rules.can_edit(request.user, report), "报告已提交审查或您没有编辑权限。")
    form = ReportForm(request.POST or None, instance=report)
    if request.method == "POST" and form.is_valid():
        data = {f: form.cleaned_data[f] for f in form.fields}
        report.refresh_from_db()  # the form wrote into the instance; the service applies and audits
        try:
            services.report_update(actor=request.user, report=report, data=data)
        except ApplicationError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, "报告已保存。")
            return redirect("reports:detail", pk=report.pk)
    return render(request, "reports/edit.html", {"report": report, "form": form})


@staff_view
@require_POST
def report_regenerate(request, pk):
    report = _get(request, pk)
    try:
        services.report_generate(
            actor=request.user, scope=report.scope, department=report.department, year=report.year
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "已按最新数据重新统计。")
    return redirect("reports:detail", pk=report.pk)


@staff_view
@require_POST
def report_submit_view(request, pk):
    report = _get(request, pk)
    try:
        report = services.report_submit(actor=request.user, report=report)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "已生成公开文件并提交初审，批准后即在“政府信息公开年度报告”栏目发布。")
    return redirect("reports:detail", pk=report.pk)


@staff_view
def report_preview(request, pk):
    report = _get(request, pk)
    return render(request, "reports/preview.html", {"report": report, "s": report_sections(report)})


@staff_view
def report_export(request, pk, fmt):
    report = _get(request, pk)
    if fmt not in EXPORTS or not report.tables:
        raise Http404("没有这种导出格式")
    content_type, build = EXPORTS[fmt]
    return content_response(
        build(report),
        name=f"{report.title}.{fmt}",
        content_type=content_type,
        fallback_stem=f"{report.year}-annual-report-{report.pk}",
    )
