"""Who may generate, edit and submit which report."""

from django.db.models import Q

from gongkai.core.models import Department, Role, User
from gongkai.core.ownership import Policy, Rule, register
from gongkai.core.permissions import department_ids_with, is_office

from .choices import ReportScope, ReportState
from .models import AnnualReport
from .selectors.scope import government_office

# A department's approver or drafter prepares its own report; the office prepares any.
PREPARER_ROLES = (Role.APPROVER, Role.DRAFTER)


def issuer_of(report: AnnualReport) -> Department | None:
    """The department the catalogue document is issued by: itself, or the government office."""
    if report.scope == ReportScope.DEPARTMENT:
        return report.department
    return report.department if report.scope == ReportScope.GOVERNMENT else government_office()


def _region_for_the_issuer(user: User) -> Q | None:
    # The region-wide report has no department: the government office issues it.
    office = government_office()
    if office is not None and office.pk in department_ids_with(user, PREPARER_ROLES):
        return Q(scope=ReportScope.REGION)
    return None


def _issuer_id(report: AnnualReport) -> int | None:
    issuer = issuer_of(report)
    return issuer.pk if issuer is not None else None


# A report belongs to the department that issues it; its preparers see it, the office sees every report.
REPORTS = register(
    Policy(
        label="reports.AnnualReport",
        department_field="department",
        see_roles=PREPARER_ROLES,
        also_visible=_region_for_the_issuer,
        owner=_issuer_id,
        actions={
            "generate": (Rule(roles=PREPARER_ROLES, office=True),),
            "edit": (Rule(roles=PREPARER_ROLES, states=(ReportState.DRAFT,), office=True),),
            # Only the issuer's 信息员 submits: the 批准人 and the office see the report but may not.
            "submit": (Rule(roles=(Role.DRAFTER,), states=(ReportState.DRAFT,)),),
        },
    )
)


def has_reports_access(user: User) -> bool:
    return REPORTS.department_ids(user) != set()


def can_generate(user: User, scope: str, department: Department | None) -> bool:
    """The office generates every scope; a department's preparers only their own department's report."""
    if is_office(user):
        return True
    return scope == ReportScope.DEPARTMENT and REPORTS.allows_in(
        user, "generate", department.pk if department is not None else None
    )


def can_view(user: User, report: AnnualReport) -> bool:
    # The issuing department's preparers also see the government-level reports they must submit.
    return REPORTS.sees_department(user, _issuer_id(report))


def can_edit(user: User, report: AnnualReport) -> bool:
    return REPORTS.allows(user, "edit", report)


def can_submit(user: User, report: AnnualReport) -> bool:
    return REPORTS.allows(user, "submit", report)


def visible_reports(user: User):
    return REPORTS.visible(user, AnnualReport.objects.select_related("department", "document"))
