"""Agents named by their sector alone, group names the parser calls people, and lone
surnames the parser calls places, on sentences we wrote.

"Gunmen attacked", "police detained 18 people": CAMEO codes such groups by their agent
code ("---UAF"), with the state only when the sentence names exactly one.
"""

from __future__ import annotations

import dataclasses

import pytest

from newsgraph.actors import ActorDictionary
from newsgraph.actors.context import check_groups
from newsgraph.actors.dictionary import DictionaryError
from newsgraph.actors.groups import Groups


def test_agent_sectors_are_sector_codes() -> None:
    sectors = Groups.load().agent_sectors
    assert {"CVL", "REB", "UAF", "COP"} <= sectors
    assert all(len(code) == 3 and code.isupper() for code in sectors)


def test_unowned_group_is_coded_by_its_sector(mentions) -> None:
    found = mentions("Unidentified gunmen attacked a market on Monday.")
    actor = found["Unidentified gunmen"]
    assert (actor.code, actor.country, actor.sector) == ("UAF", None, "UAF")


def test_sector_word_that_only_describes_a_noun_is_no_actor(mentions) -> None:
    found = mentions("Gunmen attacked a police station on Monday.")
    assert "Gunmen" in found
    assert not any("police" in text for text in found)


def test_group_in_a_side_clause_is_left_alone(mentions) -> None:
    found = mentions("Gunmen attacked a market on Monday, killing two officers.")
    assert "Gunmen" in found
    assert not any("officers" in text for text in found)


def test_sentence_naming_one_state_gives_the_group_its_state(mentions) -> None:
    found = mentions("Police detained 18 people in Lima on Monday.")
    assert found["Police"].code == "PERCOP"
    assert found["Police"].country == "PER"


def test_sentence_naming_two_states_gives_no_state(mentions) -> None:
    found = mentions("Militants attacked civilians as Iraq and Syria held talks.")
    assert found["Militants"].country is None
    assert found["Militants"].code == "REB"


def test_group_name_the_parser_calls_a_person(mentions) -> None:
    found = mentions("On Sunday, Boko Haram attacked a military base in Borno.")
    assert found["Boko Haram"].country == "NGA"
    assert found["Boko Haram"].sector == "REB"


def test_lone_surname_the_parser_calls_an_organisation(mentions) -> None:
    found = mentions("Maduro has now closed the land borders with Brazil and Colombia.")
    assert found["Maduro"].code == "VENGOV"


def test_surname_inside_a_longer_name_is_no_person(mentions) -> None:
    found = mentions("Guests stayed at Trump Tower in New York on Monday.")
    assert not any(actor.sector == "GOV" and "Trump" in text for text, actor in found.items())


@pytest.mark.parametrize(
    ("phrase", "code", "sector"),
    [
        ("Kurdistan Regional Government", "IRQ", "GOV"),
        ("Government Accountability Office", "USA", "LEG"),
        ("Immigration and Customs Enforcement", "USA", "COP"),
        ("USAID", "USA", "GOV"),
        ("Nusra Front", "SYR", "REB"),
        ("Kachin Independence Organization", "MMR", "REB"),
        ("Los Zetas", "MEX", "CRM"),
        ("Federal Foreign Office", "DEU", "GOV"),
    ],
)
def test_added_state_bodies_and_groups(phrase: str, code: str, sector: str) -> None:
    entry = ActorDictionary.load().lookup(phrase)
    assert entry is not None
    assert (entry.code, entry.sector) == (code, sector)


def test_acronym_that_is_also_a_word_needs_a_name_reading(mentions) -> None:
    assert "Ice" not in mentions("Ice covered the roads across the region.")


def test_agent_sector_unknown_to_sectors_file_fails_loudly() -> None:
    groups = dataclasses.replace(Groups.load(), agent_sectors=frozenset({"CVL", "XYZ"}))
    with pytest.raises(DictionaryError, match="agent_sectors"):
        check_groups(groups, ActorDictionary.load())
