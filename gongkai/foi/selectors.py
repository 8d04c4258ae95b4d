"""Reads of applications: the clock of one application, and the lists staff work from."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef, Q

from gongkai.core.models import User
from gongkai.workdays.calendar import CalendarYearMissing, WorkCalendar
from gongkai.workdays.period import WorkdayPeriod
from gongkai.workdays.selectors import calendar_load
from gongkai.workdays.statute import DUE_SOON_WORKDAYS, non_workday_receipt_rolls_forward

from . import rules
from .choices import OPEN_STATES, Art35Kind
from .clock import Clock, ClockInput, PauseSpan, reply_clock
from .models import Application, Correction, Extension, Pause


def application_clock_input(application: Application) -> ClockInput:
    if application.pk is None:  # being registered: nothing has happened to it yet
        return ClockInput(received_on=application.received_on)
    correction = Correction.objects.filter(application=application).first()
    extension = Extension.objects.filter(application=application).first()
    fixed = (
        application.art35_decisions.filter(kind=Art35Kind.LONGER_DEADLINE)
        .order_by("-decided_on", "-id")
        .values_list("new_due_on", flat=True)
        .first()
    )
    return ClockInput(
        received_on=application.received_on,
        correction_sent_on=correction.sent_on if correction else None,
        corrected_on=correction.corrected_on if correction else None,
        pauses=tuple(PauseSpan(p.started_on, p.ended_on) for p in application.pauses.all()),
        extension_days=extension.days if extension else 0,
        fixed_due_on=fixed,
        finished=not application.is_open,
    )


@dataclass(frozen=True)
class ClockView:
    """A clock for a page: either the clock, or the calendar problem to show instead of a guess."""

    clock: Clock | None
    problem: str = ""

    @property
    def label(self) -> str:
        return self.clock.label if self.clock else f"无法计算答复期限：{self.problem}"


def application_clock(
    *, application: Application, as_of: date, calendar: WorkCalendar | None = None
) -> ClockView:
    calendar = calendar or calendar_load()
    try:
        clock = reply_clock(
            calendar,
            application_clock_input(application),
            as_of=as_of,
            rolls_forward=non_workday_receipt_rolls_forward(),
        )
    except CalendarYearMissing as exc:
        return ClockView(clock=None, problem=exc.message)
    return ClockView(clock=clock)


def _open_in(departments):
    qs = Application.objects.filter(state__in=OPEN_STATES).select_related("department")
    if departments is not None:
        qs = qs.filter(department__in=departments)
    return qs


def application_list_for(*, user: User):
    return rules.visible_applications(user).select_related("department")


def application_list_due_soon(*, as_of: date, departments=None, calendar: WorkCalendar | None = None):
    """Open applications due within DUE_SOON_WORKDAYS working days (today included), not yet overdue.

    `departments` None = platform-wide (the office's view).
    """
    calendar = calendar or calendar_load()
    horizon = WorkdayPeriod(start_on=as_of, workdays=DUE_SOON_WORKDAYS).due_on(calendar)
    return _open_in(departments).filter(due_on__gte=as_of, due_on__lte=horizon).order_by("due_on", "id")


def application_list_overdue(*, as_of: date, departments=None):
    return _open_in(departments).filter(due_on__lt=as_of).order_by("due_on", "id")


def _clock_stopped():
    """An open pause, or a correction notice still waiting for the applicant."""
    open_pause = Pause.objects.filter(application=OuterRef("pk"), ended_on__isnull=True)
    awaiting = Correction.objects.filter(application=OuterRef("pk"), corrected_on__isnull=True)
    return Q(Exists(open_pause)) | Q(Exists(awaiting))


def application_list_paused(*, departments=None):
    """Open applications whose clock stands still: an open pause, or a correction not yet received."""
    return _open_in(departments).filter(_clock_stopped()).order_by("received_on", "id")


def application_list_clock_unknown(*, departments=None):
    """Open applications with a running clock whose due date could not be computed (calendar year missing)."""
    return (
        _open_in(departments)
        .filter(due_on__isnull=True)
        .exclude(_clock_stopped())
        .order_by("received_on", "id")
    )


def application_get_by_tracking(*, tracking_code: str, second_factor: str) -> Application | None:
    """The applicant's own view: the tracking code AND the last 4 characters of the ID/credit code or phone.

    Both must match; a miss gives None with no hint of which part was wrong.
    """
    code = (tracking_code or "").strip().upper().replace(" ", "")
    factor = (second_factor or "").strip().upper()
    if len(code) < 10 or len(factor) != 4:
        return None
    application = Application.objects.filter(tracking_code=code).select_related("department").first()
    if application is None:
        return None
    candidates = {application.second_factor_source.upper()[-4:], application.phone[-4:]}
    return application if factor in candidates else None
