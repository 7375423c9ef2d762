"""Resolve actor mentions in a parsed article.

Dictionary phrases (states, organisations, demonyms, capitals) are found by
longest n-gram match; the dependency parse then attaches each one to the noun
phrase it modifies, so "North Korean troops" becomes PRK + MIL on "troops" and
"Russian President Vladimir Putin" becomes RUS + GOV on "Putin".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from types import MappingProxyType

import yaml

from ..records import Actor, Mention, ParsedArticle, Token
from .coref import resolve_references
from .dictionary import ActorDictionary, ActorEntry, DictionaryError, SectorEntry, normalise
from .people import PeopleRoster

# Dependency relations through which a modifier passes its actor to its head noun.
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# spaCy labels under which an ambiguous alias ("Georgia", "Jordan") may denote a state.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
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


@dataclass(frozen=True, slots=True)
class Groups:
    """Member nouns ("countries", "allies") and region phrases that are no actor."""

    nouns: frozenset[str]
    non_actor_phrases: frozenset[str]
    located_preps: tuple[str, ...] = ("in", "from")
    people_sector: str = "CVL"

    @property
    def non_actor_first_words(self) -> frozenset[str]:
        return frozenset(p.split(" ", 1)[0] for p in self.non_actor_phrases)

    @classmethod
    def load(cls) -> Groups:
        source = "actors/data/groups.yaml"
        text = resources.files(__package__).joinpath("data/groups.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
        if not isinstance(data, dict) or data.get("version") != 1:
            raise DictionaryError(f"{source}: expected a mapping with version: 1")
        fields = {}
        for name in ("group_nouns", "non_actor_phrases"):
            words = data.get(name)
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise DictionaryError(f"{source}: {name} must be a list of phrases")
            fields[name] = frozenset(normalise(w) for w in words)
        located = data.get("located_preps", ["in", "from"])
        people = data.get("people_sector", "CVL")
        if not isinstance(located, list) or not all(isinstance(w, str) for w in located):
            raise DictionaryError(f"{source}: located_preps must be a list of prepositions")
        if not isinstance(people, str) or not people.isupper():
            raise DictionaryError(f"{source}: people_sector must be a sector code like CVL")
        return cls(fields["group_nouns"], fields["non_actor_phrases"], tuple(located), people)


class ActorResolver:
    """Stateless per article; holds only the loaded dictionary."""

    def __init__(
        self, dictionary: ActorDictionary, groups: Groups, people: PeopleRoster | None = None
    ) -> None:
        self.dictionary = dictionary
        self.groups = groups
        self.people = people

    @classmethod
    def load(cls, extra_paths: tuple = (), people_paths: tuple = ()) -> ActorResolver:
        dictionary = ActorDictionary.load(extra_paths)
        roster = PeopleRoster.load(people_paths, known_codes=dictionary.codes)
        return cls(dictionary, Groups.load(), roster)

    def resolve(self, parsed: ParsedArticle) -> ResolvedActors:
        tokens = parsed.tokens
        text = parsed.article.text
        entity_label = _entity_labels(parsed)
        matches = self._dictionary_matches(parsed, entity_label)
        by_head: dict[int, Actor] = {}
        co_actors: dict[int, list[Actor]] = {}
        spans: dict[int, tuple[int, int]] = {}
        for match in matches:
            root = _span_root(tokens, match.first, match.last)
            sector = match.entry.sector
            actor = _actor(
                match.entry, sector, text[tokens[match.first].start : tokens[match.last - 1].end]
            )
            if (
                match.entry.via == "demonym"
                and tokens[root].tag in PLURAL_TAGS
                and tokens[root].dep not in MODIFIER_DEPS
            ):
                # "Palestinians", "Nigerians": a nation's people, not its state.
                actor = _actor(match.entry, self.groups.people_sector, actor.text)
            by_head.setdefault(root, actor)
            spans.setdefault(root, (match.first, match.last))
            head, chain = self._phrase_head(tokens, text, root, entity_label)
            self._attach_owner(tokens, text, head, match, sector, by_head, spans, entity_label)
            if head == root:
                continue
            # Every word between the actor and its head may carry the sector ("Secretary-General").
            between = [*chain, *range(match.last, head + 1)]
            extended_sector = self._chain_sector(tokens, text, between) or sector
            first = min([match.first, *chain])
            phrase = text[tokens[first].start : tokens[head].end]
            if head in by_head and tokens[root].dep == "conj":
                shared = _actor(match.entry, extended_sector, phrase)
                if shared.code != by_head[head].code:
                    co_actors.setdefault(head, []).append(shared)
                    by_head[root] = _actor(
                        match.entry,
                        extended_sector,
                        text[tokens[match.first].start : tokens[match.last - 1].end],
                    )
            if head not in by_head:
                by_head[head] = _actor(match.entry, extended_sector, phrase)
                spans[head] = (first, head + 1)
                # The modifier's own mention is part of the longer one now.
                if spans.get(root) == (match.first, match.last):
                    del spans[root]
        for head, (first, actor) in self._people(parsed, by_head).items():
            by_head[head] = actor
            spans[head] = (first, head + 1)
        references = resolve_references(parsed, by_head, entity_label, self.dictionary)
        by_head.update(references.by_head)
        spans.update(references.spans)
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

    def _people(
        self, parsed: ParsedArticle, resolved: Mapping[int, Actor]
    ) -> dict[int, tuple[int, Actor]]:
        """Named people the roster knows, with the role they held on the article's date.

        A title in the text ("former NATO chief Jens Stoltenberg") already gave the
        phrase its actor; the roster speaks only for names the text leaves bare.
        """
        if self.people is None:
            return {}
        on = _article_date(parsed.article.published)
        found: dict[int, tuple[int, Actor]] = {}
        for entity in parsed.entities:
            if entity.label != "PERSON":
                continue
            head = entity.last_token - 1
            if head in resolved:
                continue
            name = entity.text
            hit = self.people.lookup(name, on)
            if hit is None and entity.last_token - entity.first_token == 1:
                hit = self.people.lookup_surname(name, on)
            if hit is None or hit[1] is None:
                continue
            person, role = hit
            found[head] = (
                entity.first_token,
                Actor(person.name, role.code, role.country, role.org, role.sector, name),
            )
        return found

    def _dictionary_matches(
        self, parsed: ParsedArticle, entity_label: Mapping[int, str]
    ) -> list[_Match]:
        tokens, text = parsed.tokens, parsed.article.text
        longest = max(1, self.dictionary.max_phrase_words)
        matches: list[_Match] = []
        for sentence in parsed.sentences:
            i = sentence.first_token
            while i < sentence.last_token:
                word = tokens[i].text
                starts_the = word.lower() == "the"
                if (tokens[i].pos in SKIP_POS and not starts_the) or not (
                    starts_the
                    or self.dictionary.may_start(word)
                    or normalise(word) in self.groups.non_actor_first_words
                ):
                    i += 1
                    continue
                found = None
                skip = 0
                for n in range(min(longest, sentence.last_token - i), 0, -1):
                    phrase = text[tokens[i].start : tokens[i + n - 1].end]
                    if normalise(phrase) in self.groups.non_actor_phrases:
                        skip = n
                        break
                    entry = self.dictionary.lookup(phrase)
                    if entry is not None and self._acceptable(
                        tokens, i, i + n, phrase, entry, entity_label
                    ):
                        found = _Match(i, i + n, entry)
                        break
                if found is None:
                    i += max(skip, 1)
                    continue
                matches.append(found)
                i = found.last
        return matches

    @staticmethod
    def _acceptable(
        tokens: tuple[Token, ...],
        first: int,
        last: int,
        phrase: str,
        entry: ActorEntry,
        entity_label: Mapping[int, str],
    ) -> bool:
        if phrase.lower() == "the" or "PUNCT" in (tokens[first].pos, tokens[last - 1].pos):
            return False
        # Lower-case look-alikes of short acronyms ("us", "who") are ordinary words.
        if phrase.islower() and len(phrase) <= 3:
            return False
        labels = {entity_label.get(i) for i in range(first, last)}
        if "PERSON" in labels:
            return False
        allowed = PLACE_LABELS | {"ORG"} if entry.kind == "organisation" else PLACE_LABELS
        return not (entry.ambiguous and not labels & allowed)

    def _phrase_head(
        self, tokens: tuple[Token, ...], text: str, root: int, entity_label: Mapping[int, str]
    ) -> tuple[int, list[int]]:
        """Climb modifier links to the noun the actor qualifies, if it is one an actor can be."""
        chain: list[int] = []
        current = root
        # A conjoined modifier shares its first conjunct's head: "Hungarian and Romanian officials".
        while tokens[current].dep == "conj" and tokens[current].head != current:
            current = tokens[current].head
        while tokens[current].dep in MODIFIER_DEPS and tokens[current].head != current:
            head = tokens[current].head
            if tokens[head].pos not in NOUN_POS:
                break
            # Never across a line break or sentence: "Taipei, Taiwan\n\nNATO leaders".
            low, high = min(current, head), max(current, head)
            if tokens[low].sent != tokens[high].sent or any(
                "\n" in text[tokens[k].end : tokens[k + 1].start] for k in range(low, high)
            ):
                break
            # A person's name modifies no one else: "Yoon Suk Yeol and ... Fumio Kishida".
            if entity_label.get(current) == "PERSON" and not _same_entity(tokens, current, head):
                break
            chain.append(head)
            current = head
        # Keep only the prefix of the chain whose nouns denote actors (sector/group words, people).
        accepted = root
        accepted_chain: list[int] = []
        for position, node in enumerate(chain):
            if self._is_actor_noun(tokens, node, entity_label):
                accepted = node
                accepted_chain = chain[:position]
            elif tokens[node].pos != "PROPN":
                break
        return accepted, accepted_chain

    def _attach_owner(
        self,
        tokens: tuple[Token, ...],
        text: str,
        node: int,
        match: _Match,
        sector: str | None,
        by_head: dict[int, Actor],
        spans: dict[int, tuple[int, int]],
        entity_label: Mapping[int, str],
    ) -> None:
        """ "the president of Armenia", "King Hassan of Morocco", "leaders of NATO countries"."""
        owner = self._of_owner(tokens, node, entity_label)
        if owner is None or owner in by_head:
            return
        owner_sector = self._chain_sector(tokens, text, [owner]) or sector
        start = min(owner, *(t.i for t in tokens[owner:node] if t.head == owner))
        by_head[owner] = _actor(
            match.entry, owner_sector, text[tokens[owner].start : tokens[node].end]
        )
        spans[owner] = (start, node + 1)

    def _of_owner(
        self, tokens: tuple[Token, ...], root: int, entity_label: Mapping[int, str]
    ) -> int | None:
        """The actor noun a prepositional phrase attaches to: "president of [Armenia]";
        for "in"/"from" only sector nouns: "rebels in [Darfur]", "refugees from [Syria]"."""
        prep = tokens[root].head
        if tokens[root].dep != "pobj" or prep == root:
            return None
        lemma = tokens[prep].lemma
        if lemma not in ("of", *self.groups.located_preps):
            return None
        owner = tokens[prep].head
        if owner == prep or tokens[owner].pos not in NOUN_POS:
            return None
        if tokens[owner].lemma in self.groups.nouns:
            return None
        if lemma == "of":
            return owner if self._is_actor_noun(tokens, owner, entity_label) else None
        is_sector = self.dictionary.sector(tokens[owner].lemma) is not None
        return owner if is_sector and entity_label.get(owner) != "PERSON" else None

    def _is_actor_noun(
        self, tokens: tuple[Token, ...], i: int, entity_label: Mapping[int, str]
    ) -> bool:
        token = tokens[i]
        if entity_label.get(i) == "PERSON":
            return True
        if token.lemma in self.groups.nouns:
            return True
        return self.dictionary.sector(token.text) is not None or (
            self.dictionary.sector(token.lemma) is not None
        )

    def _chain_sector(self, tokens: tuple[Token, ...], text: str, nodes: list[int]) -> str | None:
        """Sector: the head's own word first ("ministry"), else the nearest modifier."""
        for i in sorted(set(nodes), reverse=True):
            entry = self._sector_at(tokens, text, i)
            if entry is not None:
                return entry.sector
        return None

    def _sector_at(self, tokens: tuple[Token, ...], text: str, i: int) -> SectorEntry | None:
        if i > 1 and tokens[i - 1].text == "-":  # "Secretary-General" is three tokens
            entry = self.dictionary.sector(text[tokens[i - 2].start : tokens[i].end])
            if entry is not None:
                return entry
        if i > 0:  # two-word sector phrases: "foreign ministry", "prime minister"
            pair = text[tokens[i - 1].start : tokens[i].end]
            entry = self.dictionary.sector(pair)
            if entry is not None:
                return entry
        return self.dictionary.sector(tokens[i].text) or self.dictionary.sector(tokens[i].lemma)


def _actor(entry: ActorEntry, sector: str | None, mention_text: str) -> Actor:
    base = entry.code
    # An organisation's code already encodes its own default sector ("IGOUNOJUDICJ").
    inherent = entry.kind == "organisation" and sector == entry.sector
    code = base + sector if sector and not inherent and not base.endswith(sector) else base
    return Actor(
        name=entry.name,
        code=code,
        country=entry.country,
        org=entry.org,
        sector=sector,
        text=mention_text,
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


def _same_entity(tokens: tuple[Token, ...], a: int, b: int) -> bool:
    """True when no entity boundary (a B- tag) lies between tokens a and b."""
    low, high = min(a, b), max(a, b)
    return all(tokens[i].ent_iob == "I" for i in range(low + 1, high + 1))


def _entity_labels(parsed: ParsedArticle) -> dict[int, str]:
    labels: dict[int, str] = {}
    for entity in parsed.entities:
        for i in range(entity.first_token, entity.last_token):
            labels[i] = entity.label
    return labels
