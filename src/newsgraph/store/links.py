"""Persistence of links between articles: duplicates, stories, merged events.

The Linker (``newsgraph.link``) decides; these functions read and write the
``linked_articles``, ``stories`` and ``merged_events`` tables and turn them into
the CONTRACT.md export rows of ``events`` (merged across articles) and
``stories``. They use the Store's connection, whose transactions the caller owns.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..stories.retired import former_ids_by_current
from ..stories.summary import Member, summary, title
from .writer import EVENT_COLUMNS, JSON_EVENT_COLUMNS, Store

LINK_TABLES = (
    "merged_event_members",
    "merged_events",
    "story_postings",
    "stories",
    "story_df_base",
    "story_df",
    "story_df_pending",
    "link_stats",
    "linked_articles",
    "retired_ids",
    "dedup_buckets",
    "dedup_pending",
    "dedup_signatures",
)
STORY_FIELDS = (
    "id",
    "title",
    "summary",
    "articles",
    "first_published",
    "last_published",
    "events",
    "num_outlets",
    "former_ids",
)


@dataclass(frozen=True, slots=True)
class LinkInput:
    """What linking reads of one stored article (the same in ingest and relink)."""

    key: str
    id: str
    seq: int
    title: str | None
    text: str
    published: str | None
    outlet: str | None
    actor_codes: tuple[str, ...]
    event_signatures: tuple[str, ...]
    people: tuple[tuple[str, int], ...] = ()  # (name, start offset in text)


@dataclass(frozen=True, slots=True)
class StoredLink:
    story_id: str
    duplicate_of: str | None
    duplicate_kind: str | None
    similarity: float | None


def connection(store: Store) -> sqlite3.Connection:
    """The store's connection: links share its single writer and its transactions."""
    return store._conn


def load_input(conn: sqlite3.Connection, key: str) -> LinkInput | None:
    row = conn.execute(
        "SELECT key, id, seq, title, text, published, outlet FROM articles WHERE key = ?",
        (key,),
    ).fetchone()
    if row is None:
        return None
    codes = tuple(
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT code FROM mentions WHERE article_key = ? AND code IS NOT NULL "
            "ORDER BY code",
            (key,),
        )
    )
    signatures = tuple(
        f"{r[0]}:{r[1] or ''}>{r[2] or ''}"
        for r in conn.execute(
            "SELECT DISTINCT root, source_code, target_code FROM events WHERE article_key = ? "
            "ORDER BY root, source_code, target_code",
            (key,),
        )
    )
    people = tuple(
        (r[0], int(r[1]))
        for r in conn.execute(
            "SELECT text, start FROM people WHERE article_key = ? ORDER BY n", (key,)
        )
    )
    return LinkInput(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6], codes, signatures, people
    )


def stored_link(conn: sqlite3.Connection, key: str) -> StoredLink | None:
    row = conn.execute(
        """SELECT story_id, duplicate_of, duplicate_kind, similarity FROM linked_articles
           WHERE article_key = ?""",
        (key,),
    ).fetchone()
    return None if row is None else StoredLink(row[0], row[1], row[2], row[3])


def record_link(
    conn: sqlite3.Connection,
    key: str,
    story_id: str,
    duplicate_of: str | None = None,
    duplicate_kind: str | None = None,
    similarity: float | None = None,
) -> int:
    """Record an article's links (and mirror them on ``articles``); returns its link seq."""
    conn.execute(
        """INSERT INTO linked_articles (article_key, seq, story_id, duplicate_of,
               duplicate_kind, similarity)
           VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM linked_articles), ?, ?, ?, ?)""",
        (key, story_id, duplicate_of, duplicate_kind, similarity),
    )
    conn.execute(
        "UPDATE articles SET story_id = ?, duplicate_of = ? WHERE key = ?",
        (story_id, duplicate_of, key),
    )
    return int(
        conn.execute("SELECT seq FROM linked_articles WHERE article_key = ?", (key,)).fetchone()[0]
    )


def clear_links(conn: sqlite3.Connection) -> None:
    """Forget every link (inside the caller's transaction), ready for a rebuild."""
    for table in LINK_TABLES:
        conn.execute(f"DELETE FROM {table}")
    conn.execute("UPDATE articles SET story_id = NULL, duplicate_of = NULL")


def article_keys_in_order(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT key FROM articles ORDER BY seq")]


# -- exports ------------------------------------------------------------------------------

_EVENT_SELECT = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)


