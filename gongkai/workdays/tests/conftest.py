import pytest

from gongkai.workdays.calendar import WorkCalendar
from gongkai.workdays.models import CalendarYear, Holiday
from gongkai.workdays.seed import package_schedule, seed_from_package


def calendar_from_package() -> WorkCalendar:
    """The package's schedule as a calendar value, without the database."""
    years, days = package_schedule()
    return WorkCalendar(
        holidays=frozenset(s.date for s in days if s.kind == "holiday"),
        makeup_workdays=frozenset(s.date for s in days if s.kind == "workday"),
        years=years,
    )


PACKAGE_CALENDAR = calendar_from_package()


@pytest.fixture
def package_calendar() -> WorkCalendar:
    return PACKAGE_CALENDAR


@pytest.fixture
def seeded(db):
    """The migration seeds the table; seeding again makes tests independent of a flushed database."""
    seed_from_package(Holiday, CalendarYear)
