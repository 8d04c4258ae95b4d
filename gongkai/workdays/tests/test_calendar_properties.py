"""Properties every deadline relies on, on the real schedule and on arbitrary made-up calendars."""

from datetime import date, timedelta

import chinese_calendar
from hypothesis import given
from hypothesis import strategies as st

from gongkai.workdays.calendar import (
    WorkCalendar,
    add_workdays,
    is_workday,
    next_workday,
    subtract_workdays,
    workdays_between,
)

from .conftest import PACKAGE_CALENDAR

COVERED_FIRST, COVERED_LAST = (
    date(min(PACKAGE_CALENDAR.years), 1, 1),
    date(max(PACKAGE_CALENDAR.years), 12, 31),
)
# Start dates leave room for 300 working days before the last covered year ends.
real_days = st.dates(min_value=COVERED_FIRST, max_value=COVERED_LAST - timedelta(days=500))
counts = st.integers(min_value=0, max_value=300)

# Made-up calendars over 2030–2032: any days off, any worked weekends, starts early enough not to run out.
SYNTHETIC_YEARS = frozenset({2030, 2031, 2032})
any_day = st.dates(min_value=date(2030, 1, 1), max_value=date(2032, 12, 31))
weekend_day = any_day.filter(lambda d: d.weekday() >= 5)


@st.composite
def calendars(draw) -> WorkCalendar:
    holidays = draw(st.frozensets(any_day, max_size=80))
    makeups = draw(st.frozensets(weekend_day, max_size=30)) - holidays
    return WorkCalendar(holidays=holidays, makeup_workdays=makeups, years=SYNTHETIC_YEARS)


synthetic_starts = st.dates(min_value=date(2030, 1, 1), max_value=date(2031, 3, 31))
synthetic_counts = st.integers(min_value=0, max_value=250)


def naive_count(cal: WorkCalendar, start: date, end: date) -> int:
    return sum(1 for i in range(1, (end - start).days + 1) if is_workday(cal, start + timedelta(days=i)))


@given(real_days)
def test_the_calendar_agrees_with_the_package_on_every_covered_day(d):
    assert is_workday(PACKAGE_CALENDAR, d) == chinese_calendar.is_workday(d)


@given(real_days, counts.filter(lambda n: n >= 1))
def test_adding_working_days_lands_on_a_working_day_after_the_start(d, n):
    result = add_workdays(PACKAGE_CALENDAR, d, n)
    assert result > d
    assert is_workday(PACKAGE_CALENDAR, result)


@given(calendars(), synthetic_starts, synthetic_counts)
def test_counting_the_days_up_to_a_deadline_gives_back_the_number_added(cal, d, n):
    end = add_workdays(cal, d, n)
    assert workdays_between(cal, d, end) == n
    assert naive_count(cal, d, end) == n
    if n >= 1:
        assert is_workday(cal, end)


@given(real_days, counts)
def test_counting_round_trips_on_the_real_schedule(d, n):
    assert workdays_between(PACKAGE_CALENDAR, d, add_workdays(PACKAGE_CALENDAR, d, n)) == n


@given(calendars(), synthetic_starts, synthetic_counts, synthetic_counts)
def test_more_working_days_never_give_an_earlier_deadline(cal, d, n, m):
    low, high = sorted((n, m))
    assert add_workdays(cal, d, low) <= add_workdays(cal, d, high)
    if low < high:
        assert add_workdays(cal, d, low) < add_workdays(cal, d, high)


@given(calendars(), synthetic_starts, synthetic_starts, synthetic_counts)
def test_a_later_start_never_gives_an_earlier_deadline(cal, a, b, n):
    first, second = sorted((a, b))
    assert add_workdays(cal, first, n) <= add_workdays(cal, second, n)


@given(calendars(), synthetic_starts, synthetic_starts, synthetic_starts)
def test_working_days_in_consecutive_spans_add_up_and_match_day_by_day_counting(cal, a, b, c):
    x, y, z = sorted((a, b, c))
    assert workdays_between(cal, x, z) == workdays_between(cal, x, y) + workdays_between(cal, y, z)
    assert workdays_between(cal, x, z) == naive_count(cal, x, z)


@given(calendars(), synthetic_starts)
def test_next_workday_is_the_first_working_day_on_or_after(cal, d):
    result = next_workday(cal, d)
    assert result >= d and is_workday(cal, result)
    assert not any(is_workday(cal, d + timedelta(days=i)) for i in range((result - d).days))


@given(calendars(), weekend_day)
def test_a_worked_weekend_day_is_a_working_day_whatever_its_weekday(cal, d):
    cal = WorkCalendar(
        holidays=cal.holidays - {d}, makeup_workdays=cal.makeup_workdays | {d}, years=cal.years
    )
    assert is_workday(cal, d)


@given(d=real_days, n=counts)
def test_subtract_workdays_undoes_add_workdays_on_a_working_day(d, n):
    end = add_workdays(PACKAGE_CALENDAR, next_workday(PACKAGE_CALENDAR, d), n)
    start = subtract_workdays(PACKAGE_CALENDAR, end, n)
    assert add_workdays(PACKAGE_CALENDAR, start, n) == end
    assert workdays_between(PACKAGE_CALENDAR, start, end) == n
