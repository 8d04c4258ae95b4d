"""登记 and the steps before handling: register, vet, start handling, transfer, withdraw, viewing log."""

import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from gongkai.core.access_log import access_record
from gongkai.core.codes import is_valid_uscc
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Department, User
from gongkai.files.filetypes import FileKind, UploadRejected
from gongkai.files.uploads import SpooledUpload, blob_keep, upload_spool

from .. import rules
from ..audit_codes import FoiAccess
from ..choices import ApplicantType, Channel, DeliveryForm, IdType, Outcome, State
from ..models import Application, Transfer, tracking_code_new
from .common import (
    NOT_ALLOWED,
    audit,
    due_on_refresh,
    finish,
    locked,
    require_handler,
    require_open,
    snapshot,
)

ID_PROOF_MAX_BYTES = 10 * 1024 * 1024
ID_PROOF_KINDS = (FileKind.PDF, FileKind.JPG, FileKind.PNG)
_RESIDENT_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


@dataclass
class ApplicationData:
    """What the applicant states (条例第二十九条); validated by application_register."""

    applicant_type: str
    name: str
    phone: str
    delivery_form: str
    id_type: str = ""
    id_number: str = ""
    credit_code: str = ""
    contact_person: str = ""
    address: str = ""
    postcode: str = ""
    email: str = ""
    info_title: str = ""
    info_doc_no: str = ""
    info_description: str = ""


