"""The application page and its actions: one table maps each action to its form, rule and service."""

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.exceptions import ApplicationError
from gongkai.core.web.access import staff_view
from gongkai.core.web.forms import add_service_error
from gongkai.workdays.calendar import CalendarYearMissing
from gongkai.workdays.selectors import calendar_load
from gongkai.workdays.statute import non_workday_receipt_rolls_forward

from .. import forms as f
from .. import rules, selectors, services
from ..access import application_or_404
from ..choices import State
from ..clock import correction_notice_clock
from .history import application_history_rows


def _open_pause(app):
    return app.pauses.filter(ended_on__isnull=True).exclude(kind="fee").first()


@dataclass(frozen=True)
class Action:
    label: str
    form: type
    run: Any  # (user, application, cleaned_data) -> result
    shown: Any  # (user, application) -> bool
    success: str
    danger: bool = False


def _open(app):
    return app.is_open


def _awaiting(app):
    c = getattr(app, "correction", None)
    return c is not None and c.corrected_on is None


def _fee_due(app):
    fee = getattr(app, "fee", None)
    return fee is not None and fee.paid_on is None


def _handler(check):
    return lambda user, app: rules.can_handle(user, app) and check(app)


def _pause_end(user, app, d):
    pause = _open_pause(app)
    if pause is None:
        raise ApplicationError("没有进行中的征求意见。")
    return services.pause_end(actor=user, pause=pause, ended_on=d["ended_on"], opinion=d["opinion"])


def _remedy_conclude(user, app, d):
    remedy = app.remedies.filter(pk=d["remedy"]).first()
    if remedy is None:
        raise ApplicationError("未找到该复议/诉讼记录。")
    return services.remedy_conclude(
        actor=user, remedy=remedy, result=d["result"], concluded_on=d["concluded_on"]
    )


def _reply(user, app, d):
    return services.application_reply(
        actor=user,
        application=app,
        outcome=d["outcome"],
        replied_on=d["replied_on"],
        reasons=d["reasons"],
        legal_basis=d["legal_basis"],
        withheld_parts=d["withheld_parts"],
        public_document=d["public_index_no"],
        public_location=d["public_location"],
        not_our_agency=d["not_our_agency"],
        responsible_agency=d["responsible_agency"],
    )


