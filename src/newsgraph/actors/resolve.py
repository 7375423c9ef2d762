"""Resolve actor mentions in a parsed article.

Dictionary phrases (states, organisations, demonyms, capitals) are found by
longest n-gram match; the dependency parse then attaches each one to the noun
phrase it modifies, so "North Korean troops" becomes PRK + MIL on "troops" and
"Russian President Vladimir Putin" becomes RUS + GOV on "Putin".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from ..places import Gazetteer
from ..records import Actor, Mention, ParsedArticle, Token
from .context import Candidate, apply_context, check_groups, elided_conjuncts, subnational
from .coref import resolve_references
from .dictionary import ActorDictionary, ActorEntry, normalise
from .groups import Groups
from .named import appositives, resolve_people, titled_and_possessed
from .people import PeopleRoster
from .phrases import (
    HYPHENS,
    MODIFIER_DEPS,
    PhraseReader,
    is_people_noun,
    is_place_name,
    make_actor,
)
from .unlisted import Unlisted
from .unowned import unowned_bodies

# spaCy labels under which an ambiguous alias ("Georgia", "Jordan") may denote a state.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
ACCEPT, REJECT, PENDING = "accept", "reject", "pending"
SKIP_POS = frozenset({"PUNCT", "SPACE", "DET", "ADP", "CCONJ", "PRON", "AUX", "PART"})


@dataclass(frozen=True, slots=True)
class ResolvedActors:
    """Mentions for output, and the actor of each phrase keyed by its head token."""

    mentions: tuple[Mention, ...]
    by_head: Mapping[int, Actor]
    # Further actors sharing a head: "Hungarian and Romanian officials" -> HUN and ROU.
    co_actors: Mapping[int, tuple[Actor, ...]] = field(default_factory=dict)

    def actors_at(self, head: int) -> tuple[Actor, ...]:
        first = self.by_head.get(head)
        if first is None:
            return ()
        return (first, *self.co_actors.get(head, ()))


@dataclass(frozen=True, slots=True)
class _Match:
    first: int
    last: int  # exclusive
    entry: ActorEntry


class ActorResolver:
    """Stateless per article; holds only the loaded dictionary."""

    def __init__(
        self,
        dictionary: ActorDictionary,
        groups: Groups,
        people: PeopleRoster | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        check_groups(groups, dictionary)
        self.dictionary = dictionary
        self.groups = groups
        self.phrases = PhraseReader(dictionary, groups)
        self.people = people
        # Misspelt states, towns ("Cizre"; only with a gazetteer) and peoples ("Hutu").
        self.unlisted = Unlisted.build(dictionary, groups, gazetteer)
        self._non_actor_first = groups.non_actor_first_words
        # Generous token bound of a region phrase ("Sub-Saharan Africa" is four tokens).
        self._non_actor_span = max(
            (2 * len(p.split()) for p in groups.non_actor_phrases), default=0
        )

    @classmethod
    def load(
        cls, extra_paths: tuple = (), people_paths: tuple = (), gazetteer: Gazetteer | None = None
    ) -> ActorResolver:
        """Package data plus user files; pass the pipeline's gazetteer to load it only once."""
        dictionary = ActorDictionary.load(extra_paths)
        roster = PeopleRoster.load(people_paths, known_codes=dictionary.codes)
        places = Gazetteer.load() if gazetteer is None else gazetteer
        return cls(dictionary, Groups.load(), roster, places)

    def resolve(self, parsed: ParsedArticle) -> ResolvedActors:
        tokens = parsed.tokens
        text = parsed.article.text
        entity_label = _entity_labels(parsed)
        matches = self._dictionary_matches(parsed, entity_label)
        by_head: dict[int, Actor] = {}
        co_actors: dict[int, list[Actor]] = {}
        spans: dict[int, tuple[int, int]] = {}
        # Phrases whose state is a guess from the sentence (peoples): a place they are "from"
        # or "in" says better ("a Christian missionary from Calgary" is Canada's).
        guessed: set[int] = set()
        for match in matches:
            root = _span_root(tokens, match.first, match.last)
            sector = match.entry.sector
            actor = make_actor(
                match.entry, sector, text[tokens[match.first].start : tokens[match.last - 1].end]
            )
            if (
                match.entry.via == "demonym"
                and tokens[root].tag in PLURAL_TAGS
                and tokens[root].dep not in MODIFIER_DEPS
            ):
                # "Palestinians", "Nigerians": a nation's people, not its state.
                actor = make_actor(match.entry, self.groups.people_sector, actor.text)
            elif self.phrases.is_place(tokens, root, match.entry) or self._city_of_a_thing(
                tokens, text, root, match, entity_label
            ):
                # "a curfew in Algiers", "the London Stock Exchange": the city, not the
                # government it stands for.
                sector = self.groups.place_sector
                actor = make_actor(match.entry, sector, actor.text)
            by_head.setdefault(root, actor)
            spans.setdefault(root, (match.first, match.last))
            head, chain = self.phrases.phrase_head(tokens, text, root, entity_label)
            self.phrases.attach_owner(
                tokens, text, head, match.entry, sector, by_head, spans, entity_label, guessed
            )
            if match.entry.via == "people":
                guessed.update((root, head))
            if head == root:
                continue
            # Every word between the actor and its head may carry the sector ("Secretary-General").
            between = [*chain, *range(match.last, head + 1)]
            extended_sector = self.phrases.chain_sector(tokens, text, between) or sector
            # "the Nigerian Union of Teachers": a body of members is in its members' sector.
            extended_sector = self.phrases.members_sector(tokens, text, head) or extended_sector
            if match.entry.via == "people" and extended_sector == "GOV":
                extended_sector = self.groups.people_elite_sector  # "Yoruba leaders"
            if extended_sector is None and is_people_noun(tokens[head]):
                # "Iraqi Kurds", "Bosnian Serbs": a people of the state (its civilians).
                extended_sector = self.groups.people_sector
            first = min([match.first, *chain])
            phrase = text[tokens[first].start : tokens[head].end]
            if head in by_head and tokens[root].dep == "conj":
                shared = make_actor(match.entry, extended_sector, phrase)
                if shared.code != by_head[head].code:
                    co_actors.setdefault(head, []).append(shared)
                    # Each conjunct gets its own mention: "[US] and [British forces]".
                    own = text[tokens[match.first].start : tokens[head].end]
                    by_head[root] = make_actor(match.entry, extended_sector, own)
                    spans[root] = (match.first, head + 1)
                    first_end = tokens[root].head + 1
                    if head in spans and spans[head][0] < first_end <= head:
                        spans[head] = (spans[head][0], first_end)
                        by_head[head] = dataclasses.replace(
                            by_head[head],
                            text=text[tokens[spans[head][0]].start : tokens[first_end - 1].end],
                        )
            if head not in by_head:
                by_head[head] = make_actor(match.entry, extended_sector, phrase)
                spans[head] = (first, head + 1)
                # The modifier's own mention is part of the longer one now.
                if spans.get(root) == (match.first, match.last):
                    del spans[root]
        people = (
            resolve_people(
                parsed,
                by_head,
                self.people,
                self.groups,
                _article_date(parsed.article.published),
                self.dictionary,
            )
            if self.people is not None
            else {}
        )
        for head, (first, actor) in people.items():
            by_head[head] = actor
            spans[head] = (first, head + 1)
        for head, (first, last, actor) in appositives(parsed, by_head).items():
            by_head[head] = actor
            spans[head] = (first, last)
        for head, (first, actor) in titled_and_possessed(
            parsed, by_head, self.dictionary, self.groups
        ).items():
            by_head[head] = actor
            spans[head] = (first, head + 1)
        references = resolve_references(parsed, by_head, entity_label, self.dictionary)
        by_head.update(references.by_head)
        spans.update(references.spans)
        for head, (first, last, actor) in unowned_bodies(
            parsed, spans, self.phrases, by_head
        ).items():
            by_head[head] = actor
            spans[head] = (first, last)
        mentions = tuple(
            sorted(
                (
                    Mention(
                        text=text[tokens[a].start : tokens[b - 1].end],
                        start=tokens[a].start,
                        end=tokens[b - 1].end,
                        label=entity_label.get(head, "ACTOR"),
                        actor=by_head[head],
                        first_token=a,
                        last_token=b,
                    )
                    for head, (a, b) in spans.items()
                ),
                key=lambda m: (m.start, m.end),
            )
        )
        return ResolvedActors(
            mentions,
            MappingProxyType(by_head),
            MappingProxyType({k: tuple(v) for k, v in co_actors.items()}),
        )

    def _dictionary_matches(
        self, parsed: ParsedArticle, entity_label: Mapping[int, str]
    ) -> list[_Match]:
        tokens, text = parsed.tokens, parsed.article.text
        longest = max(1, self.dictionary.max_phrase_words)
        candidates: list[Candidate] = []
        for sentence in parsed.sentences:
            i = sentence.first_token
            while i < sentence.last_token:
                word = tokens[i].text
                starts_the = word.lower() == "the"
                if tokens[i].pos in SKIP_POS and not starts_the:
                    i += 1
                    continue
                # Try only the lengths a phrase starting with this word can have.
                span = longest if starts_the else self.dictionary.max_words_from(word)
                if normalise(word) in self._non_actor_first:
                    span = max(span, self._non_actor_span)
                if span == 0:
                    i += 1
                    continue
                found = None
                skip = 0
                for n in range(min(span, sentence.last_token - i), 0, -1):
                    phrase = text[tokens[i].start : tokens[i + n - 1].end]
                    key = normalise(phrase)
                    if key in self.groups.non_actor_phrases:
                        skip = n
                        break
                    entry = self.dictionary.lookup(phrase)
                    if entry is None:
                        continue
                    # "visited Russia today" is not the channel Russia Today; "its European
                    # common market partners" still names the Common Market: one phrase.
                    if not self.dictionary.case_fits(phrase) and not _modifies(tokens, i, i + n):
                        continue
                    state = subnational(
                        tokens, i, i + n, key, self.groups, self.dictionary, self._town_country
                    )
                    if state is not None:
                        found = Candidate(i, i + n, state, key, pending=False)
                        break
                    verdict = self._acceptable(tokens, i, i + n, phrase, entry, entity_label)
                    if self._not_the_actor(tokens, i, entry):
                        verdict = REJECT
                    if verdict != REJECT:
                        found = Candidate(i, i + n, entry, key, pending=verdict == PENDING)
                        break
                if found is None:
                    i += max(skip, 1)
                    continue
                candidates.append(found)
                i = found.last
        candidates.extend(elided_conjuncts(tokens, text, candidates, self.dictionary))
        candidates.extend(self.unlisted.candidates(text, tokens, parsed.entities, candidates))
        # A capital's name in another state's context is that state's town ("Tripoli").
        candidates = self.unlisted.relocate(text, tokens, parsed.entities, candidates)
        candidates.sort(key=lambda c: c.first)
        on = _article_date(parsed.article.published)
        return [
            _Match(first, last, entry)
            for first, last, entry in apply_context(candidates, self.groups, self.dictionary, on)
        ]

    def _city_of_a_thing(
        self,
        tokens: tuple[Token, ...],
        text: str,
        root: int,
        match: _Match,
        entity_label: Mapping[int, str],
    ) -> bool:
        """A region or a capital (a town the gazetteer knows by that name, not a building or
        an agency such as the Pentagon) that only says where a thing is."""
        entry = match.entry
        return (
            is_place_name(entry)
            and self.phrases.modifies_a_thing(tokens, text, root, entity_label)
            and (entry.region or self._town_country(tokens[root].text) is not None)
        )

    def _town_country(self, name: str) -> str | None:
        """The country of a town the gazetteer knows by this very name ("Atlanta": USA)."""
        gazetteer = self.unlisted.gazetteer
        place = gazetteer.lookup(name) if gazetteer is not None else None
        if place is None or place.kind != "city" or normalise(place.name) != normalise(name):
            return None
        return place.country

    @staticmethod
    def _acceptable(
        tokens: tuple[Token, ...],
        first: int,
        last: int,
        phrase: str,
        entry: ActorEntry,
        entity_label: Mapping[int, str],
    ) -> str:
        """ACCEPT, REJECT, or PENDING (an ambiguous name that needs support in the article)."""
        if phrase.lower() == "the" or "PUNCT" in (tokens[first].pos, tokens[last - 1].pos):
            return REJECT
        # Lower-case look-alikes of acronyms ("us", "who") and of names that are also common
        # words ("roast turkey", "china plates") are ordinary words unless tagged as names.
        if phrase.islower() and (len(phrase) <= 3 or tokens[last - 1].pos != "PROPN"):
            return REJECT
        labels = {entity_label.get(i) for i in range(first, last)}
        if entry.via == "demonym" and _people_follows(tokens, last, entity_label):
            labels.discard("PERSON")  # "Bosnian Serbs" is a people, not a person's name
        # A name that is the whole entity: spaCy sometimes calls a state a person ("Benin
        # opened its borders", "Ugandan", "Jordan"); a longer name ("Michael Jordan") is one.
        whole = (
            labels == {"PERSON"}
            and entity_label.get(first - 1) != "PERSON"
            and entity_label.get(last) != "PERSON"
        )
        # Named groups and bodies (an organisation, or a state's "institution") may be ORGs.
        named_body = entry.kind == "organisation" or (
            entry.via == "metonym" and entry.sector != "GOV"
        )
        if "PERSON" in labels:
            # The small parser calls group names that look like personal names people
            # ("Boko Haram", "Abu Sayyaf"); the whole entity being the body's name says it.
            if whole and named_body and not entry.ambiguous:
                return ACCEPT
            if not (whole and entry.kind == "state" and entry.via in ("alias", "demonym")):
                return REJECT
            return PENDING if entry.ambiguous else ACCEPT
        allowed = PLACE_LABELS | {"ORG"} if named_body else PLACE_LABELS
        return PENDING if entry.ambiguous and not labels & allowed else ACCEPT

    def _not_the_actor(self, tokens: tuple[Token, ...], first: int, entry: ActorEntry) -> bool:
        """ "ethnic Albanians in Serbia" are a people, not Albania's; an "anti-Syria"
        journalist or a "pro-Iranian" group is not Syria's or Iran's."""
        before = normalise(tokens[first - 1].text) if first > 0 else ""
        if entry.via == "demonym" and before in self.groups.ethnic_markers:
            return True
        return (
            first > 1
            and tokens[first - 1].text in HYPHENS
            and normalise(tokens[first - 2].text) in self.groups.stance_prefixes
        )


