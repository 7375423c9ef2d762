"""``newsgraph eval KIND GOLD``: score a capability on a gold file."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .result import EvalResult

KINDS = ("events", "actors", "html", "quotes", "time", "stories")


def run_eval(
    kind: str,
    gold: Path,
    limit: int = 0,
    model: str = "",
    dups: bool = False,
    text_only: bool = False,
) -> EvalResult:
    """Score ``kind`` on ``gold``; ``text_only`` links stories from text, title and date
    alone instead of the pipeline's analysed articles (faster, no parse)."""
    if not gold.is_file():
        raise InputError(f"{gold}: gold file not found")
    if kind == "events":
        from .events import evaluate_events

        return evaluate_events(gold, limit=limit, model=model)
    if kind == "html":
        from .html import evaluate_html

        return evaluate_html(gold, limit=limit)
    if kind == "quotes":
        from .quotes import evaluate_quotes

        return evaluate_quotes(gold, limit=limit, model=model)
    if kind == "actors":
        from .actors import evaluate_actors

        return evaluate_actors(gold, limit=limit, model=model)
    if kind == "stories-dups":
        dups, kind = True, "stories"
    if kind == "stories":
        from .stories import evaluate_stories

        return evaluate_stories(gold, limit=limit, dups=dups, model=model, parse=not text_only)
    if kind == "time":
        from .timex import evaluate_time

        return evaluate_time(gold, limit=limit, model=model)
    raise InputError(f"unknown eval kind {kind!r}; available: {', '.join(KINDS)}")


__all__ = ["KINDS", "EvalResult", "run_eval"]
