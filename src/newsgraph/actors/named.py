"""Named people: the roster's role on the article's date, read together with the title words.

A title in the text ("former NATO chief Jens Stoltenberg") already gives the phrase its
actor in the dictionary pass; the roster speaks for names the text leaves bare. A person
introduced as a former office-holder ("former President Carlos Menem", "ousted leader X"),
or one the roster knows only from earlier offices, is an elite of the last state served.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import date

from ..records import Actor, ParsedArticle, Token
from .context import sentence_or_article_state
from .dictionary import ActorDictionary, normalise
from .groups import Groups
from .people import PeopleRoster, Role
from .phrases import HYPHENS

# How far left of a name a "former" marker may stand: "former Socialist prime minister X".
TITLE_WINDOW = 5
# Entity labels a full name may wrongly carry.
MISLABELLED = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
# Parts of speech a one-word entity may have and still be a surname ("Trump has", NOUN).
NAME_POS = frozenset({"PROPN", "NOUN"})
# Tokens a title can be made of: "ex-President", "former Prime Minister".
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "PUNCT", "X"})


def resolve_people(
    parsed: ParsedArticle,
    resolved: Mapping[int, Actor],
    roster: PeopleRoster,
    groups: Groups,
    on: date | None,
    dictionary: ActorDictionary | None = None,
) -> dict[int, tuple[int, Actor]]:
    """Head token -> (first token, actor) for PERSON entities the roster knows.

    A specific title in the text ("General Michel Aoun", "Judge X") says in which sector
    the person acts here, over the roster's office; a plain GOV title adds nothing."""
    tokens = parsed.tokens
    found: dict[int, tuple[int, Actor]] = {}
    for first, last, name, lone in _name_spans(parsed):
        size = last - first
        head = last - 1
        if head in resolved:
            continue
        hit = None if lone else roster.lookup(name, on)
        if hit is None and size == 1:
            hit = roster.lookup_surname(name, on)
        if hit is None and dictionary is not None:
            # "President Francois Mitterand": behind a title, a surname one letter off.
            titled = _title_before(tokens, first, last, dictionary)
            hit = roster.lookup_misspelt(tokens[head].text, on) if titled else None
        if hit is None:
            continue
        person, role = hit
        former = _former_title(tokens, first, groups)
        if role is None and on is not None:
            role = roster.previous_role(person, on)
            former = role is not None
        if role is None:
            continue
        actor = _person_actor(person.name, role, name, former, groups)
        title = None
        if dictionary is not None:
            title = _title_before(tokens, first, last, dictionary)
        if (
            title is not None
            and not former
            and actor.country
            and title[1] not in ("GOV", actor.sector)
        ):
            sector = title[1]
            actor = _state_body(actor, sector, name)
        found[head] = (first, actor)
    return found


def _name_spans(parsed: ParsedArticle) -> Iterator[tuple[int, int, str, bool]]:
    """(first, last, text, lone) of the spans that may name a person: PERSON entities, full
    names under another label ("Moody Awori" as ORG), and, as ``lone`` (only a surname may
    answer), a capitalised proper noun standing alone that the parser called a place or
    organisation or left unlabelled ("Erdogan has accused", "Trump urges")."""
    tokens = parsed.tokens
    labelled: set[int] = set()
    for entity in parsed.entities:
        size = entity.last_token - entity.first_token
        labelled.update(range(entity.first_token, entity.last_token))
        if entity.label == "PERSON" or (entity.label in MISLABELLED and size > 1):
            yield entity.first_token, entity.last_token, entity.text, False
        elif entity.label in MISLABELLED and _standalone(tokens, entity.first_token, NAME_POS):
            yield entity.first_token, entity.last_token, entity.text, True
    for token in tokens:
        if token.i not in labelled and _standalone(tokens, token.i):
            yield token.i, token.i + 1, token.text, True


def _standalone(
    tokens: tuple[Token, ...], i: int, pos: frozenset[str] = frozenset({"PROPN"})
) -> bool:
    """A capitalised proper noun (or, inside an entity, a noun: the parser tags a name that
    opens a sentence as one) that neither modifies nor is modified by another proper noun:
    not part of a longer name ("Trump Tower", "Ivanka Trump")."""
    token = tokens[i]
    if token.pos not in pos or not token.text[:1].isupper() or token.dep == "compound":
        return False
    return not any(
        0 <= j < len(tokens) and tokens[j].pos == "PROPN" and tokens[j].text[:1].isupper()
        for j in (i - 1, i + 1)
    )


def _person_actor(name: str, role: Role, text: str, former: bool, groups: Groups) -> Actor:
    if former and role.country is not None:
        sector = groups.former_sector
        return Actor(name, role.country + sector, role.country, None, sector, text)
    return Actor(name, role.code, role.country, role.org, role.sector, text)


def _former_title(tokens: tuple[Token, ...], first: int, groups: Groups) -> bool:
    """True when a "former" marker opens the title right before the name."""
    for i in range(first - 1, max(-1, first - 1 - TITLE_WINDOW), -1):
        token = tokens[i]
        if normalise(token.text) in groups.former_markers:
            return True
        if token.pos not in TITLE_POS or (token.pos == "PUNCT" and token.text not in HYPHENS):
            return False
    return False


