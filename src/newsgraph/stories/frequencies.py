"""Document frequencies of story terms, in three tiers so a link writes few pages.

Counting an article's terms used to upsert up to ``2 x article_terms`` rows scattered over
one B-tree holding every term ever seen: about a hundred pages rewritten by every link's
commit, more distinct ones the larger the store. Instead each article's terms are
appended to ``story_df_pending`` (never more than ``fold_every`` articles' terms, a few
dozen pages); every ``fold_every``-th article folds the pending counts into ``story_df``
(one grouped upsert), and every ``compact_every``-th article moves ``story_df`` into
``story_df_base``. ``story_df`` so holds the terms of at most ``compact_every`` articles
whatever the store's size, and the fold that runs every ``fold_every`` articles rewrites
about as many pages in a store of 10,000 articles as in one of 1,000; only the rare
compaction touches the large ``story_df_base`` (a few pages per article, amortised).
Frequencies read the three tables and add them up, so every value is exactly what counting
each article at once gave; folding and compacting happen inside the linking article's own
transaction and depend only on the document count, so a crash, a rollback or a relink
leaves the same state as the incremental path. A store written before ``story_df_base``
existed keeps everything in ``story_df`` until its next compaction: the same sums.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterable

DOCUMENTS_STAT = "story_documents"
VERSION_STAT = "story_df_version"
MEMO_TERMS = 65_536
FOLD_EVERY = 32
COMPACT_EVERY = 256
_CHUNK = 400  # two lists of bound parameters per statement, under the old 999 limit


class DocumentFrequencies:
    """How many linked originals contain each term; the caller owns transactions."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        fold_every: int = FOLD_EVERY,
        compact_every: int = COMPACT_EVERY,
    ) -> None:
        if fold_every < 1:
            raise ValueError(f"fold_every must be at least 1, got {fold_every}")
        if compact_every < 1:
            raise ValueError(f"compact_every must be at least 1, got {compact_every}")
        self._conn = conn
        self.fold_every = fold_every
        self.compact_every = compact_every
        # Folded counts (``story_df_base`` + ``story_df``, 0 for absent terms) read or
        # kept up to date by this object, valid while the stored version is
        # ``_memo_version``; see ``get``.
        self._memo: dict[str, int] = {}
        self._memo_version: int | None = None

    def documents(self) -> int:
        """Originals counted so far (the IDF denominator and the ``touched`` clock)."""
        return self._stat(DOCUMENTS_STAT) or 0

    def get(self, keys: list[str]) -> dict[str, int]:
        """Document frequency of each of ``keys`` that was ever counted (all three tiers).

        The folded counts (``story_df_base`` + ``story_df``) change only when pending
        counts are folded, and every fold stores a fresh random ``VERSION_STAT``; so they
        are remembered, with this object's own folds applied to them, while the stored
        version is the one they belong to. Whoever else changed the store in between
        (another process, a relink, a rolled-back fold) changed the version, and the
        counts are read again; a store no fold has versioned yet is always read. A link
        then reads only the pending counts and the terms it has not looked up before.
        Compacting moves counts between the folded tables without changing their sums.
        """
        version = self._version()
        if version is None or version != self._memo_version:
            self._memo, self._memo_version = {}, version
        memo = self._memo
        missing = [k for k in dict.fromkeys(keys) if k not in memo]
        for chunk, marks in _chunks(missing):
            memo.update(dict.fromkeys(chunk, 0))
            for term, count in self._conn.execute(
                f"""SELECT term, df FROM story_df_base WHERE term IN ({marks})
                    UNION ALL SELECT term, df FROM story_df WHERE term IN ({marks})""",
                chunk * 2,
            ):
                memo[term] += count
        out = {k: memo[k] for k in keys if memo[k]}
        for chunk, marks in _chunks(keys):
            for term, count in self._conn.execute(
                f"""SELECT term, COUNT(*) FROM story_df_pending WHERE term IN ({marks})
                    GROUP BY term""",
                chunk,
            ):
                out[term] = out.get(term, 0) + count
        if len(memo) > MEMO_TERMS or version is None:
            self._memo, self._memo_version = {}, None
        return out

    def count(self, keys: Iterable[str], touched: int) -> None:
        """Count one more document containing ``keys``; ``touched`` is the new total."""
        self._conn.executemany(
            "INSERT INTO story_df_pending (term, touched) VALUES (?, ?)",
            ((k, touched) for k in sorted(keys)),
        )
        self._set_stat(DOCUMENTS_STAT, touched)
        if touched % self.compact_every == 0:
            self.compact()
        elif touched % self.fold_every == 0:
            self.fold()

    def fold(self) -> None:
        """Move the pending counts into ``story_df`` (same frequencies, smaller table)."""
        current = self._memo_version is not None and self._memo_version == self._version()
        self._memo_version = None  # until the fold below is written whole
        if current:
            memo = self._memo
            for term, count in self._conn.execute(
                "SELECT term, COUNT(*) FROM story_df_pending GROUP BY term"
            ):
                if term in memo:
                    memo[term] += count
        self._conn.execute(
            """INSERT INTO story_df (term, df)
               SELECT term, COUNT(*) FROM story_df_pending WHERE true GROUP BY term
               ON CONFLICT (term) DO UPDATE SET df = df + excluded.df"""
        )
        self._conn.execute("DELETE FROM story_df_pending")
        version = secrets.randbits(62)
        self._set_stat(VERSION_STAT, version)
        if current:
            self._memo_version = version
        else:
            self._memo, self._memo_version = {}, None

    def compact(self) -> None:
        """Fold, then move ``story_df`` into ``story_df_base`` (same folded sums)."""
        self.fold()
        self._conn.execute(
            """INSERT INTO story_df_base (term, df)
               SELECT term, df FROM story_df WHERE true
               ON CONFLICT (term) DO UPDATE SET df = df + excluded.df"""
        )
        self._conn.execute("DELETE FROM story_df")

    def _version(self) -> int | None:
        return self._stat(VERSION_STAT)

    def _stat(self, name: str) -> int | None:
        row = self._conn.execute("SELECT value FROM link_stats WHERE name = ?", (name,)).fetchone()
        return int(row[0]) if row else None

    def _set_stat(self, name: str, value: int) -> None:
        self._conn.execute(
            "INSERT INTO link_stats (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, value),
        )


def _chunks(keys: list[str]) -> Iterable[tuple[list[str], str]]:
    """``keys`` in slices of at most ``_CHUNK``, each with its ``?`` placeholders."""
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        yield chunk, ",".join("?" * len(chunk))


__all__ = [
    "COMPACT_EVERY",
    "DOCUMENTS_STAT",
    "FOLD_EVERY",
    "MEMO_TERMS",
    "VERSION_STAT",
    "DocumentFrequencies",
]
