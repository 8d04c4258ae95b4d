from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_delete


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "gongkai.search"
    verbose_name = "全文检索"

    def ready(self):
        from gongkai.core.changes import objects_changed

        from . import registry, subscribers
        from .backends.sqlite import register_functions

        # SQLite triggers keep the FTS5 table in step with the index rows; they call our tokenizer.
        connection_created.connect(register_functions, dispatch_uid="gongkai-search-sqlite-functions")
        registry.discover()
        objects_changed.connect(subscribers.on_objects_changed, dispatch_uid="gongkai-search-changes")
        for source in registry.sources():
            # A deleted object leaves the index with it, however it was deleted (the database cascade the
            # document foreign key used to give).
            post_delete.connect(
                subscribers.on_deleted,
                sender=source.model,
                dispatch_uid=f"gongkai-search-delete-{source.kind}",
            )

        from gongkai.core.web import navigation

        navigation.register(label="信息检索", url_name="search:staff-search", order=30)
