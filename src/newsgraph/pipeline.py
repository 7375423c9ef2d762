"""The analysis pipeline, over batches, in one or several processes.

parse → timex → actors → events → quotes → attribution (quote speakers as claimants)
→ places.

Stages are declared with what they need and what they provide; ``check_stages``
refuses a pipeline in which a stage needs something no earlier stage produces.
Preparation (HTML, cleaning, dates) runs before this, in the caller, so that
already-stored articles are skipped before the expensive parse.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import time
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .actors import ActorResolver
from .attribution import attribute
from .errors import PipelineError
from .events.codes import CameoTable
from .events.extract import EventExtractor
from .events.lexicon import Lexicon
from .events.modes import ModeCues
from .nlp import Parser, ParserConfig
from .places import Gazetteer, Locator
from .quotes import QuoteExtractor
from .records import AnalyzedArticle, Article, Rejection
from .timex import TimexTagger, parse_dct


@dataclass(frozen=True, slots=True)
class StageSpec:
    name: str
    version: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]


STAGES: tuple[StageSpec, ...] = (
    StageSpec("prepare", "1", ("record",), ("article", "published")),
    # "people": the PERSON entities, kept with the article for story linking.
    StageSpec("parse", "2", ("article",), ("tokens", "sentences", "entities", "people")),
    StageSpec("timex", "1", ("tokens", "entities", "published"), ("timexes",)),
    StageSpec("actors", "1", ("tokens", "entities"), ("mentions",)),
    StageSpec(
        "events", "1", ("tokens", "sentences", "mentions", "timexes", "published"), ("events",)
    ),
    StageSpec("quotes", "1", ("tokens", "sentences", "mentions"), ("quotes",)),
    StageSpec("attribution", "1", ("events", "quotes"), ("claimants",)),
    StageSpec(
        "places", "1", ("article", "tokens", "sentences", "entities", "events"), ("locations",)
    ),
)


def check_stages(stages: Sequence[StageSpec], inputs: Iterable[str] = ("record",)) -> None:
    """Fail loudly when a stage consumes something nothing upstream produces."""
    available = set(inputs)
    for stage in stages:
        missing = [need for need in stage.requires if need not in available]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} needs {missing}, produced by no earlier stage"
            )
        available.update(stage.provides)


def pipeline_version(stages: Sequence[StageSpec] = STAGES) -> str:
    return "+".join(f"{s.name}.{s.version}" for s in stages)


@dataclass(frozen=True, slots=True)
class AnalyzerConfig:
    model: str = ""
    batch_size: int = 16
    actor_files: tuple[Path, ...] = ()
    people_files: tuple[Path, ...] = ()
    pattern_files: tuple[Path, ...] = ()
    place_files: tuple[Path, ...] = ()
    quote_files: tuple[Path, ...] = ()
    timex_files: tuple[Path, ...] = ()
    mode_files: tuple[Path, ...] = ()


@dataclass(slots=True)
class StageTimes:
    """Seconds spent per stage, for the benchmark's cost breakdown."""

    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, elapsed: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + elapsed


