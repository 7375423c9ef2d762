"""The actor dictionary: states, international bodies and sector words from versioned YAML.

The knowledge lives in ``data/*.yaml`` (format in ``data/README.md``); this module validates it
and builds plain dicts once, so the resolver's n-gram scan costs one normalisation and one dict
lookup per candidate phrase. Users add or amend actors with their own files in the same format.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..datafile import yaml_mapping
from ..errors import NewsgraphError
from .normalise import name_words, normalise, singular_forms, token_count
from .validation import check_keys, names, string_list, text_field

PACKAGE_FILES = (
    "states.yaml",
    "organisations.yaml",
    "sectors.yaml",
    "movements.yaml",
    "outlets.yaml",
)
SUPPORTED_VERSIONS = frozenset({1})
TOP_KEYS = frozenset({"version", "states", "organisations", "sectors"})
_PHRASE_KEYS = frozenset({"aliases", "generic_references", "ambiguous_aliases"})
# A state's own phrase lists (besides aliases): also allowed in its `extends:` entries.
_STATE_PHRASE_KEYS = frozenset({"demonyms", "metonyms", "institutions", "regions"})
STATE_KEYS = _PHRASE_KEYS | _STATE_PHRASE_KEYS | {"code", "name", "part_of"}
ORGANISATION_KEYS = _PHRASE_KEYS | {"org", "name", "code", "sector"}
STATE_EXTEND_KEYS = _PHRASE_KEYS | _STATE_PHRASE_KEYS | {"extends", "drop"}
ORGANISATION_EXTEND_KEYS = _PHRASE_KEYS | {"extends", "drop"}
SECTOR_KEYS = frozenset({"sector", "cameo", "words"})
# CAMEO code prefix of transnational armed groups (al-Qaeda IMGMOSALQ): no state and no
# international organisation, so their `org` may be null and they are written without one.
STATELESS_GROUP = "IMG"
# A state's seat of power ("the Kremlin") stands for its government.
METONYM_SECTOR = "GOV"

ISO_CODE = re.compile(r"[A-Z]{3}")
CAMEO_CODE = re.compile(r"(?:[A-Z]{3}){1,6}")
SECTOR_CODE = re.compile(r"[A-Z]{3}")
ORG_ACRONYM = re.compile(r"[A-Za-z0-9]{2,12}")


class DictionaryError(NewsgraphError, ValueError):
    """A dictionary file is unusable; the message names the file, the entry and the problem."""


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """What a dictionary phrase denotes, and how it was matched."""

    name: str
    code: str
    country: str | None
    org: str | None
    sector: str | None
    kind: str
    via: str
    ambiguous: bool
    # A part of the state ("West Bank", "Crimea", "Darfur"): after "in" it is a place.
    region: bool = False


@dataclass(frozen=True, slots=True)
class SectorEntry:
    """A sector word with its PLOVER sector and CAMEO agent code (they differ: JRN/MED, MED/HLH)."""

    sector: str
    cameo: str
    word: str


@dataclass(frozen=True, slots=True)
class _Actor:
    code: str
    name: str
    kind: str
    org: str | None
    sector: str | None
    part_of: str | None
    where: str


@dataclass(frozen=True, slots=True)
class _Claim:
    phrase: str
    code: str
    via: str
    sector: str | None
    ambiguous: bool
    where: str
    region: bool = False


class _Builder:
    """Collects and cross-checks entries from every file before the tables are frozen."""

    def __init__(self) -> None:
        self.actors: dict[str, _Actor] = {}
        self.orgs: dict[str, str] = {}
        self.claims: dict[str, _Claim] = {}
        self.generics: dict[str, dict[str, str]] = {}
        self.sectors: dict[str, tuple[SectorEntry, str]] = {}
        self.sector_codes: set[str] = set()
        self.sector_refs: list[tuple[str, str]] = []
        self.key_tokens: dict[str, int] = {}

    # -- files ---------------------------------------------------------------------------
    def add_file(self, source: str, text: str) -> None:
        data = yaml_mapping(text, source, TOP_KEYS, SUPPORTED_VERSIONS, DictionaryError)
        for section, handler in (
            ("sectors", self._sector_entry),
            ("states", self._state_entry),
            ("organisations", self._organisation_entry),
        ):
            entries = data.get(section)
            if entries is None:
                continue
            if not isinstance(entries, list):
                raise DictionaryError(f"{source}: `{section}` must be a list of entries")
            for index, entry in enumerate(entries):
                where = f"{source}: {section}[{index}]"
                if not isinstance(entry, dict):
                    raise DictionaryError(f"{where}: expected a mapping, got {entry!r}")
                handler(entry, where)

    # -- entries -------------------------------------------------------------------------
    def _state_entry(self, entry: dict[str, Any], where: str) -> None:
        if "extends" in entry:
            self._extension(entry, where, "state", STATE_EXTEND_KEYS)
            return
        _check_keys(entry, STATE_KEYS, where, required=("code", "name"))
        code = _text(entry, "code", where)
        where = f"{where} ({code})"
        if not ISO_CODE.fullmatch(code):
            raise DictionaryError(
                f"{where}: code {code!r} is not 3 uppercase letters (ISO alpha-3)"
            )
        part_of = entry.get("part_of")
        if part_of is not None and not (isinstance(part_of, str) and ISO_CODE.fullmatch(part_of)):
            raise DictionaryError(f"{where}: part_of {part_of!r} is not an ISO alpha-3 code")
        actor = _Actor(code, _text(entry, "name", where), "state", None, None, part_of, where)
        self._register(actor)
        self._claim(actor.name, code, "alias", None, where)
        self._phrases(entry, code, None, where)

    def _organisation_entry(self, entry: dict[str, Any], where: str) -> None:
        if "extends" in entry:
            self._extension(entry, where, "organisation", ORGANISATION_EXTEND_KEYS)
            return
        _check_keys(entry, ORGANISATION_KEYS, where, required=("org", "name", "code"))
        code = _text(entry, "code", where)
        where = f"{where} ({code})"
        if not CAMEO_CODE.fullmatch(code):
            raise DictionaryError(
                f"{where}: code {code!r} is not a CAMEO code (3 to 18 uppercase letters in 3s)"
            )
        org: str | None = None
        if entry.get("org") is not None or not code.startswith(STATELESS_GROUP):
            org = _text(entry, "org", where)
            if not ORG_ACRONYM.fullmatch(org):
                raise DictionaryError(f"{where}: org {org!r} must be 2-12 letters or digits")
            if org in self.orgs:
                raise DictionaryError(f"{where}: org {org!r} is already used by {self.orgs[org]}")
        sector = entry.get("sector")
        if sector is not None:
            if not isinstance(sector, str):
                raise DictionaryError(f"{where}: sector must be a sector code or null")
            self.sector_refs.append((sector, where))
        actor = _Actor(code, _text(entry, "name", where), "organisation", org, sector, None, where)
        self._register(actor)
        if org is not None:
            self.orgs[org] = code
        self._claim(actor.name, code, "alias", sector, where)
        self._phrases(entry, code, sector, where)

    def _extension(
        self, entry: dict[str, Any], where: str, kind: str, allowed: frozenset[str]
    ) -> None:
        code = _text(entry, "extends", where)
        where = f"{where} (extends {code})"
        _check_keys(entry, allowed, where, required=())
        actor = self.actors.get(code)
        if actor is None or actor.kind != kind:
            raise DictionaryError(f"{where}: no {kind} with code {code!r} to extend")
        for phrase in _strings(entry, "drop", where):
            key = normalise(phrase)
            claim = self.claims.get(key)
            in_generics = code in self.generics.get(key, {})
            if (claim is None or claim.code != code) and not in_generics:
                raise DictionaryError(
                    f"{where}: cannot drop {phrase!r}: it is not a phrase of {code}"
                )
            if claim is not None and claim.code == code:
                del self.claims[key]
            if in_generics:
                del self.generics[key][code]
        self._phrases(entry, code, actor.sector, where)

    def _phrases(self, entry: dict[str, Any], code: str, sector: str | None, where: str) -> None:
        for phrase in _strings(entry, "aliases", where):
            self._claim(phrase, code, "alias", sector, where)
        for phrase in _strings(entry, "regions", where):
            self._claim(phrase, code, "alias", sector, where, region=True)
        for phrase in _strings(entry, "demonyms", where):
            self._claim(phrase, code, "demonym", sector, where)
        metonyms = _strings(entry, "metonyms", where)
        if metonyms:
            self.sector_refs.append((METONYM_SECTOR, where))
        for phrase in metonyms:
            self._claim(phrase, code, "metonym", METONYM_SECTOR, where)
        institutions = entry.get("institutions") or {}
        if not isinstance(institutions, dict):
            raise DictionaryError(f"{where}: `institutions` must map sector codes to phrase lists")
        for institution_sector, phrases in institutions.items():
            self.sector_refs.append((str(institution_sector), where))
            for phrase in _strings({"institutions": phrases}, "institutions", where):
                self._claim(phrase, code, "metonym", str(institution_sector), where)
        for phrase in _strings(entry, "generic_references", where):
            key = _key(phrase, where)
            self.generics.setdefault(key, {})[code] = phrase
        for phrase in _strings(entry, "ambiguous_aliases", where):
            key = _key(phrase, where)
            claim = self.claims.get(key)
            if claim is None or claim.code != code:
                raise DictionaryError(
                    f"{where}: ambiguous alias {phrase!r} is not an alias, demonym or metonym "
                    "of this entry"
                )
            self.claims[key] = dataclasses.replace(claim, ambiguous=True)

    def _sector_entry(self, entry: dict[str, Any], where: str) -> None:
        _check_keys(entry, SECTOR_KEYS, where, required=("sector", "cameo", "words"))
        sector = _text(entry, "sector", where)
        cameo = _text(entry, "cameo", where)
        where = f"{where} ({sector}/{cameo})"
        if not SECTOR_CODE.fullmatch(sector):
            raise DictionaryError(f"{where}: sector {sector!r} is not 3 uppercase letters")
        if not CAMEO_CODE.fullmatch(cameo):
            raise DictionaryError(f"{where}: cameo {cameo!r} is not a CAMEO agent code")
        words = _strings(entry, "words", where)
        if not words:
            raise DictionaryError(f"{where}: `words` is empty")
        self.sector_codes.add(sector)
        for word in words:
            key = _key(word, where)
            known = self.sectors.get(key)
            if known is not None and (known[0].sector, known[0].cameo) != (sector, cameo):
                raise DictionaryError(
                    f"{where}: sector word {word!r} is already listed under "
                    f"{known[0].sector}/{known[0].cameo} ({known[1]})"
                )
            if known is None:
                self.sectors[key] = (SectorEntry(sector, cameo, word), where)

    # -- registration --------------------------------------------------------------------
    def _register(self, actor: _Actor) -> None:
        known = self.actors.get(actor.code)
        if known is not None:
            raise DictionaryError(
                f"{actor.where}: duplicate code {actor.code} (first defined in {known.where}); "
                "use `extends:` to add phrases to an existing code"
            )
        self.actors[actor.code] = actor

    def _claim(
        self,
        phrase: str,
        code: str,
        via: str,
        sector: str | None,
        where: str,
        region: bool = False,
    ) -> None:
        key = _key(phrase, where)
        # Spellings of one key ("Asia-Pacific", "Asia Pacific") span different token counts.
        self.key_tokens[key] = max(self.key_tokens.get(key, 0), token_count(phrase))
        known = self.claims.get(key)
        if known is None:
            self.claims[key] = _Claim(phrase, code, via, sector, False, where, region)
        elif known.code != code:
            raise DictionaryError(
                f"{where}: {phrase!r} is already claimed by {known.code} ({known.where}); "
                f"to move it, extend {known.code} with `drop: [{phrase}]` first"
            )

    # -- freezing ------------------------------------------------------------------------
    def build(self) -> ActorDictionary:
        for sector, where in self.sector_refs:
            if sector not in self.sector_codes:
                raise DictionaryError(
                    f"{where}: unknown sector code {sector!r}; known: {names(self.sector_codes)}"
                )
        identities: dict[str, tuple[str, str | None]] = {}
        for actor in self.actors.values():
            if actor.part_of is None:
                identities[actor.code] = (actor.code, actor.code if actor.kind == "state" else None)
                continue
            parent = self.actors.get(actor.part_of)
            if parent is None or parent.kind != "state" or parent.part_of is not None:
                raise DictionaryError(
                    f"{actor.where}: part_of {actor.part_of!r} is not a sovereign state code here"
                )
            identities[actor.code] = (actor.part_of + actor.code, actor.part_of)

        def entry(
            code: str, via: str, sector: str | None, ambiguous: bool, region: bool = False
        ) -> ActorEntry:
            actor = self.actors[code]
            out_code, country = identities[code]
            return ActorEntry(
                actor.name, out_code, country, actor.org, sector, actor.kind, via, ambiguous, region
            )

        phrases = {
            key: entry(c.code, c.via, c.sector, c.ambiguous, c.region)
            for key, c in self.claims.items()
        }
        generics = {
            key: tuple(entry(code, "generic", self.actors[code].sector, False) for code in codes)
            for key, codes in self.generics.items()
            if codes
        }
        sectors = {key: value[0] for key, value in self.sectors.items()}
        longest = max(
            (
                token_count(text)
                for text in (
                    *(p for codes in self.generics.values() for p in codes.values()),
                    *(s.word for s in sectors.values()),
                )
            ),
            default=0,
        )
        longest = max(longest, *(self.key_tokens[key] for key in self.claims), 0)
        spans: dict[str, int] = {}
        for key in self.claims:
            first = key.split(" ", 1)[0]
            # The scan sees "People" of "People's Democratic Republic": index both forms.
            for word in {first, normalise(first)} - {""}:
                spans[word] = max(spans.get(word, 0), self.key_tokens[key])
        capitals = {key: capital_words(c.phrase) for key, c in self.claims.items() if " " in key}
        return ActorDictionary(
            phrases, generics, sectors, frozenset(self.actors), longest, spans, capitals
        )


class ActorDictionary:
    """Immutable phrase tables; build with :meth:`load`."""

    __slots__ = ("_capitals", "_codes", "_generics", "_longest", "_phrases", "_sectors", "_spans")

    def __init__(
        self,
        phrases: Mapping[str, ActorEntry],
        generics: Mapping[str, tuple[ActorEntry, ...]],
        sectors: Mapping[str, SectorEntry],
        codes: frozenset[str],
        max_phrase_words: int,
        spans: Mapping[str, int] | None = None,
        capitals: Mapping[str, tuple[bool, ...]] | None = None,
    ) -> None:
        self._phrases = MappingProxyType(dict(phrases))
        # Multi-word phrase key -> which of its words the dictionary writes capitalised.
        self._capitals = MappingProxyType(dict(capitals or {}))
        self._generics = MappingProxyType(dict(generics))
        self._sectors = MappingProxyType(dict(sectors))
        self._codes = codes
        self._longest = max_phrase_words
        if spans is None:
            spans = {}
            for key in self._phrases:
                first = key.split(" ", 1)[0]
                spans[first] = max_phrase_words
        # First word of a phrase -> most tokens a phrase starting with it spans.
        self._spans = MappingProxyType(dict(spans))

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> ActorDictionary:
        """Package data, then each user file in order (same format; later files may extend)."""
        builder = _Builder()
        data = resources.files(__package__).joinpath("data")
        for name in PACKAGE_FILES:
            builder.add_file(f"actors/data/{name}", data.joinpath(name).read_text("utf-8"))
        for path in extra_paths:
            try:
                text = Path(path).read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise DictionaryError(f"{path}: cannot read actor dictionary: {exc}") from exc
            builder.add_file(str(path), text)
        return builder.build()

    def lookup(self, phrase: str) -> ActorEntry | None:
        """The actor a phrase names ("DPRK", "the Kremlin", "Russians"), or None."""
        key = normalise(phrase)
        if not key:
            return None
        entry = self._phrases.get(key)
        if entry is None and key.endswith("s"):
            plural_of = self._phrases.get(key[:-1])
            if plural_of is not None and plural_of.via == "demonym":
                return plural_of
        return entry

    def case_fits(self, phrase: str) -> bool:
        """False when a multi-word name is written with a lower-case word where the
        dictionary capitalises it: "visited Russia today" does not name the channel Russia
        Today. The first word is not checked (lookups fold case, and the scan rejects
        all-lower-case look-alikes on its own)."""
        flags = self._capitals.get(normalise(phrase))
        if not flags:
            return True
        words = capital_words(phrase)
        if len(words) != len(flags):
            return True
        return not any(need and not has for need, has in zip(flags[1:], words[1:], strict=True))

    def entries(self) -> Iterator[tuple[str, ActorEntry]]:
        """Every lookup key with its entry (for indexes built over the dictionary)."""
        return iter(self._phrases.items())

    def may_start(self, word: str) -> bool:
        """False when no phrase can start with this token: lets scans skip most positions."""
        return self.max_words_from(word) > 0

    def max_words_from(self, word: str) -> int:
        """Most tokens a phrase starting with this word spans (0: none starts with it), so an
        n-gram scan tries only the lengths that can match."""
        key = normalise(word)
        if not key:
            return 0
        first = key.split(" ", 1)[0]
        span = self._spans.get(first, 0)
        if first.endswith("s"):
            span = max(span, self._spans.get(first[:-1], 0))
        return span

    def generic(self, phrase: str) -> tuple[ActorEntry, ...]:
        """Candidates for a definite description ("the alliance"); context must pick one."""
        return self._generics.get(normalise(phrase), ())

    def sector(self, phrase: str) -> SectorEntry | None:
        """The sector a word or phrase names ("troops", "Foreign Ministry"), or None."""
        key = normalise(phrase)
        if not key:
            return None
        entry = self._sectors.get(key)
        if entry is not None:
            return entry
        for form in singular_forms(key):
            entry = self._sectors.get(form)
            if entry is not None:
                return entry
        return None

    def sector_entries(self) -> Iterator[SectorEntry]:
        """Every sector word's entry (for checking the context lists against sectors.yaml)."""
        return iter(self._sectors.values())

    @property
    def codes(self) -> frozenset[str]:
        """Every declared ``code`` (ISO alpha-3 for states, CAMEO for organisations)."""
        return self._codes

    @property
    def max_phrase_words(self) -> int:
        """Longest phrase, counted generously in tokens (each mark counts), for n-gram scans."""
        return self._longest

    def __len__(self) -> int:
        return len(self._phrases)


def _check_keys(
    entry: Mapping[str, Any], allowed: frozenset[str], where: str, required: tuple[str, ...]
) -> None:
    check_keys(entry, allowed, where, required, DictionaryError)


def _text(entry: Mapping[str, Any], key: str, where: str) -> str:
    return text_field(entry, key, where, DictionaryError)


def _strings(entry: Mapping[str, Any], key: str, where: str) -> list[str]:
    return string_list(entry, key, where, DictionaryError)


def _key(phrase: str, where: str) -> str:
    key = normalise(phrase)
    if not key:
        raise DictionaryError(f"{where}: phrase {phrase!r} is empty once normalised")
    return key


def capital_words(phrase: str) -> tuple[bool, ...]:
    """Per word of ``phrase`` (hyphens split words, a leading "the" dropped, as
    ``normalise`` does): whether it is written with a capital or a digit, not lower case."""
    return tuple(not word[:1].islower() for word in name_words(phrase))
