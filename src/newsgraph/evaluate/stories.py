"""Story clustering and duplicate detection against gold files.

Stories (records with ``gold_cluster``): every article is analysed once by the
real pipeline (parse, actors, events: what ``newsgraph ingest`` stores, so the
``Linker`` sees the same actor codes and event signatures a user's store gives
it), then stored and linked in file order and in ``SHUFFLES`` seeded random
orders, since articles arrive in any order; scores are BCubed and pairwise
precision/recall/F1. ``parse=False`` links text, title and date only (fast, no
model). ``dups=True`` (a corpus
such as BBC News): every record is stored under its own key (as the same text
from different URLs would be), linked in file order, and exact duplicates are
scored against records whose title and whitespace-normalised text equal an
earlier record's; then ``EDITED`` articles get ``EDITS`` words replaced and must
be found as near-duplicates of their original.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..link import Linker
from ..pipeline import AnalyzerConfig, run
from ..records import AnalyzedArticle, Article
from ..store import Store
from ..store.links import connection, stored_link
from ..stories import WordForms
from ..stories.cluster import story_id_for
from .result import PRF, EvalResult, gold_article, read_gold

# Single orders move BCubed F1 by ±0.02 on ECB+; 12 orders pin the mean to about ±0.004.
SHUFFLES = 12
EDITED = 200
EDITS = 5
SEED = 7
TIMING_WINDOW = 200
BATCH = 32


def bcubed(predicted: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 (Bagga & Baldwin 1998), averaged over items."""
    by_pred: dict[str, set[int]] = defaultdict(set)
    by_gold: dict[str, set[int]] = defaultdict(set)
    for i, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        by_pred[p].add(i)
        by_gold[g].add(i)
    precision = recall = 0.0
    for p, g in zip(predicted, gold, strict=True):
        shared = len(by_pred[p] & by_gold[g])
        precision += shared / len(by_pred[p])
        recall += shared / len(by_gold[g])
    n = len(predicted) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def pairwise(predicted: Sequence[str], gold: Sequence[str]) -> PRF:
    """Pairs of items put together: true where the gold also puts them together."""

    def pairs(labels: Sequence[str]) -> set[tuple[int, int]]:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, label in enumerate(labels):
            groups[label].append(i)
        return {(a, b) for m in groups.values() for j, a in enumerate(m) for b in m[j + 1 :]}

    p, g = pairs(predicted), pairs(gold)
    return PRF(len(p & g), len(p - g), len(g - p))


def _bcubed_dict(scores: tuple[float, float, float]) -> dict[str, float]:
    return dict(zip(("precision", "recall", "f1"), (round(s, 4) for s in scores), strict=True))


def analyzed_articles(
    records: list[dict[str, Any]], model: str = "", parse: bool = True
) -> tuple[list[AnalyzedArticle], int]:
    """Every record as the analysed article ``ingest`` would store (``parse``), or as the bare
    article (text, title, date); also how many the pipeline rejected, which are linked bare
    so that every record is still scored."""
    articles = [gold_article(record, n) for n, record in enumerate(records)]
    if not parse:
        return [AnalyzedArticle(article) for article in articles], 0
    out: list[AnalyzedArticle] = []
    rejected = 0
    results = run(articles, AnalyzerConfig(model=model, batch_size=BATCH))
    for article, result in zip(articles, results, strict=True):
        if isinstance(result, AnalyzedArticle):
            out.append(result)
        else:
            rejected += 1
            out.append(AnalyzedArticle(article))
    return out, rejected


def cluster_in_order(
    articles: Sequence[AnalyzedArticle], order: Sequence[int], forms: WordForms | None = None
) -> list[str]:
    """Story id of every article once the articles arrived in ``order`` (a fresh store):
    what the store says at the end, since a later article may fold two stories into one.
    ``forms``: the word-form table, loaded once by a caller that clusters many orders."""
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "eval.db") as store:
        linker = Linker.open(store, forms=forms)
        for i in order:
            analyzed = articles[i]
            store.write(analyzed)
            linker.link_key(analyzed.article.key, analyzed.article.origin)
        conn = connection(store)
        predicted = []
        for analyzed in articles:
            link = stored_link(conn, analyzed.article.key)
            if link is None:
                raise InputError(f"{analyzed.article.origin}: was stored but never linked")
            predicted.append(link.story_id)
    return predicted


