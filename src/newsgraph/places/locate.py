"""Where an event happened: a place the trigger's clause puts it in, else the dateline.

A place is a GPE/LOC/FAC entity of the evidence sentence that is the object of a locative
preposition ("in", "at", "near", ...) hanging from the trigger or from its arguments ("the
attack on a village in Kharkiv region"), without crossing into another clause; for assaults, a
place the trigger takes as its direct object ("shelled Kharkiv") too. When the sentence names
none, the article's dateline ("SEOUL, July 11 --") is the fallback wire services and ICEWS use.
Names go through the gazetteer so the location carries a canonical name and a country; a name
several places share is resolved in context (``context.resolve``): its qualifier ("Paris,
Texas"), the states of the event's actors and of the other places in its sentence, then the
states the article is about (its actors, its unambiguous places, its dateline).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..records import Article, Event, Location, NamedEntity, ParsedArticle, Sentence, Token
from .context import PlaceContext, article_context, qualifier, resolve, unambiguous
from .gazetteer import Gazetteer, Place

PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "throughout", "into", "around", "off"}
)
# Dependencies that start another clause: a place below one belongs to that clause's event.
CLAUSE_DEPS: frozenset[str] = frozenset(
    {"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "conj"}
)
# Prepositions a place may sit under on its way up to the trigger ("attack on a village in X",
# "troops to a base in Y"); others ("for its war in Ukraine") lead away from where it happened.
PATH_PREPOSITIONS: frozenset[str] = LOCATIVE_PREPOSITIONS | {
    "on",
    "to",
    "toward",
    "towards",
    "onto",
}
MAX_CLIMB = 5
OBJECT_PLACE_CATEGORIES: frozenset[str] = frozenset({"ASSAULT"})


class Locator:
    """Fills ``Event.location``; holds the gazetteer, loaded once."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    @classmethod
    def load(cls, place_files: Sequence[Path] = ()) -> Locator:
        return cls(Gazetteer.load(place_files))

    def locate(self, parsed: ParsedArticle, events: Sequence[Event]) -> tuple[Event, ...]:
        """The events with a location wherever the sentence or the dateline gives one."""
        # Place entities, sentence starts and the article's states once per article.
        places = [e for e in parsed.entities if e.label in PLACE_LABELS]
        starts = [s.start for s in parsed.sentences]
        dateline_name = parsed.article.dateline
        context = article_context(
            self.gazetteer,
            [e.text for e in places] + ([dateline_name] if dateline_name else []),
            [country for event in events for country in _actor_countries(event)],
        )
        dateline = self._dateline(parsed.article, context)
        out = []
        for event in events:
            location = self._in_sentence(parsed, event, places, starts, context) if places else None
            location = location or dateline
            out.append(replace(event, location=location) if location is not None else event)
        return tuple(out)

    def _dateline(self, article: Article, context: PlaceContext) -> Location | None:
        """The dateline's place, read with the qualifier the dateline wrote ("TRIPOLI, Lebanon,
        July 11 --", kept among the removed parts) and the article's states as its sentence."""
        name = article.dateline
        if not name:
            return None
        qualified_by: tuple[Place, ...] = ()
        for part in article.removed:
            if part.startswith(name):
                qualified_by = qualifier(part, len(name), self.gazetteer)
                break
        place = resolve(self.gazetteer, name, context.with_sentence(context.article), qualified_by)
        return Location(place.name, place.country) if place is not None else None

    def _in_sentence(
        self,
        parsed: ParsedArticle,
        event: Event,
        places: Sequence[NamedEntity],
        starts: Sequence[int],
        context: PlaceContext,
    ) -> Location | None:
        if not event.evidence:
            return None
        evidence = event.evidence[0]
        n = bisect_right(starts, evidence.start) - 1
        if n < 0 or evidence.start >= parsed.sentences[n].end:
            return None
        sentence = parsed.sentences[n]
        tokens = parsed.tokens
        trigger = _trigger_token(tokens, sentence, evidence.trigger)
        if trigger is None:
            return None
        in_sentence = _places_in(places, sentence)
        for entity in in_sentence:
            root = _entity_root(tokens, entity)
            if _is_located(tokens, root, trigger, event.plover):
                place = self._place(parsed.article.text, entity, in_sentence, event, context)
                if place is not None:
                    return place
                return Location(entity.text, None)
        return None

    def _place(
        self,
        text: str,
        entity: NamedEntity,
        neighbours: Sequence[NamedEntity],
        event: Event,
        context: PlaceContext,
    ) -> Location | None:
        """The entity's place, read with its qualifier and its sentence's states."""
        gazetteer = self.gazetteer
        candidates = gazetteer.candidates(entity.text)
        if len(candidates) > 1 or (not candidates and "," in entity.text):
            states = [*_actor_countries(event)]
            for other in neighbours:
                if other is not entity:
                    known = unambiguous(gazetteer, other.text)
                    states.append(known.country if known is not None else None)
            place = resolve(
                gazetteer,
                entity.text,
                context.with_sentence(states),
                qualifier(text, entity.end, gazetteer),
            )
        else:
            place = candidates[0].place if candidates else None
        return Location(place.name, place.country) if place is not None else None


def _actor_countries(event: Event) -> tuple[str | None, ...]:
    return tuple(a.country for a in (event.source, event.target, event.claimant) if a is not None)


def _trigger_token(tokens: Sequence[Token], sentence: Sentence, trigger: str) -> int | None:
    """The first token of the sentence whose lemma is the trigger's head word."""
    word = trigger.split()[0].casefold() if trigger.strip() else ""
    for token in tokens[sentence.first_token : sentence.last_token]:
        if token.lemma.casefold() == word or token.text.casefold() == word:
            return token.i
    return None


def _places_in(entities: Sequence[NamedEntity], sentence: Sentence) -> list[NamedEntity]:
    return [
        e
        for e in entities
        if e.first_token >= sentence.first_token and e.last_token <= sentence.last_token
    ]


def _entity_root(tokens: Sequence[Token], entity: NamedEntity) -> int:
    """The entity token whose head lies outside the entity (the last such, for flat names)."""
    inside = range(entity.first_token, entity.last_token)
    roots = [i for i in inside if tokens[i].head not in inside or tokens[i].head == i]
    return roots[-1] if roots else entity.last_token - 1


def _is_located(tokens: Sequence[Token], root: int, trigger: int, category: str | None) -> bool:
    token = tokens[root]
    if token.dep in ("dobj", "obj") and token.head == trigger:
        return category in OBJECT_PLACE_CATEGORIES
    # "Kharkiv region": the place is a compound of the preposition's object.
    if token.dep == "compound":
        token = tokens[token.head]
    if token.dep != "pobj":
        return False
    preposition = tokens[token.head]
    if preposition.lemma.casefold() not in LOCATIVE_PREPOSITIONS:
        return False
    return _reaches(tokens, preposition.head, trigger)


def _reaches(tokens: Sequence[Token], start: int, trigger: int) -> bool:
    """Whether climbing heads from ``start`` meets the trigger before leaving its clause."""
    current = start
    for _ in range(MAX_CLIMB):
        if current == trigger:
            return True
        token = tokens[current]
        if token.dep in CLAUSE_DEPS or token.head == current:
            return False
        if token.dep == "prep" and token.lemma.casefold() not in PATH_PREPOSITIONS:
            return False
        current = token.head
    return current == trigger
