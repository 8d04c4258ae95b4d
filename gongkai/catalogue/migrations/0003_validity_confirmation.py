# Changes aimed at another department's document wait for its confirmation; earlier changes are applied.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def mark_applied(apps, schema_editor):
    ValidityChange = apps.get_model("catalogue", "ValidityChange")
    ValidityChange.objects.filter(applied_at__isnull=False).update(status="applied")


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0002_seed_columns_subjects"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="validitychange",
            name="decided_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="确认时间"),
        ),
        migrations.AddField(
            model_name="validitychange",
            name="decided_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="确认人",
            ),
        ),
        migrations.AddField(
            model_name="validitychange",
            name="decision_reason",
            field=models.TextField(blank=True, verbose_name="确认意见或理由"),
        ),
        migrations.AddField(
            model_name="validitychange",
            name="office_decision",
            field=models.BooleanField(default=False, verbose_name="公开办决定"),
        ),
        migrations.AddField(
            model_name="validitychange",
            name="status",
            field=models.CharField(
                choices=[
                    ("proposed", "待发布"),
                    ("awaiting", "待被修改文件的发布机构确认"),
                    ("applied", "已生效"),
                    ("declined", "被修改文件的发布机构不同意"),
                ],
                default="proposed",
                max_length=20,
                verbose_name="状态",
            ),
        ),
        migrations.AddField(
            model_name="validitychange",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, verbose_name="更新时间"),
        ),
        migrations.RunPython(mark_applied, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="validitychange",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("applied_at__isnull", False), ("status", "applied")),
                    models.Q(models.Q(("status", "applied"), _negated=True), ("applied_at__isnull", True)),
                    _connector="OR",
                ),
                name="validity_change_applied_iff_dated",
            ),
        ),
    ]
