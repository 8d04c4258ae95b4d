"""Apps declare their reminder sources in `<app>/reminders.py` as SOURCES; this loads them at start-up."""

from importlib import import_module

from django.apps import apps
from django.utils.module_loading import module_has_submodule

from .daily import reminder_source_register


def reminder_sources_autodiscover() -> None:
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "reminders"):
            for source in getattr(import_module(f"{config.name}.reminders"), "SOURCES", ()):
                reminder_source_register(source)
