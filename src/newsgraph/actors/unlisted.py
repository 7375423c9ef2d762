"""Names the actor dictionary does not list: misspelt states, towns, and peoples.

Wire copy misspells state names ("Ethopia", "Afganistan", "Ghanians"); a name the parser
calls a place or a nationality that is one letter away from exactly one state name or
demonym is that state. A town or region ("Cizre", "Tel Aviv", "Khanty-Mansiysk") is found
in the GeoNames gazetteer: it stands for its country's people there (PLOVER codes a place
that acts or is acted on as the country's civilians, CVL), and a sector noun it modifies
still takes over ("Calgary police" is the police). Ethnic and religious peoples ("Hutu
rebels", "ethnic Albanians") belong to the state their sentence is about.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

import yaml

from ..places import Gazetteer, Place
from ..places.context import PlaceContext, article_context, qualifier, resolve
from ..records import NamedEntity, Token
from .context import Candidate, sentence_or_article_state
from .dictionary import ActorDictionary, ActorEntry, DictionaryError, normalise
from .groups import Groups

PEOPLES_SOURCE = "actors/data/peoples.yaml"
_PEOPLE_KEYS = frozenset({"version", "peoples"})

# Parts of speech a misspelt state name or demonym is tagged with.
SPELLING_POS = frozenset({"PROPN", "ADJ"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
POSSESSIVES = frozenset({"'s", "\u2019s", "'"})
# Entity labels under which an unknown name may be a town or region.
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Gazetteer kinds read as places inside a country (countries come from the dictionary).
PLACE_KINDS = frozenset({"city", "region"})
# Shortest name checked for misspellings: shorter names are too close to one another.
MIN_SPELLING = 6


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass(frozen=True, slots=True)
class Spelling:
    """Single-word state names and demonyms, and each with one letter dropped.

    A word one letter short of a name ("Ethopia") or one letter over ("Quatar") is that
    name; a substituted letter is not enough ("Siberia" is not "Liberia").
    """

    names: Mapping[str, ActorEntry]
    shortened: Mapping[str, tuple[ActorEntry, ...]]

    @classmethod
    def build(cls, dictionary: ActorDictionary) -> Spelling:
        names: dict[str, ActorEntry] = {}
        shortened: dict[str, dict[str, ActorEntry]] = {}
        for key, entry in dictionary.entries():
            usable = entry.kind == "state" and entry.via in ("alias", "demonym")
            # The misspelt word is never shorter than MIN_SPELLING letters.
            if not usable or entry.ambiguous or " " in key or len(key) < MIN_SPELLING - 1:
                continue
            names[key] = entry
            if len(key) > MIN_SPELLING:
                for form in _deletions(key):
                    shortened.setdefault(form, {})[entry.code] = entry
        return cls(
            MappingProxyType(names),
            MappingProxyType({k: tuple(v.values()) for k, v in shortened.items()}),
        )

    def correct(self, word: str) -> ActorEntry | None:
        """The one state a word is a single dropped or added letter away from."""
        key = normalise(word)
        if len(key) < MIN_SPELLING or " " in key or not key.isalpha():
            return None
        found: dict[str, ActorEntry] = {}
        bases = [(key, False)] + ([(key[:-1], True)] if key.endswith("s") else [])
        for base, plural in bases:
            # Dropping a final "s" is the plural reading, not a misspelling ("Koreas").
            forms = _deletions(base) - ({base[:-1]} if base.endswith("s") else set())
            hits = [*self.shortened.get(base, ()), *map(self.names.get, forms)]
            for entry in hits:
                # A plural is a people ("Ghanians"): only demonyms take one ("the two Koreas").
                if entry is not None and (entry.via == "demonym" or not plural):
                    found[entry.code] = entry
        return next(iter(found.values())) if len(found) == 1 else None


def unlisted_candidates(
    text: str,
    tokens: tuple[Token, ...],
    entities: Sequence[NamedEntity],
    taken: Iterable[Candidate],
    dictionary: ActorDictionary,
    spelling: Spelling,
    gazetteer: Gazetteer | None,
    place_sector: str,
    place_nouns: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Candidates for misspelt state names and for towns no dictionary match covers.

    Only tokens of no dictionary phrase count: a listed name the scan rejected in context
    ("ethnic Albanians", "Latin American") is not to be read again here."""
    covered = {i for c in taken for i in range(c.first, c.last)}
    found: list[Candidate] = []
    person = set()
    context: PlaceContext | None = None  # built at the first town: most articles have none
    for entity in entities:
        span = range(entity.first_token, entity.last_token)
        if entity.label == "PERSON":
            person.update(span)
        named_place = entity.first_token > 1 and tokens[entity.first_token - 1].text.lower() == "of"
        named_place = named_place and tokens[entity.first_token - 2].lemma in place_nouns
        if entity.label not in PLACE_LABELS and not named_place:
            continue
        if gazetteer is None or covered & set(span):
            continue
        first, last = entity.first_token, entity.last_token
        # A trailing possessive is no part of the name: "Tel Aviv's mayor".
        while last > first and tokens[last - 1].text in POSSESSIVES:
            last -= 1
        if last == first or not tokens[first].text[:1].isupper():
            continue
        name = text[tokens[first].start : tokens[last - 1].end]
        # A dictionary name the scan turned down ("Latin America", an unsupported "Georgia")
        # stays turned down.
        if dictionary.lookup(name) is not None:
            continue
        if any(t.pos not in SPELLING_POS for t in tokens[first:last]):  # "Police" (a noun)
            continue
        if context is None:
            context = _article_places(gazetteer, text, entities, taken)
        # "Tripoli, Lebanon"; else the states of the sentence, then of the article.
        here = context.with_sentence(_sentence_states(tokens, taken, tokens[first].sent))
        qualified_by = qualifier(text, tokens[last - 1].end, gazetteer)
        entry = _place_entry(gazetteer, name, place_sector, here, qualified_by)
        if entry is not None:
            found.append(Candidate(first, last, entry, normalise(name), pending=False))
            covered.update(range(first, last))
    for token in tokens:
        if token.i in covered or token.i in person or token.pos not in SPELLING_POS:
            continue
        if len(token.text) < MIN_SPELLING or not token.text[:1].isupper():
            continue
        entry = spelling.correct(token.text)
        # A listed name or the plural of one ("the Americas") is no misspelling.
        if entry is not None and (
            dictionary.lookup(token.text) is not None or dictionary.lookup(token.text[:-1])
        ):
            continue
        if entry is not None:
            key = normalise(token.text)
            found.append(Candidate(token.i, token.i + 1, entry, key, pending=False))
    return found


