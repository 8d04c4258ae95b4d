"""Working days (工作日) under the State Council's holiday schedule, as pure functions over a calendar value.

The calendar is data: holidays (放假, weekend days inside a holiday period included), make-up working days
(调休上班, always weekends) and the years whose schedule is known. A day of any other year is an error, never
a weekday guess: statutory deadlines must not silently ignore a holiday nobody entered.

Counting follows 期间开始之日不计算在内: the start day is never counted, so the 20-working-day deadline after a
receipt date is `add_workdays(cal, received, 20)`.
"""

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from gongkai.core.exceptions import ApplicationError

ONE_DAY = timedelta(days=1)


class CalendarYearMissing(ApplicationError):
    """A computation needed a day of a year whose holiday schedule has not been entered."""

    def __init__(self, year: int):
        super().__init__(f"{year}年节假日安排尚未录入")
        self.year = year


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date] = frozenset()
    makeup_workdays: frozenset[date] = frozenset()
    years: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        both = self.holidays & self.makeup_workdays
        if both:
            raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)[:3]}")

    # Sorted views for counting by bisection: holidays that fall on a weekday take a working day away,
    # make-up days on a weekend add one. (A make-up "weekday" or a weekend "holiday" changes nothing.)
    @cached_property
    def _weekday_holidays(self) -> tuple[date, ...]:
        return tuple(sorted(d for d in self.holidays if d.weekday() < 5))

    @cached_property
    def _weekend_makeups(self) -> tuple[date, ...]:
        return tuple(sorted(d for d in self.makeup_workdays if d.weekday() >= 5))

    def require_year(self, year: int) -> None:
        if year not in self.years:
            raise CalendarYearMissing(year)


def is_workday(cal: WorkCalendar, d: date) -> bool:
    cal.require_year(d.year)
    # Make-up days first: a worked Saturday is a working day whatever the weekday says.
    if d in cal.makeup_workdays:
        return True
    if d in cal.holidays:
        return False
    return d.weekday() < 5


def next_workday(cal: WorkCalendar, d: date) -> date:
    """The first working day ON OR AFTER `d` (`d` itself when it is a working day).

    This is the "deemed received" rule: an application received on a non-working day counts as received on
    the next working day, and one received on a working day keeps its date.
    """
    while not is_workday(cal, d):
        d += ONE_DAY
    return d


def add_workdays(cal: WorkCalendar, start: date, n: int) -> date:
    """The n-th working day after `start` (the start day is not counted); `start` itself when n == 0."""
    if n < 0:
        raise ValueError("n must be zero or positive")
    d, counted = start, 0
    while counted < n:
        d += ONE_DAY
        if is_workday(cal, d):
            counted += 1
    return d


def subtract_workdays(cal: WorkCalendar, end: date, n: int) -> date:
    """The day n working days before `end`: the d for which add_workdays(cal, d, n) == end when `end` is a
    working day (the latest such d, itself a working day); `end` itself when n == 0."""
    if n < 0:
        raise ValueError("n must be zero or positive")
    d, counted = end, 0
    while counted < n:
        d -= ONE_DAY
        if is_workday(cal, d):
            counted += 1
    return d


def workdays_between(cal: WorkCalendar, start: date, end: date) -> int:
    """Working days in (start, end]: the start day is not counted, the end day is. 0 when end <= start.

    Inverse of add_workdays: workdays_between(cal, d, add_workdays(cal, d, n)) == n. Computed by arithmetic
    and bisection, so a span of many years costs no more than a short one.
    """
    if end <= start:
        return 0
    for year in range((start + ONE_DAY).year, end.year + 1):
        cal.require_year(year)
    return (
        _weekdays_in(start, end)
        - _count_in(cal._weekday_holidays, start, end)
        + _count_in(cal._weekend_makeups, start, end)
    )


def _weekdays_in(start: date, end: date) -> int:
    """Monday–Friday days in (start, end], by whole weeks plus the remainder."""
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    first = (start.weekday() + 1) % 7
    return weeks * 5 + sum(1 for i in range(rest) if (first + i) % 7 < 5)


def _count_in(sorted_days: tuple[date, ...], start: date, end: date) -> int:
    return bisect_right(sorted_days, end) - bisect_right(sorted_days, start)
