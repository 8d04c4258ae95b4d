from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q

from .audit_vocabulary import audit_label
from .codes import validate_issuer_code


class DepartmentKind(models.TextChoices):
    GOVERNMENT = "government", "人民政府"
    OFFICE = "office", "政府办公室"
    BUREAU = "bureau", "政府部门"
    TOWNSHIP = "township", "乡镇（街道）"
    OTHER = "other", "其他机构"


class Department(models.Model):
    """A government or one of its departments; the tree is government → bureaus/offices, county → townships."""

    name = models.CharField("名称", max_length=100, unique=True)
    short_name = models.CharField("简称", max_length=30, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name="上级机构",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    kind = models.CharField(
        "类别", max_length=20, choices=DepartmentKind.choices, default=DepartmentKind.BUREAU
    )
    issuer_code = models.CharField(
        "机构代码",
        max_length=18,
        unique=True,
        validators=[validate_issuer_code],
        help_text="组织机构代码（9位）或统一社会信用代码（18位），用作索引号前段码。",
    )
    sort_order = models.PositiveIntegerField("排序", default=100)
    is_active = models.BooleanField("启用", default=True)

    class Meta:
        verbose_name = verbose_name_plural = "部门"
        ordering = ["sort_order", "id"]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


class User(AbstractUser):
    full_name = models.CharField("姓名", max_length=50, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "用户"

    def __str__(self) -> str:
        return self.full_name or self.username


class Role(models.TextChoices):
    DRAFTER = "drafter", "信息员"
    FIRST_REVIEWER = "first_reviewer", "初审人"
    SECOND_REVIEWER = "second_reviewer", "复审人"
    APPROVER = "approver", "批准人（部门负责人）"
    OFFICE = "office", "公开办"
    SYSADMIN = "sysadmin", "系统管理员"


class RoleAssignment(models.Model):
    """One role of one person in one department; a person may hold several."""

    user = models.ForeignKey(User, verbose_name="用户", on_delete=models.CASCADE, related_name="roles")
    department = models.ForeignKey(
        Department, verbose_name="部门", on_delete=models.CASCADE, related_name="role_assignments"
    )
    role = models.CharField("角色", max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = verbose_name_plural = "角色分配"
        constraints = [
            models.UniqueConstraint(fields=["user", "department", "role"], name="role_assignment_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.department} · {self.get_role_display()}"


class AuditEvent(models.Model):
    """Who changed what, from what to what, why and when; written in the same transaction as the change."""

    created_at = models.DateTimeField("时间", auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="操作人",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField("操作", max_length=50, db_index=True)
    object_type = models.CharField("对象类型", max_length=50)
    object_id = models.CharField("对象编号", max_length=40)
    object_repr = models.CharField("对象", max_length=300)
    department = models.ForeignKey(
        Department, verbose_name="部门", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    before = models.JSONField("变更前", null=True, blank=True)
    after = models.JSONField("变更后", null=True, blank=True)
    reason = models.TextField("理由", blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "审计事件"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id", "created_at"], name="audit_object_idx")]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.label} {self.object_repr}"

    @property
    def label(self) -> str:
        """The action in Chinese, from the audit vocabulary."""
        return audit_label(self.action)


class AccessLog(models.Model):
    """Who read whose personal data, when, from where; kept apart from the 办理记录 and read by the 公开办."""

    created_at = models.DateTimeField("时间", auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="查看人",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField("查看内容", max_length=50, db_index=True)
    object_type = models.CharField("对象类型", max_length=50)
    object_id = models.CharField("对象编号", max_length=40)
    object_repr = models.CharField("对象", max_length=300)
    department = models.ForeignKey(
        Department, verbose_name="部门", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    detail = models.JSONField("细节", null=True, blank=True)
    ip_address = models.GenericIPAddressField("IP 地址", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "个人信息查看记录"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id", "created_at"], name="access_object_idx")]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor} {self.label} {self.object_repr}"

    @property
    def label(self) -> str:
        return audit_label(self.action)


class LoginFailure(models.Model):
    username = models.CharField(max_length=150, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = verbose_name_plural = "登录失败记录"
        indexes = [models.Index(fields=["ip_address", "created_at"], name="core_loginfail_ip_time")]

    def __str__(self) -> str:
        return f"{self.username} {self.created_at:%Y-%m-%d %H:%M}"


class SiteProfile(models.Model):
    """The government's and its disclosure office's public contact data (条例第十二条, the 公开指南)."""

    singleton = models.BooleanField(default=True, unique=True, editable=False)
    government_name = models.CharField("政府名称", max_length=100, default="示范县人民政府")
    site_name = models.CharField("平台名称", max_length=100, default="政府信息公开平台")
    office_name = models.CharField("政府信息公开工作机构", max_length=100, default="示范县人民政府办公室")
    office_address = models.CharField("办公地址", max_length=200, blank=True)
    office_hours = models.CharField("办公时间", max_length=200, blank=True)
    postal_code = models.CharField("邮政编码", max_length=6, blank=True)
    phone = models.CharField("联系电话", max_length=50, blank=True)
    fax = models.CharField("传真", max_length=50, blank=True)
    email = models.EmailField("电子邮箱", blank=True)
    online_url = models.CharField("网上申请地址", max_length=200, blank=True)
    guide_extra = models.TextField("指南补充说明", blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "平台与公开办信息"
        constraints = [models.CheckConstraint(condition=Q(singleton=True), name="site_profile_singleton")]

    def __str__(self) -> str:
        return self.site_name

    @classmethod
    def current(cls) -> "SiteProfile":
        profile, _ = cls.objects.get_or_create(singleton=True)
        return profile


class SensitiveWord(models.Model):
    word = models.CharField("敏感词", max_length=50, unique=True)
    note = models.CharField("说明", max_length=200, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "敏感词"
        ordering = ["word"]

    def __str__(self) -> str:
        return self.word
