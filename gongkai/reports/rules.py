"""Who may generate, edit and submit which report."""

from django.db.models import Q

from gongkai.core.models import Department, Role, User
from gongkai.core.permissions import department_ids_with, has_role, is_office

from .choices import ReportScope, ReportState
from .models import AnnualReport
from .selectors.scope import government_office

# A department's approver or drafter prepares its own report; the office prepares any.
PREPARER_ROLES = (Role.APPROVER, Role.DRAFTER)


def has_reports_access(user: User) -> bool:
    return is_office(user) or bool(department_ids_with(user, PREPARER_ROLES))


def can_generate(user: User, scope: str, department: Department | None) -> bool:
    if is_office(user):
        return True
    return (
        scope == ReportScope.DEPARTMENT
        and department is not None
        and any(has_role(user, r, department) for r in PREPARER_ROLES)
    )


def can_view(user: User, report: AnnualReport) -> bool:
    # The issuing department's preparers also see the government-level reports they must submit.
    issuer = issuer_of(report)
    return can_generate(user, report.scope, report.department) or (
        issuer is not None and any(has_role(user, r, issuer) for r in PREPARER_ROLES)
    )


def can_edit(user: User, report: AnnualReport) -> bool:
    return report.state == ReportState.DRAFT and can_view(user, report)


def issuer_of(report: AnnualReport) -> Department | None:
    """The department the catalogue document is issued by: itself, or the government office."""
    if report.scope == ReportScope.DEPARTMENT:
        return report.department
    return report.department if report.scope == ReportScope.GOVERNMENT else government_office()


def can_submit(user: User, report: AnnualReport) -> bool:
    issuer = issuer_of(report)
    return report.state == ReportState.DRAFT and issuer is not None and has_role(user, Role.DRAFTER, issuer)


def visible_reports(user: User):
    qs = AnnualReport.objects.select_related("department", "document")
    if is_office(user):
        return qs
    mine = department_ids_with(user, PREPARER_ROLES)
    visible = Q(scope__in=(ReportScope.DEPARTMENT, ReportScope.GOVERNMENT), department_id__in=mine)
    office = government_office()
    if office is not None and office.pk in mine:
        visible |= Q(scope=ReportScope.REGION)
    return qs.filter(visible)
