"""Parsed story centroids kept between links, so a story scored again is not re-parsed.

Linking scores an article against up to ``max_candidates`` stories, each read from the
store as two JSON centroids of up to ``centroid_terms`` terms; as stories grow, parsing
them and summing their norms became the part of a link that grew with the store. The
same popular stories are candidates for many articles, so a small cache owned by one
clusterer saves most of that work.

An entry is served only when the stored row fields it was parsed from (both centroid
texts, and the size and dates older row formats are read with) are exactly what the
store holds now (the row is read either way), so it can never be stale, whoever wrote
the store in between (another process, ``relink``). The cache is bounded and forgets
the least recently used story first.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field

Vector = dict[str, float]
Source = tuple[str | int | None, ...]


@dataclass(frozen=True, slots=True)
class Centroid:
    """A story's parsed state: timed members, members per year, both centroids and their
    Euclidean norms (summed in stored key order, as scoring did before caching), and how
    many members had each name word as protagonist and named it (``stories.people``)."""

    timed: int
    years: dict[int, int]
    terms: Vector
    names: Vector
    terms_norm: float
    names_norm: float
    protagonists: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)


def norm(vector: Vector) -> float:
    """Euclidean norm of ``vector``, summed in its own key order."""
    return math.sqrt(sum(v * v for v in vector.values()))


class CentroidCache:
    """Least-recently-used map from story id to its parsed ``Centroid``, checked against
    the stored row fields (``source``) it was parsed from."""

    def __init__(self, capacity: int) -> None:
        if capacity < 0:
            raise ValueError(f"centroid cache capacity must be >= 0, got {capacity}")
        self.capacity = capacity
        self._entries: OrderedDict[str, tuple[Source, Centroid]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, story_id: str, source: Source) -> Centroid | None:
        """The centroid parsed from exactly these stored fields, or None."""
        entry = self._entries.get(story_id)
        if entry is None or entry[0] != source:
            self.misses += 1
            return None
        self._entries.move_to_end(story_id)
        self.hits += 1
        return entry[1]

    def put(self, story_id: str, source: Source, centroid: Centroid) -> None:
        """Remember ``centroid`` as the parse of these stored fields of ``story_id``."""
        if not self.capacity:
            return
        self._entries[story_id] = (source, centroid)
        self._entries.move_to_end(story_id)
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        """Forget every entry (the counters are kept)."""
        self._entries.clear()


__all__ = ["Centroid", "CentroidCache", "norm"]
