"""Audit codes written by core: sign-in and the administration console."""

from django.db import models


class CoreAudit(models.TextChoices):
    LOGIN = "login", "登录"
    LOGIN_FAILED = "login_failed", "登录失败"
    ADMIN_ADD = "admin_add", "系统管理：新增"
    ADMIN_CHANGE = "admin_change", "系统管理：修改"
    ADMIN_DELETE = "admin_delete", "系统管理：删除"
    ADMIN_BULK_DELETE = "admin_bulk_delete", "系统管理：批量删除"
    ROLES_CHANGE = "roles_change", "调整岗位角色"
    PASSWORD_SET = "admin_password_set", "系统管理：重设密码"
    PASSWORD_CHANGE = "admin_password_change", "修改本人密码"
