"""Library entry points behind ``analyze`` and ``ingest``: read → prepare → analyze → store.

Cheap work first: records are read and prepared (HTML, cleaning, dates, content
key) in the main process, articles already in the store are skipped before
parsing, and only new ones reach the parser. Every rejected record is reported
through ``on_rejection`` and, when ingesting, stored; the good ones go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .clean import CleaningRules, OutletLineStats
from .link import Linker
from .pipeline import AnalyzerConfig, run
from .prepare import PrepareConfig, prepare
from .readers import iter_records
from .records import AnalyzedArticle, Article, Rejection
from .store import Store
from .store.writer import DuplicateIdError
from .stories import WordForms


@dataclass(frozen=True, slots=True)
class RunOptions:
    max_bytes: int
    processes: int = 1
    analyzer: AnalyzerConfig = field(default_factory=AnalyzerConfig)
    cleaning_files: tuple[Path, ...] = ()
    word_form_files: tuple[Path, ...] = ()


@dataclass(slots=True)
class IngestReport:
    """Counts of one ingest run (mutable while the run goes, returned at its end)."""

    read: int = 0
    stored: int = 0
    already_stored: int = 0
    rejected: int = 0
    events: int = 0
    duplicates: int = 0
    rejections: list[Rejection] = field(default_factory=list)


Callback = Callable[[Rejection], None]


def prepared_articles(
    paths: Iterable[str | Path],
    options: RunOptions,
    meta: Mapping[str, Mapping[str, Any]] | None,
    on_rejection: Callback,
    on_read: Callable[[], None] = lambda: None,
    store: Store | None = None,
) -> Iterator[Article]:
    """Read and prepare records in order. With a ``store``, what cleaning learns about each
    outlet's repeated lines is loaded from and saved to it, so it carries across runs."""
    config = PrepareConfig(CleaningRules.load(options.cleaning_files))
    outlet_stats = OutletLineStats(loader=store.outlet_lines if store is not None else None)
    for item in iter_records(paths, options.max_bytes, meta):
        on_read()
        if isinstance(item, Rejection):
            on_rejection(item)
            continue
        article = prepare(item, config, outlet_stats)
        if store is not None:
            store.add_outlet_lines(outlet_stats.drain_new())
        if isinstance(article, Rejection):
            on_rejection(article)
            continue
        yield article


def analyze_records(
    paths: Iterable[str | Path],
    options: RunOptions,
    meta: Mapping[str, Mapping[str, Any]] | None,
    on_rejection: Callback,
) -> Iterator[AnalyzedArticle]:
    """Stateless analysis in input order (the ``analyze`` command)."""
    articles = prepared_articles(paths, options, meta, on_rejection)
    for result in run(articles, options.analyzer, options.processes):
        if isinstance(result, Rejection):
            on_rejection(result)
        else:
            yield result


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    options: RunOptions,
    meta: Mapping[str, Mapping[str, Any]] | None = None,
    on_progress: Callable[[IngestReport], None] = lambda report: None,
) -> IngestReport:
    """Store every new article under ``paths``; idempotent, one transaction per article."""
    report = IngestReport()

    def rejected(rejection: Rejection) -> None:
        report.rejected += 1
        report.rejections.append(rejection)
        store.write_rejection(rejection)
        on_progress(report)

    def counted() -> None:
        report.read += 1

    def new_only(articles: Iterable[Article]) -> Iterator[Article]:
        seen: set[str] = set()
        for article in articles:
            if article.key in seen or store.has_article(article.key):
                report.already_stored += 1
                on_progress(report)
                continue
            seen.add(article.key)
            yield article

    articles = new_only(prepared_articles(paths, options, meta, rejected, counted, store))
    linker = Linker.open(store, forms=WordForms.load(options.word_form_files))
    for result in run(articles, options.analyzer, options.processes):
        if isinstance(result, Rejection):
            rejected(result)
            continue
        try:
            outcome = store.write(result)
        except DuplicateIdError as exc:
            rejected(exc.rejection())
            continue
        if outcome.inserted:
            report.stored += 1
            report.events += outcome.events
            link = linker.link(result)
            if link.duplicate is not None:
                report.duplicates += 1
        else:
            report.already_stored += 1
        on_progress(report)
    return report
