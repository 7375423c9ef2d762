"""The embedded SQLite store (WAL, FTS5): named migrations, one writer, streaming exports.

The export function lives at ``newsgraph.store.export.export``; it is not re-exported
here so that ``newsgraph.store.export`` always names the module.
"""

from .db import StoreError, check_fts5, connect
from .export import EXPORT_FORMATS, EXPORT_KINDS, ExportError
from .migrations import MIGRATIONS, Migration, applied_migrations, migrate
from .writer import DuplicateIdError, Store, WriteResult

__all__ = [
    "EXPORT_FORMATS",
    "EXPORT_KINDS",
    "MIGRATIONS",
    "DuplicateIdError",
    "ExportError",
    "Migration",
    "Store",
    "StoreError",
    "WriteResult",
    "applied_migrations",
    "check_fts5",
    "connect",
    "migrate",
]
