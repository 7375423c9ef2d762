"""``newsgraph bench``: whole-pipeline throughput and memory beside spaCy's own rate.

Both rates are measured in the same run on the same cleaned texts, with the same
batch size and process count, so the ratio is the cost of everything newsgraph
adds to parsing (cleaning, actors, events, storage).
"""

from __future__ import annotations

import resource
import tempfile
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .errors import InputError
from .ingest import RunOptions, prepared_articles
from .link import Linker
from .nlp import Parser, ParserConfig
from .pipeline import Analyzer, AnalyzerConfig, run
from .records import AnalyzedArticle, Article
from .settings import MAX_ARTICLE_BYTES
from .store import Store

BREAKDOWN_SAMPLE = 300
# ``link_cost`` key prefixes: (what is timed, which statistic). The stream's windows after
# each checkpoint hold different work (first reports, then copies joining grown stories);
# the probe links the same mix at every size, so its growth is the store's own; the paired
# probe links the same articles into the stores saved at each size in turn, so a busy
# machine slows every size alike.
_LINK_KINDS = {
    "link_ms": ("link ms/article", "median"),
    "link_cpu_ms": ("link CPU ms/article", "median"),
    "link_cpu_mean_ms": ("link CPU ms/article", "mean"),
    "link_cpu_p95_ms": ("link CPU ms/article", "p95"),
    "link_cpu_ms_new": ("link CPU ms/article founding a story", "median"),
    "link_cpu_ms_join": ("link CPU ms/article joining a story", "median"),
    "link_cpu_ms_copy": ("link CPU ms/article of a copy", "median"),
    "probe_ms": ("link ms/article, same-mix probe", "median"),
    "probe_cpu_ms": ("link CPU ms/article, same-mix probe", "median"),
    "probe_cpu_mean_ms": ("link CPU ms/article, same-mix probe", "mean"),
    "probe_cpu_p95_ms": ("link CPU ms/article, same-mix probe", "p95"),
    "paired_ms": ("link ms/article, same probes into saved stores in turn", "median"),
    "paired_cpu_ms": ("link CPU ms/article, same probes into saved stores in turn", "median"),
    "paired_cpu_mean_ms": ("link CPU ms/article, same probes into saved stores in turn", "mean"),
    "paired_cpu_p95_ms": ("link CPU ms/article, same probes into saved stores in turn", "p95"),
}
_LINK_SHARES = {"link_new_pct": "timed links founding a story, %"}


@dataclass(frozen=True, slots=True)
class BenchResult:
    corpus: str
    articles: int
    words: int
    processes: int
    batch_size: int
    prepare_seconds: float
    pipeline_seconds: float
    pipeline_articles_per_s: float
    pipeline_words_per_s: float
    spacy_seconds: float
    spacy_words_per_s: float
    pipeline_peak_rss_mb: float
    overall_peak_rss_mb: float
    events: int
    stage_share: dict[str, float]
    link_ms_per_article: dict[str, float]

    def to_dict(self) -> dict:
        return asdict(self)

    def print(self, console: Console) -> None:
        table = Table(title=f"newsgraph bench — {self.corpus}")
        table.add_column("measure")
        table.add_column("value", justify="right")
        rows = [
            ("articles / words", f"{self.articles:,} / {self.words:,}"),
            ("processes / batch size", f"{self.processes} / {self.batch_size}"),
            ("prepare (read+clean) s", f"{self.prepare_seconds:.1f}"),
            ("pipeline s (parse+extract+store+link)", f"{self.pipeline_seconds:.1f}"),
            ("pipeline articles/s", f"{self.pipeline_articles_per_s:.1f}"),
            ("pipeline words/s", f"{self.pipeline_words_per_s:,.0f}"),
            ("spaCy alone words/s (same texts)", f"{self.spacy_words_per_s:,.0f}"),
            ("pipeline / spaCy rate", f"{self.pipeline_words_per_s / self.spacy_words_per_s:.2f}"),
            ("peak RSS during pipeline MB", f"{self.pipeline_peak_rss_mb:,.0f}"),
            ("events stored", f"{self.events:,}"),
        ]
        rows += [(f"share of parse time: {k}", f"{v:.1%}") for k, v in self.stage_share.items()]
        rows += [(link_cost_label(k), f"{v:.1f}") for k, v in self.link_ms_per_article.items()]
        rows += [
            (f"{kind} growth, {low} → {high} stored", f"×{ratio:.2f}")
            for kind, (low, high, ratio) in link_growth(self.link_ms_per_article).items()
        ]
        for name, value in rows:
            table.add_row(name, value)
        console.print(table)


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def load_corpus(corpus: Path, limit: int) -> list[Article]:
    """The corpus read and prepared exactly as ``ingest`` does (rejections skipped)."""
    if not corpus.is_file():
        raise InputError(f"{corpus}: corpus file not found")
    options = RunOptions(max_bytes=int(MAX_ARTICLE_BYTES.default))
    articles = prepared_articles([corpus], options, None, on_rejection=lambda rejection: None)
    loaded = list(islice(articles, limit) if limit else articles)
    if not loaded:
        raise InputError(f"{corpus}: no usable articles")
    return loaded


