"""Online, time-aware story clustering over the store's ``stories`` tables.

Each article becomes a unit TF-IDF vector of its terms and one of its names
(IDF from the documents linked before it) and is scored against the centroids
of the stories that share its most distinctive terms,
``(1 - w) · cos(terms) + w · cos(names)``. A story must reach ``threshold``
raised towards the stricter ``unverified_threshold`` by the share of its
members whose timedness differs from the article's (``required_score``): an
article or member is timed when it has a publication day or its lead states
the year (``features.doc_years``); time cannot check the pairs one side of
which is untimed, and that is where look-alike events years apart get merged.
The bar rises further with the time between the article and the story
(``late_score``): by ``late_penalty`` for each doubling of the gap beyond
``window_days`` (follow-ups months later still join when they say the same
things), and no story more than ``max_gap_days`` away is eligible. The gap is
counted in days from the story's dated span when both sides have days, else
from the nearest of the story's years. The article joins the story it clears
by the widest margin (score minus that story's bar: a story time can vouch for
at 0.3 beats one it cannot at 0.45, since the bars say how much evidence each
needs); an untimed article, whose pairs time can check with no member, weighs
only ``untimed_choice_weight`` of the timedness part of each bar in that choice
(``choice_score``); when no story reaches its bar the article founds a new one.
A story whose leads keep naming a person is not eligible for an article whose
lead keeps naming someone the story never named (``people.about_someone_else``):
two arrests, two rehab stays. An article clearing a second story by ``fold_margin``
as well folds the younger of the two into the older (``_fold``): reports that each
started a story turn out to be one.

Centroids are sums of member vectors cut to their ``centroid_terms`` heaviest
terms, and each story is posted under its
``posting_terms`` heaviest terms; the ``max_candidates`` stories sharing most
of the article's heaviest terms are scored, so linking costs a bounded number
of indexed lookups and comparisons whatever the store's size. Everything
depends only on the order of arrival, so rebuilding in the stored order
reproduces the same stories.
"""

from __future__ import annotations

import hashlib
import math
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .centroids import Centroid, CentroidCache, norm
from .config import StoryConfig, choice_score, late_score, required_score
from .features import ENTITY_PREFIX, StoryDoc, doc_counts, doc_people, doc_years
from .fold import fold_links
from .forms import WordForms
from .frequencies import DocumentFrequencies
from .people import DocPeople, about_someone_else, add_people, sum_people
from .stored import StoryError, dump_names, dump_terms, parse_centroid

Vector = dict[str, float]
DAYS_PER_YEAR = 365
CENTROID_CACHE_STORIES = 1024


@dataclass(frozen=True, slots=True)
class _Story:
    """A stored story row: its identity and span, and its parsed ``centroid`` state."""

    id: str
    seq: int
    size: int
    first: date | None
    last: date | None
    centroid: Centroid


@dataclass(frozen=True, slots=True)
class _Content:
    """What a story row stores, before its centroids are cut to ``centroid_terms``."""

    terms: Vector
    names: Vector
    timed: int
    years: Mapping[int, int]
    protagonists: Mapping[str, int]
    people: Mapping[str, int]


def story_id_for(key: str) -> str:
    """A story is named after the article that founded it (content-hash style)."""
    return "s" + hashlib.sha256(f"story\x00{key}".encode()).hexdigest()[:23]