def relocated_metonyms(
    text: str,
    tokens: tuple[Token, ...],
    entities: Sequence[NamedEntity],
    candidates: Sequence[Candidate],
    gazetteer: Gazetteer | None,
    place_sector: str,
) -> list[Candidate]:
    """The candidates, a capital standing for its state ("Tripoli": Libya) replaced by the
    homonymous town of another state where the context says so ("Lebanese troops entered
    Tripoli": Lebanon's Tripoli, its civilians)."""
    if gazetteer is None or not any(c.entry.via == "metonym" for c in candidates):
        return list(candidates)
    out: list[Candidate] = []
    # Per metonym key, the other candidates and the article's places: one build per name,
    # not one per mention ("Tripoli" named five times).
    by_key: dict[str, tuple[list[Candidate], PlaceContext]] = {}
    for candidate in candidates:
        if candidate.entry.via != "metonym" or len(gazetteer.candidates(candidate.key)) < 2:
            out.append(candidate)
            continue
        if candidate.key not in by_key:
            # The state the metonym itself stands for is no evidence about it.
            others = [c for c in candidates if c.key != candidate.key]
            by_key[candidate.key] = (others, _article_places(gazetteer, text, entities, others))
        others, article = by_key[candidate.key]
        context = article.with_sentence(
            _sentence_states(tokens, others, tokens[candidate.first].sent)
        )
        name = text[tokens[candidate.first].start : tokens[candidate.last - 1].end]
        qualified_by = qualifier(text, tokens[candidate.last - 1].end, gazetteer)
        entry = _place_entry(gazetteer, name, place_sector, context, qualified_by)
        if entry is None or entry.country == candidate.entry.country:
            out.append(candidate)
        else:
            out.append(Candidate(candidate.first, candidate.last, entry, candidate.key, False))
    return out


def _article_places(
    gazetteer: Gazetteer, text: str, entities: Sequence[NamedEntity], taken: Iterable[Candidate]
) -> PlaceContext:
    """The states the article is about: those of its actors and of its unambiguous places."""
    names = [e.text for e in entities if e.label in PLACE_LABELS]
    countries = (c.entry.country for c in taken if c.entry.org is None)
    return article_context(gazetteer, names, countries)


def _sentence_states(
    tokens: tuple[Token, ...], taken: Iterable[Candidate], sentence: int
) -> list[str | None]:
    return [
        c.entry.country for c in taken if c.entry.org is None and tokens[c.first].sent == sentence
    ]


def _place_entry(
    gazetteer: Gazetteer,
    name: str,
    sector: str,
    context: PlaceContext,
    qualified_by: tuple[Place, ...] = (),
) -> ActorEntry | None:
    place = resolve(gazetteer, name, context, qualified_by)
    if place is None or place.country is None or place.kind not in PLACE_KINDS:
        return None
    # Only a place's own name: GeoNames alternate names are noisy ("North" is listed for
    # North Salt Lake, "Victoria" for Hong Kong).
    if normalise(place.name) != normalise(name):
        return None
    return ActorEntry(
        name=place.name,
        code=place.country,
        country=place.country,
        org=None,
        sector=sector,
        kind="state",
        via="place",
        ambiguous=False,
    )


