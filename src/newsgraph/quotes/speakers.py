"""Who a speaker span denotes: an Actor, a named speaker, or an earlier speaker it refers to.

Pronouns and bare voice nouns ("he", "the ministry", "the statement") refer back
to the most recent compatible speaker of the article ("the statement" first to an
earlier statement that spoke); a lone surname refers to the earlier full name it
shortens. A voice noun's own phrase names its body ("a statement from the ministry",
"a statement on the NATO website"). Resolution runs in text order, so the
``SpeakerMemory`` of one article holds only what came before the current quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..actors.resolve import ResolvedActors
from ..records import Actor, ParsedArticle, QuoteSpeaker
from .cues import QuoteCues
from .tree import Tree

Kind = Literal["person", "organisation", "unknown"]
ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
MODIFIERS = frozenset({"compound", "amod", "poss", "nmod"})
# "a statement by / from / of X" is X's; one "on / in" a medium is its owner's.
OWNER_PREPS = frozenset({"by", "from", "of"})
VENUE_PREPS = frozenset({"on", "in"})
# What a referent noun's phrase leaves out when read as a speaker: its clauses and appositions.
NOUN_PHRASE_EXCLUDE = ("relcl", "appos", "acl", "punct")


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: Actor | QuoteSpeaker | None
    kind: Kind
    # Lemma of the speaker phrase's head ("statement"), so "the statement" can find it again.
    head: str = ""


@dataclass(slots=True)
class SpeakerMemory:
    """Speakers seen so far in one article (per-call state, never shared)."""

    history: list[Resolved] = field(default_factory=list)

    def last(self, kind: Kind) -> Resolved | None:
        return next((r for r in reversed(self.history) if r.kind == kind), None)

    def by_head(self, head: str) -> Resolved | None:
        """The last speaker named by a phrase with this head that resolved to an Actor: "a
        statement on the NATO website" … "according to the statement"."""
        return next(
            (r for r in reversed(self.history) if r.head == head and isinstance(r.speaker, Actor)),
            None,
        )

    def by_surname(self, surname: str) -> Resolved | None:
        for resolved in reversed(self.history):
            name = _name_of(resolved.speaker)
            if resolved.kind == "person" and name and name.split()[-1].lower() == surname:
                return resolved
        return None


