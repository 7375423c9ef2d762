"""Write docs/EVALUATION.md from fresh runs of every eval whose gold file is present.

Usage: python -m newsgraph.evaluate.report [--eval-dir ../shared/eval] [--out docs/EVALUATION.md]
Numbers in that file come only from here, never typed in by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
from datetime import UTC, datetime
from pathlib import Path

from . import run_eval
from .stories import SHUFFLES

# Plain string comparison of values, beside the canonical-notation one (see evaluate/timex.py).
STRICT_DATE = "value_accuracy_strict_by_type.DATE.accuracy"

# (kind, gold file relative to the eval dir, headline metrics: (label, dotted path, target))
SUITES: tuple[tuple[str, str, tuple[tuple[str, str, float | None], ...]], ...] = (
    (
        "events",
        "events/plover_gsr_cameo_manual.jsonl",
        (
            ("PLOVER category macro-F1", "category_macro_f1", 0.75),
            ("PLOVER category micro-F1", "category_micro.f1", None),
            ("dyad + category F1", "dyad_category.f1", 0.65),
        ),
    ),
    (
        "events",
        "events/conflibert_cameo_penta_train.jsonl",
        (
            ("PentaClass macro-F1", "penta_macro_f1", 0.75),
            ("PentaClass accuracy", "penta_accuracy", None),
            ("sentences with any event", "penta_coverage", None),
            ("source/target text F1 (main event)", "argument_text_f1", None),
        ),
    ),
    (
        "actors",
        "events/plover_gsr_cameo_manual.jsonl",
        (
            ("country or organisation", "country_or_org_accuracy", 0.92),
            ("sector", "sector_accuracy", 0.8),
        ),
    ),
    (
        "stories",
        "stories/ecbplus_odd_topics.jsonl",
        (
            ("BCubed F1", "bcubed.f1", 0.95),
            (
                f"BCubed F1, mean of {SHUFFLES} shuffled arrival orders",
                "bcubed_f1_shuffled_mean",
                None,
            ),
            ("BCubed F1, worst shuffled order", "bcubed_f1_shuffled_min", None),
            ("pairwise F1", "pairwise.f1", None),
        ),
    ),
    (
        "stories-dups",
        "bulk/bbc_news.jsonl",
        (
            ("exact-duplicate precision", "exact.precision", 1.0),
            ("exact-duplicate recall", "exact.recall", 1.0),
            ("edited-copy recall", "edited_recall", None),
        ),
    ),
    ("html", "html/aeb_dev.jsonl", (("4-gram shingle F1", "shingle.f1", None),)),
    (
        "time",
        "timex/timebank.jsonl",
        (
            ("extent F1 (overlap)", "extent_overlap.f1", 0.85),
            ("extent F1 (exact)", "extent_exact.f1", None),
            ("DATE value accuracy", "value_accuracy_by_type.DATE.accuracy", 0.9),
            ("DATE value accuracy (strict string match)", STRICT_DATE, None),
            ("value accuracy (all types)", "value_accuracy", None),
        ),
    ),
    (
        "time",
        "timex/aquaint.jsonl",
        (
            ("extent F1 (overlap)", "extent_overlap.f1", 0.85),
            ("DATE value accuracy", "value_accuracy_by_type.DATE.accuracy", 0.9),
            ("DATE value accuracy (strict string match)", STRICT_DATE, None),
        ),
    ),
    (
        "quotes",
        "quotes/polnear_dev.jsonl",
        (
            ("speaker overlap F1", "speaker_overlap.f1", 0.85),
            ("content overlap F1", "content_overlap.f1", 0.85),
            ("cue overlap F1", "cue_overlap.f1", None),
        ),
    ),
)


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def metric_value(metrics: dict, dotted: str) -> float:
    value: object = metrics
    for part in dotted.split("."):
        value = value[part]  # type: ignore[index]
    return float(value)  # type: ignore[arg-type]


def build(eval_dir: Path) -> tuple[str, dict]:
    lines = [
        "# Evaluation",
        "",
        "Produced by `python -m newsgraph.evaluate.report`; do not edit by hand.",
        f"Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on Python {platform.python_version()}.",
        "",
        "| capability | gold file (sha256 prefix) | metric | value | target |",
        "|---|---|---|---|---|",
    ]
    raw: dict[str, dict] = {}
    for kind, relative, headlines in SUITES:
        gold = eval_dir / relative
        if not gold.is_file():
            lines.append(f"| {kind} | {relative} (missing) | – | – | – |")
            continue
        result = run_eval(kind, gold)
        raw[f"{kind} {relative}"] = result.to_dict()
        for label, dotted, target in headlines:
            value = metric_value(result.metrics, dotted)
            lines.append(
                f"| {kind} | `{relative}` ({fingerprint(gold)}) | {label} | {value:.3f} |"
                f" {'' if target is None else f'≥ {target}'} |"
            )
    lines += ["", "## Full metrics", "", "```json", json.dumps(raw, indent=1), "```", ""]
    return "\n".join(lines), raw


def _previous_bench(path: Path) -> str:
    if not path.is_file():
        return ""
    previous = path.read_text(encoding="utf-8")
    start = previous.find("\n## Throughput")
    end = previous.find("\n## Full metrics")
    return previous[start:end] + "\n" if 0 <= start < end else ""


def bench_section(corpus: Path, processes: int) -> str:
    """``newsgraph bench`` figures for the report (minutes of CPU: opt-in with --bench)."""
    from ..bench import run_bench

    result = run_bench(corpus, 0, processes, 16, "", link_checkpoints=(1000, 10000))
    rows = [
        ("articles / words", f"{result.articles:,} / {result.words:,}"),
        ("processes", str(result.processes)),
        ("pipeline articles/s", f"{result.pipeline_articles_per_s:.1f}"),
        ("pipeline words/s", f"{result.pipeline_words_per_s:,.0f}"),
        ("spaCy alone words/s, same texts and run", f"{result.spacy_words_per_s:,.0f}"),
        ("peak RSS MB", f"{result.pipeline_peak_rss_mb:,.0f}"),
        *[(f"{k} share of parse time", f"{v:.1%}") for k, v in result.stage_share.items()],
    ]
    lines = [
        "",
        f"## Throughput (`newsgraph bench`, {corpus.name})",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with `--bench`; kept until the next one.",
        "",
        "| measure | value |",
    ]
    lines += ["|---|---|", *[f"| {name} | {value} |" for name, value in rows]]
    lines += _link_cost_table(result.link_ms_per_article)
    return "\n".join(lines) + "\n"


def _link_cost_table(link_ms: dict[str, float]) -> list[str]:
    """Link cost per article at each stored count, one row per kind, with its growth."""
    from ..bench import link_cost_kinds, link_growth

    by_kind = link_cost_kinds(link_ms)
    if not by_kind:
        return []
    counts = sorted({n for timed in by_kind.values() for n in timed})
    grown = link_growth(link_ms)
    lines = [
        "",
        "Link cost per article (`link_cost`: stream, same-mix probe, same probes into the",
        "stores saved at each size in turn; see docs/STORIES.md, link cost):",
        "",
        "| kind | " + " | ".join(f"{n:,} stored" for n in counts) + " | growth |",
        "|---|" + "---|" * (len(counts) + 1),
    ]
    for kind, timed in by_kind.items():
        cells = [f"{timed[n]:.1f}" if n in timed else "" for n in counts]
        ratio = f"×{grown[kind][2]:.2f}" if kind in grown else ""
        lines.append(f"| {kind} | " + " | ".join(cells) + f" | {ratio} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--out", type=Path, default=Path("docs/EVALUATION.md"))
    parser.add_argument("--bench", action="store_true", help="also run newsgraph bench (slow)")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    if args.bench:
        # First, in a process that has done nothing else: peak RSS is the process's
        # high-water mark, and the evaluations' parses would otherwise set it.
        corpus = args.eval_dir / "bulk" / "bbc_news.jsonl"
        section = bench_section(corpus, args.processes)
    else:  # keep the last measured throughput (it says which run produced it)
        section = _previous_bench(args.out)
    text, _ = build(args.eval_dir)
    if section:
        head, _, tail = text.partition("\n## Full metrics")
        text = head + section + "\n## Full metrics" + tail
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
