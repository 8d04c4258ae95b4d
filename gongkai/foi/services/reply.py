"""答复, 送达, 归档, and the remedies (行政复议/行政诉讼) recorded afterwards."""

from datetime import date

from django.db import transaction

from gongkai.catalogue.choices import DocumentState
from gongkai.catalogue.models import Document
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User

from ..choices import (
    NOT_HELD_OTHER_AGENCY_BASIS,
    OUTCOME_INFO,
    OUTCOMES_BY_ACTION_ONLY,
    DeliveryMethod,
    Outcome,
    OutcomeGroup,
    RemedyKind,
    RemedyResult,
    State,
)
from ..models import Application, Delivery, Remedy
from .common import audit, finish, locked, require_handler, require_open, snapshot


def _check_outcome_fields(
    application: Application,
    outcome: str,
    *,
    reasons: str,
    withheld_parts: str,
    public_document: Document | None,
    public_location: str,
    not_our_agency: bool,
    responsible_agency: str,
) -> None:
    """What each table-3 row needs in the reply (条例第三十六条、第三十七条)."""
    if outcome not in Outcome.values:
        raise ApplicationError("请选择办理结果。", field="outcome")
    if outcome in OUTCOMES_BY_ACTION_ONLY:
        raise ApplicationError(
            "该结果须通过相应操作办理（补正逾期、缴费逾期或第三十五条处理）。", field="outcome"
        )
    group = OUTCOME_INFO[outcome].group
    if outcome == Outcome.GRANTED:
        if public_document is not None and public_document.state != DocumentState.PUBLISHED:
            raise ApplicationError(
                "所选政府信息尚未主动公开，不能作为“已公开”答复。", field="public_document"
            )
        if public_document is None and not public_location and not reasons:
            raise ApplicationError(
                "予以公开的，请关联已公开的政府信息、写明获取途径，或写明提供信息的方式和时间。",
                field="reply_reasons",
            )
        return
    if group == OutcomeGroup.PARTIAL and not withheld_parts:
        raise ApplicationError("部分公开的，请写明不予公开的部分及理由。", field="withheld_parts")
    if outcome == Outcome.UNAVAILABLE_NOT_HELD and not_our_agency and not responsible_agency:
        raise ApplicationError(
            "不属于本机关负责公开的，请写明负责公开的机关（无法确定的请注明）。", field="responsible_agency"
        )
    if outcome == Outcome.UNAVAILABLE_STILL_UNCLEAR:
        correction = getattr(application, "correction", None)
        if correction is None or correction.corrected_on is None:
            raise ApplicationError("只有补正后申请内容仍不明确的，才能选择该结果。", field="outcome")
    if not reasons:
        raise ApplicationError("请写明答复的理由。", field="reply_reasons")


@transaction.atomic
def application_reply(
    *,
    actor: User,
    application: Application,
    outcome: str,
    replied_on: date,
    reasons: str = "",
    legal_basis: str = "",
    withheld_parts: str = "",
    public_document: Document | None = None,
    public_location: str = "",
    not_our_agency: bool = False,
    responsible_agency: str = "",
) -> Application:
    """Answer with exactly one outcome (a row of table 3) and what that outcome requires."""
    application = locked(application)
    require_handler(actor, application)
    require_open(application)
    reasons, withheld_parts = reasons.strip(), withheld_parts.strip()
    public_location, responsible_agency = public_location.strip(), responsible_agency.strip()
    if application.pauses.filter(ended_on__isnull=True).exists():
        raise ApplicationError("暂停计时尚未结束（征求意见或等待缴费），请先结束后再答复。")
    correction = getattr(application, "correction", None)
    if correction is not None and correction.corrected_on is None:
        raise ApplicationError("申请人尚未补正；逾期未补正的，请办理“逾期未补正”。")
    if replied_on < application.received_on:
        raise ApplicationError("答复日期不能早于收到申请的日期。", field="replied_on")
    _check_outcome_fields(
        application,
        outcome,
        reasons=reasons,
        withheld_parts=withheld_parts,
        public_document=public_document,
        public_location=public_location,
        not_our_agency=not_our_agency,
        responsible_agency=responsible_agency,
    )
    before = snapshot(application)
    is_not_held = outcome == Outcome.UNAVAILABLE_NOT_HELD
    application.reply_reasons = reasons
    application.withheld_parts = withheld_parts if outcome == Outcome.PARTIAL else ""
    application.public_document = public_document if outcome == Outcome.GRANTED else None
    application.public_location = public_location if outcome == Outcome.GRANTED else ""
    application.not_our_agency = is_not_held and not_our_agency
    application.responsible_agency = responsible_agency if application.not_our_agency else ""
    default_basis = (
        NOT_HELD_OTHER_AGENCY_BASIS if application.not_our_agency else OUTCOME_INFO[outcome].legal_basis
    )
    application.legal_basis = legal_basis.strip() or default_basis
    finish(application, outcome=outcome, on=replied_on, state=State.REPLIED)
    application.save()
    audit(actor, "reply", application, before, legal_basis=application.legal_basis)
    return application


