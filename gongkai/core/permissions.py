"""Who holds which role where. Domain rooms build their object rules on these."""

from collections.abc import Iterable

from .models import Department, Role, RoleAssignment, User

# Roles that see and act across every department.
PLATFORM_ROLES = frozenset({Role.OFFICE, Role.SYSADMIN})


def _assignments(user: User) -> list[tuple[int, str]]:
    # Cached per user object: a request asks many times.
    cached = getattr(user, "_role_cache", None)
    if cached is None:
        cached = list(RoleAssignment.objects.filter(user=user).values_list("department_id", "role"))
        user._role_cache = cached
    return cached


def has_role(user: User, role: str, department: Department | int | None = None) -> bool:
    """True when `user` holds `role` (in `department` when given)."""
    if not user.is_authenticated or not user.is_active:
        return False
    dept_id = department.pk if isinstance(department, Department) else department
    return any(r == role and (dept_id is None or d == dept_id) for d, r in _assignments(user))


def department_ids_with(user: User, roles: Iterable[str]) -> set[int]:
    if not user.is_authenticated or not user.is_active:
        return set()
    wanted = set(roles)
    return {d for d, r in _assignments(user) if r in wanted}


def is_office(user: User) -> bool:
    return has_role(user, Role.OFFICE)


def is_sysadmin(user: User) -> bool:
    return has_role(user, Role.SYSADMIN)


def is_staff_member(user: User) -> bool:
    return bool(user.is_authenticated and user.is_active and _assignments(user))


def roles_summary(user: User) -> list[str]:
    names = dict(Department.objects.values_list("id", "name"))
    return [f"{names.get(d, '?')}·{Role(r).label}" for d, r in _assignments(user)]
