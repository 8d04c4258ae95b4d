from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "gongkai.core"
    verbose_name = "基础：部门、人员与审计"

    def ready(self):
        from .permissions import is_sysadmin
        from .web import navigation

        navigation.register(label="系统管理", url_name="sysadmin:index", order=80, visible_to=is_sysadmin)
