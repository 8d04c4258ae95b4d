"""Which departments' data a report counts, and the year's boundaries."""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from gongkai.core.models import Department, DepartmentKind

from ..choices import ReportScope


@dataclass(frozen=True)
class Period:
    year: int

    @property
    def start(self) -> date:
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        return date(self.year, 12, 31)

    @property
    def start_at(self) -> datetime:
        return timezone.make_aware(datetime(self.year, 1, 1))

    @property
    def next_start_at(self) -> datetime:
        return timezone.make_aware(datetime(self.year + 1, 1, 1))


def scope_department_ids(scope: str, department: Department | None) -> list[int] | None:
    """None means every department (全县汇总).

    本级政府 counts what was addressed to the government itself and its office, which handles the government's
    applications and publishes in its name; a department report counts that department only.
    """
    if scope == ReportScope.REGION:
        return None
    if scope == ReportScope.GOVERNMENT:
        ids = {department.pk}
        if department.parent_id:
            ids.add(department.parent_id)
        ids |= set(
            Department.objects.filter(
                kind__in=(DepartmentKind.GOVERNMENT, DepartmentKind.OFFICE)
            ).values_list("pk", flat=True)
        )
        return sorted(ids)
    return [department.pk]


def government_office() -> Department | None:
    """The office that publishes the government's report and the region-wide aggregate."""
    return (
        Department.objects.filter(kind=DepartmentKind.OFFICE, is_active=True)
        .order_by("sort_order", "id")
        .first()
    )
