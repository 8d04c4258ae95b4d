"""Why table 3 does not balance: the applications whose records break the definitions, named one by one."""

from django.db.models import F, Q

from gongkai.foi.choices import FINISHED_STATES, Outcome

from .scope import Period
from .tables import _applications

# (what is wrong, the filter that finds it); each makes a column of table 3 not balance, or mislabels a row.
_CHECKS = (
    ("办结但没有办理结果（未落入任何结果行）", lambda p: Q(closed_on__range=(p.start, p.end), outcome="")),
    (
        "办理结果不属于本格式的结果行",
        lambda p: Q(closed_on__range=(p.start, p.end)) & ~Q(outcome="") & ~Q(outcome__in=Outcome.values),
    ),
    ("办结日期早于收到申请日期", lambda p: Q(closed_on__lt=F("received_on"), received_on__lte=p.end)),
    (
        "已办结但没有办结日期（会被计入结转下年度）",
        lambda p: Q(state__in=FINISHED_STATES, closed_on__isnull=True, received_on__lte=p.end),
    ),
)
MAX_LISTED = 20


def table3_problems(*, department_ids, year: int) -> list[dict]:
    """[{"message", "count", "applications": [{"id", "registration_no", "department"}]}], JSON-ready."""
    p = Period(year)
    found = []
    for message, condition in _CHECKS:
        qs = _applications(department_ids).filter(condition(p)).select_related("department").order_by("pk")
        count = qs.count()
        if count:
            found.append(
                {
                    "message": message,
                    "count": count,
                    "applications": [
                        {"id": a.pk, "registration_no": a.registration_no, "department": a.department.name}
                        for a in qs[:MAX_LISTED]
                    ],
                }
            )
    return found
