"""Import and export of applications (CSV and JSON) to migrate from or to another system.

The column set, with each column's meaning and allowed values, is `columns.COLUMNS`; the import page shows
the same table. Export: `export.applications_export`; import: `importer.applications_import`.
"""

from .columns import COLUMNS, Column
from .export import applications_export, export_rows
from .importer import ImportFailed, RowError, applications_import, parse_file

__all__ = [
    "COLUMNS",
    "Column",
    "ImportFailed",
    "RowError",
    "applications_export",
    "applications_import",
    "export_rows",
    "parse_file",
]
