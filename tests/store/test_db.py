"""Connections and migrations: pragmas as promised, named steps applied once, failures typed."""

from __future__ import annotations

import re
import sqlite3
from itertools import pairwise
from pathlib import Path

import pytest

from newsgraph.errors import NewsgraphError
from newsgraph.store import (
    MIGRATIONS,
    Migration,
    Store,
    StoreError,
    applied_migrations,
    check_fts5,
    connect,
    migrate,
)
from newsgraph.store import db as store_db

ARTICLE_ROW = """INSERT INTO articles (key, seq, id, origin, language, published_source, text,
    word_count, ingested_at) VALUES ('k1', 1, 'a1', 'a.txt', 'en', 'none',
    'Fishing quotas were discussed in Lisbon.', 6, '2025-01-01T00:00:00+00:00')"""


def test_connection_uses_wal_foreign_keys_normal_sync_and_rows(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == store_db.BUSY_TIMEOUT_MS
        row = conn.execute("SELECT 1 AS one").fetchone()
        assert row["one"] == 1
        assert conn.isolation_level is None
    finally:
        conn.close()


def test_writable_connections_checkpoint_rarely_and_cache_the_hot_tables(
    tmp_path: Path,
) -> None:
    conn = connect(tmp_path / "s.db")
    try:
        pages = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        assert pages == store_db.WAL_CHECKPOINT_PAGES > 1000  # SQLite's default is 1000
        assert conn.execute("PRAGMA journal_size_limit").fetchone()[0] == store_db.WAL_LIMIT_BYTES
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -store_db.CACHE_KIB
    finally:
        conn.close()


def test_the_wal_is_checkpointed_and_truncated_once_it_passes_the_policy_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_db, "WAL_CHECKPOINT_PAGES", 50)
    monkeypatch.setattr(store_db, "WAL_LIMIT_BYTES", 8 * 4096)
    path = tmp_path / "s.db"
    conn = connect(path)
    wal = Path(f"{path}-wal")
    try:
        conn.execute("CREATE TABLE blobs (n INTEGER PRIMARY KEY, body BLOB NOT NULL)")
        sizes = []
        for n in range(40):
            conn.execute("INSERT INTO blobs (n, body) VALUES (?, zeroblob(8000))", (n,))
            sizes.append(wal.stat().st_size)
        # Each commit adds ~3 pages: after ~50 the WAL is checkpointed, and the file is cut
        # back to the limit when it restarts, instead of growing with the store.
        assert max(sizes) < 80 * 4096
        assert any(later < earlier for earlier, later in pairwise(sizes))
        assert conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 40
    finally:
        conn.close()


def test_readonly_connection_reads_but_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store.open(path):
        pass
    conn = connect(path, readonly=True)
    try:
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute(ARTICLE_ROW)
    finally:
        conn.close()


