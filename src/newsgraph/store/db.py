"""SQLite connections configured the one way the store relies on.

WAL lets readers (``export``, ``search``) run while an ingest writes; with WAL,
``synchronous=NORMAL`` keeps the database consistent after a crash at a fraction
of the fsync cost of FULL (at worst the commits since the last checkpoint are
lost in a power cut, never half an article; re-running the ingest restores them).
Transactions are explicit (``isolation_level=None``) so the writer decides exactly
where each one begins and ends.

Checkpoint policy: linking one article rewrites a few hundred pages scattered over
large B-trees (document frequencies, LSH buckets, story postings). SQLite's default
checkpoint every 1,000 WAL pages copied them back into the database every three or
four articles, and as the store grew fewer of those pages were shared between
checkpoints, so the copying per article grew with the store. Checkpointing every
``WAL_CHECKPOINT_PAGES`` lets pages rewritten by many articles (the hot
document-frequency and posting pages) be copied once per checkpoint instead of once
per few articles; ``WAL_LIMIT_BYTES`` bounds the WAL file a long reader can leave
behind. The page cache holds the hot link tables of a store of tens of thousands of
articles, so their lookups do not go to the file system.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ..errors import NewsgraphError

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 65_536
WAL_CHECKPOINT_PAGES = 10_000
WAL_LIMIT_BYTES = 64 * 1024 * 1024


class StoreError(NewsgraphError):
    """The store cannot be opened, migrated, read or written."""


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    """Open ``path`` with WAL, foreign keys, ``synchronous=NORMAL``, a busy timeout, the
    page cache and (when writable) the checkpoint policy described above.

    Rows come back as ``sqlite3.Row``. A read-only connection never creates the
    file and refuses writes; a writable one insists on WAL because the crash
    guarantee above depends on it.
    """
    try:
        if readonly:
            if not path.is_file():
                raise StoreError(f"{path}: no store here (nothing to open read-only)")
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                isolation_level=None,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
        else:
            conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open the store ({exc})") from exc
    try:
        _configure(conn, path, readonly)
    except BaseException:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection, path: Path, readonly: bool) -> None:
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if not readonly:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(
                    f"{path}: the store needs WAL journaling but SQLite chose {mode!r} "
                    "(is the file on a network or read-only file system?)"
                )
            conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
            conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable SQLite store ({exc})") from exc


def check_fts5() -> None:
    """Fail early, with a fix, when this Python's SQLite was built without FTS5."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE fts5_probe USING fts5(body)")
    except sqlite3.OperationalError as exc:
        raise StoreError(
            f"this Python's SQLite {sqlite3.sqlite_version} has no FTS5 full-text search "
            f"({exc}); install a Python whose sqlite3 module is built with FTS5 "
            "(the python.org, conda and most Linux distribution builds are)"
        ) from exc
    finally:
        probe.close()


@contextmanager
def immediate_transaction(
    conn: sqlite3.Connection, failure: Callable[[sqlite3.Error], Exception]
) -> Iterator[None]:
    """One write transaction, whole or not at all: any exception rolls it back.

    SQLite errors come out as ``failure(error)`` (a typed error naming what was being
    written); anything else, KeyboardInterrupt included, is re-raised as it is.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise failure(exc) from exc
        raise
