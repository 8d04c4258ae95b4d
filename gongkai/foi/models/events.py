"""Records that move the clock or complete the file: correction, extension, pauses, fee, art. 35, remedies."""

from django.db import models
from django.db.models import F, Q

from gongkai.core.models import Department, User
from gongkai.workdays.statute import EXTENSION_MAX_WORKDAYS

from ..choices import Art35Kind, DeliveryMethod, FeeMethod, PauseKind, RemedyKind, RemedyResult
from .application import Application


class Correction(models.Model):
    """条例第三十条: one notice telling the applicant everything to correct, and by when."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="correction")
    sent_on = models.DateField("告知日期")
    items = models.TextField("需补正的事项")
    deadline_on = models.DateField("补正期限")
    corrected_on = models.DateField("收到补正日期", null=True, blank=True)
    created_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "补正告知"
        constraints = [
            models.CheckConstraint(
                condition=Q(deadline_on__gt=F("sent_on")), name="foi_correction_deadline_after"
            ),
            models.CheckConstraint(
                condition=Q(corrected_on__isnull=True) | Q(corrected_on__gte=F("sent_on")),
                name="foi_correction_after_notice",
            ),
        ]

    def __str__(self) -> str:
        return f"补正告知 {self.sent_on}"


class Extension(models.Model):
    """条例第三十三条: one extension of at most 20 working days, approved by the office head."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="extension")
    days = models.PositiveSmallIntegerField("延长工作日数")
    reason = models.TextField("延期理由")
    approved_by = models.ForeignKey(User, verbose_name="批准人", on_delete=models.PROTECT, related_name="+")
    approved_on = models.DateField("批准日期")
    notified_on = models.DateField("告知申请人日期")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "延期答复"
        constraints = [
            models.CheckConstraint(
                condition=Q(days__gte=1, days__lte=EXTENSION_MAX_WORKDAYS), name="foi_extension_days_range"
            ),
        ]

    def __str__(self) -> str:
        return f"延期{self.days}个工作日"


class Pause(models.Model):
    """A period not counted in the reply deadline; open while ended_on is empty."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="pauses")
    kind = models.CharField("类型", max_length=20, choices=PauseKind.choices)
    party = models.CharField("征求意见对象", max_length=200, blank=True)
    started_on = models.DateField("开始日期")
    ended_on = models.DateField("结束日期", null=True, blank=True)
    opinion = models.TextField("意见", blank=True)
    created_by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "不计入答复期限的期间"
        ordering = ["started_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=F("started_on")),
                name="foi_pause_ends_after",
            ),
            # One open pause at a time keeps the arithmetic honest.
            models.UniqueConstraint(
                fields=["application"], condition=Q(ended_on__isnull=True), name="foi_pause_one_open"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.started_on}–{self.ended_on or ''}"


class Fee(models.Model):
    """信息处理费 notice (国办函〔2020〕109号): one method per application; waiting for payment is a pause."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="fee")
    method = models.CharField("计收方式", max_length=20, choices=FeeMethod.choices)
    ordinal = models.PositiveIntegerField("本月第几件申请", null=True, blank=True)
    pages = models.PositiveIntegerField("页数", null=True, blank=True)
    amount = models.PositiveIntegerField("金额（元）")
    notified_on = models.DateField("收费通知日期")
    pay_by = models.DateField("缴费期限")
    paid_on = models.DateField("缴费日期", null=True, blank=True)
    pause = models.OneToOneField(Pause, on_delete=models.PROTECT, related_name="fee")
    created_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = verbose_name_plural = "信息处理费"
        constraints = [
            models.CheckConstraint(condition=Q(pay_by__gt=F("notified_on")), name="foi_fee_pay_by_after"),
            models.CheckConstraint(
                condition=Q(method="per_application", ordinal__isnull=False)
                | Q(method="per_volume", pages__isnull=False),
                name="foi_fee_method_basis",
            ),
        ]

    def __str__(self) -> str:
        return f"信息处理费 {self.amount}元"


class Art35Decision(models.Model):
    """条例第三十五条 decisions, always with the reason."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="art35_decisions")
    kind = models.CharField("决定", max_length=20, choices=Art35Kind.choices)
    reason = models.TextField("理由")
    decided_on = models.DateField("决定日期")
    new_due_on = models.DateField("确定的答复期限", null=True, blank=True)
    decided_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "第三十五条处理"
        ordering = ["decided_on", "id"]
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="foi_art35_reason_required"),
            models.CheckConstraint(
                condition=~Q(kind="longer_deadline") | Q(new_due_on__isnull=False),
                name="foi_art35_longer_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.decided_on}"


class Transfer(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="transfers")
    from_department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="+")
    to_department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="+")
    old_registration_no = models.CharField("原登记号", max_length=50)
    transferred_on = models.DateField("转办日期")
    reason = models.TextField("转办理由")
    actor = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = verbose_name_plural = "转办记录"
        ordering = ["transferred_on", "id"]

    def __str__(self) -> str:
        return f"转办 {self.transferred_on}"


class Delivery(models.Model):
    """送达: how and when the reply reached the applicant."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="deliveries")
    method = models.CharField("送达方式", max_length=20, choices=DeliveryMethod.choices)
    delivered_on = models.DateField("送达日期")
    note = models.CharField("备注（如邮件单号）", max_length=200, blank=True)
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = verbose_name_plural = "送达记录"
        ordering = ["delivered_on", "id"]

    def __str__(self) -> str:
        return f"{self.get_method_display()} {self.delivered_on}"


class Remedy(models.Model):
    """行政复议 / 行政诉讼 about this application, for annual table 4."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="remedies")
    kind = models.CharField("类型", max_length=20, choices=RemedyKind.choices)
    filed_on = models.DateField("提起日期")
    result = models.CharField(
        "结果", max_length=20, choices=RemedyResult.choices, default=RemedyResult.PENDING
    )
    concluded_on = models.DateField("审结日期", null=True, blank=True)
    body = models.CharField("复议机关/法院", max_length=200, blank=True)
    note = models.TextField("备注", blank=True)
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = verbose_name_plural = "行政复议/行政诉讼"
        ordering = ["filed_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(result="pending", concluded_on__isnull=True)
                | (~Q(result="pending") & Q(concluded_on__isnull=False)),
                name="foi_remedy_concluded_iff_result",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.filed_on}"
