"""Audit codes written by the working-day calendar."""

from django.db import models


class WorkdaysAudit(models.TextChoices):
    HOLIDAY_CREATE = "holiday_create", "新增节假日安排"
    HOLIDAY_UPDATE = "holiday_update", "修改节假日安排"
    HOLIDAY_REMOVE = "holiday_remove", "删除节假日安排"
    CALENDAR_YEAR_CONFIRM = "calendar_year_confirm", "确认全年日历"
