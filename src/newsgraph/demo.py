"""``newsgraph demo``: the bundled sample corpus, ingested and summarised."""

from __future__ import annotations

import os
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .errors import InputError
from .store import Store


def find_examples() -> Path:
    """The sample corpus: $NEWSGRAPH_EXAMPLES, ./examples/news, or the source checkout's."""
    candidates = [
        Path(os.environ["NEWSGRAPH_EXAMPLES"]) if os.environ.get("NEWSGRAPH_EXAMPLES") else None,
        Path.cwd() / "examples" / "news",
        Path(__file__).resolve().parents[2] / "examples" / "news",
    ]
    for candidate in candidates:
        if candidate is not None and (candidate / "meta.jsonl").is_file():
            return candidate
    raise InputError(
        "sample corpus not found: run from a newsgraph checkout or set NEWSGRAPH_EXAMPLES"
    )


def summarize(db: Path, console: Console, limit: int = 15) -> None:
    with Store.open(db) as store:
        counts = store.counts()
        events = list(store.events())
    console.print(
        f"[bold]{counts.get('articles', 0)}[/] articles, [bold]{counts.get('events', 0)}[/] events,"
        f" {counts.get('mentions', 0)} actor mentions, {counts.get('rejections', 0)} rejections"
        f" in {db}"
    )
    table = Table(title=f"events (first {limit} of {len(events)})")
    for column in ("date", "source → target", "event", "mode (claimant)", "trigger", "article"):
        table.add_column(column, overflow="fold")
    for event in events[:limit]:
        evidence = event["evidence"][0]
        claimant = f" ({event['claimant']['code']})" if event.get("claimant") else ""
        table.add_row(
            event.get("date") or "",
            f"{_code(event.get('source'))} → {_code(event.get('target'))}",
            f"{event['cameo']} {event['plover'] or ''}",
            event["mode"] + claimant,
            evidence["trigger"],
            evidence["article_id"][:24],
        )
    console.print(table)
    console.print("Next: newsgraph export events --format csv -o events.csv")


def _code(actor: dict | None) -> str:
    return actor["code"] if actor else "–"
