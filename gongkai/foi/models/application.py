"""An application for government information (依申请公开), from registration to archive."""

import secrets

from django.db import models
from django.db.models import Q

from gongkai.catalogue.models import Document
from gongkai.core.models import Department, User
from gongkai.files.models import Blob

from ..choices import (
    FINISHED_STATES,
    ApplicantType,
    Channel,
    DeliveryForm,
    IdType,
    Outcome,
    State,
)

# No 0/O, 1/I/L, U/V: codes are read over the phone and copied by hand.
TRACKING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
TRACKING_LENGTH = 12  # 29^12 ≈ 3.5e17: guessing one is hopeless even before rate limits


def tracking_code_new() -> str:
    """A random code from the OS generator; unrelated to the primary key or the registration number."""
    return "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(TRACKING_LENGTH))


def tracking_code_is_strong(code: str) -> bool:
    """As hard to guess as a generated code: at least TRACKING_LENGTH characters, all from TRACKING_ALPHABET
    (for codes brought from another system; a shorter or guessable legacy code is replaced, not kept)."""
    return len(code) >= TRACKING_LENGTH and all(c in TRACKING_ALPHABET for c in code)


class Application(models.Model):
    department = models.ForeignKey(
        Department, verbose_name="办理机关", on_delete=models.PROTECT, related_name="foi_applications"
    )
    # 登记号: per department and year; a transfer registers the application again in the new department.
    reg_year = models.PositiveIntegerField("登记年度")
    reg_seq = models.PositiveIntegerField("登记序号")
    tracking_code = models.CharField("查询码", max_length=20, unique=True, default=tracking_code_new)

    channel = models.CharField("申请方式", max_length=20, choices=Channel.choices)
    received_at = models.DateTimeField("收到时间")
    # 条例第三十一条: in person the same day; post the day signed for; online/fax the day both sides confirm.
    received_on = models.DateField("收到申请日期")
    registered_by = models.ForeignKey(
        User, verbose_name="登记人", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    applicant_type = models.CharField("申请人类型", max_length=20, choices=ApplicantType.choices)
    name = models.CharField("申请人姓名/名称", max_length=200)
    id_type = models.CharField("证件类型", max_length=20, choices=IdType.choices, blank=True)
    id_number = models.CharField("证件号码", max_length=40, blank=True)
    credit_code = models.CharField("统一社会信用代码", max_length=18, blank=True)
    contact_person = models.CharField("联系人", max_length=50, blank=True)
    phone = models.CharField("联系电话", max_length=30)
    address = models.CharField("通信地址", max_length=300, blank=True)
    postcode = models.CharField("邮政编码", max_length=10, blank=True)
    email = models.EmailField("电子邮箱", blank=True)
    id_proof = models.ForeignKey(
        Blob, verbose_name="身份证明", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    id_proof_name = models.CharField("身份证明文件名", max_length=255, blank=True)

    info_title = models.CharField("所需信息名称", max_length=300, blank=True)
    info_doc_no = models.CharField("文号", max_length=100, blank=True)
    info_description = models.TextField("所需信息的其他特征描述", blank=True)
    delivery_form = models.CharField("获取信息的方式", max_length=20, choices=DeliveryForm.choices)

    state = models.CharField("状态", max_length=20, choices=State.choices, default=State.REGISTERED)
    # Stored for lists and reminders; recomputed by the services after every event that moves the clock.
    # Empty while the clock is paused or waiting for a correction, or when the calendar lacks a year.
    due_on = models.DateField("答复期限", null=True, blank=True)

    outcome = models.CharField("办理结果", max_length=40, choices=Outcome.choices, blank=True)
    legal_basis = models.CharField("法律依据", max_length=200, blank=True)
    reply_reasons = models.TextField("答复内容/理由", blank=True)
    withheld_parts = models.TextField("不予公开的部分及理由", blank=True)
    public_document = models.ForeignKey(
        Document,
        verbose_name="已公开的政府信息",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    public_location = models.CharField("已公开信息的获取途径", max_length=500, blank=True)
    not_our_agency = models.BooleanField("不属于本机关负责公开", default=False)
    responsible_agency = models.CharField("负责公开的机关", max_length=200, blank=True)
    replied_on = models.DateField("答复日期", null=True, blank=True)
    closed_on = models.DateField("办结日期", null=True, blank=True)
    withdrawn_on = models.DateField("撤回日期", null=True, blank=True)
    archived_on = models.DateField("归档日期", null=True, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "政府信息公开申请"
        ordering = ["-received_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["department", "reg_year", "reg_seq"], name="foi_application_registration_unique"
            ),
            # The closing choice IS the table-3 row: finished ⇔ exactly one outcome.
            models.CheckConstraint(
                condition=(Q(state__in=FINISHED_STATES) & ~Q(outcome=""))
                | (~Q(state__in=FINISHED_STATES) & Q(outcome="")),
                name="foi_application_outcome_iff_finished",
            ),
            models.CheckConstraint(
                condition=Q(applicant_type="natural_person", id_number__gt="")
                | (~Q(applicant_type="natural_person") & Q(credit_code__gt="")),
                name="foi_application_identity_present",
            ),
        ]
        indexes = [models.Index(fields=["state", "due_on"])]

    def __str__(self) -> str:
        return f"{self.registration_no} {self.info_title or self.info_description[:30]}"

    @property
    def registration_no(self) -> str:
        return f"依申请〔{self.reg_year}〕{self.reg_seq}号"

    @property
    def is_open(self) -> bool:
        return self.state not in FINISHED_STATES

    @property
    def is_organisation(self) -> bool:
        return self.applicant_type != ApplicantType.NATURAL_PERSON

    @property
    def second_factor_source(self) -> str:
        return self.id_number if not self.is_organisation else self.credit_code
