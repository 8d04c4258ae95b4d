"""Staff page for import and export of applications (the office imports; handlers export their own)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.exceptions import ApplicationError
from gongkai.core.permissions import is_office
from gongkai.core.web.access import forbidden, staff_view
from gongkai.files.downloads import content_response
from gongkai.files.limits import upload_limit

from .. import rules
from ..exchange import COLUMNS, ImportFailed, applications_export, applications_import

IMPORT_MAX_BYTES = 20 * 1024 * 1024


def _page(request, *, errors=(), status=200):
    return render(
        request,
        "foi/staff/exchange.html",
        {"columns": COLUMNS, "can_import": is_office(request.user), "errors": errors},
        status=status,
    )


@staff_view
def exchange_page(request):
    if not rules.has_foi_access(request.user):
        return forbidden(request, "您不负责依申请公开工作。")
    return _page(request)


@staff_view
@require_POST
def export_download(request):
    fmt = request.POST.get("format", "csv")
    try:
        content = applications_export(actor=request.user, fmt=fmt)
    except ApplicationError as exc:
        return forbidden(request, exc.message)
    stamp = timezone.localdate().strftime("%Y%m%d")
    content_type = "application/json" if fmt == "json" else "text/csv; charset=utf-8"
    return content_response(
        content,
        name=f"政府信息公开申请-{stamp}.{fmt}",
        content_type=content_type,
        fallback_stem=f"foi-applications-{stamp}",
        private=True,
    )


@staff_view
@require_POST
@upload_limit(max_bytes=IMPORT_MAX_BYTES)
def import_upload(request):
    if not is_office(request.user):
        return forbidden(request, "只有公开办可以导入申请。")
    upload = request.FILES.get("file")
    if upload is None:
        return _page(request, errors=["请选择要导入的文件。"], status=400)
    if upload.size > IMPORT_MAX_BYTES:
        return _page(request, errors=["文件超过 20 MB，请分批导入。"], status=400)
    try:
        created = applications_import(actor=request.user, data=upload.read(), name=upload.name)
    except ImportFailed as exc:
        return _page(request, errors=[exc.message, *(str(e) for e in exc.errors)], status=400)
    except ApplicationError as exc:
        return _page(request, errors=[exc.message], status=400)
    messages.success(request, f"已导入{len(created)}件申请。")
    return redirect("foi:staff-exchange")
