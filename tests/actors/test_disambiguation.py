"""Names that mean more than one actor, read in context: sentences we wrote.

Georgia (the country or the US state), Jordan (the state or a person), Congo (two states),
Korea (the South by default), Turkey/Türkiye, Washington (the federal government or the
state), and outlets named after a place, which are media, not the state or its government.
"""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from newsgraph.actors import ActorDictionary
from newsgraph.actors.context import Candidate, apply_context, check_groups
from newsgraph.actors.dictionary import DictionaryError
from newsgraph.actors.groups import Groups, Period, _periods
from newsgraph.records import Actor


def codes(found: dict[str, Actor]) -> dict[str, str]:
    return {text: actor.code for text, actor in found.items()}


# --- Georgia ------------------------------------------------------------------------------
def test_georgia_the_country(mentions) -> None:
    found = codes(mentions("Georgia's government in Tbilisi recalled its ambassador on Tuesday."))
    assert found["Georgia's government"] == "GEOGOV"


@pytest.mark.parametrize(
    "text",
    [
        "Georgia Governor Ann Whitfield signed the budget bill on Tuesday.",
        "Georgia state lawmakers passed the budget bill on Tuesday.",
        "Voters in the state of Georgia went to the polls on Tuesday.",
    ],
)
def test_georgia_the_us_state_is_the_united_states(mentions, text: str) -> None:
    found = mentions(text)
    countries = {actor.country for actor in found.values()}
    assert "GEO" not in countries
    assert "USA" in countries


def test_georgia_after_a_us_town_is_the_united_states(mentions) -> None:
    found = mentions("Police in Atlanta, Georgia arrested two men on Friday.")
    assert found["Georgia"].country == "USA"


def test_georgia_after_its_own_capital_is_the_country(mentions) -> None:
    found = mentions("Officials in Tbilisi, Georgia said talks would resume.")
    assert found["Georgia"].code == "GEO"


# --- Jordan -------------------------------------------------------------------------------
def test_jordan_the_state_with_support_in_the_article(mentions) -> None:
    found = codes(
        mentions("Jordan closed its border with Syria on Friday, officials in Amman said.")
    )
    assert found.get("Jordan") == "JOR"
    assert found["officials in Amman"] == "JORGOV"


def test_jordan_a_person_is_no_state(mentions) -> None:
    found = mentions("Michael Jordan opened a basketball camp in Chicago on Friday.")
    assert "JOR" not in {actor.country for actor in found.values()}


def test_pending_names_need_support_in_the_article() -> None:
    # The rule itself, without the parser: an ambiguous name with no supporting label is
    # "pending" and is kept only when the article names the same state unambiguously.
    dictionary, groups = ActorDictionary.load(), Groups.load()
    jordan, amman = dictionary.lookup("Jordan"), dictionary.lookup("Amman")
    assert jordan is not None and jordan.ambiguous and amman is not None
    alone = [Candidate(0, 1, jordan, "jordan", pending=True)]
    assert apply_context(alone, groups, dictionary) == []
    supported = [*alone, Candidate(5, 6, amman, "amman", pending=False)]
    kept = apply_context(supported, groups, dictionary)
    assert [(first, entry.code) for first, _, entry in kept] == [(0, "JOR"), (5, "JOR")]


def test_contested_names_take_the_reading_the_article_supports() -> None:
    dictionary, groups = ActorDictionary.load(), Groups.load()
    congo = dictionary.lookup("Congo")
    brazzaville = dictionary.lookup("Brazzaville")
    kinshasa = dictionary.lookup("Kinshasa")
    assert congo is not None and brazzaville is not None and kinshasa is not None
    bare = Candidate(0, 1, congo, "congo", pending=False)
    assert apply_context([bare], groups, dictionary)[0][2].code == "COD"
    rival = Candidate(4, 5, brazzaville, "brazzaville", pending=False)
    assert apply_context([bare, rival], groups, dictionary)[0][2].code == "COG"
    # Both states named: the default reading stands.
    both = [bare, rival, Candidate(7, 8, kinshasa, "kinshasa", pending=False)]
    assert apply_context(both, groups, dictionary)[0][2].code == "COD"


# --- Congo --------------------------------------------------------------------------------
def test_congo_defaults_to_the_democratic_republic(mentions) -> None:
    found = codes(mentions("Congo's army clashed with rebels near Goma on Sunday."))
    assert found["Congo's army"] == "CODMIL"


def test_congo_with_brazzaville_is_the_republic(mentions) -> None:
    found = codes(mentions("Congo accused rebels of attacking Brazzaville on Sunday."))
    assert found["Congo"] == "COG"
    assert found["Brazzaville"] == "COGGOV"


def test_congo_full_names(mentions) -> None:
    found = codes(
        mentions(
            "The Democratic Republic of the Congo and the Republic of the Congo signed a deal."
        )
    )
    assert set(found.values()) == {"COD", "COG"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # While the Democratic Republic was Zaire (1971-10-27 to 1997-05-17), "Congo" was the
        # Republic of the Congo.
        ("Zaire and Congo signed a border accord in Kinshasa.", "1990-05-01", {"Congo": "COG"}),
        ("Congolese troops arrived in Bangui.", "1985-05-01", {"Congolese troops": "COGMIL"}),
        ("Congo and Rwanda signed a border accord.", "2005-05-01", {"Congo": "COD"}),
        ("Congo and Rwanda signed a border accord.", None, {"Congo": "COD"}),
    ],
)
def test_congo_reads_by_the_article_date(
    mentions, text: str, published: str | None, expected: dict[str, str]
) -> None:
    found = codes(mentions(text, published=published))
    assert {k: found.get(k) for k in expected} == expected


