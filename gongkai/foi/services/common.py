"""Helpers shared by the 依申请公开 services: locking, permission checks, the stored due date, audit."""

from datetime import date
from typing import Any

from gongkai.core.audit import audit_record
from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User
from gongkai.workdays.calendar import CalendarYearMissing, WorkCalendar
from gongkai.workdays.selectors import calendar_load
from gongkai.workdays.statute import non_workday_receipt_rolls_forward

from .. import rules
from ..choices import OPEN_STATES, OUTCOME_INFO, State
from ..clock import reply_clock
from ..models import Application
from ..selectors import application_clock_input

NOT_ALLOWED = "您无权办理该申请。"


def locked(application: Application) -> Application:
    """Re-read the row under a lock so two handlers cannot act on a stale state."""
    return Application.objects.select_for_update().get(pk=application.pk)


def require_handler(actor: User, application: Application) -> None:
    if not rules.can_handle(actor, application):
        raise ApplicationError(NOT_ALLOWED)


def require_open(application: Application) -> None:
    if not application.is_open:
        raise ApplicationError(f"该申请已{application.get_state_display()}，不能再办理。")


def snapshot(application: Application) -> dict[str, Any]:
    return {
        "state": application.state,
        "due_on": application.due_on.isoformat() if application.due_on else None,
        "outcome": application.outcome,
        "department": application.department_id,
    }


def due_on_refresh(application: Application, *, calendar: WorkCalendar | None = None) -> None:
    """Recompute and store the due date after an event; None while the clock stands still.

    A missing calendar year leaves the due date empty (lists show "无法计算") rather than refusing the event:
    recording what happened must not depend on next year's holiday schedule being entered.
    """
    calendar = calendar or calendar_load()
    try:
        clock = reply_clock(
            calendar,
            application_clock_input(application),
            as_of=application.received_on,
            rolls_forward=non_workday_receipt_rolls_forward(),
        )
        application.due_on = clock.due_on
    except CalendarYearMissing:
        application.due_on = None


def audit(
    actor: User | None, action: str, application: Application, before: dict, *, reason: str = "", **extra: Any
) -> None:
    after = snapshot(application) | {k: _plain(v) for k, v in extra.items()}
    audit_record(
        actor=actor, action=f"foi_{action}", obj=application, before=before, after=after, reason=reason
    )


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "pk"):
        return value.pk
    return value


def finish(application: Application, *, outcome: str, on: date, state: str = State.CLOSED) -> None:
    """Close with exactly one outcome (the table-3 row); open pauses end on the closing day."""
    application.pauses.filter(ended_on__isnull=True).update(ended_on=on)
    application.outcome = outcome
    if not application.legal_basis:
        application.legal_basis = OUTCOME_INFO[outcome].legal_basis
    application.state = state
    application.closed_on = on
    if state == State.REPLIED:
        application.replied_on = on
    due_on_refresh(application)


def due_dates_refresh() -> int:
    """Recompute the stored due date of every open application; returns how many changed.

    For after the office enters or corrects a year of the holiday calendar (and for the daily job): a due
    date left empty because a year was missing is filled in. Derived data, so no audit event.
    """
    calendar = calendar_load()
    changed = 0
    for application in Application.objects.filter(state__in=OPEN_STATES).iterator():
        old = application.due_on
        due_on_refresh(application, calendar=calendar)
        if application.due_on != old:
            Application.objects.filter(pk=application.pk).update(due_on=application.due_on)
            changed += 1
    return changed
