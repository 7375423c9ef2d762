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
)
def test_deferred_counts_read_exactly_as_counting_at_once(
    documents: list[set[str]], fold_every: int
) -> None:
    frequencies = DocumentFrequencies(_memory(), fold_every)
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
