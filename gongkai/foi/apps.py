from django.apps import AppConfig


class FoiConfig(AppConfig):
    name = "gongkai.foi"
    label = "foi"
    verbose_name = "依申请公开"

    def ready(self):
        from gongkai.core.web import navigation

        from . import rules

        navigation.register(
            label="依申请公开", url_name="foi:staff-list", order=50, visible_to=rules.has_foi_access
        )
