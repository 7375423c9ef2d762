"""The store schema as an ordered list of named migrations.

Each migration runs in its own transaction and is recorded by name in
``_migrations``, so opening an old store brings it up to date and opening a
current one changes nothing. Released migrations are never edited: a schema
change is a new migration appended at the end.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from .db import StoreError

NAME_PATTERN = re.compile(r"^\d{4}_[a-z0-9_]+$")


@dataclass(frozen=True, slots=True)
class Migration:
    """One named schema step; ``statements`` run in order inside one transaction."""

    name: str
    statements: tuple[str, ...]

    def __post_init__(self) -> None:
        if not NAME_PATTERN.match(self.name):
            raise StoreError(f"migration {self.name!r}: name must look like '0007_what_it_adds'")
        if not self.statements:
            raise StoreError(f"migration {self.name!r}: has no statements")


# ``seq`` is the articles' full-text rowid. SQLite may renumber implicit rowids on
# VACUUM, which would silently detach an external-content FTS index, so the
# index is keyed on a column of our own that nothing ever renumbers. The porter
# stemmer lets "sanction" find "sanctions"; diacritics fold so "Sao" finds "São".
ARTICLES = Migration(
    "0001_articles",
    (
        """CREATE TABLE articles (
            key TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            id TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL,
            url TEXT,
            outlet TEXT,
            title TEXT,
            author TEXT,
            language TEXT NOT NULL,
            published TEXT,
            published_source TEXT NOT NULL,
            text TEXT NOT NULL,
            removed TEXT NOT NULL DEFAULT '[]',
            word_count INTEGER NOT NULL,
            ingested_at TEXT NOT NULL,
            duplicate_of TEXT REFERENCES articles(key) ON DELETE SET NULL,
            story_id TEXT
        )""",
        "CREATE INDEX articles_duplicate_of ON articles(duplicate_of)",
        "CREATE INDEX articles_story_id ON articles(story_id)",
    ),
)

ARTICLES_FTS = Migration(
    "0002_articles_fts",
    (
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='seq',
            tokenize='porter unicode61 remove_diacritics 2'
        )""",
        """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END""",
        """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
        END""",
        """CREATE TRIGGER articles_fts_update AFTER UPDATE OF seq, title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END""",
        # Articles stored before this migration get indexed too.
        "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
    ),
)

MENTIONS = Migration(
    "0003_mentions",
    (
        """CREATE TABLE mentions (
            article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL,
            actor TEXT,
            country TEXT,
            org TEXT,
            sector TEXT,
            code TEXT,
            PRIMARY KEY (article_key, n)
        )""",
        "CREATE INDEX mentions_country ON mentions(country)",
        "CREATE INDEX mentions_org ON mentions(org)",
    ),
)

EVENTS = Migration(
    "0004_events",
    (
        """CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            cameo TEXT NOT NULL,
            root TEXT NOT NULL,
            plover TEXT,
            quad_class INTEGER NOT NULL,
            goldstein REAL NOT NULL,
            source TEXT,
            target TEXT,
            source_code TEXT,
            target_code TEXT,
            mode TEXT NOT NULL,
            claimant TEXT,
            date TEXT,
            date_precision TEXT NOT NULL,
            location TEXT,
            evidence TEXT NOT NULL,
            confidence REAL NOT NULL,
            UNIQUE (article_key, n)
        )""",
        "CREATE INDEX events_root ON events(root)",
        "CREATE INDEX events_dyad ON events(source_code, target_code)",
        "CREATE INDEX events_date ON events(date)",
    ),
)

TIMEXES_QUOTES = Migration(
    "0005_timexes_quotes",
    (
        """CREATE TABLE timexes (
            article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (article_key, n)
        )""",
        """CREATE TABLE quotes (
            article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            direct INTEGER NOT NULL CHECK (direct IN (0, 1)),
            cue TEXT NOT NULL,
            speaker TEXT,
            PRIMARY KEY (article_key, n)
        )""",
    ),
)