class StoryClusterer:
    """Assigns articles to stories; state lives in ``conn`` (the caller owns transactions)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        config: StoryConfig | None = None,
        cache_stories: int = CENTROID_CACHE_STORIES,
        forms: WordForms | None = None,
    ) -> None:
        self._conn = conn
        self.config = config or StoryConfig()
        # Short forms spelled out before counting ("Mt" is "mount"); the packaged table
        # unless the caller passes one.
        self.forms = forms if forms is not None else WordForms.load()
        # Parsed candidate centroids, checked against the stored text on every use.
        self.centroids = CentroidCache(cache_stories)
        self.frequencies = DocumentFrequencies(conn)

    def assign(self, doc: StoryDoc) -> str:
        """The story ``doc`` joins (or founds); updates centroids, postings and IDF."""
        cfg = self.config
        term_counts, entity_counts = doc_counts(doc, cfg.lead_tokens, cfg.lead_boost, self.forms)
        term_counts = _most_frequent(term_counts, cfg.article_terms)
        entity_counts = _most_frequent(entity_counts, cfg.article_terms)
        seen = self.frequencies.documents()
        df = self.frequencies.get([*term_counts, *entity_counts])
        terms = _unit(_tfidf(term_counts, df, seen + cfg.prior_documents))
        names = _unit(_tfidf(entity_counts, df, seen + cfg.prior_documents))
        day = doc.day
        years = doc_years(doc, cfg.lead_tokens)
        people = doc_people(doc, cfg.lead_tokens, cfg.protagonist_mentions)
        eligible: list[tuple[float, int, _Story]] = []
        for story in self._candidates(terms, names):
            late = late_score(cfg, _gap_days(story, day, years))
            state = story.centroid
            if late is None or about_someone_else(
                people, state.protagonists, state.people, story.size, cfg.protagonist_share
            ):
                continue
            score = (1.0 - cfg.entity_weight) * _cosine(terms, state.terms, state.terms_norm)
            score += cfg.entity_weight * _cosine(names, state.names, state.names_norm)
            required = required_score(cfg, story.size, state.timed, bool(years))
            margin = score - required - late
            if margin >= 0.0:
                choice = choice_score(cfg, margin, required, timed=bool(years))
                eligible.append((choice, story.seq, story, margin))
        eligible.sort(key=lambda m: (-m[0], m[1]))
        touched = seen + 1
        if eligible:
            story = eligible[0][2]
            self._update(story, terms, names, day, years, people, touched)
            story_id = story.id
            if len(eligible) > 1 and eligible[1][3] >= cfg.fold_margin:
                story_id = self._fold(story_id, eligible[1][2].id, touched)
        else:
            story_id = story_id_for(doc.key)
            self._found(story_id, terms, names, day, years, people, touched)
        self.frequencies.count(term_counts.keys() | entity_counts.keys(), touched)
        return story_id

    # -- state ----------------------------------------------------------------------------

    def _candidates(self, terms: Vector, names: Vector) -> list[_Story]:
        cfg = self.config
        query = _top(terms, cfg.query_terms) + _top(names, cfg.query_terms // 3)
        if not query:
            return []
        # One statement, one indexed range scan per term, each cut to the stories
        # that touched the term last: cost bounded by len(query) x candidates_per_term.
        per_term = (
            "SELECT * FROM (SELECT story_id FROM story_postings WHERE term = ? "
            "ORDER BY touched DESC LIMIT ?)"
        )
        rows = self._conn.execute(
            " UNION ALL ".join([per_term] * len(query)),
            [value for term in query for value in (term, cfg.candidates_per_term)],
        )
        hits: Counter[str] = Counter(row[0] for row in rows)
        if not hits:
            return []
        # Only stories sharing many of the article's heaviest terms can reach the
        # threshold; scoring a fixed number of them bounds the cost per article.
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.max_candidates]
        return self._stories(story_id for story_id, _ in ranked)

    def _stories(self, story_ids: Iterable[str]) -> list[_Story]:
        """The stored stories ``story_ids``, oldest first, parsed (or from the cache)."""
        ordered = sorted(story_ids)
        marks = ",".join("?" * len(ordered))
        rows = self._conn.execute(
            f"""SELECT id, seq, size, first_date, last_date, text_vector, entity_vector
                FROM stories WHERE id IN ({marks}) ORDER BY seq""",
            ordered,
        ).fetchall()
        stories = []
        for story_id, seq, size, first_text, last_text, text_vector, entity_vector in rows:
            first, last = _day(first_text), _day(last_text)
            source = (size, first_text, last_text, text_vector, entity_vector)
            centroid = self.centroids.get(story_id, source)
            if centroid is None:
                centroid = parse_centroid(story_id, size, first, last, text_vector, entity_vector)
                self.centroids.put(story_id, source, centroid)
            stories.append(_Story(story_id, seq, size, first, last, centroid))
        return stories

    def _store(
        self, story_id: str, span: tuple[int, str | None, str | None], content: _Content
    ) -> tuple[Vector, Vector, str, str]:
        """A story's centroids cut to ``centroid_terms`` and their stored texts, for a row
        whose (size, first date, last date) will be ``span``. What reading the texts back
        would parse is cached (keys in stored, sorted order, so norms sum in the same order
        as after a parse), sparing the next link that scores this story the parse."""
        keep = self.config.centroid_terms
        terms = _truncate(content.terms, keep)
        names = _truncate(content.names, keep)
        years, timed = content.years, content.timed
        text_vector = dump_terms(terms, timed, years, content.protagonists, content.people)
        entity_vector = dump_names(names)
        stored_terms = dict(sorted(terms.items()))
        stored_names = dict(sorted(names.items()))
        stored_years = {int(y): n for y, n in sorted((str(y), n) for y, n in years.items())}
        centroid = Centroid(
            timed,
            stored_years,
            stored_terms,
            stored_names,
            norm(stored_terms),
            norm(stored_names),
            dict(sorted(content.protagonists.items())),
            dict(sorted(content.people.items())),
        )
        self.centroids.put(story_id, (*span, text_vector, entity_vector), centroid)
        return terms, names, text_vector, entity_vector

    def _found(
        self,
        story_id: str,
        terms: Vector,
        names: Vector,
        day: date | None,
        years: frozenset[int],
        people: DocPeople,
        touched: int,
    ) -> None:
        keep = self.config.centroid_terms
        iso = day.isoformat() if day else None
        content = _Content(
            terms,
            names,
            int(bool(years)),
            Counter(years),
            add_people({}, people.protagonists, keep),
            add_people({}, people.named, keep),
        )
        posted_terms, posted_names, *stored = self._store(story_id, (1, iso, iso), content)
        self._conn.execute(
            """INSERT INTO stories (id, seq, size, first_date, last_date, text_vector,
                   entity_vector, touched)
               VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM stories), 1, ?, ?, ?, ?, ?)""",
            (story_id, iso, iso, *stored, touched),
        )
        self._post(story_id, posted_terms, posted_names, touched)

    def _update(
        self,
        story: _Story,
        terms: Vector,
        names: Vector,
        day: date | None,
        years: frozenset[int],
        people: DocPeople,
        touched: int,
    ) -> None:
        keep = self.config.centroid_terms
        state = story.centroid
        content = _Content(
            _add(state.terms, terms),
            _add(state.names, names),
            state.timed + bool(years),
            Counter(state.years) + Counter(years),
            add_people(state.protagonists, people.protagonists, keep),
            add_people(state.people, people.named, keep),
        )
        self._rewrite(story.id, story.size + 1, (story.first, story.last, day), content, touched)

    def _fold(self, joined: str, other: str, touched: int) -> str:
        """Fold one of two stories an article cleared both by ``fold_margin`` into the other
        (the younger into the older, unless it has more than ``fold_max_size`` members);
        returns the story the article ends up in. The article bridges reports that each
        started a story before they were seen to be one (three first reports of one climbing
        accident, each telling it differently)."""
        survivor, absorbed = self._stories((joined, other))
        if absorbed.size > self.config.fold_max_size:
            return joined
        keep = self.config.centroid_terms
        kept, gone = survivor.centroid, absorbed.centroid
        self._conn.execute("DELETE FROM story_postings WHERE story_id = ?", (absorbed.id,))
        self._conn.execute("DELETE FROM stories WHERE id = ?", (absorbed.id,))
        content = _Content(
            _add(kept.terms, gone.terms),
            _add(kept.names, gone.names),
            kept.timed + gone.timed,
            Counter(kept.years) + Counter(gone.years),
            sum_people(kept.protagonists, gone.protagonists, keep),
            sum_people(kept.people, gone.people, keep),
        )
        days = (survivor.first, survivor.last, absorbed.first, absorbed.last)
        self._rewrite(survivor.id, survivor.size + absorbed.size, days, content, touched)
        fold_links(self._conn, absorbed.id, survivor.id)
        return survivor.id

    def _rewrite(
        self,
        story_id: str,
        size: int,
        days: tuple[date | None, ...],
        content: _Content,
        touched: int,
    ) -> None:
        """Store a story's new state: ``size`` members spanning ``days``, centroids cut to
        ``centroid_terms``, and postings."""
        known = [d for d in days if d is not None]
        first = min(known).isoformat() if known else None
        last = max(known).isoformat() if known else None
        posted_terms, posted_names, *stored = self._store(story_id, (size, first, last), content)
        self._conn.execute(
            """UPDATE stories SET size = ?, first_date = ?, last_date = ?,
                   text_vector = ?, entity_vector = ?, touched = ? WHERE id = ?""",
            (size, first, last, *stored, touched, story_id),
        )
        self._post(story_id, posted_terms, posted_names, touched)

    def _post(self, story_id: str, terms: Vector, names: Vector, touched: int) -> None:
        cfg = self.config
        posted = _top(terms, cfg.posting_terms) + _top(names, cfg.posting_terms // 3)
        self._conn.execute("DELETE FROM story_postings WHERE story_id = ?", (story_id,))
        self._conn.executemany(
            "INSERT INTO story_postings (term, story_id, touched) VALUES (?, ?, ?)",
            ((term, story_id, touched) for term in posted),
        )


def _gap_days(story: _Story, day: date | None, years: frozenset[int]) -> int | None:
    """Days between the article and the story: from the story's dated span when both have
    days, else between the nearest years (adjacent years may be a day apart); None when
    either side is untimed."""
    if day is not None and story.first is not None and story.last is not None:
        return max((story.first - day).days, (day - story.last).days, 0)
    story_years = story.centroid.years
    if not years or not story_years:
        return None
    apart = min(abs(a - b) for a in years for b in story_years)
    return 0 if apart == 0 else DAYS_PER_YEAR * (apart - 1) + 1


def _tfidf(counts: Mapping[str, float], df: Mapping[str, int], seen: int) -> Vector:
    return {
        term: (1.0 + math.log(count)) * math.log((seen + 2) / (df.get(term, 0) + 1))
        for term, count in counts.items()
        if count >= 1.0
    }


def _most_frequent(counts: Counter[str], n: int) -> Counter[str]:
    """The ``n`` most frequent keys (ties alphabetical): an article's vocabulary is
    cut so that counting its document frequencies writes a bounded number of rows."""
    if len(counts) <= n:
        return counts
    return Counter(dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]))


def _unit(vector: Vector) -> Vector:
    length = norm(vector)
    return {k: v / length for k, v in vector.items()} if length else {}


def _cosine(doc: Vector, centroid: Vector, centroid_norm: float) -> float:
    """Cosine of a unit ``doc`` and a ``centroid`` whose norm is ``centroid_norm``."""
    if not centroid_norm:
        return 0.0
    return sum(v * centroid.get(k, 0.0) for k, v in doc.items()) / centroid_norm


def _add(a: Vector, b: Vector) -> Vector:
    out = Counter(a)
    out.update(b)
    return dict(out)


def _top(vector: Vector, n: int) -> list[str]:
    return [k for k, _ in sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def _truncate(vector: Vector, n: int) -> Vector:
    return {k: round(vector[k], 6) for k in _top(vector, n)}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


__all__ = [
    "ENTITY_PREFIX",
    "StoryClusterer",
    "StoryConfig",
    "StoryError",
    "choice_score",
    "late_score",
    "required_score",
    "story_id_for",
]
