"""An annual report (政府信息公开工作年度报告): texts, table-2 inputs, and the tables as computed."""

from django.db import models
from django.db.models import Q

from gongkai.catalogue.choices import DocumentState
from gongkai.catalogue.models import Document
from gongkai.core.models import Department, User

from .choices import ReportScope, ReportState


class AnnualReport(models.Model):
    scope = models.CharField("报告类型", max_length=20, choices=ReportScope.choices)
    # The department reporting; for 本级政府 the government office that publishes; empty for 全县汇总.
    department = models.ForeignKey(
        Department, verbose_name="报告机关", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveIntegerField("报告年度")
    # Which national format the tables follow (the 2019 trial format differs); see formats/.
    format_version = models.CharField("报告格式", max_length=10, default="2021")
    state = models.CharField("状态", max_length=20, choices=ReportState.choices, default=ReportState.DRAFT)

    # 一、总体情况: five parts, prefilled with facts from the data, then edited.
    overview_proactive = models.TextField("（一）主动公开", blank=True)
    overview_on_request = models.TextField("（二）依申请公开", blank=True)
    overview_management = models.TextField("（三）政府信息管理", blank=True)
    overview_platform = models.TextField("（四）平台建设", blank=True)
    overview_oversight = models.TextField("（五）监督保障", blank=True)
    problems_text = models.TextField("五、存在的主要问题及改进情况", blank=True)
    other_text = models.TextField("六、其他需要报告的事项", blank=True)

    # Table 2 figures not (yet) fed by enforcement disclosures: entered by the department.
    licensing_count = models.PositiveIntegerField("行政许可本年处理决定数量", null=True, blank=True)
    penalty_count = models.PositiveIntegerField("行政处罚本年处理决定数量", null=True, blank=True)
    coercion_count = models.PositiveIntegerField("行政强制本年处理决定数量", null=True, blank=True)
    fee_amount = models.DecimalField(
        "行政事业性收费本年收费金额（万元）", max_digits=14, decimal_places=4, null=True, blank=True
    )

    # The computed tables as they were at generation, with the invariant check; what is published.
    tables = models.JSONField("统计表", default=dict, blank=True)
    generated_at = models.DateTimeField("统计时间", null=True, blank=True)

    document = models.ForeignKey(
        Document, verbose_name="发布文件", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    OVERVIEW_FIELDS = (
        "overview_proactive",
        "overview_on_request",
        "overview_management",
        "overview_platform",
        "overview_oversight",
    )
    TEXT_FIELDS = (*OVERVIEW_FIELDS, "problems_text", "other_text")
    INPUT_FIELDS = ("licensing_count", "penalty_count", "coercion_count", "fee_amount")

    class Meta:
        verbose_name = verbose_name_plural = "政府信息公开工作年度报告"
        ordering = ["-year", "scope", "department__sort_order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "department", "year"],
                condition=Q(department__isnull=False),
                name="reports_one_per_department_year",
            ),
            models.UniqueConstraint(
                fields=["scope", "year"], condition=Q(department__isnull=True), name="reports_one_region_year"
            ),
            models.CheckConstraint(
                condition=Q(scope="region", department__isnull=True)
                | (~Q(scope="region") & Q(department__isnull=False)),
                name="reports_department_iff_not_region",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        # Published exactly when its catalogue document is: the review workflow decides, nothing to keep in sync.
        return self.state == ReportState.PUBLISHED or (
            self.document_id is not None and self.document.state == DocumentState.PUBLISHED
        )

    @property
    def current_state(self) -> str:
        return ReportState.PUBLISHED if self.is_published else self.state

    @property
    def current_state_label(self) -> str:
        return ReportState(self.current_state).label

    @property
    def reporter_name(self) -> str:
        if self.scope == ReportScope.REGION:
            from gongkai.core.models import SiteProfile

            return f"{SiteProfile.current().government_name}（全县汇总）"
        if self.scope == ReportScope.GOVERNMENT and self.department.parent_id:
            return self.department.parent.name
        return self.department.name

    @property
    def title(self) -> str:
        return f"{self.reporter_name}{self.year}年政府信息公开工作年度报告"
