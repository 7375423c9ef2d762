"""Buckets written in batches: pending articles are found as if they were in the table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.dedup import DedupError, DuplicateIndex, DuplicateMatch
from newsgraph.dedup.index import _shared
from newsgraph.prepare import content_key
from newsgraph.records import AnalyzedArticle, Article
from newsgraph.store import Store
from newsgraph.store.db import connect
from newsgraph.store.links import connection
from newsgraph.store.migrations import MIGRATIONS, migrate

QUAY = (
    "The harbour board of Port Ellery said on Monday that the north quay will shut for six "
    "weeks while divers replace timber piles split by the winter gales. Trawlers will tie up "
    "at the south breakwater in the meantime, and the ferry to Calder Island will sail from a "
    "floating pontoon next to the lifeboat house. The board's chair, Mairi Doune, said the "
    "work had been planned for two years and was paid for by a regional grant, and traders "
    "asked the council for signs and a shuttle bus from the car park to the pontoon."
)
MILL = (
    "An old water mill on the river Tarn at Holme Bridge grinds flour again after volunteers "
    "spent three summers rebuilding its wheel, sluice gate and millstones. The trust that owns "
    "the mill opened its doors on Sunday to a queue of visitors who watched the first sacks "
    "filled, and the miller said local bakeries had already ordered a month of stoneground "
    "wholemeal. Schools will visit on weekdays and the cafe is open every afternoon."
)
OBSERVATORY = (
    "Astronomers at the hilltop observatory above Carrow Vale photographed a faint comet on "
    "Thursday night, the first found from the site in forty years. The director said the "
    "new camera, bought with a lottery grant, can follow objects a hundred times dimmer than "
    "the old plates allowed, and amateur groups may book the telescope on clear evenings."
)
WORDS = ("zebra", "lantern", "copper", "meadow")


def _edit(text: str, start: int, word: str) -> str:
    words = text.split()
    for position in (start, start + 17, start + 33):
        words[position % len(words)] = word
    return " ".join(words)


def _texts() -> list[str]:
    """Originals, exact copies and edited copies, interleaved as a feed would bring them."""
    out: list[str] = []
    for n, word in enumerate(WORDS):
        for base in (QUAY, MILL, OBSERVATORY):
            out.append(base if n == 0 else _edit(base, 3 * n, word))
        out.append(out[n])
    return out


def _answers(path: Path, batch: int) -> list[DuplicateMatch | None]:
    """Each text's duplicate check against those before it, linked in one store."""
    answers: list[DuplicateMatch | None] = []
    with Store.open(path) as store:
        index = DuplicateIndex(connection(store), bucket_batch=batch)
        for n, text in enumerate(_texts()):
            key = content_key(text, f"test:{n}")
            article = Article(key=key, id=f"a{n}", origin=f"{n}", text=text)
            store.write(AnalyzedArticle(article))
            answers.append(index.check(article.key, text))
            index.add(article.key, text)
    return answers


def test_every_batch_size_gives_the_answers_of_one_table(tmp_path: Path) -> None:
    one_table = _answers(tmp_path / "b1.db", 1)
    assert sum(a is not None and a.kind == "near" for a in one_table) >= 4
    assert sum(a is not None and a.kind == "exact" for a in one_table) >= 3
    for batch in (2, 3, 5, 256):
        assert _answers(tmp_path / f"b{batch}.db", batch) == one_table


