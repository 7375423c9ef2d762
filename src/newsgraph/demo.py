"""``newsgraph demo``: the bundled sample corpus, ingested and summarised."""

from __future__ import annotations

import os
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .errors import InputError
from .readers.meta import SIDECAR_NAME
from .store import Store
from .store.export import export_rows


def find_examples() -> Path:
    """The sample corpus: $NEWSGRAPH_EXAMPLES, ./examples/news, or the source checkout's."""
    candidates = [
        Path(os.environ["NEWSGRAPH_EXAMPLES"]) if os.environ.get("NEWSGRAPH_EXAMPLES") else None,
        Path.cwd() / "examples" / "news",
        Path(__file__).resolve().parents[2] / "examples" / "news",
    ]
    for candidate in candidates:
        if candidate is not None and (candidate / SIDECAR_NAME).is_file():
            return candidate
    raise InputError(
        "sample corpus not found: run from a newsgraph checkout or set NEWSGRAPH_EXAMPLES"
    )


def summarize(db: Path, console: Console, limit: int = 12) -> None:
    """Stories, the events most outlets reported, and contested claims."""
    with Store.open(db) as store:
        counts = store.counts()
        stories = list(export_rows(store, "stories"))
        events = list(export_rows(store, "events"))
        claims = list(export_rows(store, "claims"))
    console.print(
        f"[bold]{counts.get('articles', 0)}[/] articles in [bold]{len(stories)}[/] stories; "
        f"[bold]{len(events)}[/] events ({counts.get('events', 0)} reports), "
        f"{counts.get('quotes', 0)} quotes, {len(claims)} claims, "
        f"{counts.get('rejections', 0)} rejections in {db}"
    )
    story_table = Table(title="stories")
    for column in ("first published", "articles", "outlets", "title"):
        story_table.add_column(column, overflow="fold")
    for story in stories:
        story_table.add_row(
            story["first_published"] or "",
            str(len(story["articles"])),
            str(story["num_outlets"]),
            story["title"] or "",
        )
    console.print(story_table)
    ranked = sorted(events, key=lambda e: (-e["num_articles"], e.get("date") or ""))
    event_table = Table(title=f"events reported most widely (top {limit})")
    for column in ("date", "source → target", "event", "mode", "articles", "outlets"):
        event_table.add_column(column, overflow="fold")
    for event in ranked[:limit]:
        event_table.add_row(
            event.get("date") or "",
            f"{_code(event.get('source'))} → {_code(event.get('target'))}",
            f"{event['cameo']} {event['plover'] or ''}",
            event["mode"],
            str(event["num_articles"]),
            str(event["num_outlets"]),
        )
    console.print(event_table)
    for claim in claims[:limit]:
        asserted = ", ".join(a["code"] for a in claim["asserted_by"]) or "–"
        denied = ", ".join(a["code"] for a in claim["denied_by"]) or "–"
        console.print(f"claim: {claim['proposition']} — asserted by {asserted}; denied by {denied}")
    console.print("Next: newsgraph export events --format csv -o events.csv")


def _code(actor: dict | None) -> str:
    return actor["code"] if actor else "–"
