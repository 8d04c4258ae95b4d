"""One way for a shared room to find what each app declares for it: a module of a given name in every
installed app (`audit_codes`, `reminders`, `search_sources`), so the room imports no domain."""

from collections.abc import Iterator
from importlib import import_module
from types import ModuleType

from django.apps import AppConfig, apps
from django.utils.module_loading import module_has_submodule


def app_submodules(name: str) -> Iterator[tuple[AppConfig, ModuleType]]:
    """(app config, module) for every installed app that has a submodule called `name`."""
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, name):
            yield config, import_module(f"{config.name}.{name}")