class SpeakerResolver:
    """Resolves speaker spans of one article against its actor mentions."""

    def __init__(
        self, cues: QuoteCues, parsed: ParsedArticle, actors: ResolvedActors, tree: Tree
    ) -> None:
        self.cues = cues
        self.parsed = parsed
        self.actors = actors
        self.tree = tree
        self.memory = SpeakerMemory()
        self._cursor = 0
        self.entity_at: dict[int, int] = {}
        for number, entity in enumerate(parsed.entities):
            for i in range(entity.first_token, entity.last_token):
                self.entity_at[i] = number

    def resolve(self, first: int, last: int, root: int) -> Resolved:
        resolved = self._resolve(first, last, root, depth=0)
        if resolved.speaker is not None:
            head = self.tree.tokens[root].lemma.lower()
            self.memory.history.append(Resolved(resolved.speaker, resolved.kind, head))
        return resolved

    def is_medium(self, resolved: Resolved, root: int) -> bool:
        """A news outlet or report that relays someone else's words rather than its own."""
        return (
            self._medium(resolved) or self.tree.tokens[root].lemma.lower() in self.cues.media_nouns
        )

    def _medium(self, resolved: Resolved) -> bool:
        speaker = resolved.speaker
        if isinstance(speaker, Actor):
            return (speaker.sector or "").lower() in self.cues.media_sectors
        if isinstance(speaker, QuoteSpeaker) and speaker.name:
            words = speaker.name.lower().split()
            return words[-1] in self.cues.media_nouns
        return False

    def _resolve(self, first: int, last: int, root: int, depth: int) -> Resolved:
        tokens = self.tree.tokens
        word = tokens[root].text.lower()
        if word in self.cues.relative_pronouns and depth < 2:
            clause = tokens[root].head
            noun = tokens[clause].head
            if tokens[clause].dep == "relcl" and noun != clause:
                a, b = self.tree.span(noun, exclude=NOUN_PHRASE_EXCLUDE)
                return self._resolve(a, b, noun, depth + 1)
        if tokens[root].pos == "PRON" and last - first == 1:
            return self._pronoun(word)
        actor = self._actor(first, last, root) or self._owner(root, depth)
        kind = self._kind(first, last, root)
        if actor is not None:
            return Resolved(actor, "person" if kind == "person" else "organisation")
        if kind == "person":
            return self._person(first, last, root)
        lemma = tokens[root].lemma
        determined = any(tokens[i].lemma in ("the", "this") for i in range(first, root))
        if (lemma in self.cues.voice_nouns or word in self.cues.voice_nouns) and (
            determined or first == root
        ):
            if lemma in self.cues.media_nouns or word in self.cues.media_nouns:
                # "the report" is the last outlet quoted, never the last government.
                earlier = next((r for r in reversed(self.memory.history) if self._medium(r)), None)
                if earlier is not None:
                    return earlier
            else:
                same = self.memory.by_head(lemma.lower())
                if same is not None:
                    return same
                earlier = self.memory.last("organisation")
                if earlier is not None:
                    return self._body_of(earlier, first, last, root)
        text = self._text(first, last)
        return Resolved(QuoteSpeaker(text=text, name=self._name(first, last)), kind)

    def _body_of(self, earlier: Resolved, first: int, last: int, root: int) -> Resolved:
        """ "the ministry" after a country's agency or army: that country's government."""
        actor = earlier.speaker
        tokens = self.tree.tokens
        # A medium relays others; "the ministry" after it is never the medium itself.
        own = Resolved(
            QuoteSpeaker(text=self._text(first, last), name=self._name(first, last)),
            "organisation",
        )
        fallback = own if self._medium(earlier) else earlier
        if not isinstance(actor, Actor) or not actor.country:
            return fallback
        words = [t.lemma.lower() for t in tokens[first : root + 1] if t.pos != "DET"]
        sector = self.cues.sector_of(" ".join(words[-2:])) or self.cues.sector_of(words[-1])
        if sector is None or sector == actor.sector:
            return fallback
        body = Actor(
            name=actor.name,
            code=f"{actor.country}{sector}",
            country=actor.country,
            sector=sector,
            text=self._text(first, last),
        )
        return Resolved(body, "organisation")

    def _pronoun(self, word: str) -> Resolved:
        if word in self.cues.person_pronouns:
            earlier = self.memory.last("person") or self._entity_before("person")
        elif word in self.cues.organisation_pronouns:
            earlier = self.memory.last("organisation") or self._entity_before("organisation")
        else:
            earlier = None
        return earlier if earlier is not None else Resolved(None, "unknown")

    def _entity_before(self, kind: Kind) -> Resolved | None:
        """The last named entity of the kind before the current point (no speaker yet)."""
        labels = {"PERSON"} if kind == "person" else ORG_LABELS
        position = self._cursor
        for entity in reversed(self.parsed.entities):
            if entity.first_token < position and entity.label in labels:
                return self._resolve(
                    entity.first_token, entity.last_token, entity.last_token - 1, depth=2
                )
        return None

    def at(self, position: int) -> SpeakerResolver:
        """Set the token position that "before" refers to for entity fallbacks."""
        self._cursor = position
        return self

    def _actor(self, first: int, last: int, root: int) -> Actor | None:
        by_head = self.actors.by_head
        if root in by_head:
            return by_head[root]
        for child in self.tree.children[root]:  # "Pyongyang's ministry", "the DPRK's statement"
            if self.tree.tokens[child].dep == "poss" and child in by_head:
                return by_head[child]
        # A mention modifying the head ("the Russian foreign ministry"), not one further down
        # ("the Bank of England" is no more England than "the mayor of Paris" is France).
        tokens = self.tree.tokens
        for mention in self.actors.mentions:
            if first <= mention.first_token and mention.last_token <= last:
                end = mention.last_token - 1
                if end == root or (tokens[end].head == root and tokens[end].dep in MODIFIERS):
                    return mention.actor
        return None

    def _owner(self, root: int, depth: int) -> Actor | None:
        """The body a voice noun's own phrase names: "a statement by / from / of X" is X's,
        "a statement on the NATO website" NATO's (the owner of a medium it appeared in)."""
        tokens = self.tree.tokens
        children = self.tree.children
        if tokens[root].lemma.lower() not in self.cues.voice_nouns or depth > 1:
            return None
        phrases = (
            (tokens[prep].lemma.lower(), obj)
            for prep in children[root]
            if tokens[prep].dep == "prep" and prep > root
            for obj in children[prep]
            if tokens[obj].dep == "pobj"
        )
        by_head = self.actors.by_head
        for word, obj in phrases:
            if word in OWNER_PREPS:
                first, last = self.tree.span(obj, exclude=NOUN_PHRASE_EXCLUDE)
                found = self._resolve(first, last, obj, depth + 1).speaker
                if isinstance(found, Actor):
                    return found
            elif word in VENUE_PREPS and tokens[obj].lemma.lower() in self.cues.media_nouns:
                owners = (c for c in children[obj] if tokens[c].dep in MODIFIERS and c in by_head)
                owner = next(owners, None)
                if owner is not None:
                    return by_head[owner]
        return None

    def _kind(self, first: int, last: int, root: int) -> Kind:
        number = self.entity_at.get(root)
        if number is not None:
            label = self.parsed.entities[number].label
            if label == "PERSON":
                return "person"
            if label in ORG_LABELS:
                return "organisation"
        lemma = self.tree.tokens[root].lemma
        if lemma in self.cues.voice_nouns:
            return "organisation"
        return "unknown"

    def _person(self, first: int, last: int, root: int) -> Resolved:
        name = self._name(first, last)
        words = name.split()
        if len(words) == 1:
            earlier = self.memory.by_surname(words[0].lower())
            if earlier is not None:
                return earlier
            for entity in self.parsed.entities:
                if entity.first_token >= first:
                    break
                if entity.label == "PERSON" and entity.last_token - entity.first_token > 1:
                    full = self._name(entity.first_token, entity.last_token)
                    if full.split()[-1].lower() == words[0].lower():
                        actor = self.actors.by_head.get(entity.last_token - 1)
                        if actor is not None:
                            return Resolved(actor, "person")
                        return Resolved(
                            QuoteSpeaker(text=self._text(first, last), name=full), "person"
                        )
        return Resolved(QuoteSpeaker(text=self._text(first, last), name=name), "person")

    def _text(self, first: int, last: int) -> str:
        tokens = self.tree.tokens
        return self.parsed.article.text[tokens[first].start : tokens[last - 1].end]

    def _name(self, first: int, last: int) -> str:
        """The speaker's name: a person entity without titles, else the span without articles."""
        tokens = self.tree.tokens
        for i in range(first, last):
            number = self.entity_at.get(i)
            if number is not None and self.parsed.entities[number].label == "PERSON":
                entity = self.parsed.entities[number]
                span_last = last
                first, last = max(first, entity.first_token), min(last, entity.last_token)
                # The small model often stops a name early ("Ana" of "Ana Ruiz"): the proper
                # nouns right after it that belong to no other entity complete it.
                while (
                    last < span_last
                    and tokens[last].pos == "PROPN"
                    and tokens[last].ent_type in ("", "PERSON")
                ):
                    last += 1
                break
        words = [t.text for t in tokens[first:last] if t.text not in ("'s", "’s")]
        while len(words) > 1 and words[0].lower() in self.cues.name_titles:
            words = words[1:]
        while len(words) > 1 and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        return " ".join(words)


def _name_of(speaker: Actor | QuoteSpeaker | None) -> str:
    if isinstance(speaker, QuoteSpeaker):
        return speaker.name
    if isinstance(speaker, Actor):
        return speaker.text
    return ""
