"""条例第二十六条's reminder source: each department's 信息员 and 批准人 are told every day while information
of theirs is near or past the 20-working-day publication limit, and the office gets the platform's total."""

from collections import defaultdict
from datetime import date

from django.urls import reverse

from gongkai.core.models import Role
from gongkai.notifications.daily import ReminderSource
from gongkai.notifications.recipients import department_users, office_users
from gongkai.notifications.services import notify
from gongkai.workdays.statute import PROACTIVE_PUBLICATION_WORKDAYS

from .models import Document
from .selectors import document_list_publication_due

SOURCE = "catalogue"
RECIPIENT_ROLES = (Role.DRAFTER, Role.APPROVER)


def _text(due: list) -> str:
    overdue = sum(1 for _, clock in due if clock.overdue)
    unknown = sum(1 for _, clock in due if clock.elapsed is None)
    text = (
        f"{len(due)}件主动公开信息临近或超过条例第二十六条规定的{PROACTIVE_PUBLICATION_WORKDAYS}个工作日"
        f"公开期限，其中已超期{overdue}件。"
    )
    return text + (f"另有{unknown}件因工作日历缺失无法计算期限。" if unknown else "")


def publication_reminders(today: date) -> int:
    due = document_list_publication_due(documents=Document.objects.all(), today=today)
    if not due:
        return 0
    by_department = defaultdict(list)
    for document, clock in due:
        by_department[document.issuer].append((document, clock))
    link, created = reverse("catalogue:staff-dashboard"), 0
    for department, items in by_department.items():
        for user in department_users(department, RECIPIENT_ROLES):
            created += notify(
                user=user,
                source=SOURCE,
                key=f"publication-due:{today}:{department.pk}",
                title=f"{department.name}主动公开期限提醒",
                body=_text(items),
                link=link,
                today=today,
            )
    for user in office_users():
        created += notify(
            user=user,
            source=SOURCE,
            key=f"publication-due:{today}:all",
            title="全平台主动公开期限提醒",
            body=_text(due),
            link=link,
            today=today,
        )
    return created


SOURCES = [ReminderSource(name=SOURCE, label="主动公开期限", run=publication_reminders)]
