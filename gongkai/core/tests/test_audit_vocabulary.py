"""The audit vocabulary: every code the code base writes is registered once, with a Chinese label."""

import ast
import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction

import gongkai
from gongkai.core.access_log import access_record
from gongkai.core.audit import audit_record
from gongkai.core.audit_vocabulary import (
    UnregisteredAuditCode,
    audit_codes,
    audit_codes_register,
    audit_label,
)
from gongkai.core.models import AccessLog, AuditEvent

ROOT = Path(gongkai.__file__).resolve().parent

# Sites where the code is not written out: each names every value it can take, or None for a helper that
# only passes its caller's code on (the callers are scanned). A new such site fails the scan until listed.
DYNAMIC_SITES = {
    ("catalogue/services/review.py", "f'{kind}_pass'"): {"first_review_pass", "second_review_pass"},
    ("catalogue/services/review.py", "action"): None,  # _transition(..., action=...) passes it on
    ("foi/services/common.py", "f'foi_{action}'"): None,  # audit(actor, "<code>", ...) below adds foi_
    ("core/audit.py", "action"): None,  # the writers themselves
    ("core/access_log.py", "action"): None,
    ("core/admin.py", "action"): None,  # _audited_password_view(action=CoreAudit....)
    ("workflow/engine.py", "move.transition.audit"): None,  # every Transition(audit=...) is read below
    ("catalogue/services/review.py", "audit"): None,  # _step(..., audit) passes its 5th argument on
}


def _choices_classes() -> dict[str, type]:
    found = {}
    for config in apps.get_app_configs():
        if not config.name.startswith("gongkai."):
            continue
        try:
            module = importlib.import_module(f"{config.name}.audit_codes")
        except ModuleNotFoundError:
            continue
        found |= {
            name: value
            for name, value in vars(module).items()
            if isinstance(value, type)
            and issubclass(value, models.Choices)
            and value.__module__ == module.__name__
        }
    return found


def _values(node: ast.expr, classes: dict[str, type]) -> set[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        body, orelse = _values(node.body, classes), _values(node.orelse, classes)
        return None if body is None or orelse is None else body | orelse
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict):  # {"a": CODE, ...}[key]
        found = [_values(v, classes) for v in node.value.values]
        return None if None in found else set().union(*found)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in classes:
        return {getattr(classes[node.value.id], node.attr).value}
    return None


def _source_files():
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if "/tests/" in f"/{rel}" or "/migrations/" in rel:
            continue
        yield rel, ast.parse(path.read_text(encoding="utf-8"))


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def written_codes() -> tuple[set[str], list[str]]:
    """Every code passed as action= (or to the FOI audit helper) anywhere in the code; and unknown sites."""
    classes, codes, unknown = _choices_classes(), set(), []
    for rel, tree in _source_files():
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = _name(call.func)
            found = []
            if name != "add_argument":
                found += [kw.value for kw in call.keywords if kw.arg in ("action", "audit")]
            if name == "_step" and rel == "catalogue/services/review.py" and len(call.args) >= 5:
                found.append(call.args[4])
            if name == "audit" and rel.startswith("foi/") and len(call.args) >= 2:
                values = _values(call.args[1], classes)
                if values is None:
                    unknown.append(f"{rel}:{call.lineno} {ast.unparse(call.args[1])}")
                else:
                    codes |= {f"foi_{v}" for v in values}
            for node in found:
                values = _values(node, classes)
                site = (rel, ast.unparse(node))
                if values is not None:
                    codes |= values
                elif site in DYNAMIC_SITES:
                    codes |= DYNAMIC_SITES[site] or set()
                else:
                    unknown.append(f"{rel}:{call.lineno} {site[1]}")
    return codes, unknown


def test_every_code_the_code_base_writes_is_registered_and_every_registered_code_is_written():
    codes, unknown = written_codes()
    assert not unknown, f"审计代码无法静态确定，请写成登记的常量或列入 DYNAMIC_SITES：{unknown}"
    assert {"foi_reply", "first_review_pass", "holiday_create", "report_submit", "admin_bulk_delete"} <= codes
    assert sorted(codes - set(audit_codes())) == [], "未登记中文名称的审计代码"
    assert sorted(set(audit_codes()) - codes) == [], "登记了却无处写入的审计代码"


def test_every_label_is_chinese():
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in label) for label in audit_codes().values())


@pytest.mark.django_db
def test_an_unregistered_code_is_refused_and_nothing_is_written(org):
    with pytest.raises(UnregisteredAuditCode, match="未登记"), transaction.atomic():
        audit_record(actor=org.office, action="department_rename", obj=org.edu)
    with pytest.raises(UnregisteredAuditCode):
        access_record(actor=org.office, action="foi_peek", obj=org.edu)
    assert not AuditEvent.objects.exists() and not AccessLog.objects.exists()


@pytest.mark.django_db
def test_an_event_shows_its_chinese_label(org):
    with transaction.atomic():
        event = audit_record(actor=org.sysadmin, action="admin_change", obj=org.edu)
    assert event.label == "系统管理：修改" and "admin_change" not in str(event)


def test_a_code_cannot_be_registered_twice_with_another_label_or_by_another_app():
    with pytest.raises(ImproperlyConfigured):
        audit_codes_register({"foi_reply": "回复"}, owner="foi")
    with pytest.raises(ImproperlyConfigured):
        audit_codes_register({"foi_reply": audit_label("foi_reply")}, owner="reports")
    audit_codes_register({"foi_reply": audit_label("foi_reply")}, owner="foi")  # the same again is harmless