class Analyzer:
    """Loads every model and table once in ``setup()``; ``analyze`` does no I/O."""

    def __init__(self, config: AnalyzerConfig) -> None:
        check_stages(STAGES)
        self.config = config
        self.parser = Parser(ParserConfig(config.model, config.batch_size))
        self.resolver: ActorResolver | None = None
        self.extractor: EventExtractor | None = None
        self.quotes: QuoteExtractor | None = None
        self.tagger: TimexTagger | None = None
        self.locator: Locator | None = None
        self.times = StageTimes()

    def setup(self) -> Analyzer:
        self.parser.setup()
        if self.resolver is None or self.locator is None:
            gazetteer = Gazetteer.load(self.config.place_files)  # one load: actors and places
            if self.resolver is None:
                self.resolver = ActorResolver.load(
                    self.config.actor_files, self.config.people_files, gazetteer=gazetteer
                )
            if self.locator is None:
                self.locator = Locator(gazetteer)
        if self.extractor is None:
            table = CameoTable.load()
            lexicon = Lexicon.load(table, self.config.pattern_files)
            self.extractor = EventExtractor(table, lexicon, ModeCues.load(self.config.mode_files))
        if self.quotes is None:
            self.quotes = QuoteExtractor.load(self.config.quote_files)
        if self.tagger is None:
            self.tagger = TimexTagger.load(self.config.timex_files)
        return self

    def analyze(self, articles: Sequence[Article]) -> list[AnalyzedArticle]:
        tagger, locator = self.tagger, self.locator
        if (
            self.resolver is None
            or self.extractor is None
            or self.quotes is None
            or tagger is None
            or locator is None
        ):
            raise PipelineError("Analyzer.setup() must be called before analyze()")
        started = time.perf_counter()
        parsed_batch = self.parser.parse(articles)
        self.times.add("parse", time.perf_counter() - started)
        results = []
        for parsed in parsed_batch:
            started = time.perf_counter()
            dct = parse_dct(parsed.article.published)
            timexes = tagger.tag(parsed, dct)
            self.times.add("timex", time.perf_counter() - started)
            started = time.perf_counter()
            actors = self.resolver.resolve(parsed)
            self.times.add("actors", time.perf_counter() - started)
            started = time.perf_counter()
            events = self.extractor.extract(
                parsed,
                actors,
                lambda trigger, p=parsed, t=timexes, d=dct: tagger.event_date(p, t, trigger, d),
                dct,
            )
            self.times.add("events", time.perf_counter() - started)
            started = time.perf_counter()
            quotes = self.quotes.extract(parsed, actors)
            self.times.add("quotes", time.perf_counter() - started)
            events = attribute(events, quotes)
            started = time.perf_counter()
            events = locator.locate(parsed, events)
            self.times.add("places", time.perf_counter() - started)
            results.append(
                AnalyzedArticle(
                    article=parsed.article,
                    mentions=actors.mentions,
                    timexes=timexes,
                    events=events,
                    quotes=quotes,
                    people=tuple(e for e in parsed.entities if e.label == "PERSON"),
                )
            )
        return results

    def analyze_safely(self, articles: Sequence[Article]) -> list[AnalyzedArticle | Rejection]:
        """Analyze a batch; if it fails, retry one by one so only the culprit is rejected."""
        try:
            return list(self.analyze(articles))
        except Exception:
            if len(articles) == 1:
                return [
                    Rejection(
                        articles[0].origin,
                        "analyze",
                        "internal",
                        traceback.format_exc(limit=3).strip().splitlines()[-1],
                    )
                ]
        out: list[AnalyzedArticle | Rejection] = []
        for article in articles:
            out.extend(self.analyze_safely([article]))
        return out


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(
    articles: Iterable[Article], config: AnalyzerConfig, processes: int = 1, chunk_size: int = 0
) -> Iterator[AnalyzedArticle | Rejection]:
    """Analyze a stream of articles in input order, in-process or in ``processes`` workers."""
    size = chunk_size or max(config.batch_size, 1)
    if processes <= 1:
        analyzer = Analyzer(config).setup()
        for chunk in _chunks(articles, size):
            yield from analyzer.analyze_safely(chunk)
        return
    yield from _run_parallel(articles, config, processes, size)


def _worker(config: AnalyzerConfig, inbox: mp.Queue, outbox: mp.Queue) -> None:
    """One worker process: its own Analyzer, loaded once, fed chunks until a None arrives."""
    try:
        analyzer = Analyzer(config).setup()
    except Exception as exc:
        outbox.put((-1, f"worker setup failed: {exc}"))
        return
    while True:
        job = inbox.get()
        if job is None:
            return
        number, chunk = job
        outbox.put((number, analyzer.analyze_safely(chunk)))


# How often a parent waiting for results checks that its workers are still alive.
WORKER_CHECK_SECONDS = 2.0


def _next_result(outbox: mp.Queue, workers: Sequence[mp.process.BaseProcess]) -> tuple[int, Any]:
    """The next (chunk number, result) from ``outbox``; raises ``PipelineError`` when a
    worker died (killed for memory, crashed on start) instead of waiting for it forever."""
    while True:
        try:
            return outbox.get(timeout=WORKER_CHECK_SECONDS)
        except queue.Empty:
            dead = [w for w in workers if w.exitcode is not None]
            if dead:
                # A result it sent just before dying may still be in the pipe.
                try:
                    return outbox.get(timeout=WORKER_CHECK_SECONDS)
                except queue.Empty:
                    codes = ", ".join(f"{w.name} exit code {w.exitcode}" for w in dead)
                    raise PipelineError(
                        f"a worker process ended before finishing its work ({codes}); "
                        "the articles not yet stored were not analysed"
                    ) from None


def _run_parallel(
    articles: Iterable[Article], config: AnalyzerConfig, processes: int, size: int
) -> Iterator[AnalyzedArticle | Rejection]:
    context = mp.get_context("spawn")
    inbox: mp.Queue = context.Queue(maxsize=processes * 2)
    outbox: mp.Queue = context.Queue()
    workers = [
        context.Process(target=_worker, args=(config, inbox, outbox), daemon=True)
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    pending: dict[int, list[AnalyzedArticle | Rejection]] = {}
    next_out = 0
    sent = 0
    try:
        source = _chunks(articles, size)
        exhausted = False
        while not exhausted or next_out < sent:
            while not exhausted and sent - next_out < processes * 2:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                inbox.put((sent, chunk))
                sent += 1
            if next_out >= sent:
                continue
            number, result = _next_result(outbox, workers)
            if number < 0:
                raise PipelineError(str(result))
            pending[number] = result
            while next_out in pending:
                yield from pending.pop(next_out)
                next_out += 1
    finally:
        for _ in workers:
            inbox.put(None)
        for worker in workers:
            worker.join(timeout=10)
            if worker.is_alive():
                worker.terminate()
