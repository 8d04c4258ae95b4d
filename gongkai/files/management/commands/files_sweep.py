from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from gongkai.files.sweep import GRACE, blob_sweep


class Command(BaseCommand):
    help = "删除没有任何记录引用的文件（超过宽限期的）"

    def add_arguments(self, parser):
        parser.add_argument(
            "--grace-hours",
            type=float,
            default=GRACE.total_seconds() / 3600,
            help="宽限期（小时）：更新的文件可能属于正在进行的上传，不删除",
        )

    def handle(self, *args, grace_hours, **options):
        result = blob_sweep(now=timezone.now(), grace=timedelta(hours=grace_hours))
        self.stdout.write(f"已删除未引用的文件记录 {result.rows} 条、无记录的存储文件 {result.files} 个。")
