"""`manage.py demo_load`: load the demo county once; on later runs only print the accounts again."""

import time

from django.core.management.base import BaseCommand
from django.db.models import Count
from django.utils import timezone

from gongkai.catalogue.choices import DocumentState
from gongkai.catalogue.models import Document
from gongkai.core.exceptions import ApplicationError
from gongkai.demo.applications import applications_load
from gongkai.demo.loader import DemoLoader, demo_loaded
from gongkai.demo.people import PASSWORD, accounts_table

BASE_URL = "http://127.0.0.1:8000/"


class Command(BaseCommand):
    help = "载入演示数据（示范县的部门、人员和约两百条政府信息）；已载入时不重复载入，只打印账号。"

    def handle(self, *args, **options):
        if demo_loaded():
            self.stdout.write("演示数据已载入，本次未作改动。")
        else:
            started = time.monotonic()
            counts = DemoLoader().run()
            self.stdout.write(
                self.style.SUCCESS(
                    f"已载入演示数据：{counts['departments']}个部门、{counts['users']}个账号、{counts['documents']}条政府信息"
                    f"（用时{time.monotonic() - started:.1f}秒）。"
                )
            )
        self._applications()
        counts = dict(Document.objects.values_list("state").annotate(n=Count("id")))
        self.stdout.write(
            "信息状态："
            + "，".join(f"{state.label}{counts.get(state.value, 0)}条" for state in DocumentState)
        )
        self.stdout.write("")
        self.stdout.write("演示账号（密码均为 " + self.style.WARNING(PASSWORD) + "）：")
        for line in accounts_table():
            self.stdout.write("  " + line)
        self.stdout.write("")
        self.stdout.write(f"门户网站：{BASE_URL}")
        self.stdout.write(f"工作人员登录：{BASE_URL}accounts/login/")

    def _applications(self):
        """The demo 依申请公开 applications, dated from today (added once; later runs add nothing)."""
        try:
            added = applications_load(today=timezone.localdate())
        except ApplicationError as exc:  # e.g. next year's holiday schedule not entered yet
            self.stdout.write(self.style.WARNING(f"演示申请未载入：{exc.message}"))
            return
        if added:
            self.stdout.write(self.style.SUCCESS(f"已载入演示依申请公开申请{added}件（各办理状态均有）。"))
