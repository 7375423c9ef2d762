"""The store: one writer, one transaction per article, readers that stream.

An article is stored whole or not at all: its row and every mention, timex,
event and quote go in under one ``BEGIN IMMEDIATE`` ... ``COMMIT``, so a crash
or an error mid-write leaves nothing behind and re-running the same input
completes the batch without duplicates (articles are keyed by content hash).
Nested records are kept as JSON in the shapes of CONTRACT.md; the fields
people filter on (actor codes, countries, dates, roots) are real columns.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from ..clean import dateline_in
from ..records import Actor, AnalyzedArticle, Article, Event, Rejection
from .db import StoreError, check_fts5, connect, immediate_transaction
from .migrations import migrate

# What ``_insert_children`` writes for an article, and ``replace_analysis`` replaces.
CHILD_TABLES = ("mentions", "timexes", "events", "quotes", "people")
COUNTED_TABLES = ("articles", "events", "mentions", "quotes", "timexes", "rejections")

ARTICLE_COLUMNS = (
    "key",
    "id",
    "origin",
    "url",
    "outlet",
    "title",
    "author",
    "language",
    "published",
    "published_source",
    "text",
    "removed",
    "word_count",
    "ingested_at",
    "duplicate_of",
    "story_id",
)

EVENT_COLUMNS = (
    "id",
    "cameo",
    "root",
    "plover",
    "quad_class",
    "goldstein",
    "source",
    "target",
    "mode",
    "claimant",
    "date",
    "date_precision",
    "evidence",
    "confidence",
    "location",
)
JSON_EVENT_COLUMNS = frozenset({"source", "target", "claimant", "evidence", "location"})

_ARTICLE_SELECT = ", ".join(f"a.{c}" for c in ARTICLE_COLUMNS)
_EVENT_SELECT = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What one ``Store.write`` did: ``events`` counts the events this call stored."""

    inserted: bool
    key: str
    id: str
    events: int


class DuplicateIdError(StoreError):
    """A different article (other content, other key) already uses this article's id."""

    def __init__(self, article: Article, existing_key: str) -> None:
        self.origin = article.origin
        self.id = article.id
        self.key = article.key
        self.existing_key = existing_key
        super().__init__(
            f"{article.origin}: article id {article.id!r} is already used by a different "
            f"article (stored key {existing_key[:12]}…, this one {article.key[:12]}…); "
            "give it a distinct id"
        )

    def rejection(self) -> Rejection:
        """The conflict as a rejection, for callers that count it and go on."""
        return Rejection(
            self.origin,
            "store",
            "duplicate_id",
            f"id {self.id!r} is already used by a different article ({self.existing_key[:12]}…)",
        )


