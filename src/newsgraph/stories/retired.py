"""Ids retired by folds, so an id a user saw in an earlier export can still be found.

A fold (``StoryClusterer._fold``) deletes the younger story's row and may merge its
events into the survivor's; both ids stop naming a record. Each is kept in
``retired_ids`` with the record that now holds its content; chains stay flat (a story
folded into one that is folded later points at the last survivor), so one lookup
answers. A relink empties the table with the other link tables and, folding at the same
moments, writes the same rows.
"""

from __future__ import annotations

import sqlite3
from typing import Literal

RetiredKind = Literal["story", "event"]


def retire(conn: sqlite3.Connection, kind: RetiredKind, old: str, current: str) -> None:
    """Record that ``old`` (a ``kind`` id) now lives on as ``current``, re-pointing the
    ids ``old`` had absorbed before."""
    conn.execute(
        "UPDATE retired_ids SET current = ? WHERE kind = ? AND current = ?", (current, kind, old)
    )
    conn.execute(
        "INSERT OR REPLACE INTO retired_ids (id, kind, current) VALUES (?, ?, ?)",
        (old, kind, current),
    )


def former_ids(conn: sqlite3.Connection, kind: RetiredKind, current: str) -> list[str]:
    """The retired ``kind`` ids whose content ``current`` now holds, sorted."""
    rows = conn.execute(
        "SELECT id FROM retired_ids WHERE kind = ? AND current = ? ORDER BY id", (kind, current)
    )
    return [row[0] for row in rows]


def former_ids_by_current(conn: sqlite3.Connection, kind: RetiredKind) -> dict[str, list[str]]:
    """Every record's retired ``kind`` ids (sorted), keyed by the record: one read for an
    export instead of one per record."""
    out: dict[str, list[str]] = {}
    rows = conn.execute(
        "SELECT current, id FROM retired_ids WHERE kind = ? ORDER BY current, id", (kind,)
    )
    for current, retired in rows:
        out.setdefault(current, []).append(retired)
    return out


def current_id(conn: sqlite3.Connection, kind: RetiredKind, record_id: str) -> str:
    """The id that names ``record_id``'s content now: itself unless a fold retired it."""
    row = conn.execute(
        "SELECT current FROM retired_ids WHERE kind = ? AND id = ?", (kind, record_id)
    ).fetchone()
    return record_id if row is None else str(row[0])


__all__ = ["RetiredKind", "current_id", "former_ids", "former_ids_by_current", "retire"]
