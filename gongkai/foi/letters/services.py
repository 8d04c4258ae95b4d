"""Generating letters, editing their templates, and the files delivered to the applicant. All audited."""

from datetime import date

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User
from gongkai.core.permissions import is_office
from gongkai.files.filetypes import FileKind, UploadRejected
from gongkai.files.uploads import blob_from_bytes, blob_keep, upload_spool
from gongkai.foi import rules
from gongkai.foi.choices import OUTCOME_INFO, State
from gongkai.foi.models import Application

from .defaults import DEFAULTS
from .models import NUMBER_SUFFIX, DeliveredFile, Letter, LetterKind, LetterSettings, LetterTemplate
from .render import letter_docx, letter_pdf
from .text import compose, template_key

NOT_ALLOWED = "您无权办理该申请。"
OFFICE_ONLY = "只有政府信息公开工作机构（公开办）可以修改文书模板。"


def letter_date(application: Application, kind: str) -> date | None:
    """The date the letter carries: the day of the act it notifies."""
    if kind == LetterKind.REPLY:
        return application.replied_on or application.closed_on if application.outcome else None
    record = {
        LetterKind.CORRECTION: ("correction", "sent_on"),
        LetterKind.EXTENSION: ("extension", "notified_on"),
        LetterKind.FEE: ("fee", "notified_on"),
    }[kind]
    obj = getattr(application, record[0], None)
    return getattr(obj, record[1]) if obj is not None else None


def available_kinds(application: Application) -> list[str]:
    return [k for k in LetterKind.values if letter_date(application, k) is not None]


def template_for(application: Application, kind: str) -> LetterTemplate:
    """The template of this outcome (or its group); the statutory default is put back if a row is missing."""
    key = template_key(application, kind)
    template = LetterTemplate.objects.filter(key=key).first()
    if template is None and kind == LetterKind.REPLY:
        template = LetterTemplate.objects.filter(
            key=f"group:{OUTCOME_INFO[application.outcome].group}"
        ).first()
    if template is None and key in DEFAULTS:
        kind_, label, title, body = DEFAULTS[key]
        template, _ = LetterTemplate.objects.get_or_create(
            key=key, defaults={"kind": kind_, "label": label, "title": title, "body": body}
        )
    if template is None:
        raise ApplicationError("缺少该情形的文书模板，请联系公开办在“文书模板”中补充。")
    return template


def templates_ensure() -> None:
    """Every default template exists (a new outcome added later gets its wording without a migration)."""
    existing = set(LetterTemplate.objects.values_list("key", flat=True))
    LetterTemplate.objects.bulk_create(
        LetterTemplate(key=key, kind=kind, label=label, title=title, body=body)
        for key, (kind, label, title, body) in DEFAULTS.items()
        if key not in existing
    )


def letter_generate(*, actor: User, application: Application, kind: str, site_url: str = "") -> Letter:
    """Fill the template for this application, render DOCX and PDF, and keep both with the text snapshot."""
    if not rules.can_handle(actor, application):
        raise ApplicationError(NOT_ALLOWED)
    if kind not in LetterKind.values:
        raise ApplicationError("未知的文书类型。")
    # Fresh from the database: a caller's instance may have cached "no extension yet" before it was granted.
    application = Application.objects.select_related("department", "public_document").get(pk=application.pk)
    on = letter_date(application, kind)
    if on is None:
        raise ApplicationError(f"尚未办理相应事项，不能生成{LetterKind(kind).label}。")
    template = template_for(application, kind)
    number = f"{application.registration_no}-{NUMBER_SUFFIX[kind]}"
    content = compose(
        application,
        kind=kind,
        title=template.title,
        body=template.body,
        number=number,
        letter_date=on,
        site_url=site_url,
    )
    docx_bytes, pdf_bytes = letter_docx(content), letter_pdf(content)  # slow part: outside the transaction
    with transaction.atomic():
        letter = Letter.objects.create(
            application=application,
            kind=kind,
            template=template,
            number=number,
            title=content.title,
            text=content.as_text(),
            letter_date=on,
            docx=blob_from_bytes(data=docx_bytes, kind=FileKind.DOCX),
            pdf=blob_from_bytes(data=pdf_bytes, kind=FileKind.PDF),
            generated_by=actor,
        )
        audit_record(
            actor=actor,
            action="foi_letter_generate",
            obj=application,
            after={"letter": letter.pk, "kind": kind, "number": number, "template": template.pk},
        )
    return letter


@transaction.atomic
def template_update(*, actor: User, template: LetterTemplate, title: str, body: str) -> LetterTemplate:
    if not is_office(actor):
        raise ApplicationError(OFFICE_ONLY)
    title, body = title.strip(), body.strip()
    if not title:
        raise ApplicationError("请填写标题。", field="title")
    if not body:
        raise ApplicationError("请填写正文。", field="body")
    template = LetterTemplate.objects.select_for_update().get(pk=template.pk)
    before = {"title": template.title, "body": template.body}
    template.title, template.body, template.updated_by = title, body, actor
    template.save()
    audit_record(
        actor=actor,
        action="foi_letter_template_update",
        obj=template,
        before=before,
        after={"title": title, "body": body},
    )
    return template


def template_restore_default(*, actor: User, template: LetterTemplate) -> LetterTemplate:
    if template.key not in DEFAULTS:
        raise ApplicationError("该模板没有默认文本。")
    _, _, title, body = DEFAULTS[template.key]
    return template_update(actor=actor, template=template, title=title, body=body)


@transaction.atomic
def letter_settings_update(*, actor: User, reconsideration_body: str, court_name: str) -> LetterSettings:
    if not is_office(actor):
        raise ApplicationError(OFFICE_ONLY)
    obj = LetterSettings.current()
    before = {"reconsideration_body": obj.reconsideration_body, "court_name": obj.court_name}
    obj.reconsideration_body, obj.court_name = reconsideration_body.strip(), court_name.strip()
    obj.save()
    audit_record(
        actor=actor,
        action="foi_letter_settings_update",
        obj=obj,
        before=before,
        after={"reconsideration_body": obj.reconsideration_body, "court_name": obj.court_name},
    )
    return obj


def delivered_file_add(*, actor: User, application: Application, upload: UploadedFile) -> DeliveredFile:
    """A file given with the reply; content-checked like every catalogue attachment."""
    if not rules.can_handle(actor, application):
        raise ApplicationError(NOT_ALLOWED)
    if application.state not in (State.REPLIED, State.ARCHIVED):
        raise ApplicationError("答复后才能添加提供给申请人的文件。")
    try:
        spooled = upload_spool(upload=upload, max_bytes=settings.ATTACHMENT_MAX_BYTES)
    except UploadRejected as exc:
        raise ApplicationError(f"文件未上传：{exc.message}", field="file") from exc
    with spooled, transaction.atomic():
        delivered = DeliveredFile.objects.create(
            application=application, blob=blob_keep(spooled=spooled), name=spooled.name, added_by=actor
        )
        audit_record(
            actor=actor,
            action="foi_delivered_file_add",
            obj=application,
            after={"file": delivered.pk, "name": delivered.name, "sha256": spooled.sha256},
        )
    return delivered


@transaction.atomic
def delivered_file_remove(*, actor: User, delivered: DeliveredFile) -> None:
    if not rules.can_handle(actor, delivered.application):
        raise ApplicationError(NOT_ALLOWED)
    audit_record(
        actor=actor,
        action="foi_delivered_file_remove",
        obj=delivered.application,
        before={"file": delivered.pk, "name": delivered.name, "sha256": delivered.blob_id},
    )
    delivered.delete()
