"""The holiday table the office keeps: days off, make-up working days, and which years are complete."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class HolidayKind(models.TextChoices):
    HOLIDAY = "holiday", "放假"
    WORKDAY = "workday", "调休上班"


class Holiday(models.Model):
    """One day that differs from the plain Monday–Friday week: a day off or a worked weekend (调休)."""

    date = models.DateField("日期", unique=True)
    kind = models.CharField("类别", max_length=10, choices=HolidayKind.choices)
    name = models.CharField("节日", max_length=100, help_text="如：国庆节、春节。")
    note = models.CharField("备注", max_length=200, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "节假日与调休"
        ordering = ["date"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=HolidayKind.values), name="holiday_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.name}（{self.get_kind_display()}）"


class CalendarSource(models.TextChoices):
    PACKAGE = "package", "随软件导入"
    MANUAL = "manual", "公开办录入"


class CalendarYear(models.Model):
    """A year whose whole official schedule is in the table; a year without this row is not covered."""

    year = models.PositiveSmallIntegerField("年度", unique=True)
    source = models.CharField("来源", max_length=10, choices=CalendarSource.choices)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="确认人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField("确认时间", default=timezone.now)

    class Meta:
        verbose_name = verbose_name_plural = "已录入年度"
        ordering = ["-year"]

    def __str__(self) -> str:
        return f"{self.year}年"
