"""条例第二十六条 clock: counted in official working days, 国庆 and 调休 included."""

import datetime as dt

import pytest

from gongkai.catalogue.deadlines import publication_clock
from gongkai.catalogue.models import Document
from gongkai.catalogue.selectors import document_list_publication_due
from gongkai.workdays.selectors import calendar_load

pytestmark = pytest.mark.django_db


def test_the_clock_skips_the_national_day_holiday_and_counts_the_makeup_saturday():
    calendar = calendar_load()
    # Formed Friday 2024-09-27. Working days after it: 9-29 (调休 Sunday), 9-30, then 10-08 .. 10-12 (Saturday
    # 10-12 worked) ... so 2024-10-30 is the 20th working day and 2024-10-31 the 21st.
    assert (
        publication_clock(
            formed_on=dt.date(2024, 9, 27), today=dt.date(2024, 10, 30), calendar=calendar
        ).elapsed
        == 20
    )
    late = publication_clock(formed_on=dt.date(2024, 9, 27), today=dt.date(2024, 10, 31), calendar=calendar)
    assert late.overdue and "已超过法定期限" in late.label
    assert not publication_clock(
        formed_on=dt.date(2024, 9, 27), today=dt.date(2024, 10, 8), calendar=calendar
    ).needs_attention


def test_an_uncovered_year_is_an_explicit_problem_not_a_weekday_guess():
    clock = publication_clock(
        formed_on=dt.date(2099, 3, 1), today=dt.date(2099, 4, 1), calendar=calendar_load()
    )
    assert clock.elapsed is None and clock.needs_attention
    assert "2099年节假日安排尚未录入" in clock.label


def test_unpublished_information_past_fifteen_working_days_is_listed_for_staff(
    org, make_draft, review_through
):
    today = dt.date(2024, 10, 30)
    make_draft(title="逾期未公开", formed_on=dt.date(2024, 9, 27))
    make_draft(title="刚形成", formed_on=dt.date(2024, 10, 25))
    published = review_through(make_draft(title="已公开", formed_on=dt.date(2024, 9, 2)))
    withheld = make_draft(title="依申请", formed_on=dt.date(2024, 9, 2), disclosure_attr="on_request")
    listed = document_list_publication_due(documents=Document.objects.all(), today=today)
    assert [(d.title, c.elapsed) for d, c in listed] == [("逾期未公开", 20)]
    assert published not in [d for d, _ in listed] and withheld not in [d for d, _ in listed]
