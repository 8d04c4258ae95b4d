"""Scopes and states of an annual report (the statutory deadlines are in workdays.statute)."""

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
