"""Audit events: every state change records actor, action, object, before/after and reason."""

from typing import Any

from django.db import models, transaction

from .audit_vocabulary import audit_code_check
from .models import AuditEvent, Department, User


def object_fields(
    *, actor: User | None, action: str, obj: models.Model, department: Department | None = None
) -> dict[str, Any]:
    """What every record about an object names (audit event, access log): who, which code, which object and
    its owning department (the object itself, its department or its issuer unless given)."""
    audit_code_check(action)
    if department is None and isinstance(obj, Department):
        department = obj
    elif department is None:
        department = getattr(obj, "department", None) or getattr(obj, "issuer", None)
    return {
        "actor": actor if actor is not None and actor.is_authenticated else None,
        "action": action,
        "object_type": obj._meta.label_lower,
        "object_id": str(obj.pk),
        "object_repr": str(obj)[:300],
        "department": department if isinstance(department, Department) else None,
    }


def audit_record(
    *,
    actor: User | None,
    action: str,
    obj: models.Model,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
    department: Department | None = None,
) -> AuditEvent:
    """Write one event; callers are inside the transaction of the change itself. `action` must be registered."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_record must run inside the transaction of the change it records")
    return AuditEvent.objects.create(
        **object_fields(actor=actor, action=action, obj=obj, department=department),
        before=before,
        after=after,
        reason=reason,
    )


def audit_history(obj: models.Model):
    """The events of one object, newest first."""
    return AuditEvent.objects.filter(object_type=obj._meta.label_lower, object_id=str(obj.pk)).select_related(
        "actor"
    )
