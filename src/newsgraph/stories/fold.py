"""Folding one story into another: its members and merged events move to the survivor.

``StoryClusterer`` folds when one article clears two stories by a wide margin (see
``StoryConfig.fold_margin``). The story row and postings are the clusterer's; this moves
what other tables say about the absorbed story, inside the caller's transaction, so a
relink (which folds at the same moments) ends with the same rows.
"""

from __future__ import annotations

import sqlite3

from .merge import fold_events
from .retired import retire


def fold_links(conn: sqlite3.Connection, absorbed: str, survivor: str) -> None:
    """Relabel the articles (copies included) and merged events of ``absorbed`` as
    ``survivor``'s, merging each event the survivor already holds; ``absorbed`` is retired
    into ``survivor``."""
    conn.execute("UPDATE linked_articles SET story_id = ? WHERE story_id = ?", (survivor, absorbed))
    conn.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (survivor, absorbed))
    fold_events(conn, absorbed, survivor)
    retire(conn, "story", absorbed, survivor)


__all__ = ["fold_links"]
