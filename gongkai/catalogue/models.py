from django.conf import settings
from django.db import models
from django.db.models import Q

from gongkai.core.models import Department
from gongkai.files.models import Blob

from .choices import (
    DisclosureAttr,
    DocumentState,
    Genre,
    InterpretationForm,
    NormativeKind,
    ReviewDecision,
    ReviewStepKind,
    Validity,
    ValidityChangeKind,
    ValidityChangeStatus,
)


class Subject(models.Model):
    """主题分类: the 22 national classes, each with configurable second-level classes."""

    name = models.CharField("名称", max_length=50)
    parent = models.ForeignKey(
        "self",
        verbose_name="上级分类",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    sort_order = models.PositiveIntegerField("排序", default=100)

    class Meta:
        verbose_name = verbose_name_plural = "主题分类"
        ordering = ["sort_order", "id"]
        constraints = [models.UniqueConstraint(fields=["parent", "name"], name="subject_unique_name")]

    def __str__(self) -> str:
        return f"{self.parent.name} / {self.name}" if self.parent_id else self.name


class Column(models.Model):
    """A column of the 主动公开基本目录 (a tree)."""

    name = models.CharField("栏目名称", max_length=60)
    slug = models.SlugField("路径名", max_length=60, unique=True)
    parent = models.ForeignKey(
        "self",
        verbose_name="上级栏目",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    description = models.TextField("栏目说明", blank=True)
    sort_order = models.PositiveIntegerField("排序", default=100)
    is_active = models.BooleanField("启用", default=True)

    class Meta:
        verbose_name = verbose_name_plural = "栏目"
        ordering = ["sort_order", "id"]

    def __str__(self) -> str:
        return self.name


class Topic(models.Model):
    """专题: a cross-cutting column such as 六稳六保."""

    name = models.CharField("专题名称", max_length=60, unique=True)
    slug = models.SlugField("路径名", max_length=60, unique=True)
    description = models.TextField("专题说明", blank=True)
    sort_order = models.PositiveIntegerField("排序", default=100)
    is_active = models.BooleanField("启用", default=True)

    class Meta:
        verbose_name = verbose_name_plural = "专题"
        ordering = ["sort_order", "id"]

    def __str__(self) -> str:
        return self.name


class IndexSerial(models.Model):
    """The last 索引号 serial used by one issuer in one year."""

    issuer = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="+")
    year = models.PositiveIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issuer", "year"], name="index_serial_unique")]

    def __str__(self) -> str:
        return f"{self.issuer_id}/{self.year}: {self.last}"


class Document(models.Model):
    """One catalogued piece of government information."""

    index_no = models.CharField("索引号", max_length=40, unique=True, editable=False)
    issuer = models.ForeignKey(
        Department, verbose_name="发布机构", on_delete=models.PROTECT, related_name="documents"
    )
    issuing_authority = models.CharField(
        "发文机关", max_length=200, blank=True, help_text="联合发文时填写全部机关。"
    )
    title = models.CharField("标题", max_length=300)
    doc_no = models.CharField("发文字号", max_length=100, blank=True, db_index=True)
    written_on = models.DateField("成文日期", null=True, blank=True)
    formed_on = models.DateField(
        "信息形成日期", null=True, blank=True, help_text="条例第二十六条：自形成之日起20个工作日内公开。"
    )
    published_at = models.DateTimeField("发布日期", null=True, blank=True, db_index=True)
    subject = models.ForeignKey(
        Subject,
        verbose_name="主题分类",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="documents",
    )
    genre = models.CharField("体裁", max_length=20, choices=Genre.choices, blank=True)
    normative_kind = models.CharField(
        "文件类别", max_length=20, choices=NormativeKind.choices, default=NormativeKind.OTHER
    )
    needs_interpretation = models.BooleanField(
        "须同步解读", default=False, help_text="行政规范性文件始终须同步解读；公开办可标记其他文件。"
    )
    keywords = models.CharField("主题词", max_length=200, blank=True)
    summary = models.TextField("内容概述", blank=True)
    body = models.TextField("正文", blank=True)
    disclosure_attr = models.CharField("公开属性", max_length=20, choices=DisclosureAttr.choices, blank=True)
    disclosure_reason = models.TextField("公开属性理由", blank=True)
    validity = models.CharField("有效性", max_length=20, choices=Validity.choices, default=Validity.VALID)
    columns = models.ManyToManyField(Column, verbose_name="所属栏目", blank=True, related_name="documents")
    topics = models.ManyToManyField(Topic, verbose_name="所属专题", blank=True, related_name="documents")
    involved_departments = models.ManyToManyField(
        Department, verbose_name="涉及部门（需会签确认）", blank=True, related_name="involved_documents"
    )
    state = models.CharField(
        "状态", max_length=20, choices=DocumentState.choices, default=DocumentState.DRAFT, db_index=True
    )
    review_round = models.PositiveIntegerField("审查轮次", default=1)
    withdrawn_reason = models.TextField("下线理由", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="起草人",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "政府信息"
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["state", "disclosure_attr", "-published_at"], name="document_public_idx"),
            models.Index(fields=["issuer", "state"], name="document_issuer_state_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(state=DocumentState.PUBLISHED) | Q(published_at__isnull=False),
                name="document_published_has_date",
            ),
            models.CheckConstraint(
                condition=~Q(state=DocumentState.PUBLISHED) | Q(disclosure_attr=DisclosureAttr.PROACTIVE),
                name="document_published_is_proactive",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_public(self) -> bool:
        return self.state == DocumentState.PUBLISHED and self.disclosure_attr == DisclosureAttr.PROACTIVE

    @property
    def requires_interpretation(self) -> bool:
        return self.needs_interpretation or self.normative_kind == NormativeKind.NORMATIVE

    @property
    def authority_display(self) -> str:
        return self.issuing_authority or self.issuer.name


class Interpretation(models.Model):
    """政策解读, reviewed and published together with the policy document it interprets."""

    document = models.ForeignKey(
        Document, verbose_name="所解读文件", on_delete=models.CASCADE, related_name="interpretations"
    )
    title = models.CharField("解读标题", max_length=300)
    form = models.CharField(
        "解读形式", max_length=20, choices=InterpretationForm.choices, default=InterpretationForm.TEXT
    )
    author = models.CharField("解读人/解读机构", max_length=100, blank=True)
    background = models.TextField("背景依据", blank=True)
    objectives = models.TextField("目标任务", blank=True)
    main_content = models.TextField("主要内容", blank=True)
    scope = models.TextField("涉及范围", blank=True)
    standards = models.TextField("执行标准", blank=True)
    notes = models.TextField("注意事项", blank=True)
    differences = models.TextField("新旧政策差异", blank=True)
    body = models.TextField("正文/问答", blank=True, help_text="简明问答每行一问一答，或自由正文。")
    media_url = models.URLField("音视频链接", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="起草人",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    SECTION_FIELDS = (
        "background",
        "objectives",
        "main_content",
        "scope",
        "standards",
        "notes",
        "differences",
    )

    class Meta:
        verbose_name = verbose_name_plural = "政策解读"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.title

    def sections(self) -> list[tuple[str, str]]:
        return [
            (self._meta.get_field(f).verbose_name, getattr(self, f))
            for f in self.SECTION_FIELDS
            if getattr(self, f)
        ]


class Attachment(models.Model):
    document = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    interpretation = models.ForeignKey(
        Interpretation, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    blob = models.ForeignKey(Blob, on_delete=models.PROTECT, related_name="attachments")
    original_name = models.CharField("文件名", max_length=255)
    text = models.TextField("提取文本", blank=True)
    text_ok = models.BooleanField("文本可读", default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "附件"
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(document__isnull=False, interpretation__isnull=True)
                | Q(document__isnull=True, interpretation__isnull=False),
                name="attachment_has_one_owner",
            ),
        ]

    def __str__(self) -> str:
        return self.original_name

    @property
    def owner_document(self) -> Document:
        return self.document if self.document_id else self.interpretation.document


class ValidityChange(models.Model):
    """A document that 修改/废止 an earlier one; applied to the original when the new one is published."""

    source = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="changes_made")
    target = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="changes_received")
    kind = models.CharField("变更类型", max_length=20, choices=ValidityChangeKind.choices)
    applied_at = models.DateTimeField("生效时间", null=True, blank=True)
    # Another department's document changes only once that department's 批准人 (or the office) confirms.
    status = models.CharField(
        "状态", max_length=20, choices=ValidityChangeStatus.choices, default=ValidityChangeStatus.PROPOSED
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="确认人",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    decided_at = models.DateTimeField("确认时间", null=True, blank=True)
    decision_reason = models.TextField("确认意见或理由", blank=True)
    office_decision = models.BooleanField("公开办决定", default=False)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "效力变更"
        constraints = [
            models.UniqueConstraint(fields=["source", "target"], name="validity_change_unique"),
            models.CheckConstraint(condition=~Q(source=models.F("target")), name="validity_change_not_self"),
            models.CheckConstraint(
                condition=Q(status=ValidityChangeStatus.APPLIED, applied_at__isnull=False)
                | (~Q(status=ValidityChangeStatus.APPLIED) & Q(applied_at__isnull=True)),
                name="validity_change_applied_iff_dated",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}：{self.target_id} ← {self.source_id}"


class ReviewStep(models.Model):
    """One recorded step of the 保密审查: who, when, what opinion, on exactly which content."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="review_steps")
    round = models.PositiveIntegerField("轮次")
    kind = models.CharField("环节", max_length=20, choices=ReviewStepKind.choices)
    decision = models.CharField("结论", max_length=20, choices=ReviewDecision.choices)
    department = models.ForeignKey(
        Department, verbose_name="部门", on_delete=models.PROTECT, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="审查人", on_delete=models.PROTECT, related_name="+"
    )
    opinion = models.TextField("审查意见", blank=True)
    override_reason = models.TextField("预检查放行理由", blank=True)
    content_hash = models.CharField("审查内容指纹", max_length=64)
    created_at = models.DateTimeField("时间", auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "审查记录"
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}·{self.get_decision_display()}（第{self.round}轮）"
