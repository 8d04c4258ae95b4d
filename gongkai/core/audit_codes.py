"""Audit codes written by core: sign-in and the administration console."""

from django.db import models

from .audit_vocabulary import audit_codes_register


class CoreAudit(models.TextChoices):
    LOGIN = "login", "登录"
    LOGIN_FAILED = "login_failed", "登录失败"
    ADMIN_ADD = "admin_add", "系统管理：新增"
    ADMIN_CHANGE = "admin_change", "系统管理：修改"
    ADMIN_DELETE = "admin_delete", "系统管理：删除"
    ROLES_CHANGE = "roles_change", "调整岗位角色"


def register() -> None:
    audit_codes_register(CoreAudit, owner="core")
