"""Fixed examples a clerk can check against the State Council's notices."""

from datetime import date

import pytest

from gongkai.core.exceptions import ApplicationError
from gongkai.workdays.calendar import (
    CalendarYearMissing,
    WorkCalendar,
    add_workdays,
    is_workday,
    next_workday,
    workdays_between,
)
from gongkai.workdays.period import statutory_deadline


def test_the_2024_national_day_week_is_off_and_its_make_up_weekend_days_are_worked(package_calendar):
    cal = package_calendar
    assert not any(is_workday(cal, date(2024, 10, day)) for day in range(1, 8))
    assert is_workday(cal, date(2024, 9, 29))  # Sunday, worked
    assert is_workday(cal, date(2024, 10, 12))  # Saturday, worked
    assert not is_workday(cal, date(2024, 9, 28))  # an ordinary Saturday
    assert not is_workday(cal, date(2024, 10, 13))  # an ordinary Sunday


def test_the_20th_working_day_after_friday_27_september_2024_is_30_october(package_calendar):
    # By hand: 9/29 Sun (1), 9/30 (2); 10/1–10/7 off; 10/8–10/11 (3–6), 10/12 Sat (7);
    # 10/14–10/18 (8–12); 10/21–10/25 (13–17); 10/28 (18), 10/29 (19), 10/30 (20).
    # Counting weekdays only would wrongly give 25 October.
    assert add_workdays(package_calendar, date(2024, 9, 27), 20) == date(2024, 10, 30)
    assert workdays_between(package_calendar, date(2024, 9, 27), date(2024, 10, 30)) == 20
    assert workdays_between(package_calendar, date(2024, 9, 27), date(2024, 10, 29)) == 19


def test_the_2025_spring_festival_counts_the_worked_sundays_and_saturdays(package_calendar):
    cal = package_calendar
    # 2025: 1/28–2/4 off; Sunday 1/26 and Saturday 2/8 worked.
    assert is_workday(cal, date(2025, 1, 26)) and is_workday(cal, date(2025, 2, 8))
    assert not any(is_workday(cal, date(2025, 1, 28 + i)) for i in range(4))
    assert not any(is_workday(cal, date(2025, 2, day)) for day in range(1, 5))
    # From Friday 24 January: 1/26 (1), 1/27 (2), 2/5 (3), 2/6 (4), 2/7 (5).
    assert add_workdays(cal, date(2025, 1, 24), 5) == date(2025, 2, 7)
    # ... 2/8 Sat (6), 2/10–2/14 (7–11), 2/17–2/21 (12–16), 2/24–2/27 (17–20).
    assert add_workdays(cal, date(2025, 1, 24), 20) == date(2025, 2, 27)


def test_counting_crosses_a_year_boundary_with_a_worked_saturday_in_december(package_calendar):
    cal = package_calendar
    # The 2019 New Year: Saturday 2018-12-29 worked, 12-30 to 2019-01-01 off.
    assert add_workdays(cal, date(2018, 12, 28), 1) == date(2018, 12, 29)
    assert add_workdays(cal, date(2018, 12, 28), 2) == date(2019, 1, 2)
    assert workdays_between(cal, date(2018, 12, 28), date(2019, 1, 2)) == 2
    assert add_workdays(cal, date(2024, 12, 31), 1) == date(2025, 1, 2)


def test_the_start_day_is_not_counted_and_zero_days_is_the_start_day_itself(package_calendar):
    assert add_workdays(package_calendar, date(2024, 10, 1), 0) == date(2024, 10, 1)
    assert add_workdays(package_calendar, date(2024, 10, 8), 1) == date(2024, 10, 9)
    assert workdays_between(package_calendar, date(2024, 10, 8), date(2024, 10, 8)) == 0
    assert workdays_between(package_calendar, date(2024, 10, 9), date(2024, 10, 8)) == 0


def test_a_negative_number_of_working_days_is_refused(package_calendar):
    with pytest.raises(ValueError):
        add_workdays(package_calendar, date(2024, 10, 8), -1)


def test_next_workday_keeps_a_working_day_and_moves_a_day_off_forward(package_calendar):
    assert next_workday(package_calendar, date(2024, 10, 1)) == date(2024, 10, 8)
    assert next_workday(package_calendar, date(2024, 9, 29)) == date(2024, 9, 29)  # worked Sunday
    assert next_workday(package_calendar, date(2024, 10, 8)) == date(2024, 10, 8)


def test_an_application_received_during_a_holiday_counts_from_the_next_working_day(package_calendar):
    cal = package_calendar
    # Received 2024-10-03 (off): deemed received 10/8, so day 1 is 10/9.
    assert statutory_deadline(cal, date(2024, 10, 3), 1) == date(2024, 10, 9)
    assert statutory_deadline(cal, date(2024, 10, 3), 1, non_workday_rolls_forward=False) == date(2024, 10, 8)
    assert statutory_deadline(cal, date(2024, 9, 27), 20) == date(2024, 10, 30)


def test_a_year_without_a_schedule_is_an_error_in_chinese_never_a_weekday_guess(package_calendar):
    with pytest.raises(CalendarYearMissing) as caught:
        is_workday(package_calendar, date(2099, 3, 2))
    assert caught.value.year == 2099
    assert str(caught.value) == caught.value.message == "2099年节假日安排尚未录入"
    # Staff views that show ApplicationError show this one too.
    assert isinstance(caught.value, ApplicationError)


def test_a_deadline_running_into_an_uncovered_year_names_that_year():
    cal = WorkCalendar(years=frozenset({2026}))
    assert add_workdays(cal, date(2026, 12, 1), 22) == date(2026, 12, 31)
    with pytest.raises(CalendarYearMissing, match="2027年节假日安排尚未录入"):
        add_workdays(cal, date(2026, 12, 1), 23)
    with pytest.raises(CalendarYearMissing, match="2027年"):
        workdays_between(cal, date(2026, 12, 1), date(2027, 1, 4))
    with pytest.raises(CalendarYearMissing, match="2027年"):
        next_workday(cal, date(2027, 1, 1))


def test_counting_only_needs_the_years_after_the_start_day():
    cal = WorkCalendar(years=frozenset({2027}))
    assert workdays_between(cal, date(2026, 12, 31), date(2027, 1, 1)) == 1


def test_a_day_cannot_be_both_off_and_worked():
    with pytest.raises(ValueError):
        WorkCalendar(
            holidays=frozenset({date(2024, 10, 12)}), makeup_workdays=frozenset({date(2024, 10, 12)})
        )
