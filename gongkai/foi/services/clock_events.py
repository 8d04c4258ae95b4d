"""Events that move the reply clock: 补正, 延期, consultations (pauses) and 条例第三十五条 decisions."""

from datetime import date

from django.db import transaction

from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User
from gongkai.workdays.period import WorkdayPeriod
from gongkai.workdays.selectors import calendar_load
from gongkai.workdays.statute import (
    EXTENSION_MAX_WORKDAYS,
    THIRD_PARTY_MAX_WORKDAYS,
    non_workday_receipt_rolls_forward,
)

from .. import rules
from ..choices import Art35Kind, Outcome, PauseKind, State
from ..clock import correction_notice_clock
from ..models import Application, Art35Decision, Correction, Extension, Pause
from .common import audit, due_on_refresh, finish, locked, require_handler, require_open, snapshot


def _awaiting_correction(application: Application) -> bool:
    return hasattr(application, "correction") and application.correction.corrected_on is None


@transaction.atomic
def correction_request(
    *, actor: User, application: Application, sent_on: date, items: str, deadline_on: date
) -> Correction:
    """条例第三十条: tell the applicant once, within 7 working days of receipt, everything to correct."""
    application = locked(application)
    require_handler(actor, application)
    require_open(application)
    if hasattr(application, "correction"):
        raise ApplicationError("补正告知只能发出一次（一次性告知）。")
    if not items.strip():
        raise ApplicationError("请写明需要补正的事项。", field="items")
    if deadline_on <= sent_on:
        raise ApplicationError("补正期限应晚于告知日期。", field="deadline_on")
    if sent_on < application.received_on:
        raise ApplicationError("告知日期不能早于收到申请的日期。", field="sent_on")
    notice = correction_notice_clock(
        calendar_load(),
        application.received_on,
        as_of=sent_on,
        rolls_forward=non_workday_receipt_rolls_forward(),
    )
    if notice.days_left < 0:
        raise ApplicationError(
            f"补正告知应在收到申请之日起7个工作日内发出（最迟{notice.due_on:%Y年%-m月%-d日}），已超过期限。",
            field="sent_on",
        )
    before = snapshot(application)
    correction = Correction.objects.create(
        application=application,
        sent_on=sent_on,
        items=items.strip(),
        deadline_on=deadline_on,
        created_by=actor,
    )
    due_on_refresh(application)
    application.save()
    audit(actor, "correction_request", application, before, sent_on=sent_on, deadline_on=deadline_on)
    return correction


@transaction.atomic
def correction_receive(*, actor: User, application: Application, corrected_on: date) -> Application:
    """The corrected application arrived: the 20 working days start again from that day."""
    application = locked(application)
    require_handler(actor, application)
    require_open(application)
    if not _awaiting_correction(application):
        raise ApplicationError("该申请没有等待中的补正。")
    correction = application.correction
    if corrected_on < correction.sent_on:
        raise ApplicationError("收到补正的日期不能早于补正告知日期。", field="corrected_on")
    before = snapshot(application)
    correction.corrected_on = corrected_on
    correction.save()
    due_on_refresh(application)
    application.save()
    audit(actor, "correction_receive", application, before, corrected_on=corrected_on)
    return application


@transaction.atomic
def correction_lapse(*, actor: User | None, application: Application, as_of: date) -> Application:
    """No correction by the stated date (视为放弃): closed as 其他处理·逾期不补正."""
    application = locked(application)
    if actor is not None:  # None: the daily job (daily.foi_daily_run) closes it on the statutory ground
        require_handler(actor, application)
    require_open(application)
    if not _awaiting_correction(application):
        raise ApplicationError("该申请没有等待中的补正。")
    if as_of <= application.correction.deadline_on:
        raise ApplicationError("补正期限尚未届满。")
    before = snapshot(application)
    finish(application, outcome=Outcome.OTHER_NO_CORRECTION, on=as_of)
    application.save()
    audit(actor, "correction_lapse", application, before)
    return application


@transaction.atomic
def extension_grant(
    *, actor: User, application: Application, days: int, reason: str, approved_on: date, notified_on: date
) -> Extension:
    """条例第三十三条: one extension of at most 20 working days, approved by the office head."""
    application = locked(application)
    if not rules.can_approve_extension(actor, application):
        raise ApplicationError("延期答复须经政府信息公开工作机构负责人（本机关批准人或公开办）同意。")
    require_open(application)
    if hasattr(application, "extension"):
        raise ApplicationError("延期答复只能批准一次。")
    if not 1 <= days <= EXTENSION_MAX_WORKDAYS:
        raise ApplicationError(f"延长期限为1至{EXTENSION_MAX_WORKDAYS}个工作日。", field="days")
    if not reason.strip():
        raise ApplicationError("请填写延期理由。", field="reason")
    if _awaiting_correction(application):
        raise ApplicationError("等待补正期间答复期限未起算，无需延期。")
    if application.due_on is not None and approved_on > application.due_on:
        raise ApplicationError("答复期限已届满，不能再批准延期。", field="approved_on")
    if notified_on < approved_on:
        raise ApplicationError("告知申请人的日期不能早于批准日期。", field="notified_on")
    before = snapshot(application)
    extension = Extension.objects.create(
        application=application,
        days=days,
        reason=reason.strip(),
        approved_by=actor,
        approved_on=approved_on,
        notified_on=notified_on,
    )
    due_on_refresh(application)
    application.save()
    audit(actor, "extension_grant", application, before, reason=reason.strip(), days=days)
    return extension


