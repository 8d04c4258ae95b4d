from django.apps import AppConfig


class CatalogueConfig(AppConfig):
    name = "gongkai.catalogue"
    verbose_name = "政府信息目录"

    def ready(self):
        from gongkai.core.web import navigation

        from . import rules

        navigation.register(label="工作台", url_name="catalogue:staff-dashboard", order=10)
        navigation.register(label="政府信息", url_name="catalogue:staff-document-list", order=20)
        navigation.register(
            label="栏目与专题",
            url_name="catalogue:staff-column-list",
            order=40,
            visible_to=rules.can_manage_columns,
        )
