"""Separation of duties between roles: which roles one person should not hold together in one department.

Only a warning for the administration console: a small township may have to combine roles, and the
review itself refuses one person taking two steps of one document's round.
"""

from dataclasses import dataclass

from .models import Department, Role, RoleAssignment, User

REVIEW_ROLES = (Role.FIRST_REVIEWER, Role.SECOND_REVIEWER, Role.APPROVER)


@dataclass(frozen=True)
class RoleConflict:
    department: Department
    roles: tuple[Role, ...]

    @property
    def message(self) -> str:
        names = "、".join(role.label for role in self.roles)
        why = "既起草又审查" if Role.DRAFTER in self.roles else "承担两个以上审查环节"
        return (
            f"提醒：该人员在{self.department.name}同时担任{names}，{why}，不符合分工制衡的要求。"
            "已保存；请确认确有必要，同一文件的各审查环节仍须由不同人员办理。"
        )


def _conflicting(roles: set[str]) -> bool:
    reviews = roles.intersection(REVIEW_ROLES)
    return len(reviews) >= 2 or (Role.DRAFTER in roles and bool(reviews))


def role_conflicts(*, user: User) -> list[RoleConflict]:
    """Departments in which `user` holds conflicting roles, with those roles in workflow order."""
    by_department: dict[int, set[str]] = {}
    departments: dict[int, Department] = {}
    for assignment in RoleAssignment.objects.filter(user=user).select_related("department"):
        by_department.setdefault(assignment.department_id, set()).add(assignment.role)
        departments[assignment.department_id] = assignment.department
    order = (Role.DRAFTER, *REVIEW_ROLES)
    return [
        RoleConflict(departments[pk], tuple(role for role in order if role in roles))
        for pk, roles in by_department.items()
        if _conflicting(roles)
    ]
