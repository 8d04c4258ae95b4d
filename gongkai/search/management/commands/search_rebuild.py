from django.core.management.base import BaseCommand

from gongkai.search.services import index_rebuild, progress_bar


class Command(BaseCommand):
    help = "重建全文检索索引（在一个事务中完成：中途失败时旧索引保持可用）。"

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument("--quiet", action="store_true", help="不显示进度条")

    def handle(self, *args, batch_size, quiet, **options):
        count = index_rebuild(
            batch_size=batch_size, progress=None if quiet else progress_bar(self.stderr._out)
        )
        self.stdout.write(f"已索引 {count} 条信息。")
