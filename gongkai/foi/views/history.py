"""The 办理记录 of one application, for the shared history partial: labels, state changes, who acted."""

from gongkai.core.audit import audit_history
from gongkai.core.history import HistoryRow

from ..audit_codes import FoiAudit
from ..choices import State
from ..models import Application

# Events with no staff member behind them came from the applicant (public form, tracking page) or the
# daily job; only these two are the applicant's own.
_APPLICANT_ACTIONS = {FoiAudit.REGISTER, FoiAudit.WITHDRAW}
_STATES = dict(State.choices)
MAX_ROWS = 200


def _summary(before: dict, after: dict) -> str:
    old, new = before.get("state"), after.get("state")
    if new is None or old == new:
        return ""
    return (
        f"状态：{_STATES.get(old, old)} → {_STATES.get(new, new)}"
        if old
        else f"状态：{_STATES.get(new, new)}"
    )


def application_history_rows(application: Application) -> list[HistoryRow]:
    events = audit_history(application).order_by("-id")[:MAX_ROWS]
    return [
        HistoryRow(
            event,
            summary=_summary(event.before or {}, event.after or {}),
            nobody="申请人" if event.action in _APPLICANT_ACTIONS else "系统",
        )
        for event in events
    ]