def run_bench(
    corpus: Path,
    limit: int,
    processes: int,
    batch_size: int,
    model: str,
    progress_console: Console | None = None,
    link_checkpoints: tuple[int, ...] = (),
) -> BenchResult:
    say = progress_console.print if progress_console else (lambda *a, **k: None)
    started = time.perf_counter()
    articles = load_corpus(corpus, limit)
    prepare_seconds = time.perf_counter() - started
    words = sum(len(a.text.split()) for a in articles)
    config = AnalyzerConfig(model=model, batch_size=batch_size)

    say(f"pipeline on {len(articles):,} articles ({processes} process(es))…")
    events = 0
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        started = time.perf_counter()
        linker = Linker.open(store)
        for result in run(iter(articles), config, processes):
            if isinstance(result, AnalyzedArticle):
                written = store.write(result)
                events += written.events
                if written.inserted:
                    linker.link(result)
        pipeline_seconds = time.perf_counter() - started
    pipeline_peak = _peak_rss_mb()

    say("spaCy alone on the same texts…")
    parser = Parser(ParserConfig(model, batch_size)).setup()
    started = time.perf_counter()
    for _ in parser.nlp.pipe(
        (a.text for a in articles), batch_size=batch_size, n_process=processes
    ):
        pass
    spacy_seconds = time.perf_counter() - started

    say("stage breakdown (in-process sample)…")
    analyzer = Analyzer(config)
    analyzer.parser = parser
    analyzer.setup()
    sample = articles[:BREAKDOWN_SAMPLE]
    for start in range(0, len(sample), batch_size):
        analyzer.analyze(sample[start : start + batch_size])
    parse_time = analyzer.times.seconds.get("parse", 0.0) or 1e-9
    share = {
        stage: seconds / parse_time
        for stage, seconds in analyzer.times.seconds.items()
        if stage != "parse"
    }
    link_cost_result: dict[str, float] = {}
    if link_checkpoints:
        from .evaluate.stories import link_cost

        say(f"link cost at {', '.join(map(str, link_checkpoints))} stored articles…")
        link_cost_result = link_cost(corpus, link_checkpoints)
    return BenchResult(
        corpus=str(corpus),
        articles=len(articles),
        words=words,
        processes=processes,
        batch_size=batch_size,
        prepare_seconds=round(prepare_seconds, 2),
        pipeline_seconds=round(pipeline_seconds, 2),
        pipeline_articles_per_s=round(len(articles) / pipeline_seconds, 2),
        pipeline_words_per_s=round(words / pipeline_seconds, 1),
        spacy_seconds=round(spacy_seconds, 2),
        spacy_words_per_s=round(words / spacy_seconds, 1),
        pipeline_peak_rss_mb=round(pipeline_peak, 1),
        overall_peak_rss_mb=round(_peak_rss_mb(), 1),
        events=events,
        stage_share={k: round(v, 4) for k, v in share.items()},
        link_ms_per_article=link_cost_result,
    )


def link_cost_kinds(link_ms: Mapping[str, float]) -> dict[str, dict[int, float]]:
    """``link_cost`` keys grouped by what they time: the kind's label ("link CPU ms/article
    (median)", "timed links founding a story, %") → {stored count: value}, in key order."""
    by_kind: dict[str, dict[int, float]] = {}
    for key, value in link_ms.items():
        prefix, _, stored = key.rpartition("_at_")
        if not stored.isdigit():
            continue
        if prefix in _LINK_KINDS:
            what, statistic = _LINK_KINDS[prefix]
            label = f"{what} ({statistic})"
        elif prefix in _LINK_SHARES:
            label = _LINK_SHARES[prefix]
        else:
            continue
        by_kind.setdefault(label, {})[int(stored)] = value
    return by_kind


def link_growth(link_ms: Mapping[str, float]) -> dict[str, tuple[int, int, float]]:
    """Per-article link time at the largest stored count over that at the smallest, for
    every timed kind (wall and CPU medians, CPU mean and p95, per path, probe): ×1.00 is
    the flat cost the store promises.

    ``link_ms`` holds ``link_cost`` keys (``link_ms_at_1000``, ``probe_cpu_ms_at_1000``…),
    growth is keyed by the kind's label (``"link CPU ms/article (median)"``); a kind timed
    at fewer than two counts, or at zero ms, has no growth, and shares have none.
    """
    growth: dict[str, tuple[int, int, float]] = {}
    for kind, timed in link_cost_kinds(link_ms).items():
        if kind in _LINK_SHARES.values():
            continue
        low, high = min(timed), max(timed)
        if low != high and timed[low] > 0:
            growth[kind] = (low, high, round(timed[high] / timed[low], 3))
    return growth


def link_cost_label(key: str) -> str:
    """``link_cpu_ms_at_1000`` → "link CPU ms/article (median, 1000 stored)"."""
    prefix, _, stored = key.rpartition("_at_")
    if prefix in _LINK_SHARES:
        return f"{_LINK_SHARES[prefix]} ({stored} stored)"
    what, statistic = _LINK_KINDS.get(prefix, ("link ms/article", "median"))
    return f"{what} ({statistic}, {stored} stored)"
