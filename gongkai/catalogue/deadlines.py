"""条例第二十六条: proactive information is published within 20 working days of being formed or changed."""

from dataclasses import dataclass
from datetime import date

from gongkai.workdays.calendar import CalendarYearMissing, WorkCalendar
from gongkai.workdays.period import WorkdayPeriod
from gongkai.workdays.selectors import calendar_load
from gongkai.workdays.statute import PROACTIVE_PUBLICATION_WARNING_WORKDAYS, PROACTIVE_PUBLICATION_WORKDAYS


@dataclass(frozen=True)
class PublicationClock:
    elapsed: int | None  # None: the holiday calendar lacks a year the count needs
    limit: int = PROACTIVE_PUBLICATION_WORKDAYS
    problem: str = ""

    @property
    def overdue(self) -> bool:
        return self.elapsed is not None and self.elapsed > self.limit

    @property
    def needs_attention(self) -> bool:
        return self.elapsed is None or self.elapsed > PROACTIVE_PUBLICATION_WARNING_WORKDAYS

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
        period = WorkdayPeriod(start_on=formed_on, workdays=PROACTIVE_PUBLICATION_WORKDAYS)
        return PublicationClock(elapsed=period.elapsed(calendar, as_of=today))
    except CalendarYearMissing as exc:
        # Never a silent weekday guess: staff see that the calendar must be completed.
        return PublicationClock(elapsed=None, problem=exc.message)
