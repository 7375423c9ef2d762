"""Which of a name's places a mention means, from what surrounds it.

"Tripoli" is Libya's capital unless the mention says otherwise. In order, the evidence is:
an explicit qualifier ("Paris, Texas", "London, Ontario", "Tripoli, Lebanon"); the first
reading's own state named in the sentence (it keeps the name); a province the article names
("Alabama", then "Birmingham"); another state named in the same sentence ("Lebanese troops
entered Tripoli"); the states the article is about (its other places, its actors, its dateline);
and last the name's first reading (a curated entry, a country, else the most populous place).

Context only chooses among GeoNames places called by their own name (provinces and cities); a
curated entry or a country is never overruled by it, and alternate names are used only when no
place bears the name as its own. A homonym inside the context must also pass a population ratio
guard: it wins only if the first reading is at most ``SENTENCE_RATIO`` (a state in the
sentence), ``ARTICLE_RATIO`` (a state of the article) or ``REGION_RATIO`` (a province the
article names) times as populous. So Lebanon's Tripoli (229,000 against 1.3 million) wins
beside "Lebanese", and Spain's Córdoba (326,000 against 2.1 million) in an article about Spain,
but Santiago, Philippines (108,000 against 4.8 million) never beats Chile's capital, nor Boston,
Lincolnshire (45,000) Boston, Massachusetts beside "the BBC", unless the mention is qualified.

Two more rules keep world cities: a national capital yields only to a state named in its own
sentence, and only in an article that never names the capital's state; and a bare homonym in a
state whose press writes its towns with their province (``qualified_states`` of
``data/regions.yaml``: the US, Canada) needs that province, written or named in the article:
"Birmingham" in an article about the US is England's, "Birmingham, Alabama" and a later
"Birmingham" are Alabama's, and "US envoy lands in Athens" stays Greek.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .gazetteer import ALTERNATE, FIXED_TIERS, Candidate, Gazetteer, Place

SENTENCE_RATIO = 10.0
ARTICLE_RATIO = 7.0
REGION_RATIO = 25.0
# A qualifier after a comma: up to four capitalised words ("Paris, Texas", "Perth, Western
# Australia", "Hyderabad, Sindh province"); the longest that names a state or province counts.
_QUALIFIER = re.compile(r",\s*((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})")
QUALIFIER_KINDS: frozenset[str] = frozenset({"country", "region"})


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """The states (ISO alpha-3) and provinces ((state, GeoNames admin1 code)) around a mention:
    those of its sentence and those of its article."""

    sentence: frozenset[str] = frozenset()
    article: frozenset[str] = frozenset()
    regions: frozenset[tuple[str, str]] = frozenset()

    def with_sentence(self, countries: Iterable[str | None]) -> PlaceContext:
        """The same article context with this sentence's states."""
        found = frozenset(c for c in countries if c)
        return PlaceContext(found, self.article | found, self.regions)


NO_CONTEXT = PlaceContext()


def qualifier(text: str, end: int, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """The states or provinces a ", Texas"-style qualifier right after ``end`` names."""
    match = _QUALIFIER.match(text, end)
    if match is None:
        return ()
    words = match.group(1).split()
    for n in range(len(words), 0, -1):
        places = _areas(gazetteer.lookup_all(" ".join(words[:n])))
        if places:
            return places
    return ()


def resolve(
    gazetteer: Gazetteer,
    name: str,
    context: PlaceContext = NO_CONTEXT,
    qualified_by: tuple[Place, ...] = (),
) -> Place | None:
    """The place a mention of ``name`` means in its context (see the module docstring).

    A name written with its qualifier ("Paris, Texas") is split at its last comma when the
    whole is no known name."""
    candidates = gazetteer.candidates(name)
    if not candidates and "," in name:
        head, _, tail = name.rpartition(",")
        candidates = gazetteer.candidates(head)
        qualified_by = qualified_by or _areas(gazetteer.lookup_all(tail))
    if not candidates:
        return None
    if qualified_by:
        chosen = _qualified(candidates, qualified_by)
        if chosen is not None:
            return chosen
    top = candidates[0]
    if top.tier in FIXED_TIERS or len(candidates) == 1:
        return top.place
    # Own names first: alternates count only for a name no place bears as its own.
    pool = [c.place for c in candidates if c.tier != ALTERNATE] or [c.place for c in candidates]
    first = pool[0]
    if first.country in context.sentence:
        return first
    for place in pool:
        named = (place.country or "", place.region) in context.regions
        if named and place.kind != "region" and _guarded(place, first, REGION_RATIO):
            return place
    # Towns of states that write them with their province need that province (above).
    pool = [p for p in pool if p.country not in gazetteer.qualified_states]
    # A national capital yields to its sentence only, and only where its own state is absent.
    if not (first.capital and first.country in context.article):
        for place in pool:
            if place.country in context.sentence and _guarded(place, first, SENTENCE_RATIO):
                return place
    if first.country in context.article or first.capital:
        return first
    for place in pool:
        if place.country in context.article and _guarded(place, first, ARTICLE_RATIO):
            return place
    return first


def article_context(
    gazetteer: Gazetteer, names: Iterable[str], countries: Iterable[str | None] = ()
) -> PlaceContext:
    """The context of an article: the states of its actors (``countries``) and of those of its
    place names that are unambiguous as to state, and the provinces it names."""
    found: set[str] = {c for c in countries if c}
    regions: set[tuple[str, str]] = set()
    for name in names:
        place = unambiguous(gazetteer, name)
        if place is None or place.country is None:
            continue
        found.add(place.country)
        if place.kind == "region" and place.region:
            regions.add((place.country, place.region))
    return PlaceContext(frozenset(), frozenset(found), frozenset(regions))


def unambiguous(gazetteer: Gazetteer, name: str) -> Place | None:
    """The first reading of a name when it leaves little doubt about the state: a curated
    entry, a country, or a place whose homonyms elsewhere are all at least ``ARTICLE_RATIO``
    times smaller ("Ontario" the province, not Ontario, California; not "Tripoli")."""
    candidates = gazetteer.candidates(name)
    if not candidates:
        return None
    top = candidates[0]
    if top.tier in FIXED_TIERS:
        return top.place
    own = [c.place for c in candidates if c.tier != ALTERNATE]
    if not own:
        return None
    first = own[0]
    if any(p.country != first.country and _guarded(p, first, ARTICLE_RATIO) for p in own):
        return None
    return first


def _qualified(candidates: tuple[Candidate, ...], areas: tuple[Place, ...]) -> Place | None:
    """The first candidate inside a province the qualifier names, else inside its state."""
    provinces = {(a.country, a.region) for a in areas if a.kind == "region" and a.region}
    states = {a.country for a in areas if a.country}
    for c in candidates:
        if (c.place.country, c.place.region) in provinces and c.place.kind != "region":
            return c.place
    for c in candidates:
        if c.place.country in states and c.place not in areas:
            return c.place
    return None


def _areas(places: tuple[Place, ...]) -> tuple[Place, ...]:
    return tuple(p for p in places if p.kind in QUALIFIER_KINDS and p.country)


def _guarded(candidate: Place, first: Place, ratio: float) -> bool:
    """Whether the first reading is at most ``ratio`` times as populous as the candidate."""
    return candidate.population * ratio >= first.population
