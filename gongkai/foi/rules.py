"""Who may see and act on applications. Applicants' personal data: the handling department and the office only.

Within a department only the 信息员 (who handles) and the 批准人 (the head, who approves extensions) see
applications; the 保密审查 reviewers and the 系统管理员 do not, because they do not need the personal data.
The description is APPLICATIONS (core.ownership); the functions below are what views and services ask.
"""

from gongkai.core.models import Department, Role, User
from gongkai.core.ownership import Policy, Rule, register

from .models import Application

FOI_DEPARTMENT_ROLES = (Role.DRAFTER, Role.APPROVER)

APPLICATIONS = register(
    Policy(
        label="foi.Application",
        department_field="department",
        see_roles=FOI_DEPARTMENT_ROLES,
        actions={
            # Register, vet, correct, pause, reply, deliver, archive, transfer.
            "handle": (Rule(roles=FOI_DEPARTMENT_ROLES, office=True),),
            "register": (Rule(roles=FOI_DEPARTMENT_ROLES, office=True),),
            # 条例第三十三条 "经政府信息公开工作机构负责人同意": the department head (批准人) or the office.
            "approve_extension": (Rule(roles=(Role.APPROVER,), office=True),),
        },
    )
)


def visible_applications(user: User):
    return APPLICATIONS.visible(user, Application.objects.all())


def visible_department_ids(user: User) -> set[int] | None:
    """Departments whose applications this person sees; None = every department (the office)."""
    return APPLICATIONS.department_ids(user)


def can_view(user: User, application: Application) -> bool:
    return APPLICATIONS.sees_department(user, application.department_id)


def can_handle(user: User, application: Application) -> bool:
    """Register, vet, correct, pause, reply, deliver, archive: the department's handlers or the office."""
    return APPLICATIONS.allows(user, "handle", application)


def can_register_for(user: User, department: Department) -> bool:
    return APPLICATIONS.allows_in(user, "register", department.pk)


def can_approve_extension(user: User, application: Application) -> bool:
    return APPLICATIONS.allows(user, "approve_extension", application)


def can_transfer(user: User, application: Application) -> bool:
    return can_handle(user, application)


def has_foi_access(user: User) -> bool:
    """Whether the staff navigation shows 依申请公开 to this person."""
    return APPLICATIONS.department_ids(user) != set()
