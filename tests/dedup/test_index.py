from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.dedup import DedupConfig, DuplicateIndex, normalise, shingles
from newsgraph.prepare import content_key
from newsgraph.records import AnalyzedArticle, Article
from newsgraph.store import Store
from newsgraph.store.db import connect
from newsgraph.store.links import connection
from newsgraph.store.migrations import MIGRATIONS, migrate

HARBOUR = (
    "The harbour authority of Port Ellery said on Monday that the northern quay will close "
    "for six weeks while engineers replace the timber pilings that were damaged by last "
    "winter's storms. Fishing boats will moor at the southern breakwater during the works, "
    "and the ferry to Calder Island will leave from a temporary pontoon beside the lifeboat "
    "station. The authority's chairwoman, Mairi Doune, told reporters that the repairs had "
    "been planned for two years and were paid for by a regional grant. Local traders said "
    "they feared losing summer visitors, but the council promised signs and a shuttle bus "
    "from the car park to the pontoon. Work is due to begin on the first of April."
)
LIBRARY = (
    "A public library in the market town of Brackwell has reopened after an eighteen-month "
    "renovation that added a children's reading room, a small recording studio and solar "
    "panels on the roof. Volunteers carried the last boxes of books back onto the shelves "
    "on Saturday morning, and the mayor cut a ribbon in front of a queue of families. The "
    "librarian said membership had already doubled since the online catalogue went live."
)


def _store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "dedup.db")


def _write(store: Store, ident: str, text: str, title: str | None = None) -> str:
    article = Article(key=content_key(text, f"test:{ident}"), id=ident, origin=ident, text=text)
    article = Article(**{**_fields(article), "title": title})
    store.write(AnalyzedArticle(article))
    return article.key


def _fields(article: Article) -> dict:
    return {name: getattr(article, name) for name in article.__slots__}


def _edit(text: str, positions: tuple[int, ...], word: str = "zebra") -> str:
    words = text.split()
    for p in positions:
        words[p] = word
    return " ".join(words)


