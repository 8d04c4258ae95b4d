"""Who may see and act on applications. Applicants' personal data: the handling department and the office only.

Within a department only the 信息员 (who handles) and the 批准人 (the head, who approves extensions) see
applications; the 保密审查 reviewers and the 系统管理员 do not, because they do not need the personal data.
"""

from gongkai.core.models import Department, Role, User
from gongkai.core.permissions import department_ids_with, has_role, is_office

from .models import Application

FOI_DEPARTMENT_ROLES = (Role.DRAFTER, Role.APPROVER)


def visible_applications(user: User):
    if is_office(user):
        return Application.objects.all()
    return Application.objects.filter(department_id__in=department_ids_with(user, FOI_DEPARTMENT_ROLES))


def visible_department_ids(user: User) -> set[int] | None:
    """Departments whose applications this person sees; None = every department (the office)."""
    if is_office(user):
        return None
    return department_ids_with(user, FOI_DEPARTMENT_ROLES)


def can_view(user: User, application: Application) -> bool:
    return is_office(user) or any(has_role(user, r, application.department_id) for r in FOI_DEPARTMENT_ROLES)


def can_handle(user: User, application: Application) -> bool:
    """Register, vet, correct, pause, reply, deliver, archive: the department's handlers or the office."""
    return is_office(user) or any(has_role(user, r, application.department_id) for r in FOI_DEPARTMENT_ROLES)


def can_register_for(user: User, department: Department) -> bool:
    return is_office(user) or any(has_role(user, r, department) for r in FOI_DEPARTMENT_ROLES)


def can_approve_extension(user: User, application: Application) -> bool:
    """条例第三十三条 "经政府信息公开工作机构负责人同意": the department head (批准人) or the office."""
    return is_office(user) or has_role(user, Role.APPROVER, application.department_id)


def can_transfer(user: User, application: Application) -> bool:
    return can_handle(user, application)


def has_foi_access(user: User) -> bool:
    """Whether the staff navigation shows 依申请公开 to this person."""
    return is_office(user) or bool(department_ids_with(user, FOI_DEPARTMENT_ROLES))
