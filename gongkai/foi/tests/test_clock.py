"""The reply clock under the official calendar (2024 国庆, 2025 春节, 调休 weekends), without the database."""

from datetime import date

import pytest

from gongkai.foi.clock import (
    AWAITING_CORRECTION,
    PAUSED,
    RUNNING,
    STOPPED,
    ClockInput,
    PauseSpan,
    correction_notice_clock,
    reply_clock,
)
from gongkai.workdays.calendar import CalendarYearMissing


def due(cal, inp, **kw):
    return reply_clock(cal, inp, as_of=inp.received_on, **kw).due_on


def test_reply_is_due_on_the_20th_working_day_across_national_day_2024(cal):
    # Fri 27 Sep; Sun 29 Sep worked, 1–7 Oct off, Sat 12 Oct worked.
    assert due(cal, ClockInput(received_on=date(2024, 9, 27))) == date(2024, 10, 30)


def test_receipt_on_a_saturday_counts_from_the_next_working_day(cal):
    # Sat 28 Sep is deemed received on Sun 29 Sep (a make-up working day), so the count starts after it.
    assert due(cal, ClockInput(received_on=date(2024, 9, 28))) == date(2024, 10, 31)


def test_the_rolling_rule_can_be_switched_off(cal):
    assert due(cal, ClockInput(received_on=date(2024, 9, 28)), rolls_forward=False) == date(2024, 10, 30)


def test_spring_festival_2025_and_its_makeup_weekends_are_respected(cal):
    # Fri 24 Jan: Sun 26 Jan worked, 28 Jan–4 Feb off, Sat 8 Feb worked.
    assert due(cal, ClockInput(received_on=date(2025, 1, 24))) == date(2025, 2, 27)


def test_a_deadline_runs_across_the_year_boundary(cal):
    # 20 Dec 2024: New Year's Day 2025 is off.
    assert due(cal, ClockInput(received_on=date(2024, 12, 20))) == date(2025, 1, 20)
    assert due(cal, ClockInput(received_on=date(2024, 12, 31))) == date(2025, 2, 5)


def test_a_year_without_a_schedule_is_an_error_never_a_weekday_guess(cal):
    with pytest.raises(CalendarYearMissing) as exc:
        reply_clock(cal, ClockInput(received_on=date(2099, 3, 2)), as_of=date(2099, 3, 2))
    assert exc.value.message == "2099年节假日安排尚未录入"


def test_a_deadline_reaching_into_an_unentered_year_is_an_error(cal):
    last = max(cal.years)
    with pytest.raises(CalendarYearMissing) as exc:
        due(cal, ClockInput(received_on=date(last, 12, 20)))
    assert exc.value.year == last + 1


def test_no_deadline_runs_while_a_correction_is_awaited(cal):
    clock = reply_clock(
        cal,
        ClockInput(received_on=date(2024, 9, 27), correction_sent_on=date(2024, 9, 30)),
        as_of=date(2024, 10, 8),
    )
    assert clock.status == AWAITING_CORRECTION
    assert clock.due_on is None


def test_a_correction_restarts_the_twenty_days_from_its_arrival(cal):
    inp = ClockInput(
        received_on=date(2024, 9, 2), correction_sent_on=date(2024, 9, 4), corrected_on=date(2024, 9, 27)
    )
    assert due(cal, inp) == date(2024, 10, 30)


def test_a_correction_arriving_on_a_holiday_counts_from_the_next_working_day(cal):
    inp = ClockInput(
        received_on=date(2024, 9, 2), correction_sent_on=date(2024, 9, 4), corrected_on=date(2024, 10, 3)
    )
    # Deemed arrived Tue 8 Oct; 20 working days later (Sat 12 Oct worked) is Mon 4 Nov.
    assert due(cal, inp) == date(2024, 11, 4)


def test_an_extension_adds_its_working_days(cal):
    inp = ClockInput(received_on=date(2024, 9, 27), extension_days=20)
    # 40 working days after 27 Sep 2024.
    assert due(cal, inp) == date(2024, 11, 27)


