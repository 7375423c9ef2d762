"""Article context for names that mean more than one actor.

The dictionary pass marks a match "pending" when its phrase is an ambiguous alias with no
supporting entity label ("Jordan" tagged as a person, "Georgia" with no label). Such a match
counts only when the article names the same actor unambiguously elsewhere ("Amman",
"Jordanian", "the Jordanian government"). Contested names ("Congo", "Korea") take their
default reading unless the article names only another reading. Names shared with a US
state ("Georgia Governor ...", "Washington state") are read as the United States.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from ..records import Token
from .dictionary import ActorDictionary, ActorEntry, DictionaryError, normalise
from .groups import Groups

# Longest town name read before "<town>, Georgia": "Palm Beach Gardens".
TOWN_WORDS = 3
# Words that elide the shared rest of two state names: "North and South Korea".
ELIDING_CONJUNCTIONS = frozenset({"and", "or", "&"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A dictionary match before context is applied; ``pending`` needs article support."""

    first: int
    last: int  # exclusive
    entry: ActorEntry
    key: str
    pending: bool


def check_groups(groups: Groups, dictionary: ActorDictionary) -> None:
    """Every phrase the context rules name must resolve in the dictionary (fail loudly)."""
    for name, readings in groups.contested_names.items():
        entries = [dictionary.lookup(r) for r in readings]
        if any(e is None for e in entries) or len(entries) < 2:
            raise DictionaryError(
                f"actors/data/groups.yaml: contested_names: {name!r}: every reading must be a "
                f"dictionary phrase, and there must be two or more: {readings}"
            )
        own = dictionary.lookup(name)
        if own is None or own.code != entries[0].code:  # type: ignore[union-attr]
            raise DictionaryError(
                f"actors/data/groups.yaml: contested_names: {name!r} must resolve to its first "
                f"reading {readings[0]!r}"
            )
    for name, periods in groups.contested_periods.items():
        readings = groups.contested_names.get(name, ())
        for period in periods:
            if period.reading not in readings:
                raise DictionaryError(
                    f"actors/data/groups.yaml: contested_periods: {name!r}: reading "
                    f"{period.reading!r} is not one of its contested_names readings {readings}"
                )
    for word in sorted(groups.ngo_words | groups.international_nouns):
        if dictionary.sector(word) is None:
            raise DictionaryError(
                f"actors/data/groups.yaml: ngo_words/international_nouns: {word!r} is no "
                "sector word of sectors.yaml"
            )
    known = {entry.sector for entry in dictionary.sector_entries()}
    unknown = sorted(groups.agent_sectors - known)
    if unknown:
        raise DictionaryError(
            f"actors/data/groups.yaml: agent_sectors: {unknown} are no sectors of sectors.yaml"
        )
    for name, owner in groups.subnational_homonyms.items():
        if dictionary.lookup(name) is None or dictionary.lookup(owner) is None:
            raise DictionaryError(
                f"actors/data/groups.yaml: subnational_homonyms: {name!r} and {owner!r} must "
                "both be dictionary phrases"
            )


def subnational(
    tokens: tuple[Token, ...],
    first: int,
    last: int,
    key: str,
    groups: Groups,
    dictionary: ActorDictionary,
    place_country: Callable[[str], str | None] | None = None,
) -> ActorEntry | None:
    """The country a US-state homonym belongs to, when its neighbours say it is the state:
    "Georgia Governor X", "the state of Georgia", or a town of that country before it and a
    comma ("Atlanta, Georgia"; ``place_country`` gives a town's country, from a gazetteer)."""
    owner = groups.subnational_homonyms.get(key)
    if owner is None:
        return None
    follows = any(
        normalise(" ".join(t.text for t in tokens[last : last + n])) in groups.subnational_followers
        for n in (1, 2)
        if last + n <= len(tokens)
    )
    before = " ".join(t.text.lower() for t in tokens[max(0, first - 2) : first])
    owner_entry = dictionary.lookup(owner)
    if follows or before.endswith("state of"):
        return owner_entry
    if place_country is None or owner_entry is None or first < 2 or tokens[first - 1].text != ",":
        return None
    # The town is the proper nouns right before the comma: "Atlanta", "Savannah", "Spokane".
    start = first - 1
    while start > 0 and tokens[start - 1].pos == "PROPN" and first - 1 - start < TOWN_WORDS:
        start -= 1
    town = " ".join(t.text for t in tokens[start : first - 1])
    if not town or dictionary.lookup(town) is not None:
        return None
    return owner_entry if place_country(town) == owner_entry.country else None


