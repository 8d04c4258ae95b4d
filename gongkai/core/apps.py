from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "gongkai.core"
    verbose_name = "基础：部门、人员与审计"

    def ready(self):
        from .audit_vocabulary import audit_codes_autodiscover

        audit_codes_autodiscover()  # every app's audit codes and their Chinese labels

        from .permissions import is_office, is_sysadmin
        from .web import navigation

        navigation.register(label="系统管理", url_name="sysadmin:index", order=80, visible_to=is_sysadmin)
        navigation.register(label="查看记录", url_name="accesslog:list", order=75, visible_to=is_office)

        from . import checks  # noqa: F401  (registers the deployment checks)