def evaluate_stories(
    gold: Path, limit: int = 0, dups: bool = False, model: str = "", parse: bool = True
) -> EvalResult:
    """Story clustering scores (``parse``: linked as ``ingest`` links, with the pipeline's
    actor codes and event signatures), or duplicate detection with ``dups`` (text only)."""
    records = read_gold(gold, limit)
    if dups:
        return _duplicates(gold, records)
    if any("gold_cluster" not in r for r in records):
        raise InputError(f"{gold}: every record needs 'gold_cluster' (or use --dups)")
    truth = [str(r["gold_cluster"]) for r in records]
    articles, rejected = analyzed_articles(records, model, parse)
    file_order = list(range(len(records)))
    forms = WordForms.load()
    predicted = cluster_in_order(articles, file_order, forms)
    shuffled = []
    for seed in range(SHUFFLES):
        order = list(file_order)
        random.Random(seed).shuffle(order)
        shuffled.append(bcubed(cluster_in_order(articles, order, forms), truth))
    errors = _story_errors(records, predicted)
    return EvalResult(
        kind="stories",
        gold=gold.name,
        records=len(records),
        metrics={
            "linked_from": "pipeline" if parse else "text",
            "pipeline_rejected": rejected,
            "bcubed": _bcubed_dict(bcubed(predicted, truth)),
            "pairwise": pairwise(predicted, truth).as_dict(),
            "stories": len(set(predicted)),
            "gold_stories": len(set(truth)),
            "bcubed_f1_shuffled_mean": round(sum(s[2] for s in shuffled) / SHUFFLES, 4),
            "bcubed_f1_shuffled_min": round(min(s[2] for s in shuffled), 4),
        },
        errors=errors,
    )


def _story_errors(records: list[dict[str, Any]], predicted: list[str]) -> tuple[dict, ...]:
    """Predicted stories that mix gold stories, with the members of each."""
    mixed: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for record, story in zip(records, predicted, strict=True):
        mixed[story][str(record["gold_cluster"])].append(str(record.get("id")))
    return tuple(
        {"story": story, "gold": {k: v for k, v in members.items()}}
        for story, members in mixed.items()
        if len(members) > 1
    )


def _normal(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _duplicates(gold: Path, records: list[dict[str, Any]]) -> EvalResult:
    rng = random.Random(SEED)
    vocabulary = sorted({w for r in records[:200] for w in r["text"].split() if w.isalpha()})
    seen: dict[tuple[str, str], str] = {}
    raw_seen: set[tuple[str, str]] = set()
    tp = fp = fn = near = raw_found = raw_total = 0
    errors: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "eval.db") as store:
        linker = Linker.open(store)
        keys: list[str] = []
        for n, record in enumerate(records):
            article = gold_article(record, n)
            store.write(AnalyzedArticle(article))
            keys.append(article.key)
            match = linker.link_key(article.key, article.origin).duplicate
            exact = match is not None and match.kind == "exact"
            signature = (_normal(record.get("title")), _normal(record["text"]))
            raw = (str(record.get("title")), record["text"])
            is_copy = signature in seen
            raw_copy = raw in raw_seen
            raw_total += raw_copy
            raw_found += raw_copy and exact
            tp, fp, fn = (
                tp + (exact and is_copy),
                fp + (exact and not is_copy),
                fn + (is_copy and not exact),
            )
            near += match is not None and match.kind == "near"
            if exact != is_copy:
                errors.append({"id": article.id, "predicted": exact, "gold": is_copy})
            seen.setdefault(signature, article.key)
            raw_seen.add(raw)
        found = correct = 0
        sample = rng.sample(range(len(records)), min(EDITED, len(records)))
        for n in sample:
            words = records[n]["text"].split()
            for _ in range(EDITS):
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
            edited = {**records[n], "id": f"edited-{records[n].get('id', n)}"}
            article = gold_article(edited, n, " ".join(words))
            store.write(AnalyzedArticle(article))
            match = linker.link_key(article.key, article.origin).duplicate
            found += match is not None
            original = store_duplicate_root(linker, keys[n])
            correct += match is not None and match.key == original
    exact_prf = PRF(tp, fp, fn)
    return EvalResult(
        kind="stories-dups",
        gold=gold.name,
        records=len(records),
        metrics={
            "exact": exact_prf.as_dict(),
            "raw_identical_copies": raw_total,
            "raw_identical_found": raw_found,
            "near_duplicates_flagged": near,
            "edited_copies": len(sample),
            "edited_found": found,
            "edited_found_with_right_original": correct,
            "edited_recall": round(correct / len(sample), 4) if sample else 0.0,
        },
        errors=tuple(errors),
    )


