"""How a dictionary match sits in its sentence: the noun phrase it heads, its owners, its sector.

"North Korean troops" is PRK + MIL on "troops"; "the president of Armenia" gives Armenia to
"president"; "refugees fleeing Syria" are Syria's; "a curfew in Algiers" is a place. The
resolver (resolve.py) finds the matches; this module reads the syntax around each.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..records import Actor, Token
from .dictionary import ActorDictionary, ActorEntry, SectorEntry, normalise
from .groups import Groups

# Dependency relations through which a modifier passes its actor to its head noun.
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# How a name modifies the noun after it: "the [London] Stock Exchange", "[Lisbon] targets".
THING_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# How many owners up a chain of of-phrases an actor passes: "workers of the Company of Tehran".
OWNER_DEPTH = 2


@dataclass(frozen=True, slots=True)
class PhraseReader:
    """Reads phrases around actor matches with the dictionary's sector words and the
    context word lists; holds no per-article state."""

    dictionary: ActorDictionary
    groups: Groups

    def is_place(self, tokens: tuple[Token, ...], root: int, entry: ActorEntry) -> bool:
        """A state named as a place, coded as its civilians: a region of a state or its capital
        after a place preposition ("a curfew in Algiers", "voting in East Jerusalem"), or a
        state name that owns a place noun ("villages near Macedonia's border")."""
        if entry.kind != "state":
            return False
        if tokens[root].dep == "poss" and entry.via == "alias":
            # "Macedonia's border", "East Timor's capital Dili": the state as a place.
            place = tokens[root].head
            nouns = [place]
            if tokens[place].pos == "PROPN":  # a named place: "East Timor's [capital] Dili"
                nouns += [k for k in range(root + 1, place) if tokens[k].head == place]
            return any(normalise(tokens[k].lemma) in self.groups.place_nouns for k in nouns)
        if not is_place_name(entry):
            return False
        prep = tokens[root].head
        return (
            tokens[root].dep == "pobj"
            and prep != root
            and tokens[prep].lemma in self.groups.place_preps
        )

    def modifies_a_thing(
        self, tokens: tuple[Token, ...], text: str, root: int, entity_label: Mapping[int, str]
    ) -> bool:
        """A name that only says where a thing is: "the [London] Stock Exchange", "the
        [Lisbon] targets", "the [Paris]-based think tank"; not "[Moscow] officials" (an actor
        noun) or "[Moscow]-backed"."""
        head, dep = tokens[root].head, tokens[root].dep
        if head == root:
            return False
        if dep == "npadvmod":  # "Paris-based", not "Moscow-backed"
            return tokens[head].lemma in self.groups.located_participles
        return dep in THING_MODIFIER_DEPS and not self.is_actor_noun(
            tokens, head, entity_label, text
        )

    def phrase_head(
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
                # "Vietnamese-led forces": through a hyphenated leading participle to its noun.
                led = head == current + 2 and tokens[current + 1].text in HYPHENS
                if not (led and tokens[head].lemma in self.groups.leading_participles):
                    break
                if tokens[head].dep not in ("amod", "compound") or tokens[head].head == head:
                    break
                current = head
                continue
            # Never across a line break or sentence: "Taipei, Taiwan\n\nNATO leaders".
            low, high = min(current, head), max(current, head)
            if tokens[low].sent != tokens[high].sent or any(
                "\n" in text[tokens[k].end : tokens[k + 1].start] for k in range(low, high)
            ):
                break
            # A person's name modifies no one else: "Yoon Suk Yeol and ... Fumio Kishida".
            # (A state name the parser tagged as a person, "Ugandan", is the match itself.)
            if (
                current != root
                and entity_label.get(current) == "PERSON"
                and not _same_entity(tokens, current, head)
            ):
                break
            chain.append(head)
            current = head
        # Keep only the prefix of the chain whose nouns denote actors (sector/group words, people).
        accepted = root
        accepted_chain: list[int] = []
        for position, node in enumerate(chain):
            if tokens[node].lemma in self.groups.nouns and _names_next(tokens, node):
                break  # "NATO-member Norway" is Norway
            if self.is_actor_noun(tokens, node, entity_label, text) or (
                position == 0 and is_people_noun(tokens[node])
            ):
                accepted = node
                accepted_chain = chain[:position]
            elif tokens[node].pos != "PROPN":
                break
        if accepted == root and chain:
            # The noun it modifies is no actor, but a sector noun beside it is:
            # "Israeli [army] bulldozers", "in Israeli [police] custody".
            # So is the noun of a hyphenated participle: "Albanian [rebel]-held territory".
            for k in range(chain[0] - 1, root, -1):
                up = tokens[k].head
                hyphened = up == k + 2 and tokens[k + 1].text in HYPHENS
                up = tokens[up].head if hyphened and tokens[up].pos in ("VERB", "ADJ") else up
                sibling = up == chain[0] and tokens[k].pos == "NOUN"
                if sibling and self.sector_at(tokens, text, k) is not None:
                    return k, []
        return accepted, accepted_chain

    def attach_owner(
        self,
        tokens: tuple[Token, ...],
        text: str,
        node: int,
        entry: ActorEntry,
        sector: str | None,
        by_head: dict[int, Actor],
        spans: dict[int, tuple[int, int]],
        entity_label: Mapping[int, str],
        guessed: set[int],
    ) -> None:
        """ "the president of Armenia", "King Hassan of Morocco", "leaders of NATO countries";
        and on up a chain of owners: "workers of [the Bus Company of Tehran]". An owner whose
        state was only guessed (``guessed``) takes this one."""
        for _ in range(OWNER_DEPTH):
            node = self._place_phrase(tokens, node)
            owner = self._of_owner(tokens, text, node, entity_label)
            if owner is None or (owner in by_head and owner not in guessed):
                return
            guessed.discard(owner)
            self._own(tokens, text, node, owner, entry, sector, by_head, spans)
            node, sector = owner, by_head[owner].sector

    def _place_phrase(self, tokens: tuple[Token, ...], root: int) -> int:
        """The place noun a name is part of: "governor of the Tyumen [region]", "villages of
        [the province] of Helmand"; the phrase it heads stands where the name would."""
        while tokens[root].dep in ("compound", "amod", "pobj") and tokens[root].head != root:
            up = tokens[root].head
            if tokens[root].dep == "pobj":
                up = tokens[up].head if tokens[up].lemma == "of" else root
            if up == root or normalise(tokens[up].lemma) not in self.groups.place_nouns:
                break
            root = up
        return root

    def _own(
        self,
        tokens: tuple[Token, ...],
        text: str,
        node: int,
        owner: int,
        entry: ActorEntry,
        sector: str | None,
        by_head: dict[int, Actor],
        spans: dict[int, tuple[int, int]],
    ) -> None:
        """Give the owner noun of an of-phrase the actor, in the owner's own sector."""
        # The owner's own title words count too: "[King] Hassan of Morocco".
        titles = [t.i for t in tokens[max(0, owner - 4) : owner] if t.head == owner]
        owner_sector = (
            self.chain_sector(tokens, text, [*titles, owner])
            or self.chain_sector(tokens, text, [node])  # "a member of [parliament]"
            or sector
        )
        start = min(owner, *titles, *(t.i for t in tokens[owner:node] if t.head == owner))
        by_head[owner] = make_actor(
            entry, owner_sector, text[tokens[owner].start : tokens[node].end]
        )
        spans[owner] = (start, node + 1)

    def _of_owner(
        self, tokens: tuple[Token, ...], text: str, root: int, entity_label: Mapping[int, str]
    ) -> int | None:
        """The actor noun a prepositional phrase attaches to: "president of [Armenia]";
        for "in"/"from" only sector nouns: "rebels in [Darfur]", "refugees from [Syria]"."""
        fled = self._fled_from(tokens, text, root)
        if fled is not None:
            return fled
        prep = tokens[root].head
        if tokens[root].dep != "pobj" or prep == root:
            return None
        lemma = tokens[prep].lemma
        if lemma not in ("of", *self.groups.located_preps):
            return None
        owner = tokens[prep].head
        # "a terror group [based] in Trinidad": through the participle to its noun.
        if tokens[owner].dep == "acl" and tokens[owner].lemma in self.groups.located_participles:
            owner = tokens[owner].head
        if owner == prep or tokens[owner].pos not in NOUN_POS:
            return None
        members = lemma == "of" and tokens[owner].lemma in self.groups.of_member_nouns
        if tokens[owner].lemma in self.groups.nouns and not members:
            return None
        if members:  # "a member of the Syrian parliament" is of the parliament
            return owner
        if lemma == "of":
            return owner if self.is_actor_noun(tokens, owner, entity_label, text) else None
        is_sector = self.sector_at(tokens, text, owner) is not None
        return owner if is_sector and entity_label.get(owner) != "PERSON" else None

    def _fled_from(self, tokens: tuple[Token, ...], text: str, root: int) -> int | None:
        """The sector noun that flees a place: "refugees fleeing [Syria]", "civilians
        escaping the fighting in [Darfur]" are of the place they leave."""
        node, verb = root, tokens[root].head
        if tokens[node].dep == "pobj" and tokens[verb].lemma in self.groups.located_preps:
            node = verb = tokens[verb].head  # "fleeing the war [in] Liberia"
            if tokens[node].dep == "dobj":
                verb = tokens[node].head
        elif tokens[node].dep != "dobj":
            return None
        if tokens[verb].dep != "acl":
            return None
        if tokens[verb].lemma not in self.groups.origin_participles:
            return None
        noun = tokens[verb].head
        return noun if self.sector_at(tokens, text, noun) is not None else None

    def is_actor_noun(
        self, tokens: tuple[Token, ...], i: int, entity_label: Mapping[int, str], text: str
    ) -> bool:
        if entity_label.get(i) == "PERSON" or tokens[i].lemma in self.groups.nouns:
            return True
        # Two-word sector phrases count by their head: "armed [groups]", "opposition [groups]".
        return self.sector_at(tokens, text, i) is not None

    def members_sector(self, tokens: tuple[Token, ...], text: str, head: int) -> str | None:
        """The sector of the members a collective noun is "of": "Union of [Teachers]"."""
        if normalise(tokens[head].lemma) not in self.groups.collective_nouns:
            return None
        for prep in tokens[head + 1 : head + 3]:
            if prep.head != head or prep.lemma != "of":
                continue
            for member in tokens[prep.i + 1 : prep.i + 5]:
                if member.head == prep.i and member.dep == "pobj":
                    entry = self.sector_at(tokens, text, member.i)
                    return entry.sector if entry is not None else None
        return None

    def chain_sector(self, tokens: tuple[Token, ...], text: str, nodes: list[int]) -> str | None:
        """Sector: the head's own word first ("ministry"), else the nearest modifier."""
        for i in sorted(set(nodes), reverse=True):
            entry = self.sector_at(tokens, text, i)
            if entry is not None:
                return entry.sector
        return None

    def sector_at(self, tokens: tuple[Token, ...], text: str, i: int) -> SectorEntry | None:
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


def is_place_name(entry: ActorEntry) -> bool:
    """A state's name that can stand for a place: a region, or a capital or seat of
    government ("Algiers", "the Kremlin") standing for the government."""
    return entry.kind == "state" and (
        entry.region or (entry.via == "metonym" and entry.sector == "GOV")
    )


def make_actor(entry: ActorEntry, sector: str | None, mention_text: str) -> Actor:
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


def is_people_noun(token: Token) -> bool:
    """A plural proper noun a demonym modifies names a people: "Iraqi [Kurds]"."""
    return token.tag == "NNPS" and token.pos == "PROPN"


def _names_next(tokens: tuple[Token, ...], node: int) -> bool:
    """True when a member noun only describes the name it precedes: "NATO-member [Norway]"."""
    head = tokens[node].head
    return tokens[node].dep == "compound" and head > node and tokens[head].pos == "PROPN"


def _same_entity(tokens: tuple[Token, ...], a: int, b: int) -> bool:
    """True when no entity boundary (a B- tag) lies between tokens a and b."""
    low, high = min(a, b), max(a, b)
    return all(tokens[i].ent_iob == "I" for i in range(low + 1, high + 1))
