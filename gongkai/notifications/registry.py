"""Apps declare their reminder sources in `<app>/reminders.py` as SOURCES; this loads them at start-up."""

from gongkai.core.discovery import app_submodules

from .daily import reminder_source_register


def reminder_sources_autodiscover() -> None:
    for _config, module in app_submodules("reminders"):
        for source in getattr(module, "SOURCES", ()):
            reminder_source_register(source)
