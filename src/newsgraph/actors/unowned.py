"""Bodies that belong to no state: unnamed NGOs, unlisted NGO names, multinational forces.

"a human rights group protested" and "the Third World Water Forum concluded" name
non-governmental bodies (CAMEO ``NGO``) that no dictionary lists; "a regional peacekeeping
force" is an international force (CAMEO ``IGO`` + ``MIL``) although no body is named. The
resolver leaves such phrases without an actor because nothing ties them to a state; these
rules give them one when nothing else claimed them.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import Actor, ParsedArticle, Token
from .dictionary import normalise
from .phrases import PhraseReader

NGO_CODE = "NGO"
IGO_CODE = "IGO"
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Modifiers that belong to the noun phrase of a body: "a [regional] [peacekeeping] force".
PHRASE_DEPS = frozenset({"compound", "amod"})


def unowned_bodies(
    parsed: ParsedArticle,
    taken: Mapping[int, tuple[int, int]],
    reader: PhraseReader,
) -> dict[int, tuple[int, int, Actor]]:
    """Head token -> (first, last, actor) for NGO and multinational phrases no actor owns.

    ``taken`` holds the token spans already resolved (by head); a phrase that overlaps one
    is left alone, so "Kenyan rights group" stays Kenya's."""
    tokens, groups = parsed.tokens, reader.groups
    covered = {i for first, last in taken.values() for i in range(first, last)}
    found: dict[int, tuple[int, int, Actor]] = {}
    for head, (first, last, actor) in _named_bodies(parsed, covered, reader).items():
        found[head] = (first, last, actor)
        covered.update(range(first, last))
    for token in tokens:
        if token.i in covered or token.pos not in NOUN_POS:
            continue
        entry = reader.sector_at(tokens, parsed.article.text, token.i)
        if entry is None:
            continue
        word = normalise(entry.word)
        if word in groups.international_nouns:
            code, name = IGO_CODE + entry.sector, "multinational force"
        elif word in groups.ngo_words:  # the word says NGO already: CAMEO code "NGO"
            code, name = NGO_CODE, "non-governmental organisation"
        else:
            continue
        first = _phrase_start(tokens, token.i)
        if covered & set(range(first, token.i + 1)) or _has_owner(tokens, token.i, covered):
            continue
        text = parsed.article.text[tokens[first].start : token.end]
        sector = entry.sector
        found[token.i] = (first, token.i + 1, Actor(name, code, None, None, sector, text))
        covered.update(range(first, token.i + 1))
    return found


def _named_bodies(
    parsed: ParsedArticle, covered: set[int], reader: PhraseReader
) -> dict[int, tuple[int, int, Actor]]:
    """ORG entities no dictionary phrase touched whose head noun names a non-governmental
    body ("the Third World Water Forum", "the Association of African Jurists"); a
    sector word among their members gives the sector ("Jurists" JUD)."""
    tokens, text = parsed.tokens, parsed.article.text
    found: dict[int, tuple[int, int, Actor]] = {}
    for entity in parsed.entities:
        span = range(entity.first_token, entity.last_token)
        if entity.label != "ORG" or covered & set(span):
            continue
        root = next((i for i in span if tokens[i].head == i or tokens[i].head not in span), None)
        if root is None or normalise(tokens[root].lemma) not in reader.groups.ngo_nouns:
            continue
        # "the Army Medical Research Institute" is a state body, not an NGO.
        if any(_state_word(reader, tokens, text, i) for i in range(entity.first_token, root)):
            continue
        sector = None
        for i in range(root + 1, entity.last_token):
            entry = reader.sector_at(tokens, text, i)
            if entry is not None:
                sector = entry.sector
        actor = Actor(entity.text, NGO_CODE + (sector or ""), None, None, sector, entity.text)
        found[root] = (entity.first_token, entity.last_token, actor)
    return found


def _state_word(reader: PhraseReader, tokens: tuple[Token, ...], text: str, i: int) -> bool:
    entry = reader.sector_at(tokens, text, i)
    return entry is not None and entry.sector in reader.groups.state_sectors


def _phrase_start(tokens: tuple[Token, ...], head: int) -> int:
    """The first word of the modifiers right before a noun: "a [human rights] group"."""
    first = head
    while first > 0 and tokens[first - 1].dep in PHRASE_DEPS and tokens[first - 1].head >= first:
        first -= 1
    return first


def _has_owner(tokens: tuple[Token, ...], head: int, covered: set[int]) -> bool:
    """True when a resolved word hangs off the noun ("its peacekeeping force", "of NATO")."""
    for token in tokens:
        if token.head != head or token.i == head:
            continue
        if token.i in covered or token.dep == "poss":
            return True
        if token.dep == "prep":
            objects = (t for t in tokens[token.i + 1 : token.i + 6] if t.head == token.i)
            if any(t.i in covered for t in objects):
                return True
    return False
