"""Audit codes written by the working-day calendar."""

from django.db import models

from gongkai.core.audit_vocabulary import audit_codes_register


class WorkdaysAudit(models.TextChoices):
    HOLIDAY_CREATE = "holiday_create", "新增节假日安排"
    HOLIDAY_UPDATE = "holiday_update", "修改节假日安排"
    HOLIDAY_REMOVE = "holiday_remove", "删除节假日安排"
    CALENDAR_YEAR_CONFIRM = "calendar_year_confirm", "确认全年日历"


def register() -> None:
    audit_codes_register(WorkdaysAudit, owner="workdays")
