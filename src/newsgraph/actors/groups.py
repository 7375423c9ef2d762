"""Context word lists the resolver reads from ``data/groups.yaml`` (validated on load).

They are small closed classes that decide how a dictionary match is read in its sentence:
member nouns ("NATO countries" is NATO itself), region names that are no actor, the
prepositions that place a sector noun or mark a location, and the words that make a
named person a former office-holder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from types import MappingProxyType

from ..datafile import yaml_mapping
from .dictionary import DictionaryError, normalise

SOURCE = "actors/data/groups.yaml"
_LISTS = (
    "group_nouns",
    "non_actor_phrases",
    "located_preps",
    "place_preps",
    "former_markers",
    "subnational_followers",
    "leading_participles",
    "of_member_nouns",
    "ethnic_markers",
    "stance_prefixes",
    "located_participles",
    "place_nouns",
    "collective_nouns",
    "origin_participles",
    "international_nouns",
    "ngo_nouns",
    "ngo_words",
    "state_sectors",
    "agent_sectors",
)
_MAPS = ("contested_names", "subnational_homonyms")
_SECTORS = ("people_sector", "place_sector", "former_sector", "people_elite_sector")
_KEYS = frozenset({"version", "contested_periods", *_SECTORS, *_LISTS, *_MAPS})
_PERIOD_KEYS = frozenset({"reading", "start", "end"})


@dataclass(frozen=True, slots=True)
class Period:
    """A span of dates in which a contested name meant one reading; ``end`` is exclusive."""

    reading: str
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class Groups:
    """Member nouns, non-actor region phrases and the small word classes of context rules."""

    nouns: frozenset[str]
    non_actor_phrases: frozenset[str]
    located_preps: tuple[str, ...] = ("in", "from")
    people_sector: str = "CVL"
    # "curfew in Algiers": a seat of power after these prepositions is the place, not its
    # government; it is coded as the state's people (place_sector).
    place_preps: frozenset[str] = frozenset({"in", "at", "near"})
    place_sector: str = "CVL"
    # "former President X", "ousted leader X": the person is an elite (CAMEO ELI).
    former_markers: frozenset[str] = frozenset({"former", "ex", "ousted"})
    former_sector: str = "ELI"
    # "Yoruba leaders", "Kurdish officials": a people has no government of its own, so the
    # leaders of a people (unlisted.py) are elites (CAMEO ELI), not the state's government.
    people_elite_sector: str = "ELI"
    # "Congo": the Democratic Republic unless the article names only the Republic. Each name
    # maps to phrases of its readings, the default first (validated against the dictionary).
    contested_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # "Congo" from 1971-10-27 to 1997-05-17 (the other Congo was Zaire): dated readings.
    contested_periods: Mapping[str, tuple[Period, ...]] = field(default_factory=dict)
    # "Georgia Governor", "Washington state": a US state, so the United States, not the
    # country or the federal government. Name -> the phrase of the state it belongs to.
    subnational_homonyms: Mapping[str, str] = field(default_factory=dict)
    subnational_followers: frozenset[str] = frozenset()
    # "Vietnamese-led forces", "US-led coalition": the leader's forces. ("-backed" is not here:
    # "Iranian-backed militias" are not Iran's.)
    leading_participles: frozenset[str] = frozenset({"lead"})
    # "a member of the Syrian parliament": of-phrases where the member noun takes the actor.
    of_member_nouns: frozenset[str] = frozenset({"member"})
    # "ethnic Albanians", "ethnic Turks": a people wherever they live, not the state's.
    ethnic_markers: frozenset[str] = frozenset({"ethnic"})
    # "an anti-Syria journalist", "the pro-Iranian Hizbollah": a stance, not the actor.
    stance_prefixes: frozenset[str] = frozenset({"anti", "pro"})
    # "a group based in Trinidad": participles (lemmas) through which a located phrase
    # reaches the noun they modify.
    located_participles: frozenset[str] = frozenset({"base"})
    # "the town of Samarra": a name after one of these nouns and "of" is a place, whatever
    # entity label the parser gave it.
    place_nouns: frozenset[str] = frozenset({"town", "city"})
    # "the Union of Teachers", "an Association of Jurists": a body named by its members takes
    # their sector (EDU, JUD) over its own noun's ("union" is LAB).
    collective_nouns: frozenset[str] = frozenset({"union", "association"})
    # "refugees fleeing Syria", "refugees fleeing the war in Liberia": participles (lemmas)
    # whose object names the place the noun they modify comes from.
    origin_participles: frozenset[str] = frozenset({"flee"})
    # "a regional peacekeeping force" that no state or body owns is an international force
    # (CAMEO IGO), in the sector its word names (unowned.py).
    international_nouns: frozenset[str] = frozenset({"peacekeeper"})
    # Head nouns of ORG names that no dictionary lists and that name a non-governmental body:
    # "the Third World Water Forum", "the Association of African Jurists" (unowned.py).
    ngo_nouns: frozenset[str] = frozenset({"forum", "association"})
    # Sector words that name a non-governmental body by themselves ("a human rights group");
    # unowned, they are an NGO (unowned.py). "watchdog" is not one: "the nuclear watchdog".
    ngo_words: frozenset[str] = frozenset({"ngo"})
    # Sectors of state bodies: a word of one before an unlisted ORG name's head ("the Senate
    # Foreign Relations Committee") makes it no NGO. Sector codes, as in sectors.yaml.
    state_sectors: frozenset[str] = frozenset({"GOV", "LEG"})
    # Sectors whose words, owned by no state or body ("18 people", "gunmen", "protesters"),
    # still name an agent: CAMEO codes it by its agent code alone ("---CVL"), no country.
    agent_sectors: frozenset[str] = frozenset()

    @property
    def non_actor_first_words(self) -> frozenset[str]:
        return frozenset(p.split(" ", 1)[0] for p in self.non_actor_phrases)

    @classmethod
    def load(cls) -> Groups:
        text = resources.files(__package__).joinpath("data/groups.yaml").read_text("utf-8")
        data = yaml_mapping(text, SOURCE, _KEYS, {1}, DictionaryError)
        lists: dict[str, frozenset[str]] = {}
        for name in _LISTS:
            words = data.get(name)
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise DictionaryError(f"{SOURCE}: {name} must be a non-empty list of phrases")
            lists[name] = frozenset(normalise(w) for w in words)
        maps: dict[str, dict[str, tuple[str, ...]]] = {}
        for name in _MAPS:
            table = data.get(name)
            if not isinstance(table, dict) or not table:
                raise DictionaryError(f"{SOURCE}: {name} must map names to phrases")
            maps[name] = {}
            for key, value in table.items():
                values = [value] if isinstance(value, str) else value
                if (
                    not isinstance(key, str)
                    or not isinstance(values, list)
                    or not all(isinstance(v, str) and v for v in values)
                ):
                    raise DictionaryError(f"{SOURCE}: {name}: bad entry {key!r}: {value!r}")
                maps[name][normalise(key)] = tuple(values)
        for name in ("state_sectors", "agent_sectors"):
            bad = sorted(w for w in data[name] if not (len(w) == 3 and w.isupper()))
            if bad:
                raise DictionaryError(f"{SOURCE}: {name} must be sector codes like GOV: {bad}")
        sectors: dict[str, str] = {}
        for name in _SECTORS:
            value = data.get(name)
            if not isinstance(value, str) or not (len(value) == 3 and value.isupper()):
                raise DictionaryError(f"{SOURCE}: {name} must be a sector code like CVL")
            sectors[name] = value
        return cls(
            contested_periods=MappingProxyType(_periods(data.get("contested_periods", {}))),
            nouns=lists["group_nouns"],
            non_actor_phrases=lists["non_actor_phrases"],
            located_preps=tuple(sorted(lists["located_preps"])),
            people_sector=sectors["people_sector"],
            place_preps=lists["place_preps"],
            place_sector=sectors["place_sector"],
            former_markers=lists["former_markers"],
            former_sector=sectors["former_sector"],
            people_elite_sector=sectors["people_elite_sector"],
            contested_names=MappingProxyType(maps["contested_names"]),
            subnational_homonyms=MappingProxyType(
                {k: v[0] for k, v in maps["subnational_homonyms"].items()}
            ),
            subnational_followers=lists["subnational_followers"],
            leading_participles=lists["leading_participles"],
            of_member_nouns=lists["of_member_nouns"],
            ethnic_markers=lists["ethnic_markers"],
            stance_prefixes=lists["stance_prefixes"],
            located_participles=lists["located_participles"],
            place_nouns=lists["place_nouns"],
            collective_nouns=lists["collective_nouns"],
            origin_participles=lists["origin_participles"],
            international_nouns=lists["international_nouns"],
            ngo_nouns=lists["ngo_nouns"],
            ngo_words=lists["ngo_words"],
            state_sectors=frozenset(data["state_sectors"]),
            agent_sectors=frozenset(data["agent_sectors"]),
        )


def _periods(table: object) -> dict[str, tuple[Period, ...]]:
    """``contested_periods``: name -> list of {reading, start, end} (ISO dates, end exclusive)."""
    if not isinstance(table, dict):
        raise DictionaryError(f"{SOURCE}: contested_periods must map names to lists of periods")
    periods: dict[str, tuple[Period, ...]] = {}
    for name, entries in table.items():
        where = f"{SOURCE}: contested_periods: {name!r}"
        if not isinstance(name, str) or not isinstance(entries, list) or not entries:
            raise DictionaryError(f"{where}: needs a non-empty list of periods")
        found = []
        for entry in entries:
            if not isinstance(entry, dict) or set(entry) != _PERIOD_KEYS:
                raise DictionaryError(f"{where}: each period needs reading, start and end only")
            reading = entry["reading"]
            start, end = (_iso_date(entry[k], where) for k in ("start", "end"))
            if not isinstance(reading, str) or not reading or end <= start:
                raise DictionaryError(
                    f"{where}: bad period {entry!r} (empty reading or end <= start)"
                )
            found.append(Period(reading, start, end))
        periods[normalise(name)] = tuple(found)
    return periods


def _iso_date(value: object, where: str) -> date:
    if isinstance(value, date):  # YAML reads an unquoted 1971-10-27 as a date
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise DictionaryError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc
