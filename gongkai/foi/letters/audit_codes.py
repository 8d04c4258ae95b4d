"""Audit codes written by the FOI letters, and the access-log code for opening one."""

from django.db import models


class LettersAudit(models.TextChoices):
    LETTER_GENERATE = "foi_letter_generate", "生成文书"
    LETTER_TEMPLATE_UPDATE = "foi_letter_template_update", "修改文书模板"
    LETTER_SETTINGS_UPDATE = "foi_letter_settings_update", "修改文书设置"
    DELIVERED_FILE_ADD = "foi_delivered_file_add", "添加送达文件"
    DELIVERED_FILE_REMOVE = "foi_delivered_file_remove", "删除送达文件"


class LettersAccess(models.TextChoices):
    VIEW_LETTER = "foi_view_letter", "查看文书"