# How a word modifies a noun inside its noun phrase.
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "poss"})


def _people_follows(tokens: tuple[Token, ...], last: int, entity_label: Mapping[int, str]) -> bool:
    """True when the PERSON entity a demonym opens goes on in plural proper nouns only."""
    k = last
    while k < len(tokens) and entity_label.get(k) == "PERSON":
        if not is_people_noun(tokens[k]):
            return False
        k += 1
    return k > last


def _modifies(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """True when every lower-case word of the tokens ``first``..``last`` belongs to their
    noun phrase: attached inside it, its head ("the UN refugee agency"), or modifying the
    same noun as the other words ("European common market partners"); not a word of the
    clause around them ("visited Russia today")."""
    roots = [i for i in range(first, last) if not first <= tokens[i].head < last]
    return all(
        first <= tokens[i].head < last or tokens[i].dep in NOUN_MODIFIER_DEPS or roots == [i]
        for i in range(first, last)
        if tokens[i].text[:1].islower()
    )


def _span_root(tokens: tuple[Token, ...], first: int, last: int) -> int:
    for i in range(last - 1, first - 1, -1):
        head = tokens[i].head
        if head == i or not first <= head < last:
            return i
    return last - 1


def _article_date(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _entity_labels(parsed: ParsedArticle) -> dict[int, str]:
    labels: dict[int, str] = {}
    for entity in parsed.entities:
        for i in range(entity.first_token, entity.last_token):
            labels[i] = entity.label
    return labels
