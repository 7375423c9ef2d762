"""Exact and near-duplicate detection, persisted in the store.

Exact copies share a hash of the normalised title and body (NFKC, casefolded,
whitespace collapsed). Near copies are found with MinHash signatures over word
shingles (datasketch) and locality-sensitive hashing: the signature is cut into
``b`` bands of ``r`` values, each band hashed to one integer bucket stored in
``dedup_buckets`` under the article's integer ``seq``. A new article is checked by
one indexed lookup of its ``b`` buckets, then by the estimated Jaccard similarity of
the few candidates' stored signatures, so the cost per article does not grow with the
store and no earlier text is ever re-read. Parameters are chosen on data: see docs/STORIES.md.

Buckets are written in batches. Inserting an article's ``b`` bucket rows one article
at a time lands them on ``b`` random pages of a B-tree that grows with the store: two
fifths of the pages every link committed. Instead an article's buckets are appended,
packed in one row keyed by its ``seq``, to ``dedup_pending`` (a link writes one page
there), and once ``bucket_batch`` articles are pending their buckets go into
``dedup_buckets`` in bucket order and ``dedup_pending`` is emptied, inside the linking
article's transaction. A check looks up ``dedup_buckets`` and compares its buckets
with the pending rows' in memory: the same candidates, so the same answers, as one
table gave; when to fold depends only on the number of articles indexed, so a relink
rebuilds the same tables.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import Literal

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..errors import NewsgraphError

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_SIGNATURE_DTYPE = np.dtype("<u4")
_BUCKET_DTYPE = np.dtype("<i8")
_PREFILTER_BITS = 16
BUCKET_BATCH = 256


class DedupError(NewsgraphError):
    """The duplicate index was configured or used inconsistently."""


@dataclass(frozen=True, slots=True)
class DedupConfig:
    """Shingle size, signature length and similarity threshold (see docs/STORIES.md).

    On BBC News, 5-word shingles put every pair of distinct articles at Jaccard
    ≤ 0.47 and every copy with five words edited at ≥ 0.67; 0.55 sits in that gap.
    LSH buckets are tuned to ``candidate_threshold`` (lower) so that a pair at
    ``threshold`` is nearly always a candidate; ``threshold`` decides.
    """

    shingle_words: int = 5
    num_perm: int = 256
    threshold: float = 0.55
    candidate_threshold: float = 0.4
    false_negative_weight: float = 0.8
    seed: int = 1

    def __post_init__(self) -> None:
        if self.shingle_words < 1:
            raise DedupError(f"shingle_words must be at least 1, got {self.shingle_words}")
        if not 0.0 < self.threshold <= 1.0:
            raise DedupError(f"threshold must be in (0, 1], got {self.threshold}")
        if not 0.0 < self.candidate_threshold <= self.threshold:
            raise DedupError(
                f"candidate_threshold must be in (0, threshold], got {self.candidate_threshold}"
            )
        if not 0.0 < self.false_negative_weight < 1.0:
            raise DedupError(
                f"false_negative_weight must be in (0, 1), got {self.false_negative_weight}"
            )
        if self.num_perm < 16:
            raise DedupError(f"num_perm must be at least 16, got {self.num_perm}")


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """The earlier article this one copies: ``exact`` (same normalised text) or ``near``."""

    key: str
    kind: Literal["exact", "near"]
    similarity: float


@dataclass(frozen=True, slots=True)
class Fingerprint:
    exact: str
    signature: np.ndarray
    buckets: tuple[int, ...]


def normalise(text: str) -> str:
    """NFKC, casefolded, whitespace-collapsed text: what "the same text" means here."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def shingles(text: str, size: int) -> set[str]:
    """Overlapping ``size``-word shingles of the normalised words (one for short texts)."""
    words = _WORD.findall(normalise(text))
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Share of equal MinHash values: an unbiased estimate of the shingle-set Jaccard."""
    return float(np.count_nonzero(a == b)) / len(a)


class DuplicateIndex:
    """Exact + near-duplicate index over the store's ``dedup_*`` tables.

    The caller owns transactions: ``add`` writes rows through ``conn`` and the
    Linker commits them with the rest of an article's links.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        config: DedupConfig | None = None,
        bucket_batch: int = BUCKET_BATCH,
    ) -> None:
        if bucket_batch < 1:
            raise DedupError(f"bucket_batch must be at least 1, got {bucket_batch}")
        self._conn = conn
        self.config = config or DedupConfig()
        self.bucket_batch = bucket_batch
        # datasketch picks (b, r) minimising the weighted false positive and negative
        # areas around ``candidate_threshold``; set below ``threshold`` and weighted
        # against misses, a pair at the threshold is a candidate with p > 0.99, and
        # candidates are then verified on their estimated Jaccard.
        cfg = self.config
        lsh = MinHashLSH(
            threshold=cfg.candidate_threshold,
            num_perm=cfg.num_perm,
            weights=(1.0 - cfg.false_negative_weight, cfg.false_negative_weight),
        )
        self.bands: int = lsh.b
        self.rows: int = lsh.r
        self._memo: tuple[str, Fingerprint] | None = None

    def fingerprint(self, text: str, title: str | None = None) -> Fingerprint:
        """Exact hash, MinHash signature and LSH buckets of one article."""
        whole = f"{normalise(title or '')}\n{normalise(text)}"
        if self._memo is not None and self._memo[0] == whole:
            return self._memo[1]
        minhash = MinHash(num_perm=self.config.num_perm, seed=self.config.seed)
        minhash.update_batch(
            [s.encode("utf-8") for s in sorted(shingles(text, self.config.shingle_words))]
        )
        signature = minhash.hashvalues.astype(_SIGNATURE_DTYPE)
        buckets = tuple(
            _bucket(band, signature[band * self.rows : (band + 1) * self.rows])
            for band in range(self.bands)
        )
        exact = hashlib.sha256(whole.encode("utf-8")).hexdigest()[:32]
        fingerprint = Fingerprint(exact, signature, buckets)
        self._memo = (whole, fingerprint)  # check() then add() hash once
        return fingerprint

    def check(self, key: str, text: str, title: str | None = None) -> DuplicateMatch | None:
        """The earliest exact copy, else the most similar near copy, among indexed articles."""
        fp = self.fingerprint(text, title)
        row = self._conn.execute(
            "SELECT article_key FROM dedup_signatures WHERE exact = ? AND article_key != ? "
            "ORDER BY seq LIMIT 1",
            (fp.exact, key),
        ).fetchone()
        if row is not None:
            return DuplicateMatch(row[0], "exact", 1.0)
        marks = ",".join("?" * len(fp.buckets))
        rows = self._conn.execute(
            f"""SELECT s.article_key, s.seq, s.signature FROM dedup_signatures s
                WHERE s.seq IN (SELECT seq FROM dedup_buckets WHERE bucket IN ({marks}))
                  AND s.article_key != ?""",
            (*fp.buckets, key),
        ).fetchall()
        rows += self._pending_candidates(key, fp)
        best: tuple[float, int, str] | None = None
        for article_key, seq, blob in rows:
            similarity = estimated_jaccard(fp.signature, np.frombuffer(blob, _SIGNATURE_DTYPE))
            if similarity < self.config.threshold:
                continue
            if best is None or (similarity, -seq) > (best[0], -best[1]):
                best = (similarity, seq, article_key)
        if best is None:
            return None
        return DuplicateMatch(best[2], "near", round(best[0], 4))

    def add(self, key: str, text: str, title: str | None = None) -> None:
        """Index one article (idempotent: a key already indexed is left as it is)."""
        if self.contains(key):
            return
        fp = self.fingerprint(text, title)
        (seq,) = self._conn.execute(
            """INSERT INTO dedup_signatures (article_key, seq, exact, signature)
               VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM dedup_signatures), ?, ?)
               RETURNING seq""",
            (key, fp.exact, fp.signature.tobytes()),
        ).fetchone()
        self._conn.execute(
            "INSERT INTO dedup_pending (seq, buckets) VALUES (?, ?)",
            (seq, _bucket_blob(fp.buckets)),
        )
        if self.pending() >= self.bucket_batch:
            self.fold()

    def pending(self) -> int:
        """Articles whose buckets wait in ``dedup_pending``."""
        return int(self._conn.execute("SELECT COUNT(*) FROM dedup_pending").fetchone()[0])

    def fold(self) -> None:
        """Move the pending buckets into ``dedup_buckets``, in bucket order so neighbouring
        rows share pages."""
        rows = sorted(
            (int(bucket), seq)
            for seq, blob in self._conn.execute("SELECT seq, buckets FROM dedup_pending")
            for bucket in np.frombuffer(blob, _BUCKET_DTYPE)
        )
        self._conn.executemany(
            "INSERT OR IGNORE INTO dedup_buckets (bucket, seq) VALUES (?, ?)", rows
        )
        self._conn.execute("DELETE FROM dedup_pending")

    def _pending_candidates(self, key: str, fp: Fingerprint) -> list[tuple[str, int, bytes]]:
        """(key, seq, signature) of the pending articles sharing a bucket with ``fp``: the
        rows ``dedup_buckets`` would have given for them."""
        pending = self._conn.execute("SELECT seq, buckets FROM dedup_pending").fetchall()
        if not pending:
            return []
        blobs = [row[1] for row in pending]
        stored = np.frombuffer(b"".join(blobs), _BUCKET_DTYPE)
        shared = _shared(stored, np.fromiter(fp.buckets, _BUCKET_DTYPE, len(fp.buckets)))
        if not shared.size:
            return []
        ends = np.cumsum([len(blob) // _BUCKET_DTYPE.itemsize for blob in blobs])
        hits = [pending[i][0] for i in np.unique(np.searchsorted(ends, shared, side="right"))]
        marks = ",".join("?" * len(hits))
        return self._conn.execute(
            f"""SELECT article_key, seq, signature FROM dedup_signatures
                WHERE seq IN ({marks}) AND article_key != ?""",
            (*hits, key),
        ).fetchall()

    def contains(self, key: str) -> bool:
        return (
            self._conn.execute(
                "SELECT 1 FROM dedup_signatures WHERE article_key = ?", (key,)
            ).fetchone()
            is not None
        )


def _shared(stored: np.ndarray, mine: np.ndarray) -> np.ndarray:
    """Positions of ``stored`` values equal to any of ``mine`` (what ``bucket IN (...)``
    matches). Buckets are uniform 64-bit hashes, so their low 16 bits index a table that
    rules out nearly every position; the few left are compared exactly. A tenth of the
    time of ``np.isin`` over a full batch, which sorts."""
    table = np.zeros(1 << _PREFILTER_BITS, dtype=bool)
    low = (1 << _PREFILTER_BITS) - 1
    table[mine & low] = True
    maybe = np.flatnonzero(table[stored & low])
    return maybe[np.isin(stored[maybe], mine)]


def _bucket_blob(buckets: tuple[int, ...]) -> bytes:
    return np.fromiter(buckets, _BUCKET_DTYPE, len(buckets)).tobytes()


def _bucket(band: int, values: np.ndarray) -> int:
    digest = hashlib.blake2b(band.to_bytes(2, "little") + values.tobytes(), digest_size=8)
    return int.from_bytes(digest.digest(), "little", signed=True)
