"""Document frequencies of story terms, with deferred folding so a link writes few pages.

Counting an article's terms used to upsert up to ``2 x article_terms`` rows scattered over
``story_df``, a B-tree holding every term ever seen: about a hundred pages rewritten by
every link's commit, more distinct ones the larger the store. Instead each article's
terms are appended to ``story_df_pending``, a table that never holds more than
``fold_every`` articles' terms and so stays a few dozen pages, and every ``fold_every``-th
article folds the pending counts into ``story_df`` (one grouped upsert) and empties it.
Frequencies read ``story_df`` plus the pending counts, so every value is exactly what
counting each article at once gave; folding happens inside the linking article's own
transaction and depends only on the document count, so a crash, a rollback or a relink
leaves the same state as the incremental path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

DOCUMENTS_STAT = "story_documents"
FOLD_EVERY = 32
_CHUNK = 900


class DocumentFrequencies:
    """How many linked originals contain each term; the caller owns transactions."""

    def __init__(self, conn: sqlite3.Connection, fold_every: int = FOLD_EVERY) -> None:
        if fold_every < 1:
            raise ValueError(f"fold_every must be at least 1, got {fold_every}")
        self._conn = conn
        self.fold_every = fold_every

    def documents(self) -> int:
        """Originals counted so far (the IDF denominator and the ``touched`` clock)."""
        row = self._conn.execute(
            "SELECT value FROM link_stats WHERE name = ?", (DOCUMENTS_STAT,)
        ).fetchone()
        return int(row[0]) if row else 0

    def get(self, keys: list[str]) -> dict[str, int]:
        """Document frequency of each of ``keys`` that was ever counted (folded + pending)."""
        out: dict[str, int] = {}
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            out.update(
                self._conn.execute(
                    f"SELECT term, df FROM story_df WHERE term IN ({marks})", chunk
                ).fetchall()
            )
            pending = self._conn.execute(
                f"""SELECT term, COUNT(*) FROM story_df_pending WHERE term IN ({marks})
                    GROUP BY term""",
                chunk,
            )
            for term, count in pending:
                out[term] = out.get(term, 0) + count
        return out

    def count(self, keys: Iterable[str], touched: int) -> None:
        """Count one more document containing ``keys``; ``touched`` is the new total."""
        self._conn.executemany(
            "INSERT INTO story_df_pending (term, touched) VALUES (?, ?)",
            ((k, touched) for k in sorted(keys)),
        )
        self._conn.execute(
            "INSERT INTO link_stats (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (DOCUMENTS_STAT, touched),
        )
        if touched % self.fold_every == 0:
            self.fold()

    def fold(self) -> None:
        """Move the pending counts into ``story_df`` (same frequencies, smaller table)."""
        self._conn.execute(
            """INSERT INTO story_df (term, df)
               SELECT term, COUNT(*) FROM story_df_pending WHERE true GROUP BY term
               ON CONFLICT (term) DO UPDATE SET df = df + excluded.df"""
        )
        self._conn.execute("DELETE FROM story_df_pending")


__all__ = ["DOCUMENTS_STAT", "FOLD_EVERY", "DocumentFrequencies"]
