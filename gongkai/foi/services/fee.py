"""信息处理费 (条例第四十二条, 国办函〔2020〕109号): notice, payment, lapse. Waiting for payment is not counted."""

from datetime import date

from django.db import transaction
from django.db.models import Q

from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User

from ..choices import FeeMethod, Outcome, PauseKind
from ..fees import per_application_fee, per_volume_fee
from ..models import Application, Fee, Pause
from .common import audit, due_on_refresh, finish, locked, require_handler, require_open, snapshot


def applicant_month_ordinal(application: Application) -> int:
    """Which application of this applicant, to this department, in the calendar month of receipt this is.

    The applicant is identified by ID number or credit code (names and phones are not unique); ties on
    the receipt date are ordered by registration.
    """
    same_applicant = (
        Q(credit_code=application.credit_code)
        if application.is_organisation
        else Q(id_type=application.id_type, id_number=application.id_number)
    )
    month = application.received_on.replace(day=1)
    earlier = Q(received_on__lt=application.received_on) | Q(
        received_on=application.received_on, pk__lte=application.pk
    )
    return (
        Application.objects.filter(same_applicant, department=application.department_id)
        .filter(received_on__gte=month, received_on__lte=application.received_on)
        .filter(earlier)
        .count()
    )


@transaction.atomic
def fee_notice(
    *,
    actor: User,
    application: Application,
    method: str,
    notified_on: date,
    pay_by: date,
    pages: int | None = None,
) -> Fee:
    """Compute the fee by one method and send the notice; the clock pauses until payment."""
    application = locked(application)
    require_handler(actor, application)
    require_open(application)
    if hasattr(application, "fee"):
        raise ApplicationError("每件申请只能发出一次收费通知。")
    correction = getattr(application, "correction", None)
    if correction is not None and correction.corrected_on is None:
        raise ApplicationError("等待补正期间不能发出收费通知。")
    if application.pauses.filter(ended_on__isnull=True).exists():
        raise ApplicationError("已有未结束的暂停计时，请先结束。")
    if pay_by <= notified_on:
        raise ApplicationError("缴费期限应晚于通知日期。", field="pay_by")
    ordinal = None
    if method == FeeMethod.PER_APPLICATION:
        ordinal = applicant_month_ordinal(application)
        amount = per_application_fee(ordinal)
    elif method == FeeMethod.PER_VOLUME:
        if pages is None or pages < 1:
            raise ApplicationError("请填写页数。", field="pages")
        amount = per_volume_fee(pages)
    else:
        raise ApplicationError("请选择计收方式。", field="method")
    if amount == 0:
        raise ApplicationError("按规定本申请不收取信息处理费。", field="method")
    before = snapshot(application)
    pause = Pause.objects.create(
        application=application, kind=PauseKind.FEE, party="申请人", started_on=notified_on, created_by=actor
    )
    fee = Fee.objects.create(
        application=application,
        method=method,
        ordinal=ordinal,
        pages=pages if method == FeeMethod.PER_VOLUME else None,
        amount=amount,
        notified_on=notified_on,
        pay_by=pay_by,
        pause=pause,
        created_by=actor,
    )
    due_on_refresh(application)
    application.save()
    audit(actor, "fee_notice", application, before, method=method, amount=amount, pay_by=pay_by)
    return fee


@transaction.atomic
def fee_paid(*, actor: User, application: Application, paid_on: date) -> Fee:
    application = locked(application)
    require_handler(actor, application)
    require_open(application)
    fee = Fee.objects.select_for_update().filter(application=application).first()
    if fee is None or fee.paid_on is not None:
        raise ApplicationError("没有待缴的信息处理费。")
    if paid_on < fee.notified_on:
        raise ApplicationError("缴费日期不能早于通知日期。", field="paid_on")
    before = snapshot(application)
    fee.paid_on = paid_on
    fee.save()
    Pause.objects.filter(pk=fee.pause_id).update(ended_on=paid_on)
    due_on_refresh(application)
    application.save()
    audit(actor, "fee_paid", application, before, amount=fee.amount, paid_on=paid_on)
    return fee


@transaction.atomic
def fee_lapse(*, actor: User | None, application: Application, as_of: date) -> Application:
    """Unpaid by the deadline: closed as 其他处理·逾期未缴费."""
    application = locked(application)
    if actor is not None:  # None: the daily job (daily.foi_daily_run) closes it on the statutory ground
        require_handler(actor, application)
    require_open(application)
    fee = Fee.objects.filter(application=application).first()
    if fee is None or fee.paid_on is not None:
        raise ApplicationError("没有待缴的信息处理费。")
    if as_of <= fee.pay_by:
        raise ApplicationError("缴费期限尚未届满。")
    before = snapshot(application)
    Pause.objects.filter(pk=fee.pause_id).update(ended_on=fee.pay_by)
    finish(application, outcome=Outcome.OTHER_FEE_UNPAID, on=as_of)
    application.save()
    audit(actor, "fee_lapse", application, before)
    return application
