"""WorkdayPeriod: the one counting rule of every statutory clock (the start day is not counted)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from gongkai.workdays.calendar import WorkCalendar, is_workday
from gongkai.workdays.period import WorkdayPeriod, deemed_start, statutory_deadline

# 2024 National Day: 10-01..07 off; Sunday 09-29 and Saturday 10-12 worked.
CAL = WorkCalendar(
    holidays=frozenset(date(2024, 10, d) for d in range(1, 8)),
    makeup_workdays=frozenset({date(2024, 9, 29), date(2024, 10, 12)}),
    years=frozenset({2024}),
)


def test_a_period_ends_on_the_nth_working_day_after_its_uncounted_start():
    period = WorkdayPeriod(start_on=date(2024, 9, 27), workdays=20)
    assert period.due_on(CAL) == date(2024, 10, 30)


def test_days_left_is_zero_on_the_due_day_and_negative_once_past():
    period = WorkdayPeriod(start_on=date(2024, 9, 27), workdays=20)
    assert period.days_left(CAL, as_of=date(2024, 10, 30)) == 0
    assert period.days_left(CAL, as_of=date(2024, 10, 31)) == -1
    assert period.days_left(CAL, as_of=date(2024, 10, 28)) == 2


def test_elapsed_skips_the_holiday_and_counts_the_makeup_sunday():
    period = WorkdayPeriod(start_on=date(2024, 9, 27), workdays=20)
    assert period.elapsed(CAL, as_of=date(2024, 9, 29)) == 1  # 调休 Sunday worked
    assert period.elapsed(CAL, as_of=date(2024, 10, 7)) == 2  # 9-29 and 9-30 only


def test_a_receipt_on_a_holiday_counts_from_the_next_working_day_unless_the_local_rule_is_off():
    assert deemed_start(CAL, date(2024, 10, 3)) == date(2024, 10, 8)
    assert statutory_deadline(CAL, date(2024, 10, 3), 1) == date(2024, 10, 9)
    assert statutory_deadline(CAL, date(2024, 10, 3), 1, non_workday_rolls_forward=False) == date(2024, 10, 8)


@given(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 11, 30)), st.integers(min_value=0, max_value=20)
)
def test_elapsed_at_the_due_day_equals_the_length_and_the_due_day_is_a_workday(start, n):
    period = WorkdayPeriod(start_on=start, workdays=n)
    due = period.due_on(CAL)
    assert period.elapsed(CAL, as_of=due) == n
    assert n == 0 or is_workday(CAL, due)
    assert period.days_left(CAL, as_of=due) == 0
