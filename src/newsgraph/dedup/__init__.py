"""Exact and near-duplicate articles (normalised-text hash + MinHash LSH in the store)."""

from .index import (
    DedupConfig,
    DedupError,
    DuplicateIndex,
    DuplicateMatch,
    Fingerprint,
    estimated_jaccard,
    normalise,
    shingles,
)

__all__ = [
    "DedupConfig",
    "DedupError",
    "DuplicateIndex",
    "DuplicateMatch",
    "Fingerprint",
    "estimated_jaccard",
    "normalise",
    "shingles",
]
