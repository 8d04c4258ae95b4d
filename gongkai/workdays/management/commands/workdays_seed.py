from django.core.management.base import BaseCommand

from gongkai.workdays.models import CalendarYear, Holiday
from gongkai.workdays.seed import package_schedule, seed_from_package


class Command(BaseCommand):
    help = "从 chinesecalendar 软件包导入尚未录入的年度节假日安排（可重复运行，不覆盖已录入的年度）。"

    def handle(self, *args, **options):
        result = seed_from_package(Holiday, CalendarYear)
        years, _ = package_schedule()
        span = f"{min(years)}–{max(years)}年"
        if result.years:
            listed = "、".join(str(y) for y in result.years)
            self.stdout.write(f"已导入 {listed} 年，共 {result.days_created} 天（软件包覆盖 {span}）。")
        else:
            self.stdout.write(f"软件包覆盖的年度（{span}）均已录入，无需导入。")
