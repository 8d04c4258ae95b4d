"""The access log: reads of personal data (an application, its identity proof, a letter), one row per read.

Kept apart from the audit trail so that a 办理记录 shows what was done, not who looked; the 公开办 reads
this log on its own page. Codes come from the same vocabulary as audit codes and must be registered.
"""

from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import models
from django.db.models import QuerySet
from django.utils import timezone

from .audit import object_fields
from .models import AccessLog, Department, User


def access_record(
    *,
    actor: User,
    action: str,
    obj: models.Model,
    ip_address: str | None = None,
    detail: dict[str, Any] | None = None,
) -> AccessLog:
    """Log that `actor` read `obj`'s personal data; the department is the object's owner."""
    return AccessLog.objects.create(
        **object_fields(actor=actor, action=action, obj=obj),
        detail=detail,
        ip_address=ip_address or None,
    )


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def access_log_list(
    *,
    actor: User | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    obj: str = "",
    department: Department | None = None,
) -> QuerySet[AccessLog]:
    """Rows newest first; `obj` matches the object's name or its number, dates are whole local days."""
    rows = AccessLog.objects.select_related("actor", "department")
    if actor is not None:
        rows = rows.filter(actor=actor)
    if department is not None:
        rows = rows.filter(department=department)
    if date_from is not None:
        rows = rows.filter(created_at__gte=_day_start(date_from))
    if date_to is not None:
        rows = rows.filter(created_at__lt=_day_start(date_to + timedelta(days=1)))
    if obj:
        rows = rows.filter(models.Q(object_repr__icontains=obj) | models.Q(object_id=obj))
    return rows
