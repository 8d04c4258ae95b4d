from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "gongkai.portal"
    verbose_name = "门户网站"

    def ready(self):
        from gongkai.core.web import navigation

        navigation.register(label="访问门户", url_name="portal:home", order=90)
