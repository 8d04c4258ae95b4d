"""The search backend for a database connection, chosen from its vendor (SQLite FTS5 or PostgreSQL)."""

from django.db import connection as default_connection

from . import postgres, sqlite

_BY_VENDOR = {"sqlite": sqlite, "postgresql": postgres}


def backend_for(connection=None):
    connection = connection or default_connection
    try:
        return _BY_VENDOR[connection.vendor]
    except KeyError:
        raise NotImplementedError(f"全文检索不支持数据库 {connection.vendor}") from None


def backend_for_name(name: str):
    return {"sqlite": sqlite, "postgresql": postgres}[name]
