"""Properties of the reply clock over many dates (Hypothesis), under the official calendar."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.foi.clock import ClockInput, PauseSpan, reply_clock
from gongkai.workdays.calendar import is_workday, workdays_between

from .conftest import CALENDAR

receipts = st.dates(min_value=date(2010, 1, 1), max_value=date(2025, 10, 31))


@settings(max_examples=200, deadline=None)
@given(received=receipts)
def test_the_due_date_is_a_working_day_twenty_working_days_after_the_deemed_receipt(received):
    clock = reply_clock(CALENDAR, ClockInput(received_on=received), as_of=received)
    assert is_workday(CALENDAR, clock.due_on)
    assert workdays_between(CALENDAR, clock.start_on, clock.due_on) == 20
    assert clock.start_on >= received


@settings(max_examples=200, deadline=None)
@given(received=receipts, offset=st.integers(0, 20), length=st.integers(0, 40), extension=st.integers(0, 20))
def test_a_closed_pause_moves_the_due_date_by_exactly_its_working_days(received, offset, length, extension):
    start = received + timedelta(days=offset)
    end = start + timedelta(days=length)
    base = reply_clock(CALENDAR, ClockInput(received_on=received, extension_days=extension), as_of=received)
    paused = reply_clock(
        CALENDAR,
        ClockInput(received_on=received, extension_days=extension, pauses=(PauseSpan(start, end),)),
        as_of=received,
    )
    counted = workdays_between(CALENDAR, max(start, base.start_on), end)
    assert workdays_between(CALENDAR, base.due_on, paused.due_on) == counted
