"""The one daily job: every app registers a reminder source, and `daily_run` runs them all.

A source is a plain function `run(today) -> int` (notifications created) that is safe to run twice on the
same day: it writes through services.notify with a per-day key. Apps register their source from their
AppConfig.ready, so this room imports no domain. One failing source is logged and does not stop the others.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReminderSource:
    name: str
    label: str
    run: Callable[[date], int]
    order: int = 100  # lower runs first: a source that closes cases runs before those that count them


_SOURCES: dict[str, ReminderSource] = {}


def reminder_source_register(source: ReminderSource) -> None:
    _SOURCES[source.name] = source


def reminder_sources() -> list[ReminderSource]:
    return sorted(_SOURCES.values(), key=lambda s: (s.order, s.name))


@dataclass
class DailyRun:
    created: dict[str, int]
    failed: dict[str, str]

    @property
    def notifications(self) -> int:
        return sum(self.created.values())


def daily_run(*, today: date) -> DailyRun:
    run = DailyRun(created={}, failed={})
    for source in reminder_sources():
        try:
            run.created[source.name] = source.run(today)
        except Exception as exc:  # noqa: BLE001 - one broken source must not silence every other reminder
            log.exception("reminder source %s failed on %s", source.name, today)
            run.failed[source.name] = f"{type(exc).__name__}: {exc}"
    return run
