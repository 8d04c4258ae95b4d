from django.apps import AppConfig


class CatalogueConfig(AppConfig):
    name = "gongkai.catalogue"
    verbose_name = "政府信息目录"

    def ready(self):
        from .audit_codes import register

        register()  # this app's audit codes and their Chinese labels
