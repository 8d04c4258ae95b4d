"""One helper for every statutory period counted in working days: the reply, correction-notice, third-party,
publication and "due soon" clocks all use WorkdayPeriod, so the counting rule is written once.

Counting (DOMAIN §6): 期间开始之日不计算在内 — the start day is not counted, so an n-day period ends on the
n-th working day after it. A receipt on a non-working day may be deemed a receipt on the next working day
(`deemed_start`, a local rule: statute.non_workday_receipt_rolls_forward). Pure functions; a year missing
from the calendar raises CalendarYearMissing, never a weekday guess.
"""

from dataclasses import dataclass
from datetime import date

from .calendar import WorkCalendar, add_workdays, next_workday, workdays_between


def deemed_start(cal: WorkCalendar, received: date, *, rolls_forward: bool = True) -> date:
    """The uncounted start day: the day received, or the next working day when received on a day off."""
    return next_workday(cal, received) if rolls_forward else received


def signed_workdays(cal: WorkCalendar, as_of: date, due: date) -> int:
    """Working days from as_of to due (0 on the due day itself); negative, counted the same way, once past."""
    if due >= as_of:
        return workdays_between(cal, as_of, due)
    return -workdays_between(cal, due, as_of)


@dataclass(frozen=True)
class WorkdayPeriod:
    """`workdays` working days after the uncounted day `start_on`."""

    start_on: date
    workdays: int

    @classmethod
    def from_receipt(
        cls, cal: WorkCalendar, received: date, workdays: int, *, rolls_forward: bool = True
    ) -> "WorkdayPeriod":
        return cls(start_on=deemed_start(cal, received, rolls_forward=rolls_forward), workdays=workdays)

    def due_on(self, cal: WorkCalendar) -> date:
        """The last day of the period."""
        return add_workdays(cal, self.start_on, self.workdays)

    def elapsed(self, cal: WorkCalendar, *, as_of: date) -> int:
        """Working days used up to and including `as_of` (0 on the start day)."""
        return workdays_between(cal, self.start_on, as_of)

    def days_left(self, cal: WorkCalendar, *, as_of: date) -> int:
        """Working days left after `as_of` up to the due day; negative once the period is over."""
        return signed_workdays(cal, as_of, self.due_on(cal))


def statutory_deadline(
    cal: WorkCalendar, received: date, n: int, *, non_workday_rolls_forward: bool = True
) -> date:
    """The last day of an n-working-day period from a receipt on `received`."""
    return WorkdayPeriod.from_receipt(cal, received, n, rolls_forward=non_workday_rolls_forward).due_on(cal)