class Store:
    """The embedded SQLite store. Open with ``Store.open(path)``; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path) -> Store:
        """Create ``path``'s directory if needed, connect and bring the schema up to date."""
        check_fts5()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the store's directory ({exc})") from exc
        conn = connect(path)
        try:
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        """Close the connection; ``PRAGMA optimize`` first, as SQLite advises for long runs."""
        with suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------

    def has_article(self, key: str) -> bool:
        return (
            self._conn.execute("SELECT 1 FROM articles WHERE key = ?", (key,)).fetchone()
            is not None
        )

    def write(self, analyzed: AnalyzedArticle) -> WriteResult:
        """Store one analyzed article whole, or nothing.

        A key already present stores nothing (``inserted`` False); an id taken
        by a different key raises ``DuplicateIdError``; any error rolls the
        whole article back and is re-raised (SQLite errors as ``StoreError``).
        """
        article = analyzed.article

        def failure(exc: sqlite3.Error) -> StoreError:
            return StoreError(
                f"{article.origin}: could not store article {article.id!r} ({exc}); "
                "nothing of it was written"
            )

        with immediate_transaction(self._conn, failure):
            if self.has_article(article.key):
                return WriteResult(False, article.key, article.id, 0)
            taken = self._conn.execute(
                "SELECT key FROM articles WHERE id = ?", (article.id,)
            ).fetchone()
            if taken is not None:
                raise DuplicateIdError(article, taken[0])
            self._insert_article(article)
            self._insert_children(analyzed)
        return WriteResult(True, article.key, article.id, len(analyzed.events))

    def _insert_article(self, article: Article) -> None:
        self._conn.execute(
            """INSERT INTO articles (key, seq, id, origin, url, outlet, title, author, language,
                   published, published_source, text, removed, word_count, ingested_at)
               VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles),
                       ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.key,
                article.id,
                article.origin,
                article.url,
                article.outlet,
                article.title,
                article.author,
                article.language,
                article.published,
                article.published_source,
                article.text,
                _dumps(list(article.removed)),
                len(article.text.split()),
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )

    def _insert_children(self, analyzed: AnalyzedArticle) -> None:
        key = analyzed.article.key
        self._conn.executemany(
            """INSERT INTO mentions (article_key, n, start, "end", text, label, actor,
                   country, org, sector, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                (
                    key,
                    n,
                    m.start,
                    m.end,
                    m.text,
                    m.label,
                    _record_json(m.actor),
                    *_actor_columns(m.actor),
                )
                for n, m in enumerate(analyzed.mentions)
            ),
        )
        self._conn.executemany(
            """INSERT INTO timexes (article_key, n, start, "end", text, type, value)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (
                (key, n, t.start, t.end, t.text, t.type, t.value)
                for n, t in enumerate(analyzed.timexes)
            ),
        )
        self._conn.executemany(
            """INSERT INTO events (id, article_key, n, cameo, root, plover, quad_class,
                   goldstein, source, target, source_code, target_code, mode, claimant, date,
                   date_precision, location, evidence, confidence)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (_event_row(key, n, e) for n, e in enumerate(analyzed.events)),
        )
        self._conn.executemany(
            """INSERT INTO quotes (article_key, n, start, "end", text, direct, cue, speaker)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                (key, n, q.start, q.end, q.text, int(q.direct), q.cue, _record_json(q.speaker))
                for n, q in enumerate(analyzed.quotes)
            ),
        )
        self._conn.executemany(
            """INSERT INTO people (article_key, n, start, "end", text) VALUES (?, ?, ?, ?, ?)""",
            ((key, n, p.start, p.end, p.text) for n, p in enumerate(analyzed.people)),
        )

    def write_rejection(self, rejection: Rejection) -> None:
        """Record a rejection; the same (origin, stage, code) again replaces it, never adds."""
        try:
            self._conn.execute(
                """INSERT INTO rejections (origin, stage, code, detail, created_at)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (origin, stage, code)
                   DO UPDATE SET detail = excluded.detail, created_at = excluded.created_at""",
                (
                    rejection.origin,
                    rejection.stage,
                    rejection.code,
                    rejection.detail,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )
        except sqlite3.Error as exc:
            raise StoreError(f"{rejection.origin}: could not store rejection ({exc})") from exc

    def replace_analysis(self, analyzed: AnalyzedArticle) -> None:
        """Swap a stored article's analysis (and publication date) for a new one, whole.

        For re-analysis of an article already stored, e.g. with a publication date inferred
        later; the text and key stay. Its links are stale afterwards: relink.
        """
        article = analyzed.article

        def failure(exc: sqlite3.Error) -> StoreError:
            return StoreError(
                f"{article.origin}: could not replace the analysis of {article.id!r} ({exc}); "
                "the stored one is kept"
            )

        with immediate_transaction(self._conn, failure):
            updated = self._conn.execute(
                "UPDATE articles SET published = ?, published_source = ? WHERE key = ?",
                (article.published, article.published_source, article.key),
            )
            if updated.rowcount != 1:
                raise StoreError(f"{article.origin}: article {article.id!r} is not in the store")
            for table in CHILD_TABLES:
                self._conn.execute(f"DELETE FROM {table} WHERE article_key = ?", (article.key,))
            self._insert_children(analyzed)

    def add_outlet_lines(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """Remember (outlet, line key, article fingerprint) observations of cleaning."""
        if not rows:
            return

        def failure(exc: sqlite3.Error) -> StoreError:
            return StoreError(f"{self.path}: could not store outlet line statistics ({exc})")

        with immediate_transaction(self._conn, failure):
            self._conn.executemany(
                "INSERT OR IGNORE INTO outlet_lines (outlet, line_key, article) VALUES (?, ?, ?)",
                rows,
            )

    # -- reading --------------------------------------------------------------------------

    def article(self, key: str) -> Article | None:
        """A stored article as the pipeline's ``Article`` (for re-analysis), or None."""
        row = self._conn.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            return None
        removed = tuple(_loads(row["removed"]) or ())
        return Article(
            key=row["key"],
            id=row["id"],
            origin=row["origin"],
            text=row["text"],
            removed=removed,
            title=row["title"],
            url=row["url"],
            outlet=row["outlet"],
            author=row["author"],
            language=row["language"],
            published=row["published"],
            published_source=row["published_source"],
            dateline=dateline_in(removed),
        )

    def outlet_lines(self, outlet: str) -> list[tuple[str, str]]:
        """An outlet's remembered (line key, article fingerprint) observations."""
        return [
            (row[0], row[1])
            for row in self._conn.execute(
                "SELECT line_key, article FROM outlet_lines WHERE outlet = ?", (outlet,)
            )
        ]

    def counts(self) -> dict[str, int]:
        """Row counts of the record tables (articles, events, mentions, quotes, ...)."""
        return {
            table: self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in COUNTED_TABLES
        }

    def rejections(self) -> list[Rejection]:
        """Stored rejections, in the order they were first recorded."""
        rows = self._conn.execute("SELECT origin, stage, code, detail FROM rejections ORDER BY id")
        return [Rejection(*row) for row in rows]

    def articles(self) -> Iterator[dict[str, Any]]:
        """Every stored article (no nested lists), streamed in ``id`` order."""
        rows = self._conn.execute(f"SELECT {_ARTICLE_SELECT} FROM articles a ORDER BY a.id")
        for row in rows:
            yield _article_dict(row)

    def events(self) -> Iterator[dict[str, Any]]:
        """Every stored event as a CONTRACT.md Event plus ``article_id``, ``article_key``
        and ``story_id``, streamed in (article id, position in article) order."""
        # CROSS JOIN pins articles as the outer loop, so both ORDER BY terms come
        # from indexes and rows stream without a sort of the whole table.
        rows = self._conn.execute(
            f"""SELECT {_EVENT_SELECT}, a.id AS article_id, a.key AS article_key, a.story_id
                FROM articles a CROSS JOIN events e ON e.article_key = a.key
                ORDER BY a.id, e.n"""
        )
        for row in rows:
            yield _event_dict(row)

    def quotes(self) -> Iterator[dict[str, Any]]:
        """Every stored quote as a CONTRACT.md Quote plus ``article_id``, in article order."""
        rows = self._conn.execute(
            """SELECT a.id AS article_id, q.start, q."end", q.text, q.direct, q.cue, q.speaker
               FROM articles a CROSS JOIN quotes q ON q.article_key = a.key
               ORDER BY a.id, q.n"""
        )
        for row in rows:
            yield {
                "article_id": row["article_id"],
                "speaker": json.loads(row["speaker"]) if row["speaker"] else None,
                "text": row["text"],
                "start": row["start"],
                "end": row["end"],
                "direct": bool(row["direct"]),
                "cue": row["cue"],
            }

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles matching an FTS5 query over title and text, best first.

        Each result is an ``articles()`` row plus ``snippet`` (matches in
        [brackets]) and ``rank`` (bm25; lower is better).
        """
        if not query.strip():
            raise StoreError("search: the query is empty")
        if limit < 1:
            raise StoreError(f"search: limit must be at least 1, got {limit}")
        try:
            rows = self._conn.execute(
                f"""SELECT {_ARTICLE_SELECT},
                        snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet,
                        articles_fts.rank AS rank
                    FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
                    WHERE articles_fts MATCH ?
                    ORDER BY articles_fts.rank, a.id
                    LIMIT ?""",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search: cannot use query {query!r} ({exc})") from exc
        return [
            {**_article_dict(row), "snippet": row["snippet"], "rank": row["rank"]} for row in rows
        ]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _record_json(record: Any) -> str | None:
    return None if record is None else _dumps(asdict(record))


def _actor_columns(actor: Actor | None) -> tuple[str | None, ...]:
    if actor is None:
        return (None, None, None, None)
    return (actor.country, actor.org, actor.sector, actor.code)


def _event_row(key: str, n: int, event: Event) -> tuple[Any, ...]:
    return (
        event.id,
        key,
        n,
        event.cameo,
        event.root,
        event.plover,
        event.quad_class,
        event.goldstein,
        _record_json(event.source),
        _record_json(event.target),
        event.source.code if event.source else None,
        event.target.code if event.target else None,
        event.mode,
        _record_json(event.claimant),
        event.date,
        event.date_precision,
        _record_json(event.location),
        _dumps([asdict(e) for e in event.evidence]),
        event.confidence,
    )


def _article_dict(row: sqlite3.Row) -> dict[str, Any]:
    doc = {column: row[column] for column in ARTICLE_COLUMNS}
    doc["removed"] = _loads(doc["removed"])
    return doc


def _event_dict(row: sqlite3.Row) -> dict[str, Any]:
    doc = {
        column: _loads(row[column]) if column in JSON_EVENT_COLUMNS else row[column]
        for column in EVENT_COLUMNS
    }
    doc["article_id"] = row["article_id"]
    doc["article_key"] = row["article_key"]
    doc["story_id"] = row["story_id"]
    return doc