def test_an_open_pause_stops_the_clock(cal):
    inp = ClockInput(received_on=date(2024, 9, 27), pauses=(PauseSpan(date(2024, 10, 8)),))
    clock = reply_clock(cal, inp, as_of=date(2024, 10, 20))
    assert clock.status == PAUSED
    assert clock.due_on is None
    assert clock.paused_since == date(2024, 10, 8)


def test_the_working_days_of_a_closed_pause_are_not_counted(cal):
    # Paused Tue 8 Oct → Fri 11 Oct: 9, 10, 11 Oct = 3 working days added to 30 Oct.
    inp = ClockInput(
        received_on=date(2024, 9, 27), pauses=(PauseSpan(date(2024, 10, 8), date(2024, 10, 11)),)
    )
    assert due(cal, inp) == date(2024, 11, 4)


def test_a_pause_over_a_makeup_saturday_counts_that_saturday(cal):
    # Fri 11 Oct → Mon 14 Oct 2024: Sat 12 Oct (worked) and Mon 14 Oct = 2 working days.
    inp = ClockInput(
        received_on=date(2024, 9, 27), pauses=(PauseSpan(date(2024, 10, 11), date(2024, 10, 14)),)
    )
    assert due(cal, inp) == date(2024, 11, 1)


def test_several_pauses_add_up(cal):
    inp = ClockInput(
        received_on=date(2024, 9, 27),
        pauses=(
            PauseSpan(date(2024, 10, 8), date(2024, 10, 11)),
            PauseSpan(date(2024, 10, 14), date(2024, 10, 15)),
        ),
    )
    assert due(cal, inp) == date(2024, 11, 5)


def test_a_pause_before_a_correction_restart_does_not_count(cal):
    inp = ClockInput(
        received_on=date(2024, 9, 2),
        correction_sent_on=date(2024, 9, 3),
        corrected_on=date(2024, 9, 27),
        pauses=(PauseSpan(date(2024, 9, 3), date(2024, 9, 10)),),
    )
    assert due(cal, inp) == date(2024, 10, 30)


def test_an_art35_date_replaces_an_earlier_due_date(cal):
    inp = ClockInput(received_on=date(2024, 9, 27), fixed_due_on=date(2024, 12, 31))
    assert due(cal, inp) == date(2024, 12, 31)


def test_working_days_left_count_down_to_zero_and_go_negative_when_overdue(cal):
    inp = ClockInput(received_on=date(2024, 9, 27))
    assert reply_clock(cal, inp, as_of=date(2024, 9, 30)).days_left == 18  # 1–7 Oct off; Sat 12 Oct worked
    on_due = reply_clock(cal, inp, as_of=date(2024, 10, 30))
    assert on_due.days_left == 0 and not on_due.overdue
    assert on_due.label == "今天是答复期限的最后一天"
    late = reply_clock(cal, inp, as_of=date(2024, 11, 1))
    assert late.days_left == -2 and late.overdue
    assert late.label == "已超期2个工作日"
    assert reply_clock(cal, inp, as_of=date(2024, 10, 28)).label == "剩余2个工作日"


def test_a_finished_application_keeps_its_due_date_but_no_countdown(cal):
    clock = reply_clock(cal, ClockInput(received_on=date(2024, 9, 27), finished=True), as_of=date(2025, 1, 1))
    assert clock.status == STOPPED
    assert clock.due_on == date(2024, 10, 30)
    assert clock.days_left is None


def test_running_status_when_nothing_stops_the_clock(cal):
    assert (
        reply_clock(cal, ClockInput(received_on=date(2024, 9, 27)), as_of=date(2024, 9, 27)).status == RUNNING
    )


def test_the_correction_notice_is_due_seven_working_days_after_receipt(cal):
    notice = correction_notice_clock(cal, date(2024, 9, 27), as_of=date(2024, 9, 30))
    assert notice.due_on == date(2024, 10, 12)  # the worked Saturday
    assert notice.days_left == 5 and not notice.warning


def test_the_correction_notice_warns_when_two_working_days_or_fewer_remain(cal):
    assert correction_notice_clock(cal, date(2024, 9, 27), as_of=date(2024, 10, 10)).warning
    late = correction_notice_clock(cal, date(2024, 9, 27), as_of=date(2024, 10, 14))
    assert late.days_left == -1 and late.warning
    assert "已超过法定期限" in late.label