def appositives(
    parsed: ParsedArticle, resolved: Mapping[int, Actor]
) -> dict[int, tuple[int, int, Actor]]:
    """Head token -> (first, last, actor) for names in apposition with an actor phrase.

    "Salaheddine Sidhoum, Algeria's leading human rights activist, ..." and "A member of the
    Syrian parliament, Mohammed Mamoun, ..." say who the person is: the name takes the
    actor of the phrase beside it when the roster and the text gave it none.
    """
    tokens = parsed.tokens
    names = {e.last_token - 1: e for e in parsed.entities if e.label == "PERSON"}
    found: dict[int, tuple[int, int, Actor]] = {}
    for token in tokens:
        if token.dep != "appos" or token.head == token.i:
            continue
        for name_head, described in ((token.head, token.i), (token.i, token.head)):
            entity = names.get(name_head)
            actor = resolved.get(described)
            if entity is None or actor is None or name_head in resolved:
                continue
            found[name_head] = (entity.first_token, entity.last_token,
                                replace(actor, text=entity.text))  # fmt: skip
    return found


def titled_strangers(
    parsed: ParsedArticle,
    resolved: Mapping[int, Actor],
    dictionary: ActorDictionary,
    groups: Groups,
) -> dict[int, tuple[int, Actor]]:
    """Head token -> (first token, actor) for unknown names behind a bare title.

    "President Dos Santos conceded ..." or "Judge Alejandro Rivera opened ...": the title
    gives the sector, and a title with no state beside it is the state the sentence (or,
    failing that, the article) is about: the first state actor named in the sentence, else
    the state the article names most. A former office-holder is an elite (ELI).
    """
    tokens = parsed.tokens
    found: dict[int, tuple[int, Actor]] = {}
    for entity in parsed.entities:
        head = entity.last_token - 1
        if entity.label != "PERSON" or head in resolved:
            continue
        title = _title_before(tokens, entity.first_token, entity.last_token, dictionary)
        if title is None:
            continue
        first, sector = title
        if _former_title(tokens, first + 1, groups):  # "former President X" is an elite
            sector = groups.former_sector
        # "Judge Clark" after "Texas Judge Letitia Clark": the same name keeps its state.
        named = [a for h, a in resolved.items() if h < head and tokens[h].text == tokens[head].text]
        country = named[-1].country if named else None
        country = country or _context_country(tokens, resolved, tokens[head].sent)
        if country is None:
            continue
        actor = Actor(entity.text, country + sector, country, None, sector, entity.text)
        found[head] = (first, actor)
    return found


def _title_before(
    tokens: tuple[Token, ...], first: int, last: int, dictionary: ActorDictionary
) -> tuple[int, str] | None:
    """The first token and sector of a title word opening or just before a name: the
    parser sometimes folds the title into the name ("President Abdelaziz Bouteflicka")."""
    for i in range(min(first + 1, last - 2), max(-1, first - TITLE_WINDOW - 1), -1):
        token = tokens[i]
        if i < first and (token.pos not in TITLE_POS or token.pos == "PUNCT"):
            return None
        if i > 0 and tokens[i - 1].text in HYPHENS:  # "Secretary-General" is one title
            continue
        entry = dictionary.sector(token.text) if token.text[:1].isupper() else None
        if entry is not None:
            return i, entry.sector
    return None


def _context_country(
    tokens: tuple[Token, ...], resolved: Mapping[int, Actor], sentence: int
) -> str | None:
    """First state actor of the sentence, else the state most actors of the article belong to."""
    located = [
        (tokens[head].sent, actor.country)
        for head, actor in sorted(resolved.items())
        if actor.country and not actor.org
    ]
    return sentence_or_article_state(located, sentence)


def possessions(
    parsed: ParsedArticle, resolved: Mapping[int, Actor], dictionary: ActorDictionary
) -> dict[int, tuple[int, Actor]]:
    """Head token -> (first token, actor) for a sector noun a named person possesses.

    "Zoran Djindjic's opposition coalition", "Putin's government": the body is of the
    person's state, in the sector its noun names ("opposition coalition" OPP).
    """
    tokens = parsed.tokens
    found: dict[int, tuple[int, Actor]] = {}
    for head, actor in resolved.items():
        # A name the parser ends at its "'s" has the possessive's head as owner.
        owner = tokens[head].head if tokens[head].dep == "case" else head
        noun = tokens[owner].head
        if tokens[owner].dep != "poss" or noun in resolved or noun == owner:
            continue
        if actor.country is None or actor.org is not None or tokens[noun].pos != "NOUN":
            continue
        pair = " ".join(t.text for t in tokens[noun - 1 : noun + 1]) if noun > owner + 1 else ""
        entry = (dictionary.sector(pair) if pair else None) or dictionary.sector(tokens[noun].text)
        if entry is None:
            continue
        # The owner's full name ("Vladimir Putin's") opens the phrase.
        first = min(t.i for t in tokens[: owner + 1] if t.i == owner or t.head == owner)
        sector = entry.sector
        body = _state_body(
            actor, sector, parsed.article.text[tokens[first].start : tokens[noun].end]
        )
        found[noun] = (first, body)
    return found


def _state_body(actor: Actor, sector: str, text: str) -> Actor:
    """The ``sector`` body of the actor's state ("General X" → its military), as ``text``."""
    return Actor(actor.name, f"{actor.country}{sector}", actor.country, None, sector, text)


def titled_and_possessed(
    parsed: ParsedArticle,
    resolved: Mapping[int, Actor],
    dictionary: ActorDictionary,
    groups: Groups,
) -> dict[int, tuple[int, Actor]]:
    """Titled strangers first, then what the named people (old and new) possess."""
    found = titled_strangers(parsed, resolved, dictionary, groups)
    known = {**resolved, **{head: actor for head, (_, actor) in found.items()}}
    return {**found, **possessions(parsed, known, dictionary)}
