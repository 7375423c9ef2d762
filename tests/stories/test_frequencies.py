from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.store.db import connect
from newsgraph.store.migrations import MIGRATIONS, migrate
from newsgraph.stories.frequencies import DocumentFrequencies

TERMS = ("quake", "karvello", "rescue", "e:velmora", "flood", "bridge", "strike")


def _memory() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    return conn


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sets(st.sampled_from(TERMS), max_size=len(TERMS)), max_size=25),
    st.integers(1, 6),
    st.integers(1, 9),
)
def test_deferred_counts_read_exactly_as_counting_at_once(
    documents: list[set[str]], fold_every: int, compact_every: int
) -> None:
    frequencies = DocumentFrequencies(_memory(), fold_every, compact_every)
    expected: Counter[str] = Counter()
    for touched, terms in enumerate(documents, start=1):
        frequencies.count(terms, touched)
        expected.update(terms)
        assert frequencies.get(list(TERMS)) == {t: n for t, n in expected.items() if n}
        assert frequencies.documents() == touched


def test_pending_terms_are_folded_every_fold_every_documents() -> None:
    conn = _memory()
    frequencies = DocumentFrequencies(conn, fold_every=3)
    for touched in range(1, 7):
        frequencies.count({"quake", f"t{touched}"}, touched)
        pending = conn.execute("SELECT COUNT(DISTINCT touched) FROM story_df_pending").fetchone()
        assert pending[0] == touched % 3
    assert dict(conn.execute("SELECT term, df FROM story_df WHERE term = 'quake'")) == {"quake": 6}


def test_fold_every_must_be_positive() -> None:
    with pytest.raises(ValueError, match="fold_every"):
        DocumentFrequencies(_memory(), 0)
    with pytest.raises(ValueError, match="compact_every"):
        DocumentFrequencies(_memory(), 2, 0)


def _table(conn: sqlite3.Connection, table: str) -> dict[str, int]:
    return dict(conn.execute(f"SELECT term, df FROM {table}").fetchall())


def test_story_df_is_compacted_into_the_base_every_compact_every_documents() -> None:
    conn = _memory()
    frequencies = DocumentFrequencies(conn, fold_every=2, compact_every=4)
    for touched in range(1, 5):
        frequencies.count({"quake", f"t{touched}"}, touched)
        if touched == 2:  # folded, not compacted
            assert _table(conn, "story_df") == {"quake": 2, "t1": 1, "t2": 1}
            assert _table(conn, "story_df_base") == {}
    assert _table(conn, "story_df") == {}
    assert conn.execute("SELECT COUNT(*) FROM story_df_pending").fetchone()[0] == 0
    assert _table(conn, "story_df_base") == {"quake": 4, "t1": 1, "t2": 1, "t3": 1, "t4": 1}
    frequencies.count({"quake", "flood"}, 5)
    frequencies.count({"flood"}, 6)
    assert _table(conn, "story_df") == {"quake": 1, "flood": 2}
    assert frequencies.get(["quake", "flood", "t3", "bridge"]) == {"quake": 5, "flood": 2, "t3": 1}


def test_the_fold_between_compactions_only_touches_the_small_tier() -> None:
    """Whatever the base holds, a fold writes the recent tier alone: the base's rows are
    written once per ``compact_every`` documents."""
    conn = _memory()
    frequencies = DocumentFrequencies(conn, fold_every=1, compact_every=1000)
    conn.executemany(
        "INSERT INTO story_df_base (term, df) VALUES (?, ?)", [(f"w{i}", 3) for i in range(500)]
    )
    changes = conn.total_changes
    frequencies.count({"w1", "quake"}, 1)
    # two pending rows in and out, the two stats rows, two upserts into story_df
    assert conn.total_changes - changes == 8
    assert frequencies.get(["w1", "quake"]) == {"w1": 4, "quake": 1}


