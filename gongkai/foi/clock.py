"""The reply clock of 条例第三十条–第三十五条 as pure functions over dates and a WorkCalendar.

Counting (DOMAIN §6): the day the period starts on is not counted, so the due date is the 20th working day
after the (deemed) receipt date. A receipt on a non-working day is deemed a receipt on the next working day
when `rolls_forward` is set (the default; workdays.statute.non_workday_receipt_rolls_forward).

- 补正 (art. 30): while a correction is awaited no deadline runs; when it arrives the 20 days start again
  from the day it arrived (deemed the same way).
- Pauses (art. 32–34, fee notice): the working days in (started_on, ended_on] of every closed pause are
  added to the deadline; while a pause is open the clock is "paused" and has no due date.
- 延期 (art. 33): the extension's working days are added once.
- Art. 35 "longer deadline": a date set by decision; the due date is never earlier than that date.

A year missing from the calendar raises CalendarYearMissing: the caller shows its message, never a guess.
Time is always a parameter (`as_of`).
"""

from dataclasses import dataclass, field
from datetime import date

from gongkai.workdays.calendar import WorkCalendar, workdays_between
from gongkai.workdays.period import WorkdayPeriod, deemed_start, signed_workdays
from gongkai.workdays.statute import (
    CORRECTION_NOTICE_WARNING_WORKDAYS,
    CORRECTION_NOTICE_WORKDAYS,
    REPLY_WORKDAYS,
)

RUNNING = "running"
PAUSED = "paused"
AWAITING_CORRECTION = "awaiting_correction"
STOPPED = "stopped"

STATUS_LABELS = {
    RUNNING: "计时中",
    PAUSED: "暂停计时",
    AWAITING_CORRECTION: "等待补正",
    STOPPED: "已办结",
}


@dataclass(frozen=True)
class PauseSpan:
    started_on: date
    ended_on: date | None = None


@dataclass(frozen=True)
class ClockInput:
    received_on: date
    correction_sent_on: date | None = None
    corrected_on: date | None = None
    pauses: tuple[PauseSpan, ...] = field(default_factory=tuple)
    extension_days: int = 0
    fixed_due_on: date | None = None  # art. 35 decision
    finished: bool = False


@dataclass(frozen=True)
class Clock:
    status: str
    start_on: date  # the uncounted day the running period starts after
    due_on: date | None
    days_left: int | None  # working days from as_of (not counted) to due_on; negative when overdue
    paused_since: date | None = None

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def label(self) -> str:
        if self.status == PAUSED:
            return f"暂停计时（自{self.paused_since:%Y年%-m月%-d日}起）"
        if self.status == AWAITING_CORRECTION:
            return "等待申请人补正，答复期限自收到补正之日起重新计算"
        if self.due_on is None:
            return STATUS_LABELS[self.status]
        if self.status == STOPPED:
            return f"答复期限 {self.due_on:%Y年%-m月%-d日}"
        if self.overdue:
            return f"已超期{-self.days_left}个工作日"
        if self.days_left == 0:
            return "今天是答复期限的最后一天"
        return f"剩余{self.days_left}个工作日"


def reply_clock(cal: WorkCalendar, inp: ClockInput, *, as_of: date, rolls_forward: bool = True) -> Clock:
    start = deemed_start(cal, inp.received_on, rolls_forward=rolls_forward)
    if inp.correction_sent_on is not None:
        if inp.corrected_on is None:
            status = STOPPED if inp.finished else AWAITING_CORRECTION
            return Clock(status=status, start_on=start, due_on=None, days_left=None)
        start = deemed_start(cal, inp.corrected_on, rolls_forward=rolls_forward)

    extra, open_since = 0, None
    for pause in inp.pauses:
        if pause.ended_on is None:
            open_since = pause.started_on
            continue
        # Only the part of a pause inside the running period counts; a pause before a correction restart
        # is wiped out by the restart.
        extra += workdays_between(cal, max(pause.started_on, start), pause.ended_on)
    if open_since is not None and not inp.finished:
        return Clock(status=PAUSED, start_on=start, due_on=None, days_left=None, paused_since=open_since)

    due = WorkdayPeriod(start_on=start, workdays=REPLY_WORKDAYS + inp.extension_days + extra).due_on(cal)
    if inp.fixed_due_on is not None and inp.fixed_due_on > due:
        due = inp.fixed_due_on
    if inp.finished:
        return Clock(status=STOPPED, start_on=start, due_on=due, days_left=None)
    return Clock(status=RUNNING, start_on=start, due_on=due, days_left=signed_workdays(cal, as_of, due))


@dataclass(frozen=True)
class NoticeClock:
    due_on: date
    days_left: int

    @property
    def warning(self) -> bool:
        return self.days_left <= CORRECTION_NOTICE_WARNING_WORKDAYS

    @property
    def label(self) -> str:
        if self.days_left < 0:
            return f"补正告知已超过法定期限{-self.days_left}个工作日"
        return f"补正告知须在{self.due_on:%Y年%-m月%-d日}前发出（剩余{self.days_left}个工作日）"


def correction_notice_clock(
    cal: WorkCalendar, received_on: date, *, as_of: date, rolls_forward: bool = True
) -> NoticeClock:
    """条例第三十条: the correction notice is due on the 7th working day after (deemed) receipt."""
    period = WorkdayPeriod.from_receipt(
        cal, received_on, CORRECTION_NOTICE_WORKDAYS, rolls_forward=rolls_forward
    )
    return NoticeClock(due_on=period.due_on(cal), days_left=period.days_left(cal, as_of=as_of))
