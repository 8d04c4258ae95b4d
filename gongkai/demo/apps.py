from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "gongkai.demo"
    verbose_name = "演示数据"
