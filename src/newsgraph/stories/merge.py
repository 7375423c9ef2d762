"""One real-world event, many reports: merging an article's events into the store's.

Two coded events are the same event when they are in the same story, have the
same dyad (source and target actor codes), the same CAMEO root, the same
realis (both happened, or the same unrealised mode), and compatible dates (one
unknown, one a prefix of the other, or days at most ``DAY_TOLERANCE`` apart).
The same dyad in another story, or months apart, stays a different event.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from .retired import retire

DAY_TOLERANCE = 1  # a day either way absorbs time zones and "late on Wednesday" reports
HAPPENED_MODES = frozenset({"asserted", "reported", "historical"})
PRECISION_RANK = {"none": 0, "year": 1, "month": 2, "day": 3}


@dataclass(frozen=True, slots=True)
class EventKey:
    """The merge-relevant fields of one stored event."""

    id: str
    root: str
    source_code: str
    target_code: str
    mode: str
    date: str | None
    date_precision: str
    published: str | None = None

    @property
    def governed(self) -> bool:
        """True when a time expression dated the event (not the publication-date fallback)."""
        return bool(self.date) and self.date[:10] != (self.published or "")[:10]

    @property
    def realis(self) -> int:
        """1 for events reported as having happened; 0 otherwise (future, denied, ...)."""
        return int(self.mode in HAPPENED_MODES)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Unknown fits anything; "2024-07" fits "2024-07-10"; two days fit within tolerance."""
    if not a or not b:
        return True
    if len(a) >= 10 and len(b) >= 10:
        try:
            gap = abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
        except ValueError:
            return a == b
        return gap <= DAY_TOLERANCE
    return a.startswith(b) or b.startswith(a)


def article_events(conn: sqlite3.Connection, article_key: str) -> list[EventKey]:
    rows = conn.execute(
        """SELECT e.id, e.root, e.source_code, e.target_code, e.mode, e.date, e.date_precision,
                  a.published
           FROM events e JOIN articles a ON a.key = e.article_key
           WHERE e.article_key = ? ORDER BY e.n""",
        (article_key,),
    )
    return [
        EventKey(row[0], row[1], row[2] or "", row[3] or "", row[4], row[5], row[6], row[7])
        for row in rows
    ]


def merge_events(
    conn: sqlite3.Connection, article_key: str, story_id: str, seq: int
) -> tuple[str, ...]:
    """Attach each event of ``article_key`` to a merged event; returns the merged ids.

    Events with no source actor cannot be matched by dyad and stay on their own.
    """
    merged: list[str] = []
    for event in article_events(conn, article_key):
        target = (
            _match(
                conn,
                story_id,
                (event.root, event.source_code, event.target_code, event.realis),
                event.date,
            )
            if event.source_code
            else None
        )
        if target is None:
            target = event.id
            conn.execute(
                """INSERT INTO merged_events (id, story_id, root, source_code, target_code,
                       realis, date, date_precision, seq)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?,
                           (SELECT COALESCE(MAX(seq), 0) + 1 FROM merged_events))""",
                (
                    target,
                    story_id,
                    event.root,
                    event.source_code,
                    event.target_code,
                    event.realis,
                    event.date,
                    event.date_precision,
                ),
            )
        else:
            _sharpen_date(conn, target, event.date, event.date_precision, event.governed)
        conn.execute(
            "INSERT INTO merged_event_members (event_id, merged_id, article_key, seq) "
            "VALUES (?, ?, ?, ?)",
            (event.id, target, article_key, seq),
        )
        merged.append(target)
    return tuple(dict.fromkeys(merged))


def fold_events(conn: sqlite3.Connection, absorbed: str, survivor: str) -> None:
    """Move the merged events of story ``absorbed`` into story ``survivor``: one the survivor
    already holds (same dyad, root and realis, compatible dates) takes the other's reports
    and its more precise date; the rest change story. In order of first report, as if the
    absorbed story's reports had arrived in the survivor."""
    rows = conn.execute(
        """SELECT id, root, source_code, target_code, realis, date, date_precision
           FROM merged_events WHERE story_id = ? ORDER BY seq""",
        (absorbed,),
    ).fetchall()
    for merged_id, root, source, target, realis, when, precision in rows:
        into = _match(conn, survivor, (root, source, target, realis), when) if source else None
        if into is None:
            conn.execute(
                "UPDATE merged_events SET story_id = ? WHERE id = ?", (survivor, merged_id)
            )
            continue
        _sharpen_date(conn, into, when, precision, governed=False)
        conn.execute(
            "UPDATE merged_event_members SET merged_id = ? WHERE merged_id = ?",
            (into, merged_id),
        )
        conn.execute("DELETE FROM merged_events WHERE id = ?", (merged_id,))
        retire(conn, "event", merged_id, into)


def _match(
    conn: sqlite3.Connection, story_id: str, kind: tuple[str, str, str, int], when: str | None
) -> str | None:
    """The first merged event of ``story_id`` of the same ``kind`` (root, source code,
    target code, realis) whose date is compatible with ``when``."""
    rows = conn.execute(
        """SELECT id, date FROM merged_events
           WHERE story_id = ? AND root = ? AND source_code = ? AND target_code = ?
             AND realis = ?
           ORDER BY seq""",
        (story_id, *kind),
    )
    for merged_id, merged_date in rows:
        if dates_compatible(merged_date, when):
            return str(merged_id)
    return None


def _sharpen_date(
    conn: sqlite3.Connection, merged_id: str, when: str | None, precision: str, governed: bool
) -> None:
    """Keep the most precise date any report gives; at equal precision, one a time
    expression gave (``governed``: "on Wednesday") beats a report that could only use its
    own publication date."""
    row = conn.execute(
        "SELECT date_precision FROM merged_events WHERE id = ?", (merged_id,)
    ).fetchone()
    new_rank = PRECISION_RANK.get(precision, 0)
    old_rank = PRECISION_RANK.get(row[0], 0)
    if new_rank > old_rank or (new_rank == old_rank and governed):
        conn.execute(
            "UPDATE merged_events SET date = ?, date_precision = ? WHERE id = ?",
            (when, precision, merged_id),
        )
