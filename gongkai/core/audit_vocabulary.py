"""The audit vocabulary: every action code any app writes, registered once with its Chinese label.

Each app declares its codes in its own `audit_codes.py` (TextChoices classes); core finds them at start-up
(audit_codes_autodiscover) and keeps the registry, importing no domain app. Writing an unregistered code raises,
so a new action cannot reach a history page without a label people can read.
"""

from collections.abc import Mapping

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Choices

from .discovery import app_submodules

_LABELS: dict[str, str] = {}
_OWNERS: dict[str, str] = {}


class UnregisteredAuditCode(LookupError):
    """An audit or access-log code that no app registered."""


def audit_codes_register(codes: type[Choices] | Mapping[str, str], *, owner: str) -> None:
    """Register `codes` (value → Chinese label) for `owner` (an app label); a code belongs to one owner."""
    items = codes.choices if isinstance(codes, type) and issubclass(codes, Choices) else codes.items()
    for code, label in items:
        known = _OWNERS.get(code)
        if known is not None and (known != owner or _LABELS[code] != str(label)):
            raise ImproperlyConfigured(f"审计操作代码 {code!r} 已由 {known} 登记，不能重复登记。")
        if len(code) > 50:
            raise ImproperlyConfigured(f"审计操作代码 {code!r} 超过 50 个字符。")
        _LABELS[code], _OWNERS[code] = str(label), owner


def audit_code_check(code: str) -> None:
    if code not in _LABELS:
        raise UnregisteredAuditCode(
            f"审计操作代码 {code!r} 未登记中文名称：请在所属应用的 audit_codes.py 中登记后再使用。"
        )


def audit_label(code: str) -> str:
    """The Chinese label of `code`; an unregistered code (only in rows older than the registry) as it is."""
    return _LABELS.get(code, code)


def audit_codes() -> dict[str, str]:
    """Every registered code and its label (a copy)."""
    return dict(_LABELS)


def audit_codes_autodiscover() -> None:
    """Register every Choices class that an app's audit_codes module defines, owned by that app."""
    for config, module in app_submodules("audit_codes"):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Choices) and value.__module__ == module.__name__:
                audit_codes_register(value, owner=config.label)