def _buckets(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT DISTINCT seq FROM dedup_buckets ORDER BY seq")]


def test_buckets_move_to_the_table_once_a_batch_is_pending(tmp_path: Path) -> None:
    with Store.open(tmp_path / "fold.db") as store:
        conn = connection(store)
        index = DuplicateIndex(conn, bucket_batch=2)
        keys = []
        for n, text in enumerate((QUAY, MILL, OBSERVATORY)):
            article = Article(key=content_key(text, f"t:{n}"), id=f"a{n}", origin=f"{n}", text=text)
            store.write(AnalyzedArticle(article))
            index.add(article.key, text)
            keys.append(article.key)
            folded = (n + 1) // 2 * 2
            assert index.pending() == n + 1 - folded
            assert _buckets(conn) == list(range(1, folded + 1))
        match = index.check("new", _edit(OBSERVATORY, 5, "zebra"))  # still pending
        assert match is not None and (match.key, match.kind) == (keys[2], "near")
        match = index.check("new", _edit(QUAY, 5, "zebra"))  # folded
        assert match is not None and (match.key, match.kind) == (keys[0], "near")


def test_a_store_migrated_from_one_bucket_table_keeps_finding_copies(tmp_path: Path) -> None:
    names = [m.name for m in MIGRATIONS]
    conn = connect(tmp_path / "old.db")
    try:
        migrate(conn, MIGRATIONS[: names.index("0014_dedup_pending_buckets")])
        old = DuplicateIndex(conn)
        for seq, (key, text) in enumerate((("k-quay", QUAY), ("k-mill", MILL)), 1):
            conn.execute(
                """INSERT INTO articles (key, seq, id, origin, language, published_source, text,
                       word_count, ingested_at)
                   VALUES (?, ?, ?, ?, 'en', 'none', ?, ?, '2024-01-01T00:00:00')""",
                (key, seq, key, key, text, len(text.split())),
            )
            fp = old.fingerprint(text)
            conn.execute(
                "INSERT INTO dedup_signatures (article_key, seq, exact, signature) "
                "VALUES (?, ?, ?, ?)",
                (key, seq, fp.exact, fp.signature.tobytes()),
            )
            conn.executemany(
                "INSERT INTO dedup_buckets (bucket, seq) VALUES (?, ?)",
                ((bucket, seq) for bucket in fp.buckets),
            )
        assert "0014_dedup_pending_buckets" in migrate(conn)
        index = DuplicateIndex(conn, bucket_batch=2)
        assert index.pending() == 0
        match = index.check("k-new", _edit(MILL, 4, "copper"))
        assert match is not None and (match.key, match.kind) == ("k-mill", "near")
        assert index.check("k-new", OBSERVATORY) is None
        conn.execute(
            """INSERT INTO articles (key, seq, id, origin, language, published_source, text,
                   word_count, ingested_at)
               VALUES ('k-obs', 3, 'k-obs', 'k-obs', 'en', 'none', ?, 1, '2024-01-01')""",
            (OBSERVATORY,),
        )
        index.add("k-obs", OBSERVATORY)
        assert index.pending() == 1 and _buckets(conn) == [1, 2]
        match = index.check("k-new", _edit(OBSERVATORY, 4, "copper"))
        assert match is not None and match.key == "k-obs"
        conn.execute("DELETE FROM articles WHERE key = 'k-obs'")  # pending buckets follow
        assert index.pending() == 0
    finally:
        conn.close()


def test_nothing_pending_folds_to_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "fresh.db") as store:
        index = DuplicateIndex(connection(store))
        assert index.pending() == 0
        index.fold()
        assert _buckets(connection(store)) == [] and index.pending() == 0


def test_a_batch_size_below_one_is_refused() -> None:
    with pytest.raises(DedupError, match="bucket_batch"):
        DuplicateIndex(sqlite3.connect(":memory:"), bucket_batch=0)


_INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)


@given(
    st.lists(_INT64, min_size=1, max_size=300),
    st.lists(_INT64, min_size=1, max_size=64),
    st.lists(st.integers(min_value=0, max_value=299), max_size=5),
)
def test_shared_buckets_are_exactly_the_equal_values(
    stored: list[int], mine: list[int], copied: list[int]
) -> None:
    for n, position in enumerate(copied):  # plant some shared values
        if position < len(stored):
            stored[position] = mine[n % len(mine)]
    stored_array = np.array(stored, dtype=np.int64)
    found = _shared(stored_array, np.array(mine, dtype=np.int64))
    assert found.tolist() == [i for i, value in enumerate(stored) if value in set(mine)]
