"""Linking a stored article to what came before: copies, its story, its events.

``Linker.link`` runs right after ``Store.write`` inserted an article, in one
transaction: the duplicate index says whether the article copies an earlier
one (a copy joins its original's story and adds nothing to any count); an
original is clustered into a story and its events merged with the same
events already reported in that story. Linking reads the article back from
the store, so ``relink`` (forget every link, link every article again in
stored order) takes exactly the same decisions as the incremental path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from .dedup import DedupConfig, DuplicateIndex, DuplicateMatch
from .errors import NewsgraphError
from .records import AnalyzedArticle
from .store import Store, StoreError
from .store.db import immediate_transaction
from .store.links import (
    LinkInput,
    article_keys_in_order,
    clear_links,
    connection,
    load_input,
    record_link,
    stored_link,
)
from .stories import StoryClusterer, StoryConfig, StoryDoc, WordForms, merge_events


class LinkError(NewsgraphError):
    """An article could not be linked (not stored, or the store failed)."""


@dataclass(frozen=True, slots=True)
class LinkResult:
    """What linking decided for one article; ``merged_events`` are the merged event ids
    its events belong to (empty for a duplicate, whose events are not counted)."""

    key: str
    story_id: str
    duplicate: DuplicateMatch | None
    merged_events: tuple[str, ...]
    already_linked: bool = False


class Linker:
    """Duplicates, stories and event merging over one store. Open with ``Linker.open``."""

    def __init__(
        self,
        store: Store,
        dedup: DedupConfig | None = None,
        stories: StoryConfig | None = None,
        forms: WordForms | None = None,
    ) -> None:
        self.store = store
        self._conn = connection(store)
        self.duplicates = DuplicateIndex(self._conn, dedup)
        self.stories = StoryClusterer(self._conn, stories, forms=forms)

    @classmethod
    def open(
        cls,
        store: Store,
        dedup: DedupConfig | None = None,
        stories: StoryConfig | None = None,
        forms: WordForms | None = None,
    ) -> Linker:
        """A linker over ``store``; its state is the store's tables, nothing is preloaded.
        ``forms`` are the short word forms stories spell out (the packaged table if None)."""
        return cls(store, dedup, stories, forms)

    def link(self, analyzed: AnalyzedArticle) -> LinkResult:
        """Link the stored article ``analyzed`` (idempotent: linking twice changes nothing)."""
        return self.link_key(analyzed.article.key, analyzed.article.origin)

    def link_key(self, key: str, origin: str = "") -> LinkResult:
        """Link the stored article with content key ``key``, in one transaction."""
        where = origin or key

        def failure(exc: sqlite3.Error) -> LinkError:
            return LinkError(f"{where}: could not link article ({exc}); nothing changed")

        with immediate_transaction(self._conn, failure):
            result = self._link(key, where)
        return result

    def _link(self, key: str, where: str) -> LinkResult:
        stored = stored_link(self._conn, key)
        if stored is not None:
            duplicate = None
            if stored.duplicate_of is not None:
                kind = "exact" if stored.duplicate_kind == "exact" else "near"
                duplicate = DuplicateMatch(stored.duplicate_of, kind, stored.similarity or 0.0)
            return LinkResult(key, stored.story_id, duplicate, (), already_linked=True)
        item = load_input(self._conn, key)
        if item is None:
            raise LinkError(f"{where}: article {key[:12]}… is not in the store; write it first")
        match = self.duplicates.check(key, item.text, item.title)
        self.duplicates.add(key, item.text, item.title)
        if match is not None:
            return self._link_copy(item, match, where)
        return self._link_original(item)

    def _link_copy(self, item: LinkInput, match: DuplicateMatch, where: str) -> LinkResult:
        """A copy joins its root original's story and adds no events."""
        original = stored_link(self._conn, match.key)
        if original is None:
            raise LinkError(f"{where}: duplicate of {match.key[:12]}…, which was never linked")
        root = original.duplicate_of or match.key
        record_link(self._conn, item.key, original.story_id, root, match.kind, match.similarity)
        return LinkResult(item.key, original.story_id, _rooted(match, root), ())

    def _link_original(self, item: LinkInput) -> LinkResult:
        """An original is clustered into a story, then its events are merged there."""
        story_id = self.stories.assign(_story_doc(item))
        seq = record_link(self._conn, item.key, story_id)
        merged = merge_events(self._conn, item.key, story_id, seq)
        return LinkResult(item.key, story_id, None, merged)

    def member_dates(self, story_id: str, exclude: str = "") -> tuple[str, ...]:
        """Publication dates of the story's linked members (oldest first, ``exclude``'s
        own left out): what a step inferring an undated article's date from its story
        reads right after the article was assigned."""
        return story_member_dates(self._conn, story_id, exclude)


def story_member_dates(
    conn: sqlite3.Connection, story_id: str, exclude: str = ""
) -> tuple[str, ...]:
    """Known publication dates of the articles linked to ``story_id``, oldest first."""
    rows = conn.execute(
        """SELECT a.published FROM linked_articles l JOIN articles a ON a.key = l.article_key
           WHERE l.story_id = ? AND l.article_key != ? AND COALESCE(a.published, '') != ''
           ORDER BY a.published""",
        (story_id, exclude),
    )
    return tuple(row[0] for row in rows)


def relink(
    store: Store,
    linker: Linker | None = None,
    on_article: Callable[[LinkResult], None] = lambda result: None,
) -> int:
    """Forget every link and rebuild them in the stored order; returns articles linked.

    Gives the same duplicates, stories and merged events as linking each article
    as it was ingested.
    """
    linker = linker or Linker.open(store)
    conn = connection(store)
    try:
        conn.execute("BEGIN IMMEDIATE")
        clear_links(conn)
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"{store.path}: could not clear links before relinking ({exc})") from exc
    count = 0
    for key in article_keys_in_order(conn):
        on_article(linker.link_key(key))
        count += 1
    return count


def _story_doc(item: LinkInput) -> StoryDoc:
    features = tuple(f"@{code}" for code in item.actor_codes) + tuple(
        f"event:{signature}" for signature in item.event_signatures
    )
    return StoryDoc(item.key, item.text, item.title, item.published, features, item.people)


def _rooted(match: DuplicateMatch, root: str) -> DuplicateMatch:
    return match if match.key == root else DuplicateMatch(root, match.kind, match.similarity)
