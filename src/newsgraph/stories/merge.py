"""One real-world event, many reports: merging an article's events into the store's.

Two coded events are the same event when they are in the same story, have the
same dyad (source and target actor codes), the same CAMEO root, the same
realis (both happened, or the same unrealised mode), and compatible dates
(``dates_compatible``: one unknown, one a prefix of the other, or close enough days).
A day a time expression gave ("on Wednesday") is exact up to ``DAY_TOLERANCE``; a
day that is only the publication day of a report of something that happened (no time
expression dated it: ``EventKey.report_day``) says it happened on that day or in the
``REPORT_LAG_DAYS`` before, so the next day's report of Tuesday's summit that never
says "Tuesday" still finds it. A planned, denied or hypothetical event's report day
says nothing of when it would happen and keeps the strict tolerance. The
same dyad in another story, or weeks apart, stays a different event.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from .retired import retire

DAY_TOLERANCE = 1  # a day either way absorbs time zones and "late on Wednesday" reports
# How long before its publication day a report dated by nothing else may tell of an event.
REPORT_LAG_DAYS = 7
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
    def report_day(self) -> bool:
        """True when the date is only the publication day of a report of something that
        happened: the event took place on it or shortly before."""
        return bool(self.date) and bool(self.realis) and not self.governed

    @property
    def realis(self) -> int:
        """1 for events reported as having happened; 0 otherwise (future, denied, ...)."""
        return int(self.mode in HAPPENED_MODES)


def dates_compatible(
    a: str | None, b: str | None, a_report_day: bool = False, b_report_day: bool = False
) -> bool:
    """Unknown fits anything; "2024-07" fits "2024-07-10"; two exact days fit within
    ``DAY_TOLERANCE``; a report day (``*_report_day``: the event happened on it or before)
    fits a day up to ``REPORT_LAG_DAYS`` before it, and another report day as far apart."""
    if not a or not b:
        return True
    if len(a) >= 10 and len(b) >= 10:
        try:
            later = (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days
        except ValueError:
            return a == b
        if a_report_day and b_report_day:
            return abs(later) <= REPORT_LAG_DAYS
        if b_report_day:  # b reports a's event on its day or within the lag after it
            return -DAY_TOLERANCE <= later <= REPORT_LAG_DAYS
        if a_report_day:
            return -REPORT_LAG_DAYS <= later <= DAY_TOLERANCE
        return abs(later) <= DAY_TOLERANCE
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
                event.report_day,
            )
            if event.source_code
            else None
        )
        if target is None:
            target = event.id
            conn.execute(
                """INSERT INTO merged_events (id, story_id, root, source_code, target_code,
                       realis, date, date_precision, date_report_day, seq)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,
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
                    int(event.report_day),
                ),
            )
        else:
            _sharpen_date(
                conn, target, event.date, event.date_precision, event.governed, event.report_day
            )
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
        """SELECT id, root, source_code, target_code, realis, date, date_precision,
                  date_report_day
           FROM merged_events WHERE story_id = ? ORDER BY seq""",
        (absorbed,),
    ).fetchall()
    for merged_id, root, source, target, realis, when, precision, report_day in rows:
        kind = (root, source, target, realis)
        into = _match(conn, survivor, kind, when, bool(report_day)) if source else None
        if into is None:
            conn.execute(
                "UPDATE merged_events SET story_id = ? WHERE id = ?", (survivor, merged_id)
            )
            continue
        _sharpen_date(conn, into, when, precision, False, bool(report_day))
        conn.execute(
            "UPDATE merged_event_members SET merged_id = ? WHERE merged_id = ?",
            (into, merged_id),
        )
        conn.execute("DELETE FROM merged_events WHERE id = ?", (merged_id,))
        retire(conn, "event", merged_id, into)


def _match(
    conn: sqlite3.Connection,
    story_id: str,
    kind: tuple[str, str, str, int],
    when: str | None,
    report_day: bool,
) -> str | None:
    """The first merged event of ``story_id`` of the same ``kind`` (root, source code,
    target code, realis) whose date is compatible with ``when`` (``report_day``: only the
    publication day of a report of it)."""
    rows = conn.execute(
        """SELECT id, date, date_report_day FROM merged_events
           WHERE story_id = ? AND root = ? AND source_code = ? AND target_code = ?
             AND realis = ?
           ORDER BY seq""",
        (story_id, *kind),
    )
    for merged_id, merged_date, merged_report_day in rows:
        if dates_compatible(merged_date, when, bool(merged_report_day), report_day):
            return str(merged_id)
    return None


def _sharpen_date(
    conn: sqlite3.Connection,
    merged_id: str,
    when: str | None,
    precision: str,
    governed: bool,
    report_day: bool,
) -> None:
    """Keep the most precise date any report gives; at equal precision, one a time
    expression gave (``governed``: "on Wednesday") beats a report that could only use its
    own publication date. ``report_day`` goes with the date it describes."""
    (old_precision,) = conn.execute(
        "SELECT date_precision FROM merged_events WHERE id = ?", (merged_id,)
    ).fetchone()
    new_rank = PRECISION_RANK.get(precision, 0)
    old_rank = PRECISION_RANK.get(old_precision, 0)
    if new_rank > old_rank or (new_rank == old_rank and governed):
        conn.execute(
            """UPDATE merged_events SET date = ?, date_precision = ?, date_report_day = ?
               WHERE id = ?""",
            (when, precision, int(report_day), merged_id),
        )
