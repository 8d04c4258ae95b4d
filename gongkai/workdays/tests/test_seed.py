"""The table starts with every year the chinesecalendar package knows; re-seeding never undoes the office's work."""

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from gongkai.workdays.calendar import is_workday
from gongkai.workdays.models import CalendarSource, CalendarYear, Holiday, HolidayKind
from gongkai.workdays.seed import package_schedule, seed_from_package
from gongkai.workdays.selectors import calendar_load

# Test-only reference data (holiday-cn, MIT licence) kept beside the project, not inside it.
HOLIDAY_CN_DIR = Path(settings.BASE_DIR).parent / "shared" / "data" / "holidays"


def test_the_package_years_are_whole_published_years_from_2004_to_at_least_2026():
    years, days = package_schedule()
    assert set(range(2004, 2027)) <= years
    assert years == set(range(min(years), max(years) + 1))
    names = {s.name for s in days}
    assert {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"} <= names


def test_the_migration_seeds_every_package_year_as_covered(seeded):
    years, _ = package_schedule()
    assert (
        set(CalendarYear.objects.filter(source=CalendarSource.PACKAGE).values_list("year", flat=True))
        >= years
    )
    national_day = Holiday.objects.get(date=date(2024, 10, 1))
    assert (national_day.kind, national_day.name) == (HolidayKind.HOLIDAY, "国庆节")
    assert Holiday.objects.get(date=date(2024, 10, 12)).kind == HolidayKind.WORKDAY


def test_seeding_again_adds_nothing_and_says_so(seeded, capsys):
    before = Holiday.objects.count()
    assert seed_from_package(Holiday, CalendarYear).years == ()
    call_command("workdays_seed")
    assert "均已录入" in capsys.readouterr().out
    assert Holiday.objects.count() == before


def test_seeding_leaves_an_office_correction_in_place_and_restores_a_missing_year(seeded, capsys):
    Holiday.objects.filter(date=date(2024, 10, 7)).update(note="公开办核对")
    CalendarYear.objects.filter(year=2025).delete()
    Holiday.objects.filter(date__year=2025).exclude(date=date(2025, 10, 1)).delete()
    Holiday.objects.filter(date=date(2025, 10, 1)).update(name="国庆节（公开办录入）")

    call_command("workdays_seed")

    assert "已导入 2025 年" in capsys.readouterr().out
    assert Holiday.objects.get(date=date(2024, 10, 7)).note == "公开办核对"
    assert Holiday.objects.get(date=date(2025, 10, 1)).name == "国庆节（公开办录入）"
    assert Holiday.objects.filter(date=date(2025, 1, 28)).exists()
    assert CalendarYear.objects.get(year=2025).source == CalendarSource.PACKAGE


def _holiday_cn_days() -> tuple[dict[date, bool], set[int]]:
    """Every listed day (True = off) across all files, and the years whose schedule has been published."""
    days, published = {}, set()
    for path in sorted(HOLIDAY_CN_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["days"]:
            published.add(data["year"])
        for entry in data["days"]:
            days[date.fromisoformat(entry["date"])] = entry["isOffDay"]
    return days, published


@pytest.mark.skipif(
    not HOLIDAY_CN_DIR.is_dir(), reason="holiday-cn reference data (../shared/data/holidays) not present"
)
def test_the_seeded_calendar_agrees_with_the_holiday_cn_schedules_on_every_day(seeded):
    cal = calendar_load()
    listed, published = _holiday_cn_days()
    compared = sorted(cal.years & published)
    assert compared, "no year both seeded and published in the reference data"
    wrong = []
    for year in compared:
        d = date(year, 1, 1)
        while d.year == year:
            expected = (not listed[d]) if d in listed else d.weekday() < 5
            if is_workday(cal, d) != expected:
                wrong.append(d)
            d += timedelta(days=1)
    assert wrong == [], f"days that disagree with holiday-cn: {wrong[:10]}"
