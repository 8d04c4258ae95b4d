from django.apps import AppConfig
from django.db.backends.signals import connection_created


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "gongkai.search"
    verbose_name = "全文检索"

    def ready(self):
        from .backends.sqlite import register_functions

        # SQLite triggers keep the FTS5 table in step with the index rows; they call our tokenizer.
        connection_created.connect(register_functions, dispatch_uid="gongkai-search-sqlite-functions")

        from gongkai.core.web import navigation

        navigation.register(label="信息检索", url_name="search:staff-search", order=30)