def merged_event_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One CONTRACT.md Event per real-world event, with every report's evidence,
    ``num_articles``, ``num_outlets`` and ``story_id``, in order of first report."""
    conn = connection(store)
    merged = conn.execute(
        "SELECT id, story_id, date, date_precision FROM merged_events ORDER BY seq"
    ).fetchall()
    retired = former_ids_by_current(conn, "event")
    for merged_id, story_id, merged_date, precision in merged:
        rows = conn.execute(
            f"""SELECT {_EVENT_SELECT}, a.id AS article_id, a.key AS article_key, a.outlet
                FROM merged_event_members m
                JOIN events e ON e.id = m.event_id
                JOIN articles a ON a.key = m.article_key
                WHERE m.merged_id = ? ORDER BY m.seq, e.n""",
            (merged_id,),
        ).fetchall()
        if not rows:
            continue
        first = {
            column: json.loads(rows[0][column])
            if column in JSON_EVENT_COLUMNS and rows[0][column] is not None
            else rows[0][column]
            for column in EVENT_COLUMNS
        }
        evidence = [item for row in rows for item in json.loads(row["evidence"])]
        claimants = [json.loads(row["claimant"]) for row in rows if row["claimant"]]
        located = next((row["location"] for row in rows if row["location"]), None)
        yield {
            **first,
            "id": merged_id,
            "article_id": rows[0]["article_id"],
            "date": merged_date,
            "date_precision": precision,
            "evidence": evidence,
            "claimants": _distinct_actors(claimants),
            "location": json.loads(located) if located else None,
            "confidence": max(row["confidence"] for row in rows),
            "num_articles": len({row["article_key"] for row in rows}),
            "num_outlets": count_outlets((row["outlet"], row["article_key"]) for row in rows),
            "story_id": story_id,
            "former_ids": retired.get(merged_id, []),
        }


def _distinct_actors(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each actor once (by code and name, however each report worded it), in order."""
    seen: dict[tuple[Any, Any], dict[str, Any]] = {}
    for actor in actors:
        seen.setdefault((actor.get("code"), actor.get("name")), actor)
    return list(seen.values())


def undated_linked(store: Store) -> list[tuple[str, str]]:
    """(key, story id) of each linked article with no publication date, in stored order."""
    rows = (
        connection(store)
        .execute(
            """SELECT a.key, l.story_id FROM articles a
           JOIN linked_articles l ON l.article_key = a.key
           WHERE a.published IS NULL ORDER BY a.seq"""
        )
        .fetchall()
    )
    return [(row[0], row[1]) for row in rows]


def count_outlets(reports: Iterable[tuple[str | None, str]]) -> int:
    """Distinct outlets among (outlet, article) pairs; an article with no known outlet counts
    as its own source, never merged with other unknowns into one."""
    return len({outlet if outlet else ("article", article) for outlet, article in reports})


def story_rows(store: Store) -> Iterator[dict[str, Any]]:
    """The CONTRACT.md ``stories`` export, oldest story first; duplicates are listed
    among the articles but never counted as outlets nor quoted in the summary."""
    conn = connection(store)
    retired = former_ids_by_current(conn, "story")
    for (story_id,) in conn.execute("SELECT id FROM stories ORDER BY seq").fetchall():
        yield _story_row(conn, story_id, retired.get(story_id, []))


def _story_row(conn: sqlite3.Connection, story_id: str, former_ids: list[str]) -> dict[str, Any]:
    rows = conn.execute(
        """SELECT a.id, a.title, a.text, a.outlet, a.published, l.duplicate_of
           FROM linked_articles l JOIN articles a ON a.key = l.article_key
           WHERE l.story_id = ? ORDER BY l.seq""",
        (story_id,),
    ).fetchall()
    originals = [row for row in rows if row["duplicate_of"] is None]
    members = [Member(row["id"], row["title"], row["text"]) for row in originals]
    dates = sorted(row["published"] for row in rows if row["published"])
    events = [
        row[0]
        for row in conn.execute(
            """SELECT id FROM merged_events WHERE story_id = ?
               ORDER BY date IS NULL, date, seq""",
            (story_id,),
        )
    ]
    return {
        "id": story_id,
        "title": title(members),
        "summary": summary(members),
        "articles": [row["id"] for row in rows],
        "first_published": dates[0] if dates else None,
        "last_published": dates[-1] if dates else None,
        "events": events,
        "num_outlets": count_outlets((row["outlet"], row["id"]) for row in originals),
        "former_ids": former_ids,
    }
