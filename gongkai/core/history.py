"""One row of an object's history as the shared partial core/_history.html shows it.

The label always comes from the audit vocabulary; a domain adds what it knows how to say about its own
snapshots (a one-line summary, the changed fields in Chinese).
"""

from dataclasses import dataclass, field

from .models import AuditEvent


@dataclass
class HistoryRow:
    event: AuditEvent
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (field label, before, after)
    summary: str = ""  # the one fact worth reading without opening the details
    reason_label: str = "理由"
    nobody: str = "系统"  # who an event without a person is shown as

    @property
    def label(self) -> str:
        return self.event.label


def history_rows_plain(events) -> list[HistoryRow]:
    """Rows with the label and reason only, for histories whose snapshots need no explaining."""
    return [HistoryRow(event) for event in events]
