"""Scopes and states of an annual report, and the statutory deadlines (条例第四十九条、第五十条)."""

from django.db import models


class ReportScope(models.TextChoices):
    # A department's own report; the government's own (applications to the government and its office);
    # and the region-wide aggregate across every department, which governments publish alongside.
    DEPARTMENT = "department", "部门年度报告"
    GOVERNMENT = "government", "本级政府年度报告"
    REGION = "region", "全县汇总"


class ReportState(models.TextChoices):
    DRAFT = "draft", "草稿"
    IN_REVIEW = "in_review", "审查中"
    PUBLISHED = "published", "已发布"


# 条例第四十九条: departments publish by 31 January; 第五十条: the government's office by 31 March.
DEPARTMENT_DEADLINE = (1, 31)
DEPARTMENT_DEADLINE_BASIS = "《政府信息公开条例》第四十九条"
GOVERNMENT_DEADLINE = (3, 31)
GOVERNMENT_DEADLINE_BASIS = "《政府信息公开条例》第五十条"
# Reminders show from this many days before the deadline.
REMINDER_LEAD_DAYS = 60
