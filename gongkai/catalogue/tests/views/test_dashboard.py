"""The 工作台: each person's own work, the art. 26 clock, and the office's platform-wide view."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from gongkai.catalogue.choices import DocumentState
from gongkai.workdays.calendar import workdays_between
from gongkai.workdays.selectors import calendar_load

from .factories import make_document

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("catalogue:staff-dashboard")


def section(html: str, heading: str) -> str:
    return html.split(heading, 1)[1].split("</section>", 1)[0]


def formed_days_ago(workdays: int):
    """A date exactly `workdays` working days (official calendar) before today."""
    today, calendar = timezone.localdate(), calendar_load()
    day = today
    while workdays_between(calendar, day, today) < workdays:
        day -= timedelta(days=1)
    return day


def test_documents_waiting_for_my_step_appear_only_for_the_person_holding_it(client, org):
    first = make_document(org, title="等初审的文件", state=DocumentState.FIRST_REVIEW)
    make_document(org, key="health", title="卫健局等初审", state=DocumentState.FIRST_REVIEW)
    client.force_login(org.edu_first)
    mine = section(client.get(DASHBOARD).content.decode(), "待我审查")
    assert first.title in mine and "卫健局等初审" not in mine
    client.force_login(org.edu_second)
    assert first.title not in section(client.get(DASHBOARD).content.decode(), "待我审查")


def test_drafters_see_their_departments_drafts(client, org):
    make_document(org, title="教育局草稿")
    make_document(org, key="health", title="卫健局草稿")
    client.force_login(org.edu_drafter)
    drafts = section(client.get(DASHBOARD).content.decode(), "本部门草稿")
    assert "教育局草稿" in drafts and "卫健局草稿" not in drafts


@time_machine.travel(datetime(2024, 6, 20, 10, tzinfo=ZoneInfo("Asia/Shanghai")), tick=False)
def test_the_art_26_list_shows_due_soon_and_overdue_documents(client, org):
    make_document(org, title="快到期的", formed_on=formed_days_ago(17))
    make_document(org, title="已超期的", formed_on=formed_days_ago(25), state=DocumentState.SECOND_REVIEW)
    make_document(org, title="刚形成的", formed_on=formed_days_ago(3))
    make_document(org, title="已发布的", formed_on=formed_days_ago(25), state=DocumentState.PUBLISHED)
    client.force_login(org.edu_drafter)
    due = section(client.get(DASHBOARD).content.decode(), "公开时限提醒")
    soon, late = due.split("快到期的")[1].split("</li>")[0], due.split("已超期的")[1].split("</li>")[0]
    assert "即将到期" in soon and "已过17个工作日" in soon
    assert "已超期" in late and "已过25个工作日" in late
    assert "刚形成的" not in due and "已发布的" not in due
    client.force_login(org.health_drafter)
    assert "快到期的" not in client.get(DASHBOARD).content.decode()


@time_machine.travel(datetime(2099, 3, 2, 10, tzinfo=ZoneInfo("Asia/Shanghai")), tick=False)
def test_the_art_26_list_says_so_when_the_holiday_calendar_lacks_the_year(client, org):
    make_document(org, title="日历缺年份", formed_on=date(2099, 2, 1))
    client.force_login(org.edu_drafter)
    due = section(client.get(DASHBOARD).content.decode(), "公开时限提醒")
    assert "日历缺年份" in due and "无法计算期限" in due


def test_the_office_sees_counts_by_department_and_state(client, org):
    make_document(org)
    make_document(org, state=DocumentState.PUBLISHED)
    make_document(org, key="health", state=DocumentState.FIRST_REVIEW)
    client.force_login(org.office)
    counts = section(client.get(DASHBOARD).content.decode(), "全平台信息统计")
    assert org.edu.name in counts and org.health.name in counts
    assert '<td class="num">3</td>' in counts.split("合计</th>")[-1]  # grand total
    client.force_login(org.edu_approver)
    assert "全平台信息统计" not in client.get(DASHBOARD).content.decode()


def test_a_person_without_a_role_is_refused_in_chinese(client, org):
    client.force_login(org.citizen)
    response = client.get(DASHBOARD)
    assert response.status_code == 403
    assert "工作台仅对具有岗位角色的工作人员开放。" in response.content.decode()
