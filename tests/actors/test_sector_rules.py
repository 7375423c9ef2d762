"""Sector and owner rules of the resolver, on sentences we wrote.

Each test names one class of phrase: a people's leaders, a body named by its members, a
chain of owners, a place noun, a hyphenated participle, a place someone comes from or flees,
a state named as a place, a people the parser calls a person, a member noun before a name,
bodies that belong to no state, and a misspelt surname behind a title.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.actors import ActorDictionary
from newsgraph.actors.context import check_groups
from newsgraph.actors.dictionary import DictionaryError
from newsgraph.actors.groups import Groups
from newsgraph.actors.people import PeopleRoster
from newsgraph.records import Actor


def codes(found: dict[str, Actor]) -> dict[str, str]:
    return {text: actor.code for text, actor in found.items()}


def test_leaders_of_a_people_are_elites_not_the_government(mentions) -> None:
    found = codes(mentions("Hutu leaders met the president in Kigali on Monday."))
    assert found["Hutu leaders"] == "RWAELI"


def test_a_body_named_by_its_members_takes_their_sector(mentions) -> None:
    found = mentions("The Kenyan Union of Teachers called off its strike on Thursday.")
    union = next(a for text, a in found.items() if "Union" in text)
    assert (union.country, union.sector) == ("KEN", "EDU")


def test_an_actor_passes_up_a_chain_of_owners(mentions) -> None:
    found = codes(mentions("Police detained workers of the National Oil Company of Nigeria."))
    assert found["workers of the National Oil Company"] == "NGALAB"
    assert found["the National Oil Company of Nigeria"] == "NGABUS"


def test_a_place_noun_passes_its_name_to_the_phrase(mentions) -> None:
    found = codes(mentions("Officials said the governor of the Kandahar province resigned."))
    assert found["the governor of the Kandahar province"] == "AFGGOV"


def test_the_noun_of_a_hyphenated_participle_is_the_actor(mentions) -> None:
    found = codes(mentions("Artillery hit Syrian rebel-held districts overnight."))
    assert found["Syrian rebel"] == "SYRREB"


def test_where_a_person_comes_from_beats_the_sentence_guess(mentions) -> None:
    found = codes(mentions("A Buddhist monk from Osaka was detained in Myanmar on Sunday."))
    assert found["A Buddhist monk from Osaka"] == "JPNREL"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Aid reached refugees fleeing Syria on Monday.", "refugees fleeing Syria", "SYRREF"),
        (
            "Aid reached refugees fleeing the fighting in Sudan.",
            "refugees fleeing the fighting in Sudan",
            "SDNREF",
        ),
    ],
)
def test_refugees_belong_to_the_place_they_flee(
    mentions, text: str, phrase: str, code: str
) -> None:
    assert codes(mentions(text))[phrase] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Israel banned rallies in East Jerusalem on Friday.", "East Jerusalem", "PSECVL"),
        ("Russia held drills in Crimea on Monday.", "Crimea", "UKRCVL"),
        ("Gunmen attacked villages near Niger's border with Mali.", "Niger", "NERCVL"),
    ],
)
def test_a_state_named_as_a_place_is_its_civilians(
    mentions, text: str, phrase: str, code: str
) -> None:
    found = codes(mentions(text))
    assert found[phrase] == code
    assert found.get("Israel", "ISR") == "ISR"  # the acting state stays the state


def test_a_whole_state_after_in_stays_the_state(mentions) -> None:
    found = codes(mentions("Sales of the phone rose in the United States last year."))
    assert found["the United States"] == "USA"


def test_regions_are_marked_in_the_dictionary() -> None:
    dictionary = ActorDictionary.load()
    crimea, ukraine = dictionary.lookup("Crimea"), dictionary.lookup("Ukraine")
    assert crimea is not None and ukraine is not None
    assert (crimea.code, crimea.via, crimea.region) == ("UKR", "alias", True)
    assert not ukraine.region


def test_civilian_staff_and_organised_movements(mentions) -> None:
    found = codes(mentions("Rebels kidnapped six French civilian advisers on Monday."))
    assert found["French civilian advisers"] == "FRACVL"
    found = codes(mentions("The Israeli peace movement called for talks with the Palestinians."))
    assert found["The Israeli peace movement"] == "ISROPP"


def test_a_demonym_and_a_plural_name_are_a_people_whatever_the_label(mentions) -> None:
    found = mentions("Bosnian Serbs said their forces had withdrawn from the town.")
    assert {a.country for a in found.values()} == {"BIH"}


def test_a_member_noun_before_a_name_leaves_the_name_its_own(mentions) -> None:
    found = codes(mentions("NATO-member Norway said it would send ships."))
    assert found["Norway"] == "NOR"
    # "member" describes Norway: NATO's own mention does not take it in.
    assert found["NATO"] == "IGOWSTNAT"
    assert "NATO-member" not in found


@pytest.mark.parametrize(
    ("text", "phrase", "code", "sector"),
    [
        ("A human rights group said the arrests were illegal.", "human rights group", "NGO", "SOC"),
        ("The World Water Forum urged governments to act.", "The World Water Forum", "NGO", None),
        (
            "The Association of Asian Jurists condemned the verdict on Monday.",
            "The Association of Asian Jurists",
            "NGOJUD",
            "JUD",
        ),
    ],
)
def test_bodies_of_no_state_are_ngos(
    mentions, text: str, phrase: str, code: str, sector: str | None
) -> None:
    actor = mentions(text)[phrase]
    assert (actor.code, actor.sector, actor.country, actor.org) == (code, sector, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The nuclear watchdog said the plant had been shut.",  # the IAEA, not an NGO
        "The Army Medical Research Institute published the study.",  # a state body
    ],
)
def test_no_ngo_without_an_ngo_word(mentions, text: str) -> None:
    assert not any(a.code.startswith("NGO") for a in mentions(text).values())


def test_committees_are_no_ngos(mentions) -> None:
    found = mentions("The Monetary Policy Committee kept interest rates on hold.")
    assert not any(a.code.startswith("NGO") for a in found.values())


def test_ngo_words_must_be_sector_words() -> None:
    dictionary = ActorDictionary.load()
    groups = dataclasses.replace(Groups.load(), ngo_words=frozenset({"knitting circle"}))
    with pytest.raises(DictionaryError, match="ngo_words"):
        check_groups(groups, dictionary)


def test_a_state_s_rights_group_stays_the_state_s(mentions) -> None:
    found = codes(mentions("A Kenyan rights group condemned the arrests."))
    assert found["Kenyan rights group"] == "KENSOC"


def test_an_unowned_peacekeeping_force_is_international(mentions) -> None:
    found = mentions("The rebels opposed the deployment of a regional peacekeeping force.")
    actor = found["regional peacekeeping force"]
    assert (actor.code, actor.sector, actor.country) == ("IGOMIL", "MIL", None)
    owned = mentions("Mali said its peacekeeping force would stay.")
    assert not any(a.code.startswith("IGO") for a in owned.values())


def test_a_misspelt_surname_behind_a_title_is_the_person(mentions) -> None:
    found = codes(
        mentions("President Francois Mitterand welcomed the visitors.", published="1990-05-01")
    )
    assert found["Francois Mitterand"] == "FRAGOV"


def test_misspelt_surnames_need_one_near_known_surname(roster: PeopleRoster) -> None:
    hit = roster.lookup_misspelt("Mitterand")  # one letter dropped
    assert hit is not None and hit[0].name.endswith("Mitterrand")
    assert roster.lookup_misspelt("Mitterrand") is None  # a known surname is no misspelling
    assert roster.lookup_misspelt("Putn") is None  # too short to read through
    assert roster.lookup_misspelt("Qwertyuiop") is None


ROSTER_SURNAMES = ("Mitterrand", "Stoltenberg", "Habyarimana", "Mubarak", "Bouteflika")


@settings(max_examples=60, deadline=None)
@given(surname=st.sampled_from(ROSTER_SURNAMES), cut=st.integers(min_value=0, max_value=20))
def test_a_dropped_letter_finds_the_person_or_nobody(
    roster: PeopleRoster, surname: str, cut: int
) -> None:
    cut %= len(surname)
    hit = roster.lookup_misspelt(surname[:cut] + surname[cut + 1 :])
    if hit is not None:
        # Never someone whose surname is not one letter away from the misspelling.
        assert surname.lower() in {s.lower() for s in hit[0].surnames}
