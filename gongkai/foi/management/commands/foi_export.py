"""`manage.py foi_export --user <office username> --format csv|json [--output FILE]`: audited like the page."""

import sys

from django.core.management.base import BaseCommand, CommandError

from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User


class Command(BaseCommand):
    help = "导出依申请公开申请（CSV 或 JSON，含申请人个人信息；导出记入操作日志）。"

    def add_arguments(self, parser):
        parser.add_argument("--user", required=True, help="执行导出的工作人员用户名（记入日志）")
        parser.add_argument("--format", choices=("csv", "json"), default="csv")
        parser.add_argument("--output", help="输出文件；省略则写到标准输出")

    def handle(self, *args, user, format, output, **options):
        from gongkai.foi.exchange import applications_export

        actor = User.objects.filter(username=user, is_active=True).first()
        if actor is None:
            raise CommandError(f"用户 {user} 不存在或已停用。")
        try:
            content = applications_export(actor=actor, fmt=format)
        except ApplicationError as exc:
            raise CommandError(exc.message) from exc
        if output:
            with open(output, "wb") as f:
                f.write(content)
            self.stderr.write(f"已导出到 {output}")
        else:
            sys.stdout.buffer.write(content)