def test_exact_copy_is_found_across_case_and_spacing(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        index = DuplicateIndex(connection(store))
        first = _write(store, "a", HARBOUR, "Quay to close")
        index.add(first, HARBOUR, "Quay to close")
        copy_text = HARBOUR.upper().replace(" ", "  ")
        second = _write(store, "b", copy_text, "QUAY TO CLOSE")
        match = index.check(second, copy_text, "QUAY TO CLOSE")
        assert match is not None
        assert (match.key, match.kind, match.similarity) == (first, "exact", 1.0)


def test_same_body_new_headline_is_a_near_copy(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        index = DuplicateIndex(connection(store))
        first = _write(store, "a", HARBOUR, "Quay to close")
        index.add(first, HARBOUR, "Quay to close")
        match = index.check("other", HARBOUR, "Harbour works announced")
        assert match is not None and match.kind == "near" and match.similarity == 1.0


def test_edited_copy_is_a_near_duplicate_and_other_text_is_not(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        index = DuplicateIndex(connection(store))
        for ident, text in (("h", HARBOUR), ("l", LIBRARY)):
            index.add(_write(store, ident, text), text)
        edited = _edit(HARBOUR, (5, 40, 77))
        match = index.check("edited", edited)
        assert match is not None and match.kind == "near"
        assert match.key == content_key(HARBOUR, "test:h")
        assert 0.55 <= match.similarity < 1.0
        unrelated = "Council approves a new cycle lane along the river, opening next spring."
        assert index.check("unrelated", unrelated) is None


def test_state_is_loaded_from_the_store_not_from_memory(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        key = _write(store, "h", HARBOUR)
        DuplicateIndex(connection(store)).add(key, HARBOUR)
    with _store(tmp_path) as store:
        fresh = DuplicateIndex(connection(store))
        assert fresh.contains(key)
        match = fresh.check("new", _edit(HARBOUR, (10, 20)))
        assert match is not None and match.key == key


def test_lsh_bands_cover_the_signature() -> None:
    config = DedupConfig()
    index = DuplicateIndex(sqlite3.connect(":memory:"), config)
    assert index.bands * index.rows <= config.num_perm
    # At the threshold a true near copy must be a candidate with high probability.
    hit = 1 - (1 - config.threshold**index.rows) ** index.bands
    assert hit > 0.99


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


@given(st.lists(st.sampled_from(["alpha", "beta", "Gamma", "delta"]), min_size=1, max_size=30))
def test_shingles_ignore_spacing_and_case(words: list[str]) -> None:
    spaced = "  \n ".join(w.upper() for w in words)
    assert shingles(" ".join(words), 3) == shingles(spaced, 3)


def _old_schema_store(path: Path) -> sqlite3.Connection:
    """A store at the schema before ``0011_dedup_buckets_by_seq`` holding two indexed
    articles, written the way that version wrote them (buckets keyed by content key)."""
    names = [m.name for m in MIGRATIONS]
    conn = connect(path)
    migrate(conn, MIGRATIONS[: names.index("0011_dedup_buckets_by_seq")])
    index = DuplicateIndex(conn)
    for seq, (key, text) in enumerate((("k-harbour", HARBOUR), ("k-library", LIBRARY)), 1):
        conn.execute(
            """INSERT INTO articles (key, seq, id, origin, language, published_source, text,
                   word_count, ingested_at)
               VALUES (?, ?, ?, ?, 'en', 'none', ?, ?, '2024-01-01T00:00:00')""",
            (key, seq, key, key, text, len(text.split())),
        )
        fp = index.fingerprint(text)
        conn.execute(
            "INSERT INTO dedup_signatures (article_key, seq, exact, signature) VALUES (?,?,?,?)",
            (key, seq, fp.exact, fp.signature.tobytes()),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO dedup_buckets (bucket, article_key) VALUES (?, ?)",
            ((bucket, key) for bucket in fp.buckets),
        )
    return conn


def test_buckets_of_an_old_store_are_rekeyed_by_seq_and_still_find_copies(
    tmp_path: Path,
) -> None:
    conn = _old_schema_store(tmp_path / "old.db")
    try:
        before = conn.execute(
            "SELECT article_key, COUNT(*) FROM dedup_buckets GROUP BY article_key ORDER BY 1"
        ).fetchall()
        assert "0011_dedup_buckets_by_seq" in migrate(conn)
        after = conn.execute(
            """SELECT s.article_key, COUNT(*) FROM dedup_buckets b
               JOIN dedup_signatures s ON s.seq = b.seq GROUP BY s.article_key ORDER BY 1"""
        ).fetchall()
        assert [tuple(r) for r in after] == [tuple(r) for r in before]
        assert before[0][1] > 0
        index = DuplicateIndex(conn)
        match = index.check("k-new", _edit(HARBOUR, (3, 30, 60)))
        assert match is not None and (match.key, match.kind) == ("k-harbour", "near")
        assert index.check("k-new", "A short unrelated note about tide tables.") is None
        conn.execute("DELETE FROM articles WHERE key = 'k-harbour'")  # buckets follow
        left = conn.execute("SELECT DISTINCT seq FROM dedup_buckets").fetchall()
        assert [r[0] for r in left] == [2]
        assert index.check("k-new", _edit(HARBOUR, (3, 30, 60))) is None
    finally:
        conn.close()


def test_an_added_article_is_bucketed_under_its_signature_seq(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        conn = connection(store)
        index = DuplicateIndex(conn, bucket_batch=2)
        for ident, text in (("a", HARBOUR), ("b", LIBRARY)):
            index.add(_write(store, ident, text), text)
        rows = conn.execute(
            """SELECT s.article_key, COUNT(*) FROM dedup_buckets b
               JOIN dedup_signatures s ON s.seq = b.seq GROUP BY s.seq ORDER BY s.seq"""
        ).fetchall()
        assert [r[1] for r in rows] == [index.bands, index.bands]
