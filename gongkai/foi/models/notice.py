"""The office's art. 44 proposals to publish proactively."""

from django.db import models

from gongkai.catalogue.models import Document
from gongkai.core.models import Department, User

from .application import Application


class ProposalState(models.TextChoices):
    PROPOSED = "proposed", "待起草"
    DRAFTED = "drafted", "已起草"
    DISMISSED = "dismissed", "不予采纳"


class PublicationProposal(models.Model):
    """条例第四十四条: the office proposes that a department publish proactively what many people asked for.

    The office cannot draft in a department (document_create needs that department's 信息员), so the proposal
    waits on the department's list until its 信息员 turns it into a draft.
    """

    department = models.ForeignKey(
        Department, verbose_name="建议公开的机关", on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField("建议公开的信息", max_length=300)
    reason = models.TextField("建议理由")
    applications = models.ManyToManyField(Application, verbose_name="相关申请", related_name="+")
    period_start = models.DateField("统计起始日期")
    period_end = models.DateField("统计截止日期")
    state = models.CharField(
        "状态", max_length=20, choices=ProposalState.choices, default=ProposalState.PROPOSED
    )
    document = models.ForeignKey(
        Document,
        verbose_name="起草的政府信息",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "转为主动公开建议"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"建议主动公开：{self.title}"
