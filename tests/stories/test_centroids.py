from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.store.migrations import migrate
from newsgraph.stories import StoryClusterer, StoryConfig, StoryDoc
from newsgraph.stories.centroids import Centroid, CentroidCache, norm

# Fictional reports: two stories whose centroids are scored again and again.
REPORTS = (
    ("Flood closes Tarnow bridge", "Floodwater closed the old bridge in Tarnow on Monday."),
    ("Tarnow bridge stays shut", "The Tarnow bridge stayed shut as floodwater rose again."),
    ("Ferry strike in Pellin", "Ferry crews in Pellin walked out over pay on Monday."),
    ("Pellin ferries idle", "Ferries stayed idle in Pellin as crews kept up the strike over pay."),
    ("Tarnow bridge reopens", "Engineers reopened the Tarnow bridge once the floodwater fell."),
    ("Pellin strike ends", "Crews in Pellin ended the ferry strike after a pay deal."),
)


def _clusterer(cache_stories: int) -> StoryClusterer:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    return StoryClusterer(conn, StoryConfig(threshold=0.05), cache_stories=cache_stories)


def _centroid(weight: float) -> Centroid:
    terms = {"bridge": weight}
    return Centroid(1, {2024: 1}, terms, {}, norm(terms), 0.0)


def _dump(clusterer: StoryClusterer) -> list[tuple]:
    return clusterer._conn.execute("SELECT * FROM stories ORDER BY seq").fetchall()


def test_cached_and_uncached_clustering_store_the_same_stories() -> None:
    cached, uncached = _clusterer(64), _clusterer(0)
    for n, (head, text) in enumerate(REPORTS * 2):
        doc = StoryDoc(f"r{n}", text, head, f"2024-06-{n + 1:02d}")
        assert cached.assign(doc) == uncached.assign(doc)
    assert _dump(cached) == _dump(uncached)
    assert cached.centroids.hits > 0
    assert uncached.centroids.hits == 0 and len(uncached.centroids) == 0


def test_an_entry_is_served_only_for_the_exact_stored_text() -> None:
    cache = CentroidCache(4)
    cache.put("s1", (1, "text"), _centroid(1.0))
    assert cache.get("s1", (1, "text")) == _centroid(1.0)
    assert cache.get("s1", (1, "text2")) is None
    assert cache.get("s1", (2, "text")) is None
    assert cache.get("s2", (1, "text")) is None
    assert (cache.hits, cache.misses) == (1, 3)


def test_the_least_recently_used_story_is_forgotten_first() -> None:
    cache = CentroidCache(2)
    cache.put("a", ("t", "n"), _centroid(1.0))
    cache.put("b", ("t", "n"), _centroid(2.0))
    assert cache.get("a", ("t", "n")) is not None  # "b" is now the least recent
    cache.put("c", ("t", "n"), _centroid(3.0))
    assert len(cache) == 2
    assert cache.get("b", ("t", "n")) is None
    assert cache.get("a", ("t", "n")) is not None and cache.get("c", ("t", "n")) is not None
    cache.clear()
    assert len(cache) == 0


def test_a_negative_capacity_is_rejected() -> None:
    with pytest.raises(ValueError, match="capacity"):
        CentroidCache(-1)


def test_a_story_changed_behind_the_clusterer_is_parsed_again() -> None:
    clusterer = _clusterer(64)
    head, text = REPORTS[0]
    story = clusterer.assign(StoryDoc("a", text, head, "2024-06-01"))
    row = clusterer._conn.execute(
        "SELECT text_vector FROM stories WHERE id = ?", (story,)
    ).fetchone()
    data = json.loads(row[0])
    data["terms"] = {"unrelated": 1.0}
    clusterer._conn.execute(
        "UPDATE stories SET text_vector = ? WHERE id = ?",
        (json.dumps(data, separators=(",", ":"), sort_keys=True), story),
    )
    stories = clusterer._candidates({"tarnow": 1.0, "bridge": 0.5}, {})
    assert [s.centroid.terms for s in stories if s.id == story] == [{"unrelated": 1.0}]


@given(st.dictionaries(st.text(min_size=1, max_size=4), st.floats(0.0, 1e6), max_size=30))
def test_norm_is_the_euclidean_length(vector: dict[str, float]) -> None:
    expected = sum(v * v for v in vector.values()) ** 0.5
    assert norm(vector) == pytest.approx(expected)
