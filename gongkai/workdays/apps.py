from django.apps import AppConfig


class WorkdaysConfig(AppConfig):
    name = "gongkai.workdays"
    verbose_name = "工作日历"

    def ready(self):
        from gongkai.core.permissions import is_office
        from gongkai.core.web import navigation

        # The 公开办 keeps the holiday table.
        navigation.register(label="节假日安排", url_name="workdays:index", order=70, visible_to=is_office)