def test_an_old_store_keeps_its_frequencies_after_the_pending_table_is_added(
    tmp_path: Path,
) -> None:
    names = [m.name for m in MIGRATIONS]
    conn = connect(tmp_path / "old.db")
    try:
        migrate(conn, MIGRATIONS[: names.index("0012_story_df_pending")])
        conn.executemany(
            "INSERT INTO story_df (term, df) VALUES (?, ?)", [("quake", 4), ("bridge", 1)]
        )
        conn.execute("INSERT INTO link_stats (name, value) VALUES ('story_documents', 4)")
        assert "0012_story_df_pending" in migrate(conn)
        frequencies = DocumentFrequencies(conn, fold_every=2)
        assert frequencies.get(["quake", "bridge", "flood"]) == {"quake": 4, "bridge": 1}
        frequencies.count({"quake", "flood"}, 5)
        assert frequencies.get(["quake", "flood"]) == {"quake": 5, "flood": 1}
    finally:
        conn.close()


def test_a_store_without_the_base_tier_keeps_its_frequencies(tmp_path: Path) -> None:
    names = [m.name for m in MIGRATIONS]
    conn = connect(tmp_path / "old.db")
    try:
        migrate(conn, MIGRATIONS[: names.index("0016_story_df_base")])
        conn.executemany(
            "INSERT INTO story_df (term, df) VALUES (?, ?)", [("quake", 4), ("bridge", 1)]
        )
        conn.execute("INSERT INTO story_df_pending (term, touched) VALUES ('quake', 5)")
        conn.execute("INSERT INTO link_stats (name, value) VALUES ('story_documents', 5)")
        assert "0016_story_df_base" in migrate(conn)
        frequencies = DocumentFrequencies(conn, fold_every=2, compact_every=6)
        assert frequencies.get(["quake", "bridge", "flood"]) == {"quake": 5, "bridge": 1}
        frequencies.count({"quake", "flood"}, 6)  # compacts the old story_df with the rest
        assert _table(conn, "story_df") == {}
        assert _table(conn, "story_df_base") == {"quake": 6, "bridge": 1, "flood": 1}
        assert frequencies.get(["quake", "flood"]) == {"quake": 6, "flood": 1}
    finally:
        conn.close()


def test_remembered_counts_follow_this_objects_own_folds_and_compactions() -> None:
    conn = _memory()
    frequencies = DocumentFrequencies(conn, fold_every=2, compact_every=4)
    expected: Counter[str] = Counter()
    for touched in range(1, 10):
        terms = {"quake", f"t{touched % 3}"}
        frequencies.count(terms, touched)
        expected.update(terms)
        assert frequencies.get(list(expected)) == dict(expected)
    assert frequencies._memo  # served from memory between folds, kept across them


def test_a_fold_by_another_connection_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    mine, theirs = connect(path), connect(path)
    try:
        migrate(mine)
        ours = DocumentFrequencies(mine, fold_every=1)
        other = DocumentFrequencies(theirs, fold_every=1)
        ours.count({"quake"}, 1)
        assert ours.get(["quake", "flood"]) == {"quake": 1}
        other.count({"quake", "flood"}, 2)  # folds: a new version
        assert ours.get(["quake", "flood"]) == {"quake": 2, "flood": 1}
    finally:
        mine.close()
        theirs.close()


def test_a_rolled_back_fold_or_a_cleared_store_is_read_again() -> None:
    conn = _memory()
    frequencies = DocumentFrequencies(conn, fold_every=1)
    frequencies.count({"quake"}, 1)
    assert frequencies.get(["quake"]) == {"quake": 1}
    conn.execute("BEGIN")
    frequencies.count({"quake"}, 2)
    assert frequencies.get(["quake"]) == {"quake": 2}
    conn.execute("ROLLBACK")
    assert frequencies.get(["quake"]) == {"quake": 1}
    for table in ("story_df_base", "story_df", "story_df_pending", "link_stats"):
        conn.execute(f"DELETE FROM {table}")  # what clear_links does before a relink
    assert frequencies.get(["quake"]) == {}
    frequencies.count({"flood"}, 1)
    assert frequencies.get(["quake", "flood"]) == {"flood": 1}