@transaction.atomic
def pause_start(
    *, actor: User, application: Application, kind: str, started_on: date, party: str, reason: str = ""
) -> Pause:
    """Consultation of a third party (art. 32) or of other agencies (art. 33–34): not counted."""
    application = locked(application)
    require_handler(actor, application)
    require_open(application)
    if kind not in (PauseKind.THIRD_PARTY, PauseKind.INTER_AGENCY):
        raise ApplicationError("请选择征求意见的类型。", field="kind")
    if not party.strip():
        raise ApplicationError("请填写征求意见的对象。", field="party")
    if _awaiting_correction(application):
        raise ApplicationError("等待补正期间答复期限未起算。")
    if application.pauses.filter(ended_on__isnull=True).exists():
        raise ApplicationError("已有未结束的暂停计时，请先结束。")
    if started_on < application.received_on:
        raise ApplicationError("开始日期不能早于收到申请的日期。", field="started_on")
    before = snapshot(application)
    pause = Pause.objects.create(
        application=application, kind=kind, party=party.strip(), started_on=started_on, created_by=actor
    )
    due_on_refresh(application)
    application.save()
    audit(actor, "pause_start", application, before, reason=reason.strip(), kind=kind, party=party.strip())
    return pause


@transaction.atomic
def pause_end(*, actor: User, pause: Pause, ended_on: date, opinion: str = "") -> Pause:
    """End a consultation and record the opinion; a third party has at most 15 working days (art. 32)."""
    application = locked(pause.application)
    require_handler(actor, application)
    pause = Pause.objects.select_for_update().get(pk=pause.pk)
    if pause.ended_on is not None or pause.kind == PauseKind.FEE:
        raise ApplicationError("该期间已结束或须通过缴费登记结束。")
    if ended_on < pause.started_on:
        raise ApplicationError("结束日期不能早于开始日期。", field="ended_on")
    if pause.kind == PauseKind.THIRD_PARTY:
        latest = WorkdayPeriod(start_on=pause.started_on, workdays=THIRD_PARTY_MAX_WORKDAYS).due_on(
            calendar_load()
        )
        if ended_on > latest:
            raise ApplicationError(
                f"第三方应在{THIRD_PARTY_MAX_WORKDAYS}个工作日内提出意见，暂停计时最迟至{latest:%Y年%-m月%-d日}；"
                "逾期未提出意见的，请以该日结束并记录“逾期未提出意见”。",
                field="ended_on",
            )
        if not opinion.strip():
            raise ApplicationError("请记录第三方的意见（或“逾期未提出意见”）。", field="opinion")
    before = snapshot(application)
    pause.ended_on = ended_on
    pause.opinion = opinion.strip()
    pause.save()
    due_on_refresh(application)
    application.save()
    audit(actor, "pause_end", application, before, kind=pause.kind, ended_on=ended_on, opinion=pause.opinion)
    return pause


@transaction.atomic
def art35_decide(
    *,
    actor: User,
    application: Application,
    kind: str,
    reason: str,
    decided_on: date,
    new_due_on: date | None = None,
) -> Art35Decision:
    """条例第三十五条 for unreasonably many or frequent applications, always with the reason."""
    application = locked(application)
    require_handler(actor, application)
    require_open(application)
    if kind not in Art35Kind.values:
        raise ApplicationError("请选择处理决定。", field="kind")
    if not reason.strip():
        raise ApplicationError("请填写理由。", field="reason")
    if kind == Art35Kind.LONGER_DEADLINE:
        if new_due_on is None or (application.due_on is not None and new_due_on <= application.due_on):
            raise ApplicationError("请确定晚于现有答复期限的合理期限。", field="new_due_on")
    else:
        new_due_on = None
    before = snapshot(application)
    decision = Art35Decision.objects.create(
        application=application,
        kind=kind,
        reason=reason.strip(),
        decided_on=decided_on,
        new_due_on=new_due_on,
        decided_by=actor,
    )
    if kind == Art35Kind.NOT_PROCESSED:
        application.reply_reasons = reason.strip()
        finish(application, outcome=Outcome.NOT_PROCESSED_EXCESSIVE, on=decided_on, state=State.REPLIED)
    else:
        due_on_refresh(application)
    application.save()
    audit(actor, "art35_decide", application, before, reason=reason.strip(), kind=kind, new_due_on=new_due_on)
    return decision