def is_valid_resident_id(number: str) -> bool:
    """GB 11643: 17 digits and an ISO 7064 MOD 11-2 check character."""
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    total = sum(int(c) * w for c, w in zip(number[:17], _RESIDENT_ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == number[17]


def _clean(data: ApplicationData) -> ApplicationData:
    for name in data.__dataclass_fields__:
        setattr(data, name, (getattr(data, name) or "").strip())
    data.id_number = data.id_number.upper()
    data.credit_code = data.credit_code.upper()
    if data.applicant_type not in ApplicantType.values:
        raise ApplicationError("请选择申请人类型。", field="applicant_type")
    if not data.name:
        raise ApplicationError("请填写申请人姓名或名称。", field="name")
    if data.applicant_type == ApplicantType.NATURAL_PERSON:
        if data.id_type not in IdType.values:
            raise ApplicationError("请选择证件类型。", field="id_type")
        if not data.id_number:
            raise ApplicationError("请填写证件号码。", field="id_number")
        if data.id_type == IdType.RESIDENT_ID and not is_valid_resident_id(data.id_number):
            raise ApplicationError("居民身份证号码格式或校验位不正确。", field="id_number")
        data.credit_code = data.contact_person = ""
    else:
        if not is_valid_uscc(data.credit_code):
            raise ApplicationError("统一社会信用代码应为18位且校验位正确。", field="credit_code")
        if not data.contact_person:
            raise ApplicationError("请填写联系人。", field="contact_person")
        data.id_type = data.id_number = ""
    if not re.fullmatch(r"[0-9+\- ]{7,20}", data.phone):
        raise ApplicationError("请填写有效的联系电话。", field="phone")
    if data.delivery_form not in DeliveryForm.values:
        raise ApplicationError("请选择获取信息的方式。", field="delivery_form")
    if data.delivery_form == DeliveryForm.EMAIL and not data.email:
        raise ApplicationError("选择电子邮件方式的，请填写电子邮箱。", field="email")
    if data.delivery_form == DeliveryForm.PAPER and not data.address:
        raise ApplicationError("选择纸质方式的，请填写通信地址。", field="address")
    if not (data.info_title or data.info_description):
        raise ApplicationError("请填写所需信息的名称或特征描述。", field="info_title")
    return data


def _id_proof_spool(upload: UploadedFile) -> SpooledUpload:
    try:
        return upload_spool(
            upload=upload,
            max_bytes=ID_PROOF_MAX_BYTES,
            kinds=ID_PROOF_KINDS,
            kinds_message="身份证明仅支持 PDF、JPG、PNG",
        )
    except UploadRejected as exc:
        raise ApplicationError(f"身份证明未上传：{exc.message}", field="id_proof") from exc


def _next_seq(department: Department, year: int) -> int:
    # The department row lock serialises numbering on PostgreSQL; SQLite's IMMEDIATE transactions already do.
    Department.objects.select_for_update().filter(pk=department.pk).first()
    current = Application.objects.filter(department=department, reg_year=year).aggregate(m=Max("reg_seq"))[
        "m"
    ]
    return (current or 0) + 1


def _unique_tracking_code() -> str:
    for _ in range(5):
        code = tracking_code_new()
        if not Application.objects.filter(tracking_code=code).exists():
            return code
    raise RuntimeError("could not draw a free tracking code")  # 29^12 codes: never in practice


def application_register(
    *,
    department: Department,
    data: ApplicationData,
    received_at: datetime,
    actor: User | None = None,
    channel: str = Channel.ONLINE,
    received_on: date | None = None,
    id_proof: UploadedFile | None = None,
) -> Application:
    """Register an application: submitted online by the applicant (actor None), or recorded by staff.

    条例第三十一条: an online application is received on the day it is submitted; staff enter the receipt date
    of the channel (the day handed over, signed for by post, or confirmed for fax/e-mail).
    """
    if actor is None:
        if channel != Channel.ONLINE:
            raise ApplicationError(NOT_ALLOWED)
        received_on = timezone.localdate(received_at)
    else:
        if not rules.can_register_for(actor, department):
            raise ApplicationError(NOT_ALLOWED)
        if channel not in Channel.values:
            raise ApplicationError("请选择申请方式。", field="channel")
        if received_on is None:
            raise ApplicationError("请填写收到申请的日期。", field="received_on")
        if received_on > timezone.localdate(received_at):
            raise ApplicationError("收到申请的日期不能晚于登记日期。", field="received_on")
    if not department.is_active:
        raise ApplicationError("该机关已停用，不能接收申请。", field="department")
    data = _clean(data)
    proof = _id_proof_spool(id_proof) if id_proof is not None else None
    # Leaving the block removes the spooled copy, whatever happens.
    with proof or contextlib.nullcontext(), transaction.atomic():
        application = Application(
            department=department,
            reg_year=received_on.year,
            reg_seq=_next_seq(department, received_on.year),
            tracking_code=_unique_tracking_code(),
            channel=channel,
            received_at=received_at,
            received_on=received_on,
            registered_by=actor,
            id_proof=blob_keep(spooled=proof) if proof else None,
            id_proof_name=proof.name if proof else "",
            **{name: getattr(data, name) for name in data.__dataclass_fields__},
        )
        due_on_refresh(application)
        try:
            with transaction.atomic():
                application.save()
        except IntegrityError as exc:
            raise ApplicationError("登记号冲突，请重试。") from exc
        audit(actor, "register", application, {}, channel=channel, received_on=received_on)
    return application


@transaction.atomic
def application_vet(*, actor: User, application: Application) -> Application:
    """登记 → 审核."""
    application = locked(application)
    require_handler(actor, application)
    if application.state != State.REGISTERED:
        raise ApplicationError("只有已登记的申请可以开始审核。")
    before = snapshot(application)
    application.state = State.VETTING
    application.save()
    audit(actor, "vet", application, before)
    return application


@transaction.atomic
def application_start_handling(*, actor: User, application: Application) -> Application:
    """审核 → 办理: the application is complete (no correction outstanding)."""
    application = locked(application)
    require_handler(actor, application)
    if application.state != State.VETTING:
        raise ApplicationError("只有审核中的申请可以转入办理。")
    if hasattr(application, "correction") and application.correction.corrected_on is None:
        raise ApplicationError("申请人尚未补正，不能转入办理。")
    before = snapshot(application)
    application.state = State.HANDLING
    application.save()
    audit(actor, "start_handling", application, before)
    return application


def application_view_log(
    *, actor: User, application: Application, what: str = "view", ip_address: str | None = None
) -> None:
    """Opening an application (or its identity proof) shows personal data: the read goes to the access log
    (read by the 公开办), not to the 办理记录."""
    if not rules.can_view(actor, application):
        raise ApplicationError(NOT_ALLOWED)
    access_record(
        actor=actor,
        action={"view": FoiAccess.VIEW, "id_proof": FoiAccess.VIEW_ID_PROOF}[what],
        obj=application,
        ip_address=ip_address,
    )


@transaction.atomic
def application_transfer(
    *, actor: User, application: Application, to_department: Department, on: date, reason: str
) -> Application:
    """Hand the application to the department responsible within this platform.

    The receipt date is kept: the applicant applied to this government in time and must not lose days to
    internal routing (the 条例 is silent on internal transfers; the conservative reading for the applicant).
    The receiving department registers it under its own number.
    """
    application = locked(application)
    if not rules.can_transfer(actor, application):
        raise ApplicationError(NOT_ALLOWED)
    require_open(application)
    if to_department.pk == application.department_id or not to_department.is_active:
        raise ApplicationError("请选择另一个启用的机关。", field="to_department")
    if not reason.strip():
        raise ApplicationError("请填写转办理由。", field="reason")
    before = snapshot(application)
    Transfer.objects.create(
        application=application,
        from_department_id=application.department_id,
        to_department=to_department,
        old_registration_no=application.registration_no,
        transferred_on=on,
        reason=reason.strip(),
        actor=actor,
    )
    application.department = to_department
    application.reg_year = on.year
    application.reg_seq = _next_seq(to_department, on.year)
    application.save()
    audit(
        actor,
        "transfer",
        application,
        before,
        reason=reason.strip(),
        registration_no=application.registration_no,
    )
    return application


@transaction.atomic
def application_withdraw(
    *, application: Application, on: date, reason: str = "", actor: User | None = None
) -> Application:
    """The applicant withdraws (actor None: from the tracking page), or staff record a withdrawal received.

    Closed as 其他处理·3.其他: table 3 has no withdrawal row and the application was not decided.
    """
    application = locked(application)
    if actor is not None:
        require_handler(actor, application)
    require_open(application)
    before = snapshot(application)
    application.withdrawn_on = on
    application.reply_reasons = "申请人撤回申请。" + (f"理由：{reason.strip()}" if reason.strip() else "")
    finish(application, outcome=Outcome.OTHER_OTHER, on=on)
    application.save()
    audit(actor, "withdraw", application, before, reason=reason.strip(), by_applicant=actor is None)
    return application
