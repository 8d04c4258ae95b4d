"""The daily duty of 依申请公开 (the "foi" reminder source of the one daily job): lapse what the statute
closes, refresh due dates, and remind handlers and the office. A plain function with today as a parameter;
safe to run twice.

Reminders are 站内通知: one per person, per department and per day (the `key`), so a second run on the same
day adds nothing.
"""

import logging
from dataclasses import dataclass, field
from datetime import date

from django.urls import reverse

from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Department, User
from gongkai.notifications.recipients import department_users, office_users
from gongkai.notifications.services import notify as notification_send
from gongkai.workdays.calendar import CalendarYearMissing
from gongkai.workdays.selectors import calendar_load

from . import selectors
from .choices import OPEN_STATES
from .models import Application, Fee
from .rules import FOI_DEPARTMENT_ROLES
from .services import correction_lapse, due_dates_refresh, fee_lapse

log = logging.getLogger(__name__)
SOURCE = "foi"


@dataclass
class DailyResult:
    lapsed_corrections: list[int] = field(default_factory=list)
    lapsed_fees: list[int] = field(default_factory=list)
    due_dates_changed: int = 0
    notifications: int = 0


def _lapse(today: date, result: DailyResult) -> None:
    awaiting = Application.objects.filter(
        state__in=OPEN_STATES,
        correction__corrected_on__isnull=True,
        correction__deadline_on__lt=today,
    )
    for application in awaiting:
        try:
            correction_lapse(actor=None, application=application, as_of=today)
            result.lapsed_corrections.append(application.pk)
        except ApplicationError as exc:  # changed meanwhile: the next run looks again
            log.warning("correction lapse skipped for %s: %s", application.pk, exc.message)
    unpaid = Fee.objects.filter(application__state__in=OPEN_STATES, paid_on__isnull=True, pay_by__lt=today)
    for fee in unpaid.select_related("application"):
        try:
            fee_lapse(actor=None, application=fee.application, as_of=today)
            result.lapsed_fees.append(fee.application_id)
        except ApplicationError as exc:
            log.warning("fee lapse skipped for %s: %s", fee.application_id, exc.message)


@dataclass(frozen=True)
class Counts:
    due_soon: int
    overdue: int
    paused: int

    def __bool__(self) -> bool:
        return bool(self.due_soon or self.overdue or self.paused)

    def text(self) -> str:
        return f"即将到期（5个工作日内）{self.due_soon}件，已超期{self.overdue}件，暂停计时{self.paused}件。"


def counts_for(*, today: date, departments=None, calendar=None) -> Counts:
    return Counts(
        due_soon=selectors.application_list_due_soon(
            as_of=today, departments=departments, calendar=calendar
        ).count(),
        overdue=selectors.application_list_overdue(as_of=today, departments=departments).count(),
        paused=selectors.application_list_paused(departments=departments).count(),
    )


def notify(*, user: User, key: str, title: str, body: str, link: str, today: date) -> bool:
    return notification_send(
        user=user, source=SOURCE, key=key, title=title, body=body, link=link, today=today
    )


def _remind(today: date, result: DailyResult) -> None:
    link = reverse("foi:staff-list")
    try:
        calendar = calendar_load()
        per_department = {
            d: counts_for(today=today, departments=[d.pk], calendar=calendar)
            for d in Department.objects.filter(foi_applications__state__in=OPEN_STATES).distinct()
        }
        platform = counts_for(today=today, calendar=calendar)
    except CalendarYearMissing as exc:
        per_department, platform = {}, None
        for user in office_users():
            result.notifications += notify(
                user=user,
                key=f"calendar-broken:{today}",
                title="工作日历缺失，无法计算答复期限",
                body=exc.message,
                link=reverse("workdays:index"),
                today=today,
            )
    for department, counts in per_department.items():
        if not counts:
            continue
        for user in department_users(department, FOI_DEPARTMENT_ROLES):
            result.notifications += notify(
                user=user,
                key=f"deadlines:{today}:{department.pk}",
                title=f"{department.name}依申请公开期限提醒",
                body=counts.text(),
                link=link,
                today=today,
            )
    if platform:
        for user in office_users():
            result.notifications += notify(
                user=user,
                key=f"deadlines:{today}:all",
                title="全平台依申请公开期限提醒",
                body=counts.text(),
                link=link,
                today=today,
            )


def foi_daily_run(*, today: date) -> DailyResult:
    result = DailyResult()
    _lapse(today, result)
    result.due_dates_changed = due_dates_refresh()
    _remind(today, result)
    return result
