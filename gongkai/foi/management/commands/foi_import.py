"""`manage.py foi_import FILE --user <office username>`: all-or-nothing, errors listed with row numbers."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gongkai.core.exceptions import ApplicationError
from gongkai.core.models import User


class Command(BaseCommand):
    help = "从 CSV 或 JSON 导入依申请公开申请：逐行校验，有任何错误则不导入并列出全部错误。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--user", required=True, help="执行导入的公开办用户名（记入日志）")

    def handle(self, *args, file, user, **options):
        from gongkai.foi.exchange import ImportFailed, applications_import

        actor = User.objects.filter(username=user, is_active=True).first()
        if actor is None:
            raise CommandError(f"用户 {user} 不存在或已停用。")
        path = Path(file)
        try:
            created = applications_import(actor=actor, data=path.read_bytes(), name=path.name)
        except ImportFailed as exc:
            for error in exc.errors:
                self.stderr.write(str(error))
            raise CommandError(exc.message) from exc
        except ApplicationError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(self.style.SUCCESS(f"已导入{len(created)}件申请。"))