REJECTIONS = Migration(
    "0006_rejections",
    (
        """CREATE TABLE rejections (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,
            stage TEXT NOT NULL,
            code TEXT NOT NULL,
            detail TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (origin, stage, code)
        )""",
    ),
)

# Duplicate detection state: one row per linked article (its exact-content hash
# and MinHash signature as packed uint32), plus the LSH buckets it falls in, so a
# new article is checked by a handful of indexed lookups, never by re-reading text.
DEDUP = Migration(
    "0007_dedup",
    (
        """CREATE TABLE dedup_signatures (
            article_key TEXT PRIMARY KEY REFERENCES articles(key) ON DELETE CASCADE,
            seq INTEGER NOT NULL UNIQUE,
            exact TEXT NOT NULL,
            signature BLOB NOT NULL
        )""",
        "CREATE INDEX dedup_signatures_exact ON dedup_signatures(exact, seq)",
        """CREATE TABLE dedup_buckets (
            bucket INTEGER NOT NULL,
            article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
            PRIMARY KEY (bucket, article_key)
        ) WITHOUT ROWID""",
        "CREATE INDEX dedup_buckets_article ON dedup_buckets(article_key)",
    ),
)

# Story clustering state (online TF-IDF centroids, document frequencies, an
# inverted index from a story's top terms to the story) and merged events.
STORIES = Migration(
    "0008_stories",
    (
        """CREATE TABLE link_stats (name TEXT PRIMARY KEY, value INTEGER NOT NULL)""",
        """CREATE TABLE story_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID""",
        """CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            first_date TEXT,
            last_date TEXT,
            text_vector TEXT NOT NULL,
            entity_vector TEXT NOT NULL,
            touched INTEGER NOT NULL
        )""",
        """CREATE TABLE story_postings (
            term TEXT NOT NULL,
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            touched INTEGER NOT NULL,
            PRIMARY KEY (term, story_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX story_postings_recent ON story_postings(term, touched DESC)",
        "CREATE INDEX story_postings_story ON story_postings(story_id)",
        """CREATE TABLE linked_articles (
            article_key TEXT PRIMARY KEY REFERENCES articles(key) ON DELETE CASCADE,
            seq INTEGER NOT NULL UNIQUE,
            story_id TEXT NOT NULL,
            duplicate_of TEXT,
            duplicate_kind TEXT CHECK (duplicate_kind IN ('exact', 'near')),
            similarity REAL
        )""",
        "CREATE INDEX linked_articles_story ON linked_articles(story_id, seq)",
        """CREATE TABLE merged_events (
            id TEXT PRIMARY KEY,
            story_id TEXT NOT NULL,
            root TEXT NOT NULL,
            source_code TEXT NOT NULL,
            target_code TEXT NOT NULL,
            realis INTEGER NOT NULL,
            date TEXT,
            date_precision TEXT NOT NULL,
            seq INTEGER NOT NULL UNIQUE
        )""",
        "CREATE INDEX merged_events_dyad ON merged_events(story_id, source_code, target_code)",
        """CREATE TABLE merged_event_members (
            event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            merged_id TEXT NOT NULL REFERENCES merged_events(id) ON DELETE CASCADE,
            article_key TEXT NOT NULL,
            seq INTEGER NOT NULL
        )""",
        "CREATE INDEX merged_event_members_merged ON merged_event_members(merged_id, seq)",
    ),
)

# What cleaning learned about each outlet's repeated lines (clean.OutletLineStats), so an
# outlet's furniture is recognised across ingest runs, not only within one.
OUTLET_LINES = Migration(
    "0009_outlet_lines",
    (
        """CREATE TABLE outlet_lines (
            outlet TEXT NOT NULL,
            line_key TEXT NOT NULL,
            article TEXT NOT NULL,
            PRIMARY KEY (outlet, line_key, article)
        ) WITHOUT ROWID""",
    ),
)

# Story postings keyed the way they are read: "the stories that touched this term last" is
# a range of the primary key itself, so the separate (term, touched) index goes, and with
# it one of the three B-trees every story update rewrote ~50 random entries of (a sixth of
# the pages a link commits, which the WAL then has to checkpoint). The key's order
# (term, touched DESC, story_id) is the order that index gave, so reads are unchanged.
# ``_post`` replaces all of a story's postings at once with one ``touched``, so a story
# still appears at most once under a term.
STORY_POSTINGS_BY_RECENCY = Migration(
    "0010_story_postings_by_recency",
    (
        """CREATE TABLE story_postings_by_recency (
            term TEXT NOT NULL,
            touched INTEGER NOT NULL,
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            PRIMARY KEY (term, touched DESC, story_id)
        ) WITHOUT ROWID""",
        """INSERT INTO story_postings_by_recency (term, touched, story_id)
           SELECT term, touched, story_id FROM story_postings""",
        "DROP TABLE story_postings",
        "ALTER TABLE story_postings_by_recency RENAME TO story_postings",
        "CREATE INDEX story_postings_story ON story_postings(story_id)",
    ),
)

# LSH buckets keyed by the article's integer ``dedup_signatures.seq`` instead of its
# 64-character content key: each linked article adds one row per band (64 of them) at
# random places in this B-tree, which at 10k articles weighed 67 MB, more than the page
# cache, and dirtied ~84 pages a commit. Integer rows are about a sixth of the size, so
# the tree stays in the cache and a checkpoint has fewer distinct pages to copy. A bucket
# row follows its signature (and so its article) when either is deleted.
DEDUP_BUCKETS_BY_SEQ = Migration(
    "0011_dedup_buckets_by_seq",
    (
        """CREATE TABLE dedup_buckets_by_seq (
            bucket INTEGER NOT NULL,
            seq INTEGER NOT NULL REFERENCES dedup_signatures(seq) ON DELETE CASCADE,
            PRIMARY KEY (bucket, seq)
        ) WITHOUT ROWID""",
        """INSERT INTO dedup_buckets_by_seq (bucket, seq)
           SELECT b.bucket, s.seq FROM dedup_buckets b
           JOIN dedup_signatures s ON s.article_key = b.article_key""",
        "DROP TABLE dedup_buckets",
        "ALTER TABLE dedup_buckets_by_seq RENAME TO dedup_buckets",
        "CREATE INDEX dedup_buckets_seq ON dedup_buckets(seq)",
    ),
)

# Terms counted by the articles linked since the last fold into ``story_df``
# (stories.frequencies): appending here instead of upserting into ``story_df`` keeps the
# pages a link rewrites few and the same whatever the store's size.
STORY_DF_PENDING = Migration(
    "0012_story_df_pending",
    (
        """CREATE TABLE story_df_pending (
            term TEXT NOT NULL,
            touched INTEGER NOT NULL,
            PRIMARY KEY (term, touched)
        ) WITHOUT ROWID""",
    ),
)

# The people the parser named in each article (PERSON entities, resolved to an actor or
# not), which story linking reads to keep look-alike stories apart (stories.people).
# Articles stored before this migration have none, so the check stays off for them.
PEOPLE = Migration(
    "0013_people",
    (
        """CREATE TABLE people (
            article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_key, n)
        ) WITHOUT ROWID""",
    ),
)

# LSH buckets written in batches (dedup.index): an article's buckets wait here, packed as
# little-endian int64 in one row appended under its ``seq``, until ``bucket_batch``
# articles are pending; then they go into ``dedup_buckets`` in bucket order and this
# table is emptied. A store written before this migration has every bucket in
# ``dedup_buckets`` already, so nothing is pending.
DEDUP_PENDING_BUCKETS = Migration(
    "0014_dedup_pending_buckets",
    (
        """CREATE TABLE dedup_pending (
            seq INTEGER PRIMARY KEY REFERENCES dedup_signatures(seq) ON DELETE CASCADE,
            buckets BLOB NOT NULL
        )""",
    ),
)

# Ids that stopped naming a record when a fold merged it into another (stories.retired):
# a story folded into an older one, a merged event merged into the survivor's. ``current``
# is the record that holds its content now (chains are kept flat), so an id a user saw
# in an earlier export can still be found (the ``former_ids`` of stories and events).
RETIRED_IDS = Migration(
    "0015_retired_ids",
    (
        """CREATE TABLE retired_ids (
            kind TEXT NOT NULL CHECK (kind IN ('story', 'event')),
            id TEXT NOT NULL,
            current TEXT NOT NULL,
            PRIMARY KEY (kind, id)
        ) WITHOUT ROWID""",
        "CREATE INDEX retired_ids_current ON retired_ids(kind, current)",
    ),
)

# Document frequencies compacted out of ``story_df`` every few hundred articles
# (stories.frequencies): ``story_df`` then stays small, so the fold of pending counts that
# runs every few dozen articles rewrites as many pages whatever the store's size. A store
# written before this migration keeps its counts in ``story_df`` until its next compaction.
STORY_DF_BASE = Migration(
    "0016_story_df_base",
    ("""CREATE TABLE story_df_base (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID""",),
)

# Whether a merged event's date is only the publication day of a report of it (``1``: no
# time expression dated it, and it is reported as having happened), which fits an event
# dated a few days before (stories.merge). Rows merged before this migration keep their
# old tolerance (``0``).
MERGED_EVENT_REPORT_DAY = Migration(
    "0017_merged_event_report_day",
    ("ALTER TABLE merged_events ADD COLUMN date_report_day INTEGER NOT NULL DEFAULT 0",),
)

MIGRATIONS: tuple[Migration, ...] = (
    ARTICLES,
    ARTICLES_FTS,
    MENTIONS,
    EVENTS,
    TIMEXES_QUOTES,
    REJECTIONS,
    DEDUP,
    STORIES,
    OUTLET_LINES,
    STORY_POSTINGS_BY_RECENCY,
    DEDUP_BUCKETS_BY_SEQ,
    STORY_DF_PENDING,
    PEOPLE,
    DEDUP_PENDING_BUCKETS,
    RETIRED_IDS,
    STORY_DF_BASE,
    MERGED_EVENT_REPORT_DAY,
)


def applied_migrations(conn: sqlite3.Connection) -> tuple[str, ...]:
    """Names recorded in ``_migrations``, in order (empty for a fresh database)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'"
    ).fetchone()
    if not exists:
        return ()
    return tuple(row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY name"))


def migrate(
    conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS
) -> tuple[str, ...]:
    """Apply the missing ``migrations`` in order, one transaction each; returns their names.

    Safe to call on every open and from two processes at once: each migration
    re-checks, under the write lock, whether another process applied it first.
    """
    _check_order(migrations)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    known = {m.name for m in migrations}
    unknown = sorted(set(applied_migrations(conn)) - known)
    if unknown:
        raise StoreError(
            f"the store has migrations this newsgraph does not know ({', '.join(unknown)}): "
            "it was written by a newer version"
        )
    done: list[str] = []
    for migration in migrations:
        if _apply(conn, migration):
            done.append(migration.name)
    return tuple(done)


def _apply(conn: sqlite3.Connection, migration: Migration) -> bool:
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT 1 FROM _migrations WHERE name = ?", (migration.name,)).fetchone():
            conn.execute("ROLLBACK")
            return False
        for statement in migration.statements:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
            (migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise StoreError(f"migration {migration.name} failed: {exc}") from exc
        raise
    return True


def _check_order(migrations: Sequence[Migration]) -> None:
    names = [m.name for m in migrations]
    if names != sorted(set(names)):
        raise StoreError(f"migrations must have unique names in ascending order, got {names}")
