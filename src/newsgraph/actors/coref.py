"""Within-document coreference for actors: later surnames, pronoun subjects, definite descriptions.

Runs after the dictionary pass, reading the article left to right and
remembering what it has resolved so far:

- a person named in full with an actor ("NATO Secretary-General Jens Stoltenberg")
  is the same actor when the surname comes back alone ("Stoltenberg said");
- "he"/"she" as the subject of a clause is the most recent person subject, "they"
  the most recent plural or collective subject ("NATO leaders ... They urged");
- "the leaders", "the ministry" is the most recent actor phrase with that head noun;
- "the alliance", "the bloc" is the organisation the dictionary lists for that
  description, when the article has already named it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..records import Actor, ParsedArticle, Token
from .dictionary import ActorDictionary

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERSON_PRONOUNS = frozenset({"he", "she"})
PLURAL_PRONOUNS = frozenset({"they"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


@dataclass(frozen=True, slots=True)
class References:
    """Actors found by coreference, keyed by head token, with their mention spans."""

    by_head: Mapping[int, Actor]
    spans: Mapping[int, tuple[int, int]]


def _renamed(actor: Actor, text: str) -> Actor:
    return Actor(actor.name, actor.code, actor.country, actor.org, actor.sector, text)


def resolve_references(
    parsed: ParsedArticle,
    resolved: Mapping[int, Actor],
    entity_label: Mapping[int, str],
    dictionary: ActorDictionary,
) -> References:
    tokens, text = parsed.tokens, parsed.article.text
    found: dict[int, Actor] = {}
    spans: dict[int, tuple[int, int]] = {}
    surnames: dict[str, Actor] = {}
    by_noun: dict[str, Actor] = {}
    organisations: set[str] = set()
    last_person: Actor | None = None
    last_group: Actor | None = None

    for token in tokens:
        actor = resolved.get(token.i) or found.get(token.i)
        if actor is None:
            actor = _reference(
                token, tokens, text, entity_label, dictionary,
                surnames, by_noun, organisations, last_person, last_group,
            )  # fmt: skip
            if actor is not None:
                found[token.i] = actor
                start = _definite_start(tokens, token)
                spans[token.i] = (start, token.i + 1)
        if actor is None:
            continue
        if actor.org:
            organisations.add(actor.org)
        is_person = entity_label.get(token.i) == "PERSON"
        if is_person:
            surnames.setdefault(token.text, actor)
        elif token.pos == "NOUN":
            by_noun[token.lemma] = actor
        if token.dep in SUBJECT_DEPS and _main_clause(tokens, token):
            lower = token.text.lower()
            if is_person or lower in PERSON_PRONOUNS:
                last_person = actor
            elif token.tag in PLURAL_TAGS or actor.org or lower in PLURAL_PRONOUNS:
                last_group = actor
    return References(found, spans)


def _reference(
    token: Token,
    tokens: tuple[Token, ...],
    text: str,
    entity_label: Mapping[int, str],
    dictionary: ActorDictionary,
    surnames: Mapping[str, Actor],
    by_noun: Mapping[str, Actor],
    organisations: set[str],
    last_person: Actor | None,
    last_group: Actor | None,
) -> Actor | None:
    lower = token.text.lower()
    if token.pos == "PROPN" and token.text in surnames:
        # Only the last token of a name carries it ("Stoltenberg", not "Jens"); spaCy's
        # label for a bare surname varies (PERSON, ORG, none), so the part of speech decides.
        following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
        if following is None or following.pos != "PROPN":
            return _renamed(surnames[token.text], token.text)
    if token.pos == "PRON" and token.dep in SUBJECT_DEPS:
        if lower in PERSON_PRONOUNS and last_person is not None:
            return _renamed(last_person, token.text)
        if lower in PLURAL_PRONOUNS and last_group is not None:
            return _renamed(last_group, token.text)
        return None
    if token.pos != "NOUN" or not _is_definite(tokens, token):
        return None
    phrase = text[tokens[_definite_start(tokens, token)].start : token.end]
    for candidate in dictionary.generic(phrase):
        if candidate.org and candidate.org in organisations:
            return Actor(
                candidate.name, candidate.code, candidate.country, candidate.org,
                candidate.sector, phrase,
            )  # fmt: skip
    earlier = by_noun.get(token.lemma)
    if earlier is not None:
        return _renamed(earlier, phrase)
    return None


def _main_clause(tokens: tuple[Token, ...], token: Token) -> bool:
    """Subject of the sentence's main verb (or a verb coordinated with it)."""
    verb = tokens[token.head]
    while verb.dep == "conj" and verb.head != verb.i:
        verb = tokens[verb.head]
    return verb.dep == "ROOT"


def _is_definite(tokens: tuple[Token, ...], token: Token) -> bool:
    """A bare definite noun phrase: "the leaders", "the alliance" (no other modifiers)."""
    children = [t for t in tokens[max(0, token.i - 3) : token.i] if t.head == token.i]
    return bool(children) and all(t.dep == "det" and t.text.lower() == "the" for t in children)


def _definite_start(tokens: tuple[Token, ...], token: Token) -> int:
    start = token.i
    while start > 0 and tokens[start - 1].head == token.i and tokens[start - 1].dep == "det":
        start -= 1
    return start
