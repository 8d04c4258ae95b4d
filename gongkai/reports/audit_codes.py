"""Audit codes written by the annual reports."""

from django.db import models


class ReportsAudit(models.TextChoices):
    REPORT_GENERATE = "report_generate", "生成年度报告"
    REPORT_REGENERATE = "report_regenerate", "按最新数据重新统计"
    REPORT_UPDATE = "report_update", "修改年度报告"
    REPORT_SUBMIT = "report_submit", "提交年度报告审查"
    REPORT_RETURNED = "report_returned", "公开文件被退回，报告恢复为草稿"
