"""Staff: generate and download letters, attach delivered files, edit templates. Applicant: download them."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from gongkai.core.access_log import access_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.permissions import is_office
from gongkai.core.web.access import forbidden, staff_view
from gongkai.core.web.forms import add_service_error
from gongkai.files.downloads import blob_response
from gongkai.foi.access import application_or_404
from gongkai.foi.models import Application

from . import services
from .access import is_tracked
from .audit_codes import LettersAccess
from .forms import DeliveredFileForm, SettingsForm, TemplateForm
from .models import DeliveredFile, Letter, LetterKind, LetterSettings, LetterTemplate
from .text import PLACEHOLDER_HELP


def _serve(blob, filename: str) -> FileResponse:
    return blob_response(blob, name=filename, fallback_stem="letter", private=True)


def _letter_file(letter: Letter, fmt: str):
    if fmt == "pdf":
        return letter.pdf, f"{letter.number}{letter.title}.pdf"
    if fmt == "docx":
        return letter.docx, f"{letter.number}{letter.title}.docx"
    raise Http404("未知格式")


def _log_view(request, application: Application, what: str, obj_id: int) -> None:
    # Letters carry the applicant's name and request: opening one goes to the access log like the application.
    access_record(
        actor=request.user,
        action=LettersAccess.VIEW_LETTER,
        obj=application,
        ip_address=request.META.get("REMOTE_ADDR"),
        detail={what: obj_id},
    )


@staff_view
@require_POST
def letter_generate(request, pk: int, kind: str):
    application = application_or_404(request.user, pk)
    if kind not in LetterKind.values:
        raise Http404("未知文书类型")
    try:
        letter = services.letter_generate(
            actor=request.user,
            application=application,
            kind=kind,
            site_url=request.build_absolute_uri("/").rstrip("/"),
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"已生成{letter.title}（{letter.number}）。")
    return redirect("foi:staff-detail", pk=application.pk)


@staff_view
def letter_download(request, pk: int, letter_pk: int, fmt: str):
    application = application_or_404(request.user, pk)
    letter = get_object_or_404(Letter, pk=letter_pk, application=application)
    blob, name = _letter_file(letter, fmt)
    _log_view(request, application, "letter", letter.pk)
    return _serve(blob, name)


@staff_view
@require_POST
def file_add(request, pk: int):
    application = application_or_404(request.user, pk)
    form = DeliveredFileForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.delivered_file_add(
                actor=request.user, application=application, upload=form.cleaned_data["file"]
            )
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, "已添加提供给申请人的文件。")
            return redirect("foi:staff-detail", pk=application.pk)
    for error in form.errors.get("file", []) + form.non_field_errors():
        messages.error(request, error)
    return redirect("foi:staff-detail", pk=application.pk)


@staff_view
def file_download(request, pk: int, file_pk: int):
    application = application_or_404(request.user, pk)
    delivered = get_object_or_404(DeliveredFile, pk=file_pk, application=application)
    _log_view(request, application, "file", delivered.pk)
    return _serve(delivered.blob, delivered.name)


@staff_view
@require_POST
def file_remove(request, pk: int, file_pk: int):
    application = application_or_404(request.user, pk)
    delivered = get_object_or_404(DeliveredFile, pk=file_pk, application=application)
    try:
        services.delivered_file_remove(actor=request.user, delivered=delivered)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "已删除该文件。")
    return redirect("foi:staff-detail", pk=application.pk)


@staff_view
def template_list(request):
    if not is_office(request.user):
        return forbidden(request, services.OFFICE_ONLY)
    services.templates_ensure()
    form = SettingsForm(request.POST or None, instance=LetterSettings.current())
    if request.method == "POST" and form.is_valid():
        try:
            services.letter_settings_update(actor=request.user, **form.cleaned_data)
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, "已保存复议机关和法院。")
            return redirect("foi:letters:templates")
    return render(
        request,
        "foi_letters/staff/templates.html",
        {"templates": LetterTemplate.objects.all(), "form": form},
    )


@staff_view
def template_edit(request, template_pk: int):
    if not is_office(request.user):
        return forbidden(request, services.OFFICE_ONLY)
    template = get_object_or_404(LetterTemplate, pk=template_pk)
    form = TemplateForm(request.POST or None, instance=template)
    if request.method == "POST":
        try:
            if "restore" in request.POST:
                services.template_restore_default(actor=request.user, template=template)
            elif form.is_valid():
                services.template_update(actor=request.user, template=template, **form.cleaned_data)
            else:
                raise ApplicationError("请检查填写的内容。")
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, "已保存模板，此后生成的文书使用新文本。")
            return redirect("foi:letters:templates")
    return render(
        request,
        "foi_letters/staff/template_edit.html",
        {"template": template, "form": form, "placeholders": PLACEHOLDER_HELP},
    )


@never_cache
def public_letter_download(request, letter_pk: int, fmt: str):
    letter = Letter.objects.select_related("pdf", "docx").filter(pk=letter_pk).first()
    if letter is None or not is_tracked(request, letter.application_id):
        raise Http404("未找到该文书")
    return _serve(*_letter_file(letter, fmt))


@never_cache
def public_file_download(request, file_pk: int):
    delivered = DeliveredFile.objects.select_related("blob").filter(pk=file_pk).first()
    if delivered is None or not is_tracked(request, delivered.application_id):
        raise Http404("未找到该文件")
    return _serve(delivered.blob, delivered.name)