@dataclass(frozen=True, slots=True)
class Peoples:
    """Ethnic and religious peoples (``data/peoples.yaml``), as normalised lookup keys."""

    names: frozenset[str]
    longest: int
    # First words of the names (singular and as written), so most tokens fail at once.
    firsts: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> Peoples:
        text = resources.files(__package__).joinpath("data/peoples.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
        if not isinstance(data, dict) or data.get("version") != 1 or set(data) != _PEOPLE_KEYS:
            raise DictionaryError(f"{PEOPLES_SOURCE}: expected version: 1 and peoples only")
        groups = data["peoples"]
        if not isinstance(groups, dict) or not groups:
            raise DictionaryError(f"{PEOPLES_SOURCE}: peoples must map group names to lists")
        names: set[str] = set()
        for group, words in groups.items():
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise DictionaryError(f"{PEOPLES_SOURCE}: peoples.{group}: need a list of names")
            names.update(normalise(w) for w in words)
        firsts = {n.split()[0] for n in names}
        return cls(
            frozenset(names),
            max(len(n.split()) for n in names),
            frozenset(firsts | {f + "s" for f in firsts} | {f + "es" for f in firsts}),
        )

    def match(self, text: str, tokens: tuple[Token, ...], first: int) -> int:
        """How many tokens from ``first`` name a people (0: none), longest first."""
        word = tokens[first].text.casefold()
        if word not in self.firsts and word != "the":  # "the Hutus" keys as "hutus"
            return 0
        for n in range(min(self.longest, len(tokens) - first), 0, -1):
            key = normalise(text[tokens[first].start : tokens[first + n - 1].end])
            forms = {key, key[:-1] if key.endswith("s") else key}
            if key.endswith("es"):
                forms.add(key[:-2])
            if forms & self.names:
                return n
        return 0


def people_candidates(
    text: str,
    tokens: tuple[Token, ...],
    taken: Sequence[Candidate],
    dictionary: ActorDictionary,
    peoples: Peoples,
    groups: Groups,
) -> list[Candidate]:
    """Peoples named in a sentence, as civilians of the state the sentence is about.

    "Hutu rebels", "Tamil refugees", and a state's demonym after an ethnic marker ("ethnic
    Albanians in Serbia": the kin state Albania is not their state) take the first other
    state named in their sentence, else the state the article names most.
    """
    covered = {i for c in taken for i in range(c.first, c.last)}
    states = [
        (tokens[c.first].sent, c.entry.country)
        for c in taken
        if c.entry.country is not None and c.entry.org is None
    ]
    found: list[Candidate] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i in covered or not token.text[:1].isupper():
            i += 1
            continue
        size, kin = peoples.match(text, tokens, i), None
        if size == 0 and i > 0 and tokens[i - 1].text.lower() in groups.ethnic_markers:
            entry = dictionary.lookup(token.text)
            if entry is not None and entry.via == "demonym":
                size, kin = 1, entry.country
        # A name part of a hyphenated compound ("Shan-e-Punjab") is no people.
        hyphenated = any(
            0 <= k < len(tokens) and tokens[k].text in HYPHENS for k in (i - 1, i + size)
        )
        if size == 0 or hyphenated or covered & set(range(i, i + size)):
            i += 1
            continue
        country = sentence_or_article_state(states, token.sent, kin)
        if country is not None:
            name = text[tokens[i].start : tokens[i + size - 1].end]
            entry = ActorEntry(name, country, country, None, groups.people_sector, "state",
                               "people", False)  # fmt: skip
            found.append(Candidate(i, i + size, entry, normalise(name), pending=False))
        i += size
    return found


@dataclass(frozen=True, slots=True)
class Unlisted:
    """The indexes for names the dictionary lacks, built once per resolver."""

    dictionary: ActorDictionary
    groups: Groups
    spelling: Spelling
    peoples: Peoples
    gazetteer: Gazetteer | None

    @classmethod
    def build(
        cls, dictionary: ActorDictionary, groups: Groups, gazetteer: Gazetteer | None
    ) -> Unlisted:
        return cls(dictionary, groups, Spelling.build(dictionary), Peoples.load(), gazetteer)

    def candidates(
        self, text: str, tokens: tuple[Token, ...], entities: Sequence[NamedEntity],
        taken: Sequence[Candidate],
    ) -> list[Candidate]:  # fmt: skip
        """Misspelt states and towns first, then peoples (they read the states found)."""
        places = unlisted_candidates(
            text, tokens, entities, taken, self.dictionary, self.spelling, self.gazetteer,
            self.groups.place_sector, self.groups.place_nouns,
        )  # fmt: skip
        known = [*taken, *places]
        return [
            *places,
            *people_candidates(text, tokens, known, self.dictionary, self.peoples, self.groups),
        ]

    def relocate(
        self, text: str, tokens: tuple[Token, ...], entities: Sequence[NamedEntity],
        candidates: Sequence[Candidate],
    ) -> list[Candidate]:  # fmt: skip
        """The candidates with capitals read as homonymous towns where context says so."""
        return relocated_metonyms(
            text, tokens, entities, candidates, self.gazetteer, self.groups.place_sector
        )
