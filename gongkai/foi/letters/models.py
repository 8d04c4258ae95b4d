"""Letter templates (edited by the 公开办), the letters generated from them, and files delivered with a reply."""

from django.db import models
from django.db.models import Q

from gongkai.core.models import User
from gongkai.files.models import Blob
from gongkai.foi.models import Application


class LetterKind(models.TextChoices):
    REPLY = "reply", "答复书"
    CORRECTION = "correction", "补正告知书"
    EXTENSION = "extension", "延期答复告知书"
    FEE = "fee", "收费通知书"


# The suffix after the registration number: 依申请〔2026〕3号-答复.
NUMBER_SUFFIX = {
    LetterKind.REPLY: "答复",
    LetterKind.CORRECTION: "补正",
    LetterKind.EXTENSION: "延期",
    LetterKind.FEE: "收费",
}


class LetterTemplate(models.Model):
    """One template per key: an outcome code (or outcome group, as a fallback) for replies, else the kind.

    The body is plain text with {占位符}; it is filled by plain substitution, never by a template engine.
    """

    kind = models.CharField("文书类型", max_length=20, choices=LetterKind.choices)
    key = models.CharField("适用情形", max_length=60, unique=True)
    label = models.CharField("情形名称", max_length=100)
    title = models.CharField("标题", max_length=100)
    body = models.TextField("正文")
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="修改人"
    )

    class Meta:
        verbose_name = verbose_name_plural = "文书模板"
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}：{self.label}"


class LetterSettings(models.Model):
    """Where the applicant may seek remedies; blank = derived from the 政府 name in SiteProfile."""

    singleton = models.BooleanField(default=True, unique=True, editable=False)
    reconsideration_body = models.CharField(
        "行政复议机关", max_length=100, blank=True, help_text="留空则使用本级人民政府名称"
    )
    court_name = models.CharField(
        "管辖法院", max_length=100, blank=True, help_text="留空则按政府名称推定为同级人民法院"
    )

    class Meta:
        verbose_name = verbose_name_plural = "文书设置"
        constraints = [models.CheckConstraint(condition=Q(singleton=True), name="letter_settings_singleton")]

    def __str__(self) -> str:
        return "文书设置"

    @classmethod
    def current(cls) -> "LetterSettings":
        obj, _ = cls.objects.get_or_create(singleton=True)
        return obj


class Letter(models.Model):
    """A generated letter: the text as rendered then, and its DOCX and PDF, kept whatever the template becomes."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="letters")
    kind = models.CharField("文书类型", max_length=20, choices=LetterKind.choices)
    template = models.ForeignKey(LetterTemplate, null=True, on_delete=models.SET_NULL, related_name="+")
    number = models.CharField("文书编号", max_length=80)
    title = models.CharField("标题", max_length=100)
    text = models.TextField("文书内容")
    letter_date = models.DateField("文书日期")
    docx = models.ForeignKey(Blob, on_delete=models.PROTECT, related_name="+")
    pdf = models.ForeignKey(Blob, on_delete=models.PROTECT, related_name="+")
    generated_at = models.DateTimeField("生成时间", auto_now_add=True)
    generated_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = verbose_name_plural = "依申请公开文书"
        ordering = ["generated_at", "id"]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"


class DeliveredFile(models.Model):
    """A file given to the applicant with the reply (the information disclosed), downloadable when tracking."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="delivered_files")
    blob = models.ForeignKey(Blob, on_delete=models.PROTECT, related_name="+")
    name = models.CharField("文件名", max_length=255)
    added_at = models.DateTimeField(auto_now_add=True)
    added_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = verbose_name_plural = "提供的政府信息文件"
        ordering = ["added_at", "id"]

    def __str__(self) -> str:
        return self.name