def store_duplicate_root(linker: Linker, key: str) -> str:
    """The original an article is (or would be) filed under: itself unless a copy."""
    result = linker.link_key(key)
    return result.duplicate.key if result.duplicate else key


def link_cost(
    corpus: Path,
    checkpoints: Sequence[int] = (1000, 10000),
    substitute: float = 0.35,
    on_progress: Callable[[int], None] = lambda n: None,
    probes: int = 256,
) -> dict[str, float]:
    """Milliseconds per ``Linker.link`` at each checkpoint (store write excluded), measured
    two ways.

    The stream: the corpus is repeated, each repeat replacing a ``substitute`` share of the
    words so copies are new articles (not duplicates) that still cluster with their source;
    the ``TIMING_WINDOW`` links after each checkpoint give the median wall clock
    (``link_ms_at_N``) and CPU time (``link_cpu_ms_at_N``), the CPU mean and 95th
    percentile (the periodic folds are real cost and show there), the share of those links
    that founded a story (``link_new_pct_at_N``) and the CPU median of each path (``_new``,
    ``_join``, ``_copy``). The stream's windows do not hold the same work: after 1,000
    articles they are first reports, many founding stories; after 10,000 they are fifth
    copies joining grown stories, longer on names. So the probe: at each checkpoint
    ``probes`` fresh edits of the corpus's first ``probes`` records (a seeded draw per
    checkpoint, so never exact copies) are linked before the stream goes on, the same mix
    of work at every size, giving ``probe_ms_at_N``, ``probe_cpu_ms_at_N`` and the CPU
    mean and p95. ``probes`` defaults to the duplicate index's batch, a multiple of the
    document-frequency fold, so every probe set holds the same periodic folds; checkpoints
    of at least ``probes`` articles keep every probe's source stored before it, so probes
    join stories and never found one a later stream article would join. Single runs of
    either still move by ±0.4 ms on a shared machine; so the store is also saved at each
    checkpoint (before its probes), and after the stream one more set of fresh edits is
    linked into every saved store in turn (``_paired_probes``): ``paired_..._at_N``, the
    store's own growth with the machine's noise cancelled.
    """
    records = read_gold(corpus, 0)
    if not records:
        raise InputError(f"{corpus}: no records")
    rng = random.Random(SEED)
    vocabulary = sorted({w for r in records[:500] for w in r["text"].split() if w.isalpha()})
    total = max(checkpoints) + TIMING_WINDOW
    out: dict[str, float] = {}
    stream: list[_Timed] = []
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "cost.db") as store:
        linker = Linker.open(store)
        snapshots: list[tuple[int, Path]] = []
        for n in range(total):
            if n in checkpoints and probes:
                snapshots.append((n, Path(tmp) / f"at-{n}.db"))
                _snapshot(store, snapshots[-1][1])
                edits = _fresh_edits(records, vocabulary, substitute, f"probe-{n}", probes)
                timed = [_timed_link(store, linker, article) for article in edits]
                out.update(_cost_stats("probe", n, timed))
            record = records[n % len(records)]
            text = record["text"]
            if n >= len(records):
                text = _edited(text, vocabulary, substitute, rng)
            stream.append(
                _timed_link(store, linker, gold_article({**record, "id": f"cost-{n}"}, n, text))
            )
            on_progress(n + 1)
        if len(snapshots) > 1:
            out.update(_paired_probes(snapshots, records, vocabulary, substitute, probes))
    for checkpoint in checkpoints:
        window = stream[checkpoint : checkpoint + TIMING_WINDOW]
        out.update(_cost_stats("link", checkpoint, window))
        out[f"link_new_pct_at_{checkpoint}"] = round(
            100 * sum(t.path == "new" for t in window) / len(window), 1
        )
        for path in ("new", "join", "copy"):
            on_path = [t.cpu for t in window if t.path == path]
            if on_path:
                out[f"link_cpu_ms_{path}_at_{checkpoint}"] = round(
                    1000 * statistics.median(on_path), 2
                )
    return out


