from datetime import date

from gongkai.workdays.calendar import add_workdays, is_workday
from gongkai.workdays.models import CalendarSource, CalendarYear, Holiday, HolidayKind
from gongkai.workdays.selectors import calendar_load, calendar_missing_next_year, calendar_year_summaries


def test_the_loaded_calendar_counts_the_2024_national_day_holiday(seeded):
    assert add_workdays(calendar_load(), date(2024, 9, 27), 20) == date(2024, 10, 30)


def test_an_office_edit_counts_in_the_next_calendar_loaded(seeded):
    assert is_workday(calendar_load(), date(2024, 11, 4))
    Holiday.objects.create(date=date(2024, 11, 4), kind=HolidayKind.HOLIDAY, name="临时调整")
    assert not is_workday(calendar_load(), date(2024, 11, 4))


def test_next_year_is_reported_missing_only_from_1_december(db):
    CalendarYear.objects.filter(year=2031).delete()
    assert calendar_missing_next_year(today=date(2030, 11, 30)) is None
    assert calendar_missing_next_year(today=date(2030, 12, 1)) == 2031
    assert calendar_missing_next_year(today=date(2030, 12, 31)) == 2031
    CalendarYear.objects.create(year=2031, source=CalendarSource.MANUAL)
    assert calendar_missing_next_year(today=date(2030, 12, 1)) is None


def test_the_year_list_shows_this_year_and_next_even_before_anything_is_entered(seeded):
    summaries = {s.year: s for s in calendar_year_summaries(today=date(2040, 6, 1))}
    assert summaries[2040].covered is None and summaries[2041].holidays == 0
    assert summaries[2024].covered is not None
    assert summaries[2024].makeups == 8