def elided_conjuncts(
    tokens: tuple[Token, ...],
    text: str,
    candidates: Sequence[Candidate],
    dictionary: ActorDictionary,
) -> list[Candidate]:
    """ "North and South Korea", "South and North Sudan": the word before the conjunction is
    a state whose shared rest of the name is left out; it gets a candidate of its own."""
    taken = {i for c in candidates for i in range(c.first, c.last)}
    found: list[Candidate] = []
    for candidate in candidates:
        i = candidate.first
        if candidate.entry.kind != "state" or candidate.last - i < 2 or i < 2 or i - 2 in taken:
            continue
        word = tokens[i - 2].text
        if tokens[i - 1].text.lower() not in ELIDING_CONJUNCTIONS or not word[:1].isupper():
            continue
        phrase = f"{word} {text[tokens[i + 1].start : tokens[candidate.last - 1].end]}"
        entry = dictionary.lookup(phrase)
        if entry is None or entry.kind != "state" or entry.code == candidate.entry.code:
            continue
        found.append(Candidate(i - 2, i - 1, entry, normalise(phrase), pending=False))
    return found


def apply_context(
    candidates: Sequence[Candidate],
    groups: Groups,
    dictionary: ActorDictionary,
    on: date | None = None,
) -> list[tuple[int, int, ActorEntry]]:
    """Pending matches kept only with article support; contested names read in context.

    An article dated ``on`` inside one of a name's periods (``contested_periods``) reads
    the name as that period's state: "Congo" in 1985 is the Republic (the other was Zaire)."""
    supported = {
        c.entry.code for c in candidates if not c.pending and c.key not in groups.contested_names
    }
    # A rival reading counts only when named without the contested word: "Pyongyang" makes a
    # bare "Korea" the North, but "North Korea" beside it contrasts with it ("Korea and North
    # Korea" is the South).
    named_apart = {
        contested: {
            c.entry.code for c in candidates if not c.pending and contested not in c.key.split()
        }
        for contested in groups.contested_names
    }
    kept: list[tuple[int, int, ActorEntry]] = []
    for candidate in candidates:
        entry = candidate.entry
        if candidate.pending and entry.code not in supported:
            continue
        readings = groups.contested_names.get(candidate.key)
        dated = _period_reading(groups, candidate.key, on)
        if readings and dated is not None:
            chosen = dictionary.lookup(dated)
            if chosen is not None:
                entry = dataclasses.replace(
                    entry, name=chosen.name, code=chosen.code, country=chosen.country
                )
        elif readings and entry.code not in supported:
            others = [dictionary.lookup(r) for r in readings[1:]]
            apart = named_apart[candidate.key]
            named = [o for o in others if o is not None and o.code in apart]
            if len(named) == 1:
                chosen = named[0]
                entry = dataclasses.replace(
                    entry, name=chosen.name, code=chosen.code, country=chosen.country
                )
        kept.append((candidate.first, candidate.last, entry))
    return kept


def _period_reading(groups: Groups, key: str, on: date | None) -> str | None:
    """The reading a contested name had on the article's date, if a period covers it."""
    if on is None:
        return None
    for period in groups.contested_periods.get(key, ()):
        if period.start <= on < period.end:
            return period.reading
    return None


def sentence_or_article_state(
    located: Sequence[tuple[int, str]], sentence: int, kin: str | None = None
) -> str | None:
    """The first state named in the sentence, else the state the article names most (the
    first named on a tie); ``located`` is (sentence number, state) in text order. ``kin``,
    a people's kin state ("ethnic Albanians in Serbia"), is never the answer."""
    others = [(number, state) for number, state in located if state != kin]
    for number, state in others:
        if number == sentence:
            return state
    states = [state for _, state in others]
    return max(dict.fromkeys(states), key=states.count) if states else None
