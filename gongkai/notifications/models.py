"""站内通知: one inbox for every app. Apps write through services.notify; nobody else creates rows."""

from django.db import models

from gongkai.core.models import User


class Notification(models.Model):
    """A message to one person. `key` makes every reminder idempotent: one notification per key and person."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="notifications")
    source = models.CharField("来源", max_length=30, help_text="登记该提醒的功能，如 foi、catalogue")
    key = models.CharField("去重键", max_length=100)
    title = models.CharField("标题", max_length=200)
    body = models.TextField("内容", blank=True)
    link = models.CharField("链接", max_length=300, blank=True)
    created_on = models.DateField("日期")
    read_at = models.DateTimeField("已读时间", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "站内通知"
        ordering = ["-created_on", "-id"]
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="notification_once_per_key")]
        indexes = [models.Index(fields=["user", "read_at"], name="notification_user_unread")]

    def __str__(self) -> str:
        return self.title