def _snapshot(store: Store, path: Path) -> None:
    """Copy the store as it stands (between links, so no transaction is open) to ``path``."""
    target = sqlite3.connect(path)
    try:
        connection(store).backup(target)
    finally:
        target.close()


def _paired_probes(
    snapshots: Sequence[tuple[int, Path]],
    records: Sequence[dict[str, Any]],
    vocabulary: list[str],
    substitute: float,
    probes: int,
) -> dict[str, float]:
    """The same ``probes`` fresh edits linked into the store saved at each checkpoint, one
    article into every store in turn (each store first as often as the others), so a busy
    neighbour or a warm cache slows every size alike: ``paired_..._at_N``. Per-run noise
    that moves the stream and probe medians by ±0.4 ms cancels here."""
    articles = _fresh_edits(records, vocabulary, substitute, "paired", probes)
    with ExitStack() as stack:
        stores = [(n, stack.enter_context(Store.open(path))) for n, path in snapshots]
        linkers = [(n, store, Linker.open(store)) for n, store in stores]
        timed: dict[int, list[_Timed]] = {n: [] for n, _ in snapshots}
        for i, article in enumerate(articles):
            turn = i % len(linkers)
            for n, store, linker in linkers[turn:] + linkers[:turn]:
                timed[n].append(_timed_link(store, linker, article))
    out: dict[str, float] = {}
    for n, runs in timed.items():
        out.update(_cost_stats("paired", n, runs))
    return out


def _fresh_edits(
    records: Sequence[dict[str, Any]],
    vocabulary: list[str],
    substitute: float,
    label: str,
    count: int,
) -> list[Article]:
    """Edits of the first ``count`` records (ids ``{label}-{i}``, drawn from a generator
    seeded by ``label``): new articles that join their source's story."""
    rng = random.Random(f"{SEED}-{label}")
    return [
        gold_article(
            {**records[i % len(records)], "id": f"{label}-{i}"},
            i,
            _edited(records[i % len(records)]["text"], vocabulary, substitute, rng),
        )
        for i in range(count)
    ]


@dataclass(frozen=True, slots=True)
class _Timed:
    """One timed link: wall and CPU seconds, and whether the article founded a story
    (``new``), joined one (``join``) or was a copy (``copy``)."""

    wall: float
    cpu: float
    path: str


def _edited(text: str, vocabulary: list[str], substitute: float, rng: random.Random) -> str:
    return " ".join(
        rng.choice(vocabulary) if rng.random() < substitute else w for w in text.split()
    )


def _timed_link(store: Store, linker: Linker, article: Article) -> _Timed:
    """Store ``article`` (not timed), then link it, timed."""
    store.write(AnalyzedArticle(article))
    start, cpu_start = time.perf_counter(), time.process_time()
    result = linker.link_key(article.key, article.origin)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    if result.duplicate is not None:
        path = "copy"
    else:
        path = "new" if result.story_id == story_id_for(article.key) else "join"
    return _Timed(wall, cpu, path)


def _cost_stats(name: str, stored: int, timed: Sequence[_Timed]) -> dict[str, float]:
    """Wall and CPU medians, CPU mean and 95th percentile, in milliseconds."""
    cpu = sorted(t.cpu for t in timed)
    return {
        f"{name}_ms_at_{stored}": round(1000 * statistics.median(t.wall for t in timed), 2),
        f"{name}_cpu_ms_at_{stored}": round(1000 * statistics.median(cpu), 2),
        f"{name}_cpu_mean_ms_at_{stored}": round(1000 * statistics.fmean(cpu), 2),
        f"{name}_cpu_p95_ms_at_{stored}": round(1000 * cpu[round(0.95 * (len(cpu) - 1))], 2),
    }
