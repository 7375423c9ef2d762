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
from .phrases import HYPHENS, PhraseReader

NGO_CODE = "NGO"
IGO_CODE = "IGO"
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Modifiers that belong to the noun phrase of a body: "a [regional] [peacekeeping] force".
PHRASE_DEPS = frozenset({"compound", "amod"})
# A sector word in one of these relations only describes another noun ("police station").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
# Links from a noun up to the argument it belongs to: "dozens [of] [demonstrators]".
NOMINAL_LINKS = frozenset({"pobj", "prep", "conj", "appos"})
# A verb's participants, and the links by which a verb stays in the main clause.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "agent", "pobj"})
MAIN_LINKS = frozenset({"conj", "xcomp", "ccomp", "prep", "agent"})


def unowned_bodies(
    parsed: ParsedArticle,
    taken: Mapping[int, tuple[int, int]],
    reader: PhraseReader,
    resolved: Mapping[int, Actor] | None = None,
) -> dict[int, tuple[int, int, Actor]]:
    """Head token -> (first, last, actor) for NGO, multinational and sector-only phrases no
    actor owns.

    ``taken`` holds the token spans already resolved (by head); a phrase that overlaps one
    is left alone, so "Kenyan rights group" stays Kenya's. ``resolved`` (the actors by head)
    gives a sector-only agent its country when its sentence names exactly one state."""
    tokens, groups = parsed.tokens, reader.groups
    countries = _sentence_countries(parsed, resolved or {})
    covered = {i for first, last in taken.values() for i in range(first, last)}
    found: dict[int, tuple[int, int, Actor]] = {}
    earlier: dict[str, str] = {}  # head noun -> state of the last such agent in the article
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
        country = None
        if word in groups.international_nouns:
            code, name = IGO_CODE + entry.sector, "multinational force"
        elif word in groups.ngo_words:  # the word says NGO already: CAMEO code "NGO"
            code, name = NGO_CODE, "non-governmental organisation"
        elif entry.sector in groups.agent_sectors and _main_argument(tokens, token.i):
            # "18 people", "gunmen", "protesters": an agent of no named state (CAMEO "---CVL"),
            # or of the one state its sentence names ("protesters blocked roads across Peru").
            code, name = entry.cameo, entry.word
            country = countries.get(token.sent)
            if country is None and _definite(tokens, token.i):
                # "The ministry also says ...": the ministry named before, of its state.
                country = earlier.get(token.lemma.lower())
        else:
            continue
        first = _phrase_start(tokens, token.i)
        if covered & set(range(first, token.i + 1)) or _has_owner(tokens, token.i, covered):
            continue
        text = parsed.article.text[tokens[first].start : token.end]
        actor = Actor(name, (country or "") + code, country, None, entry.sector, text)
        if country is not None:
            earlier[token.lemma.lower()] = country
        found[token.i] = (first, token.i + 1, actor)
        covered.update(range(first, token.i + 1))
    return found


def _sentence_countries(parsed: ParsedArticle, resolved: Mapping[int, Actor]) -> dict[int, str]:
    """Sentence number -> the state it names, for sentences whose resolved actors name
    exactly one state (bodies such as the UN do not count). Measured on the PLOVER gold,
    where such groups are coded with the state ("IRQCVL"): it helps, and it never names a
    state the sentence does not. One pass over the actors, not one per sentence."""
    states: dict[int, set[str]] = {}
    for head, actor in resolved.items():
        if actor.country and not actor.org:
            states.setdefault(parsed.tokens[head].sent, set()).add(actor.country)
    return {sent: next(iter(named)) for sent, named in states.items() if len(named) == 1}


def _main_argument(tokens: tuple[Token, ...], i: int) -> bool:
    """True when the noun is a participant of the sentence's main clause: "Police detained
    [18 people]", "[dozens of demonstrators] marched". A sector word that only describes
    another word ("police station", "rebel-held") or stands in a side clause ("..., killing
    20 people", "in which 20 people died") is left without an actor: an agent named by its
    sector alone is worth coding only where the sentence reports what it did or suffered."""
    token = tokens[i]
    if token.dep in MODIFIER_DEPS or (i + 1 < len(tokens) and tokens[i + 1].text in HYPHENS):
        return False
    node = token
    # Up through "of"-phrases, conjuncts and appositions to the clause's own argument.
    while node.dep in NOMINAL_LINKS and node.head != node.i:
        node = tokens[node.head]
    if node.dep not in ARGUMENT_DEPS:
        return node.head == node.i  # a headline fragment: "Militants" alone
    if node.dep == "dobj" and _second_object(tokens, node):
        return False  # "branded X [an occupying army]": a label, not a participant
    verb = tokens[node.head]
    while verb.dep in MAIN_LINKS and verb.head != verb.i:
        verb = tokens[verb.head]
    return verb.head == verb.i


def _definite(tokens: tuple[Token, ...], i: int) -> bool:
    """True for a noun with "the": a definite description that can point back."""
    return any(
        t.head == i and t.dep == "det" and t.text.lower() == "the"
        for t in tokens[max(0, i - 4) : i]
    )


def _second_object(tokens: tuple[Token, ...], node: Token) -> bool:
    """True for the later of a verb's two objects, which names what the first is called or
    made ("called them terrorists", "named him an envoy"), not a second participant."""
    return any(
        tokens[j].head == node.head and tokens[j].dep in ("dobj", "dative")
        for j in range(node.head + 1, node.i)
    )


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