ACTIONS: dict[str, Action] = {
    "vet": Action(
        "开始审核",
        f.EmptyForm,
        lambda u, a, d: services.application_vet(actor=u, application=a),
        _handler(lambda a: a.state == State.REGISTERED),
        "已开始审核。",
    ),
    "correction_request": Action(
        "发出补正告知",
        f.CorrectionRequestForm,
        lambda u, a, d: services.correction_request(actor=u, application=a, **d),
        _handler(lambda a: _open(a) and not hasattr(a, "correction")),
        "已登记补正告知，答复期限暂停计算。",
    ),
    "correction_receive": Action(
        "登记收到补正",
        f.CorrectionReceiveForm,
        lambda u, a, d: services.correction_receive(actor=u, application=a, **d),
        _handler(lambda a: _open(a) and _awaiting(a)),
        "已收到补正，答复期限重新计算。",
    ),
    "correction_lapse": Action(
        "逾期未补正，终止办理",
        f.LapseForm,
        lambda u, a, d: services.correction_lapse(actor=u, application=a, **d),
        _handler(lambda a: _open(a) and _awaiting(a)),
        "已按逾期未补正办结。",
        danger=True,
    ),
    "start_handling": Action(
        "转入办理",
        f.EmptyForm,
        lambda u, a, d: services.application_start_handling(actor=u, application=a),
        _handler(lambda a: a.state == State.VETTING and not _awaiting(a)),
        "已转入办理。",
    ),
    "extension": Action(
        "批准延期答复",
        f.ExtensionForm,
        lambda u, a, d: services.extension_grant(actor=u, application=a, **d),
        lambda u, a: rules.can_approve_extension(u, a) and _open(a) and not hasattr(a, "extension"),
        "已批准延期并登记告知。",
    ),
    "pause_start": Action(
        "开始征求意见（暂停计时）",
        f.PauseStartForm,
        lambda u, a, d: services.pause_start(actor=u, application=a, **d),
        _handler(lambda a: _open(a) and not a.pauses.filter(ended_on__isnull=True).exists()),
        "已暂停计时。",
    ),
    "pause_end": Action(
        "结束征求意见",
        f.PauseEndForm,
        _pause_end,
        _handler(lambda a: _open(a) and _open_pause(a) is not None),
        "已恢复计时。",
    ),
    "fee_notice": Action(
        "发出收费通知",
        f.FeeNoticeForm,
        lambda u, a, d: services.fee_notice(actor=u, application=a, **d),
        _handler(lambda a: _open(a) and not hasattr(a, "fee")),
        "已发出收费通知，等待缴费期间暂停计时。",
    ),
    "fee_paid": Action(
        "登记已缴费",
        f.FeePaidForm,
        lambda u, a, d: services.fee_paid(actor=u, application=a, **d),
        _handler(lambda a: _open(a) and _fee_due(a)),
        "已登记缴费，恢复计时。",
    ),
    "fee_lapse": Action(
        "逾期未缴费，终止办理",
        f.LapseForm,
        lambda u, a, d: services.fee_lapse(actor=u, application=a, **d),
        _handler(lambda a: _open(a) and _fee_due(a)),
        "已按逾期未缴费办结。",
        danger=True,
    ),
    "art35": Action(
        "第三十五条处理",
        f.Art35Form,
        lambda u, a, d: services.art35_decide(actor=u, application=a, **d),
        _handler(_open),
        "已记录第三十五条处理决定。",
    ),
    "reply": Action("答复", f.ReplyForm, _reply, _handler(_open), "已答复。"),
    "transfer": Action(
        "转办",
        f.TransferForm,
        lambda u, a, d: services.application_transfer(actor=u, application=a, **d),
        lambda u, a: rules.can_transfer(u, a) and _open(a),
        "已转办。",
    ),
    "withdraw": Action(
        "登记申请人撤回",
        f.StaffWithdrawForm,
        lambda u, a, d: services.application_withdraw(actor=u, application=a, **d),
        _handler(_open),
        "已登记撤回。",
        danger=True,
    ),
    "delivery": Action(
        "登记送达",
        f.DeliveryRecordForm,
        lambda u, a, d: services.delivery_record(actor=u, application=a, **d),
        _handler(lambda a: a.state in (State.REPLIED, State.ARCHIVED)),
        "已登记送达。",
    ),
    "archive": Action(
        "归档",
        f.ArchiveForm,
        lambda u, a, d: services.application_archive(actor=u, application=a, **d),
        _handler(lambda a: a.state in (State.REPLIED, State.CLOSED)),
        "已归档。",
    ),
    "remedy": Action(
        "登记行政复议/行政诉讼",
        f.RemedyForm,
        lambda u, a, d: services.remedy_record(actor=u, application=a, **d),
        _handler(lambda a: True),
        "已登记。",
    ),
}


def action_forms(user, application, *, bound: dict) -> list[tuple[str, Action, Any]]:
    return [
        (name, action, bound.get(name) or action.form(prefix=name))
        for name, action in ACTIONS.items()
        if name in bound or action.shown(user, application)
    ]


def render_detail(request, application, *, bound=None, status=200):
    today, calendar = timezone.localdate(), calendar_load()
    notice = None
    if application.state in (State.REGISTERED, State.VETTING) and not hasattr(application, "correction"):
        try:
            notice = correction_notice_clock(
                calendar,
                application.received_on,
                as_of=today,
                rolls_forward=non_workday_receipt_rolls_forward(),
            )
        except CalendarYearMissing:
            notice = None
    remedies = [
        (r, f.RemedyConcludeForm(prefix=f"rc{r.pk}", initial={"remedy": r.pk}))
        for r in application.remedies.all()
    ]
    context = {
        "app": application,
        "clock": selectors.application_clock(application=application, as_of=today, calendar=calendar),
        "notice": notice,
        "history": application_history_rows(application),
        "actions": action_forms(request.user, application, bound=bound or {}),
        "remedies": remedies,
    }
    return render(request, "foi/staff/detail.html", context, status=status)


@staff_view
@require_POST
def application_act(request, pk: int, action: str):
    application = application_or_404(request.user, pk)
    spec = ACTIONS.get(action)
    if spec is None:
        raise Http404("未知操作")
    form = spec.form(request.POST, prefix=action)
    if form.is_valid():
        try:
            spec.run(request.user, application, form.cleaned_data)
        except ApplicationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, spec.success)
            return redirect("foi:staff-detail", pk=application.pk)
    return render_detail(request, application_or_404(request.user, pk), bound={action: form}, status=400)


@staff_view
@require_POST
def remedy_conclude(request, pk: int, remedy_pk: int):
    application = application_or_404(request.user, pk)
    form = f.RemedyConcludeForm(request.POST, prefix=f"rc{remedy_pk}")
    if form.is_valid():
        try:
            _remedy_conclude(request.user, application, form.cleaned_data)
        except ApplicationError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, "已登记审结结果。")
    else:
        messages.error(request, "请填写审结结果和日期。")
    return redirect("foi:staff-detail", pk=application.pk)
