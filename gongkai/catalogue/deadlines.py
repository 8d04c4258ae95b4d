"""条例第二十六条: proactive information is published within 20 working days of being formed or changed."""

from dataclasses import dataclass
from datetime import date, timedelta

# 条例第二十六条: publish within 20 working days of the information being formed or changed.
PUBLICATION_LIMIT_WORKDAYS = 20
# Staff are warned once this many working days have passed (practice: leave five days to finish review).
PUBLICATION_WARNING_WORKDAYS = 15


def workdays_elapsed(start: date, today: date) -> int:
    """Working days after `start` up to and including `today` (the start day itself is not counted).

    Weekdays only until the holiday calendar is wired in: this is the one function to swap.
    """
    days, current = 0, start
    while current < today:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days += 1
    return days


@dataclass(frozen=True)
class PublicationClock:
    elapsed: int
    limit: int = PUBLICATION_LIMIT_WORKDAYS

    @property
    def overdue(self) -> bool:
        return self.elapsed > self.limit

    @property
    def needs_attention(self) -> bool:
        return self.elapsed > PUBLICATION_WARNING_WORKDAYS

    @property
    def label(self) -> str:
        if self.overdue:
            return f"已超过法定期限（已过{self.elapsed}个工作日，限{self.limit}个）"
        return f"即将到期（已过{self.elapsed}个工作日，限{self.limit}个）"


def publication_clock(*, formed_on: date, today: date) -> PublicationClock:
    return PublicationClock(elapsed=workdays_elapsed(formed_on, today))
