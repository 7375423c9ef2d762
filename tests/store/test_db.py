"""Connections and migrations: pragmas as promised, named steps applied once, failures typed."""

from __future__ import annotations

import re
import sqlite3
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