@transaction.atomic
def delivery_record(
    *, actor: User, application: Application, method: str, delivered_on: date, note: str = ""
) -> Delivery:
    application = locked(application)
    require_handler(actor, application)
    if application.state not in (State.REPLIED, State.ARCHIVED):
        raise ApplicationError("答复后才能登记送达。")
    if method not in DeliveryMethod.values:
        raise ApplicationError("请选择送达方式。", field="method")
    if delivered_on < application.replied_on:
        raise ApplicationError("送达日期不能早于答复日期。", field="delivered_on")
    before = snapshot(application)
    delivery = Delivery.objects.create(
        application=application,
        method=method,
        delivered_on=delivered_on,
        note=note.strip(),
        recorded_by=actor,
    )
    audit(actor, "delivery", application, before, method=method, delivered_on=delivered_on)
    return delivery


@transaction.atomic
def application_archive(*, actor: User, application: Application, on: date) -> Application:
    """归档: after the reply has been served, or after closing without a reply."""
    application = locked(application)
    require_handler(actor, application)
    if application.state not in (State.REPLIED, State.CLOSED):
        raise ApplicationError("只有已答复或已终止的申请可以归档。")
    if application.state == State.REPLIED and not application.deliveries.exists():
        raise ApplicationError("请先登记答复的送达情况再归档。")
    before = snapshot(application)
    application.state = State.ARCHIVED
    application.archived_on = on
    application.save()
    audit(actor, "archive", application, before)
    return application


@transaction.atomic
def remedy_record(
    *, actor: User, application: Application, kind: str, filed_on: date, body: str = "", note: str = ""
) -> Remedy:
    """A 行政复议 or 行政诉讼 about this application (table 4), pending until concluded."""
    application = locked(application)
    require_handler(actor, application)
    if kind not in RemedyKind.values:
        raise ApplicationError("请选择类型。", field="kind")
    if filed_on < application.received_on:
        raise ApplicationError("提起日期不能早于收到申请的日期。", field="filed_on")
    before = snapshot(application)
    remedy = Remedy.objects.create(
        application=application,
        kind=kind,
        filed_on=filed_on,
        body=body.strip(),
        note=note.strip(),
        recorded_by=actor,
    )
    audit(actor, "remedy_record", application, before, kind=kind, filed_on=filed_on)
    return remedy


@transaction.atomic
def remedy_conclude(*, actor: User, remedy: Remedy, result: str, concluded_on: date) -> Remedy:
    application = locked(remedy.application)
    require_handler(actor, application)
    remedy = Remedy.objects.select_for_update().get(pk=remedy.pk)
    if result not in RemedyResult.values or result == RemedyResult.PENDING:
        raise ApplicationError("请选择审结结果。", field="result")
    if concluded_on < remedy.filed_on:
        raise ApplicationError("审结日期不能早于提起日期。", field="concluded_on")
    before = snapshot(application)
    remedy.result = result
    remedy.concluded_on = concluded_on
    remedy.save()
    audit(actor, "remedy_conclude", application, before, kind=remedy.kind, result=result)
    return remedy
