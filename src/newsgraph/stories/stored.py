"""How a story's state is written to and read back from its ``stories`` row.

``text_vector`` holds the term centroid with what the bars need:
``{"v": 4, "timed": n, "years": {"2013": k}, "terms": {...}, "protagonists": {...},
"people": {...}}`` (members timed, members per year, members whose lead repeated each
name word, members naming each name word); ``entity_vector`` the names centroid. Rows
written by older versions are read as well as they can be (see ``load_terms``), so an
old store links on without a relink.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ..errors import NewsgraphError
from .centroids import Centroid, norm

Vector = dict[str, float]
TERMS_FORMAT = 4


class StoryError(NewsgraphError):
    """Story clustering was configured or used inconsistently."""


@dataclass(frozen=True, slots=True)
class StoredTerms:
    """What a ``text_vector`` column holds."""

    timed: int
    years: dict[int, int]
    terms: Vector
    protagonists: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)


def dump_names(vector: Vector) -> str:
    """A story's ``entity_vector`` column."""
    return json.dumps(vector, separators=(",", ":"), sort_keys=True)


def dump_terms(
    terms: Vector,
    timed: int,
    years: Mapping[int, int],
    protagonists: Mapping[str, int],
    people: Mapping[str, int],
) -> str:
    """A story's ``text_vector`` column (format ``TERMS_FORMAT``)."""
    return json.dumps(
        {
            "v": TERMS_FORMAT,
            "timed": timed,
            "years": {str(year): n for year, n in years.items()},
            "terms": terms,
            "protagonists": dict(protagonists),
            "people": dict(people),
        },
        separators=(",", ":"),
        sort_keys=True,
    )


def load_terms(text: str, size: int, first: date | None, last: date | None) -> StoredTerms:
    """A ``text_vector`` column read back. Older rows: format 3 has no people (the
    protagonist check never fires for them), format 2 counted dated members only, plain
    centroids (format 1) nothing, so "every member when the story has a date"; the years of
    formats 1–2 are the dated span's. A one-letter key cannot be a term (terms have two or
    more letters), so ``"v"`` tells the formats apart."""
    data = json.loads(text)
    version = data.get("v")
    if version in (3, TERMS_FORMAT):
        years = {int(year): int(n) for year, n in data["years"].items()}
        return StoredTerms(
            int(data["timed"]),
            years,
            data["terms"],
            {str(k): int(n) for k, n in data.get("protagonists", {}).items()},
            {str(k): int(n) for k, n in data.get("people", {}).items()},
        )
    span = {d.year: 1 for d in (first, last) if d is not None}
    if version == 2:
        return StoredTerms(int(data["dated"]), span, data["terms"])
    return StoredTerms(size if first else 0, span, data)


def parse_centroid(
    story_id: str,
    size: int,
    first: date | None,
    last: date | None,
    text_vector: str,
    entity_vector: str,
) -> Centroid:
    """A story row's stored centroids parsed, with their norms."""
    try:
        stored = load_terms(text_vector, size, first, last)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoryError(
            f"story {story_id}: stored text_vector is malformed ({exc!r}); relink the store"
        ) from exc
    try:
        names = json.loads(entity_vector)
    except ValueError as exc:
        raise StoryError(
            f"story {story_id}: stored entity_vector is malformed ({exc!r}); relink the store"
        ) from exc
    return Centroid(
        stored.timed,
        stored.years,
        stored.terms,
        names,
        norm(stored.terms),
        norm(names),
        stored.protagonists,
        stored.people,
    )


__all__ = [
    "TERMS_FORMAT",
    "StoredTerms",
    "StoryError",
    "dump_names",
    "dump_terms",
    "load_terms",
    "parse_centroid",
]