def test_readonly_connection_never_creates_a_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=re.escape("missing.db: no store here")):
        connect(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()


def test_a_file_that_is_not_sqlite_is_a_store_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are notes, not a database\n" * 64)
    with pytest.raises(StoreError, match=re.escape("notes.db: not a usable SQLite store")):
        connect(path)


def test_an_unopenable_path_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open the store"):
        connect(tmp_path / "no" / "such" / "dir" / "s.db")


def test_store_error_is_a_newsgraph_error_so_the_cli_reports_it() -> None:
    assert issubclass(StoreError, NewsgraphError)


def test_fts5_is_available_here() -> None:
    check_fts5()


def test_missing_fts5_is_reported_with_a_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoFts5:
        def execute(self, sql: str) -> None:
            raise sqlite3.OperationalError("no such module: fts5")

        def close(self) -> None:
            pass

    monkeypatch.setattr(store_db.sqlite3, "connect", lambda *a, **k: NoFts5())
    with pytest.raises(StoreError, match=r"no FTS5 full-text search.*no such module: fts5"):
        check_fts5()


def test_migrations_are_named_ordered_and_unique() -> None:
    names = [m.name for m in MIGRATIONS]
    assert names == sorted(set(names))
    assert names[0] == "0001_articles"
    assert all(name[:4].isdigit() and name[4] == "_" for name in names)


def test_migrate_applies_everything_once_and_records_names(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    try:
        first = migrate(conn)
        assert first == tuple(m.name for m in MIGRATIONS)
        assert migrate(conn) == ()
        assert applied_migrations(conn) == first
        stamps = conn.execute("SELECT applied_at FROM _migrations").fetchall()
        assert all(row[0].endswith("+00:00") for row in stamps)
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        assert {"articles", "articles_fts", "mentions", "events", "timexes", "quotes"} <= tables
        assert "rejections" in tables
    finally:
        conn.close()


def test_reopening_a_store_changes_no_schema(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store.open(path):
        pass
    conn = connect(path)
    schema = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    conn.close()
    with Store.open(path):
        pass
    conn = connect(path)
    try:
        assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    finally:
        conn.close()


def test_indexes_named_in_the_design_exist(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    try:
        migrate(conn)
        indexed = {
            (
                row["tbl_name"],
                tuple(col["name"] for col in conn.execute(f"PRAGMA index_info({row['name']!r})")),
            )
            for row in conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type='index'")
        }
        for expected in [
            ("mentions", ("country",)),
            ("mentions", ("org",)),
            ("events", ("root",)),
            ("events", ("source_code", "target_code")),
            ("events", ("date",)),
            ("events", ("article_key", "n")),
        ]:
            assert expected in indexed
    finally:
        conn.close()


def test_full_text_index_covers_articles_stored_before_it_existed(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    conn = connect(path)
    try:
        assert migrate(conn, MIGRATIONS[:1]) == ("0001_articles",)
        conn.execute(ARTICLE_ROW)
        assert migrate(conn)[0] == "0002_articles_fts"
    finally:
        conn.close()
    with Store.open(path) as store:
        assert [hit["id"] for hit in store.search("quotas")] == ["a1"]


def test_a_failing_migration_leaves_nothing_behind(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    broken = Migration(
        "0099_broken",
        ("CREATE TABLE half_done (x INTEGER)", "CREATE TABLE articles (x INTEGER)"),
    )
    try:
        with pytest.raises(StoreError, match=r"migration 0099_broken failed.*already exists"):
            migrate(conn, (*MIGRATIONS, broken))
        assert applied_migrations(conn) == tuple(m.name for m in MIGRATIONS)
        assert not conn.in_transaction
        assert (
            conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone()
            is None
        )
    finally:
        conn.close()


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    try:
        migrate(conn, (*MIGRATIONS, Migration("0999_future", ("CREATE TABLE future (x)",))))
        with pytest.raises(StoreError, match=r"0999_future.*newer version"):
            migrate(conn)
    finally:
        conn.close()


@pytest.mark.parametrize("name", ["articles", "1_articles", "0007-Articles", "0007_"])
def test_badly_named_migrations_are_refused(name: str) -> None:
    with pytest.raises(StoreError, match="name must look like"):
        Migration(name, ("SELECT 1",))


def test_out_of_order_migrations_are_refused(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    try:
        with pytest.raises(StoreError, match="ascending order"):
            migrate(conn, (MIGRATIONS[1], MIGRATIONS[0]))
        assert applied_migrations(conn) == ()
    finally:
        conn.close()


POSTINGS_READ = "SELECT story_id FROM story_postings WHERE term = ? ORDER BY touched DESC LIMIT ?"


def _story(conn: sqlite3.Connection, story_id: str, seq: int) -> None:
    conn.execute(
        """INSERT INTO stories (id, seq, size, text_vector, entity_vector, touched)
           VALUES (?, ?, 1, '{}', '{}', ?)""",
        (story_id, seq, seq),
    )


def test_story_postings_rekeyed_by_recency_keep_rows_and_read_order(tmp_path: Path) -> None:
    names = [m.name for m in MIGRATIONS]
    rekey = names.index("0010_story_postings_by_recency")
    conn = connect(tmp_path / "s.db")
    try:
        migrate(conn, MIGRATIONS[:rekey])
        for seq, story in enumerate(("s-a", "s-b", "s-c"), start=1):
            _story(conn, story, seq)
        rows = [("iran", "s-a", 3), ("iran", "s-b", 9), ("iran", "s-c", 5), ("oil", "s-b", 9)]
        conn.executemany(
            "INSERT INTO story_postings (term, story_id, touched) VALUES (?, ?, ?)", rows
        )
        before = [conn.execute(POSTINGS_READ, ("iran", n)).fetchall() for n in (1, 2, 3)]
        assert "0010_story_postings_by_recency" in migrate(conn)
        after = [conn.execute(POSTINGS_READ, ("iran", n)).fetchall() for n in (1, 2, 3)]
        assert [[r[0] for r in rs] for rs in after] == [[r[0] for r in rs] for rs in before]
        assert [r[0] for r in after[2]] == ["s-b", "s-c", "s-a"]
        stored = conn.execute("SELECT term, story_id, touched FROM story_postings").fetchall()
        assert sorted(tuple(r) for r in stored) == sorted(rows)
        conn.execute("DELETE FROM stories WHERE id = 's-b'")  # postings follow their story
        assert conn.execute("SELECT COUNT(*) FROM story_postings").fetchone()[0] == 2
    finally:
        conn.close()


def test_story_postings_are_read_and_replaced_through_two_btrees_only(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    try:
        migrate(conn)
        indexes = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
                ("story_postings",),
            )
        }
        assert indexes == {"story_postings_story"}  # the table itself is the (term, touched) key
        read = " ".join(
            row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {POSTINGS_READ}", ("t", 8))
        )
        assert "PRIMARY KEY (term=?)" in read and "TEMP B-TREE" not in read
        delete = " ".join(
            row[3]
            for row in conn.execute(
                "EXPLAIN QUERY PLAN DELETE FROM story_postings WHERE story_id = ?", ("s",)
            )
        )
        assert "story_postings_story" in delete
    finally:
        conn.close()
