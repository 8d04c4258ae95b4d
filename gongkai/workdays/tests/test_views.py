from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from gongkai.core.models import AuditEvent
from gongkai.workdays.models import CalendarYear, Holiday, HolidayKind

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def office_client(client, org, seeded):
    client.force_login(org.office)
    return client


def test_the_office_sees_the_years_and_their_coverage(office_client):
    response = office_client.get(reverse("workdays:index"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "2024年" in page and "已录入" in page
    assert 'href="/staff/workdays/"' in page  # the nav link


def test_the_office_adds_a_day_and_it_is_listed_and_audited(office_client, org):
    url = reverse("workdays:year", args=[2027])
    response = office_client.post(
        url, {"date": "2027-10-01", "kind": "holiday", "name": "国庆节", "note": ""}
    )
    assert response.status_code == 302
    assert Holiday.objects.get(date=date(2027, 10, 1)).name == "国庆节"
    assert AuditEvent.objects.filter(action="holiday_create", actor=org.office).exists()
    page = office_client.get(url).content.decode()
    assert "2027年10月1日" in page and "已保存" in page


def test_a_refused_day_shows_the_reason_and_keeps_what_was_typed(office_client):
    response = office_client.post(
        reverse("workdays:year", args=[2027]),
        {"date": "2027-10-08", "kind": "workday", "name": "国庆节调休", "note": "国办发明电"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "调休上班日应为周六或周日" in page
    assert 'value="2027-10-08"' in page and 'value="国庆节调休"' in page and 'value="国办发明电"' in page
    assert not Holiday.objects.filter(date=date(2027, 10, 8)).exists()


def test_the_office_deletes_a_day_with_a_post(office_client):
    day = Holiday.objects.get(date=date(2024, 10, 7))
    url = reverse("workdays:holiday-delete", args=[2024, day.pk])
    assert office_client.get(url).status_code == 405
    assert office_client.post(url).status_code == 302
    assert not Holiday.objects.filter(pk=day.pk).exists()
    assert AuditEvent.objects.filter(action="holiday_remove").exists()


def test_the_office_confirms_a_year_from_its_page(office_client, org):
    CalendarYear.objects.filter(year=2027).delete()
    Holiday.objects.create(date=date(2027, 1, 1), kind=HolidayKind.HOLIDAY, name="元旦")
    page = office_client.get(reverse("workdays:year", args=[2027])).content.decode()
    assert "确认本年度安排已录入" in page
    with time_machine.travel(datetime(2026, 12, 20, 9, tzinfo=SHANGHAI)):
        office_client.force_login(org.office)  # a month later the idle session has expired
        response = office_client.post(reverse("workdays:year-confirm", args=[2027]), follow=True)
    assert "已确认2027年" in response.content.decode()
    assert CalendarYear.objects.get(year=2027).confirmed_by == org.office


def test_confirming_an_empty_year_explains_why_not(office_client, org):
    CalendarYear.objects.filter(year=2027).delete()
    Holiday.objects.filter(date__year=2027).delete()
    with time_machine.travel(datetime(2026, 12, 20, 9, tzinfo=SHANGHAI)):
        office_client.force_login(org.office)
        response = office_client.post(reverse("workdays:year-confirm", args=[2027]), follow=True)
    assert "尚未录入2027年的任何放假日期" in response.content.decode()
    assert not CalendarYear.objects.filter(year=2027).exists()


@pytest.mark.parametrize("who", ["edu_drafter", "edu_approver", "sysadmin"])
def test_other_staff_get_403_and_change_nothing(client, org, seeded, who):
    client.force_login(getattr(org, who))
    assert client.get(reverse("workdays:index")).status_code == 403
    response = client.post(
        reverse("workdays:year", args=[2027]), {"date": "2027-10-01", "kind": "holiday", "name": "国庆节"}
    )
    assert response.status_code == 403
    assert not Holiday.objects.filter(date=date(2027, 10, 1)).exists()


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(reverse("workdays:index"))
    assert response.status_code == 302 and reverse("core:login") in response["Location"]


def test_the_office_is_warned_from_1_december_when_next_year_is_missing(office_client, org):
    CalendarYear.objects.filter(year=2027).delete()
    with time_machine.travel(datetime(2026, 11, 30, 12, tzinfo=SHANGHAI)):
        office_client.force_login(org.office)
        assert "2027年节假日安排尚未录入" not in office_client.get(reverse("workdays:index")).content.decode()
    # 00:30 in Beijing is still 30 November in UTC: the warning follows local time.
    with time_machine.travel(datetime(2026, 12, 1, 0, 30, tzinfo=SHANGHAI)):
        office_client.force_login(org.office)
        page = office_client.get(reverse("workdays:index")).content.decode()
    assert "2027年节假日安排尚未录入" in page


def test_the_year_jump_goes_to_that_year_and_rejects_nonsense(office_client):
    response = office_client.get(reverse("workdays:index"), {"year": "2031"})
    assert response.status_code == 302 and response["Location"] == reverse("workdays:year", args=[2031])
    assert (
        "请输入1990至2100之间的年份"
        in office_client.get(reverse("workdays:index"), {"year": "abc"}).content.decode()
    )
    assert office_client.get(reverse("workdays:year", args=[3000])).status_code == 404


@pytest.mark.parametrize("year", ["²", "①", "٢٠٣١", "9" * 10_000, "2_031"])
def test_a_year_jump_with_a_non_ascii_or_huge_number_is_refused_not_a_server_error(office_client, year):
    response = office_client.get(reverse("workdays:index"), {"year": year})
    assert response.status_code == 200
    assert "请输入1990至2100之间的年份" in response.content.decode()
