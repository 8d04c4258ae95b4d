"""条例第二十六条: proactive information is published within 20 working days of being formed or changed."""

from dataclasses import dataclass
from datetime import date

from gongkai.workdays.calendar import CalendarYearMissing, WorkCalendar, workdays_between
from gongkai.workdays.selectors import calendar_load

# 条例第二十六条: publish within 20 working days of the information being formed or changed.
PUBLICATION_LIMIT_WORKDAYS = 20
# Staff are warned once this many working days have passed (practice: leave five days to finish review).
PUBLICATION_WARNING_WORKDAYS = 15


@dataclass(frozen=True)
class PublicationClock:
    elapsed: int | None  # None: the holiday calendar lacks a year the count needs
    limit: int = PUBLICATION_LIMIT_WORKDAYS
    problem: str = ""

    @property
    def overdue(self) -> bool:
        return self.elapsed is not None and self.elapsed > self.limit

    @property
    def needs_attention(self) -> bool:
        return self.elapsed is None or self.elapsed > PUBLICATION_WARNING_WORKDAYS

    @property
    def label(self) -> str:
        if self.elapsed is None:
            return f"无法计算期限：{self.problem}"
        if self.overdue:
            return f"已超过法定期限（已过{self.elapsed}个工作日，限{self.limit}个）"
        return f"即将到期（已过{self.elapsed}个工作日，限{self.limit}个）"


def publication_clock(
    *, formed_on: date, today: date, calendar: WorkCalendar | None = None
) -> PublicationClock:
    """Working days after the day of forming (not counted) up to today, under the official calendar.

    Pass `calendar` when computing many clocks; without it the calendar is read from the database.
    """
    if calendar is None:
        calendar = calendar_load()
    try:
        return PublicationClock(elapsed=workdays_between(calendar, formed_on, today))
    except CalendarYearMissing as exc:
        # Never a silent weekday guess: staff see that the calendar must be completed.
        return PublicationClock(elapsed=None, problem=exc.message)
