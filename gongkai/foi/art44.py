"""Reads for 条例第四十四条: groups of applications asking for similar information, and open proposals."""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from gongkai.core.models import Department, Role, User
from gongkai.core.permissions import department_ids_with

from .models import Application, ProposalState, PublicationProposal
from .similarity import DEFAULT_MIN_SIZE, DEFAULT_THRESHOLD, group_similar


def request_text(application: Application) -> str:
    return " ".join(
        filter(None, (application.info_title, application.info_doc_no, application.info_description))
    )


@dataclass(frozen=True)
class SimilarGroup:
    applications: list[Application]
    common: tuple[str, ...]
    department: Department  # the department asked most often (ties: the earliest asked)
    title: str  # the most frequent request name in the group, as the proposal's suggested title

    @property
    def size(self) -> int:
        return len(self.applications)


def similar_groups(
    *, start: date, end: date, threshold: float = DEFAULT_THRESHOLD, min_size: int = DEFAULT_MIN_SIZE
) -> list[SimilarGroup]:
    """Applications received in [start, end], grouped by similar requested information (office only)."""
    apps = list(
        Application.objects.filter(received_on__gte=start, received_on__lte=end)
        .select_related("department")
        .order_by("received_on", "id")
    )
    groups = []
    for g in group_similar([request_text(a) for a in apps], threshold=threshold, min_size=min_size):
        members = [apps[i] for i in g.members]
        by_department = Counter(a.department_id for a in members)
        top = max(by_department.values())
        department = next(a.department for a in members if by_department[a.department_id] == top)
        titles = Counter(a.info_title or a.info_description[:60] for a in members)
        groups.append(
            SimilarGroup(
                applications=members,
                common=g.common,
                department=department,
                title=titles.most_common(1)[0][0],
            )
        )
    return groups


def proposals_to_draft(*, user: User):
    """Open proposals for departments where this person is a 信息员."""
    return PublicationProposal.objects.filter(
        state=ProposalState.PROPOSED, department_id__in=department_ids_with(user, [Role.DRAFTER])
    ).select_related("department")
