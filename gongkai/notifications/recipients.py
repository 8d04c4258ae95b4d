"""Who a reminder goes to: active people by role, in a department or in the government office."""

from collections.abc import Iterable

from gongkai.core.models import Department, Role, User


def office_users():
    return User.objects.filter(is_active=True, roles__role=Role.OFFICE).distinct()


def department_users(department: Department, roles: Iterable[str]):
    return User.objects.filter(
        is_active=True, roles__department=department, roles__role__in=list(roles)
    ).distinct()