def test_zaire_stays_the_democratic_republic_in_its_years(mentions) -> None:
    found = codes(mentions("Zaire and Congo signed a border accord.", published="1990-05-01"))
    assert found["Zaire"] == "COD"


# --- Korea --------------------------------------------------------------------------------
def test_korea_defaults_to_the_south(mentions) -> None:
    assert codes(mentions("Korea and Japan agreed to resume talks."))["Korea"] == "KOR"


def test_korea_beside_north_korea_is_the_south(mentions) -> None:
    found = codes(mentions("Korea and North Korea held talks at the border village."))
    assert found["Korea"] == "KOR"
    assert found["North Korea"] == "PRK"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("North and South Korea agreed to reopen the liaison office.", "North", "South Korea"),
        ("South and North Korea held talks on Monday.", "South", "North Korea"),
    ],
)
def test_north_and_south_korea_are_two_states(mentions, text: str, first: str, second: str) -> None:
    found = codes(mentions(text))
    assert {found[first], found[second]} == {"PRK", "KOR"}


def test_korea_in_an_article_about_pyongyang_is_the_north(mentions) -> None:
    found = codes(mentions("Korea test-fired a missile, Pyongyang's state media said."))
    assert found["Korea"] == "PRK"


# --- Turkey / Türkiye ---------------------------------------------------------------------
def test_turkey_and_turkiye_are_one_state(mentions) -> None:
    found = codes(mentions("Türkiye's foreign ministry said Turkey would host the talks."))
    assert found["Türkiye's foreign ministry"] == "TURGOV"
    assert found["Turkey"] == "TUR"


def test_turkey_the_bird_is_no_state(mentions) -> None:
    found = mentions("The family ate roast turkey on Thursday.")
    assert "TUR" not in {actor.country for actor in found.values()}


# --- Washington ---------------------------------------------------------------------------
def test_washington_the_federal_government(mentions) -> None:
    assert codes(mentions("Washington imposed new sanctions on Iran."))["Washington"] == "USAGOV"


def test_washington_the_state_is_not_the_federal_government(mentions) -> None:
    found = mentions("Washington state officials said the wildfire had spread.")
    actor = next(a for text, a in found.items() if text.startswith("Washington"))
    assert actor.country == "USA"
    assert actor.name == "United States"
    # The sector comes from "officials", not from reading Washington as the White House.
    assert (actor.sector, actor.text) == ("GOV", "Washington state officials")


def test_a_capital_as_a_place_is_not_the_government(mentions) -> None:
    found = codes(mentions("The army imposed a curfew in Algiers on Monday."))
    assert found["Algiers"] == "DZACVL"


# --- Outlets named after a place ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "outlet", "code"),
    [
        ("Ukrinform reported that drones struck a power plant.", "Ukrinform", "UKRJRN"),
        ("Kyodo News reported that the talks had stalled.", "Kyodo News", "JPNJRN"),
        ("The Kyiv Post reported that the talks had stalled.", "The Kyiv Post", "UKRJRN"),
        ("The Washington Post reported the talks had stalled.", "The Washington Post", "USAJRN"),
        ("The Korea Herald reported that the talks had stalled.", "The Korea Herald", "KORJRN"),
    ],
)
def test_outlets_are_media_not_the_state(mentions, text: str, outlet: str, code: str) -> None:
    found = codes(mentions(text))
    assert found[outlet] == code
    assert not any(c.endswith("GOV") for c in found.values())


def test_korean_central_news_agency_is_the_dprk_state_agency(mentions) -> None:
    found = codes(mentions("The Korean Central News Agency said the launch was a success."))
    assert found["The Korean Central News Agency"] == "PRKJRN"


def test_context_rules_are_checked_against_the_dictionary() -> None:
    dictionary = ActorDictionary.load()
    groups = Groups.load()
    check_groups(groups, dictionary)  # the package data is consistent
    bad_reading = dataclasses.replace(
        groups, contested_names={"congo": ("Democratic Republic of the Congo", "Atlantis")}
    )
    with pytest.raises(DictionaryError, match="contested_names"):
        check_groups(bad_reading, dictionary)
    wrong_default = dataclasses.replace(
        groups,
        contested_names={"congo": ("Republic of the Congo", "Democratic Republic of the Congo")},
    )
    with pytest.raises(DictionaryError, match="first reading"):
        check_groups(wrong_default, dictionary)
    bad_period = dataclasses.replace(
        groups,
        contested_periods={
            "congo": (Period("Gabon", datetime.date(1971, 1, 1), datetime.date(1997, 1, 1)),)
        },
    )
    with pytest.raises(DictionaryError, match="contested_periods"):
        check_groups(bad_period, dictionary)
    bad_homonym = dataclasses.replace(groups, subnational_homonyms={"georgia": "Atlantis"})
    with pytest.raises(DictionaryError, match="subnational_homonyms"):
        check_groups(bad_homonym, dictionary)


@pytest.mark.parametrize(
    "table",
    [
        {"Congo": []},
        {"Congo": [{"reading": "Republic of the Congo", "start": "1971-10-27"}]},
        {"Congo": [{"reading": "Republic of the Congo", "start": "1971-13-01", "end": "1997"}]},
        {
            "Congo": [
                {"reading": "Republic of the Congo", "start": "1997-05-17", "end": "1971-10-27"}
            ]
        },
        ["Congo"],
    ],
)
def test_contested_periods_are_validated(table: object) -> None:
    with pytest.raises(DictionaryError, match="contested_periods"):
        _periods(table)
