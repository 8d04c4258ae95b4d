"""The daily job of 依申请公开 (run at 08:00 by tasks.foi_daily): lapse what the statute closes, refresh due
dates, and remind handlers and the office. A plain function with today as a parameter; safe to run twice.

Reminders are in-app notifications (Notification): one per person, per department and per day (the `key`),
so a second run on the same day adds nothing.
"""

import logging
from dataclasses import dataclass, field
from datetime import date

from django.db import IntegrityError, transaction
from django.urls import reverse

from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import Department, Role, User
from gongkai.workdays.calendar import CalendarYearMissing
from gongkai.workdays.selectors import calendar_load, calendar_missing_next_year

from . import selectors
from .choices import OPEN_STATES
from .models import Application, Fee, Notification
from .rules import FOI_DEPARTMENT_ROLES
from .services import correction_lapse, due_dates_refresh, fee_lapse

log = logging.getLogger(__name__)


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
    """Create the notification unless this person already has one with this key; True when created."""
    if Notification.objects.filter(user=user, key=key).exists():
        return False
    try:
        with transaction.atomic():
            Notification.objects.create(
                user=user, key=key, title=title, body=body, link=link, created_on=today
            )
    except IntegrityError:  # another run got there first
        return False
    return True


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
        for user in _office_users():
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
        handlers = User.objects.filter(
            is_active=True,
            roles__department=department,
            roles__role__in=FOI_DEPARTMENT_ROLES,
        ).distinct()
        for user in handlers:
            result.notifications += notify(
                user=user,
                key=f"deadlines:{today}:{department.pk}",
                title=f"{department.name}依申请公开期限提醒",
                body=counts.text(),
                link=link,
                today=today,
            )
    if platform:
        for user in _office_users():
            result.notifications += notify(
                user=user,
                key=f"deadlines:{today}:all",
                title="全平台依申请公开期限提醒",
                body=counts.text(),
                link=link,
                today=today,
            )
    missing = calendar_missing_next_year(today=today)
    if missing:
        for user in _office_users():
            result.notifications += notify(
                user=user,
                key=f"calendar-missing:{today}:{missing}",
                title=f"{missing}年节假日安排尚未录入",
                body=f"请在国务院办公厅公布后录入{missing}年的节假日和调休安排，否则{missing}年的答复期限无法计算。",
                link=reverse("workdays:index"),
                today=today,
            )


def _office_users():
    return User.objects.filter(is_active=True, roles__role=Role.OFFICE).distinct()


def foi_daily_run(*, today: date) -> DailyResult:
    result = DailyResult()
    _lapse(today, result)
    result.due_dates_changed = due_dates_refresh()
    _remind(today, result)
    return result


def unread_notifications(user: User):
    return Notification.objects.filter(user=user, read_at__isnull=True).order_by("-created_on", "-id")
