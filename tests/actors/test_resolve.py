"""Actor resolution on sentences we wrote: modifiers, sectors, conjuncts, coreference."""

from __future__ import annotations

import pytest

from newsgraph.actors import ActorResolver
from newsgraph.actors.dictionary import capital_words
from newsgraph.records import Actor, Article


@pytest.fixture(scope="module")
def resolve(parser, resolver):
    def run(text: str) -> dict[str, list[Actor]]:
        parsed = parser.parse([Article(key="k", id="t", origin="t", text=text)])[0]
        resolved = resolver.resolve(parsed)
        out: dict[str, list[Actor]] = {}
        for head in resolved.by_head:
            out.setdefault(parsed.tokens[head].text, []).extend(resolved.actors_at(head))
        return out

    return run


def codes(found: dict[str, list[Actor]], word: str) -> list[str]:
    return [a.code for a in found.get(word, [])]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("North Korean troops crossed the border.", "troops", ["PRKMIL"]),
        ("Russian President Vladimir Putin spoke on Monday.", "Putin", ["RUSGOV"]),
        ("UN Secretary-General Maria Lopez arrived in Geneva.", "Lopez", ["IGOUNOGOV"]),
        ("The Kremlin rejected the offer.", "Kremlin", ["RUSGOV"]),
        (
            "Senior Hungarian and Romanian officials met on Friday.",
            "officials",
            ["HUNGOV", "ROUGOV"],
        ),
        ("NATO countries condemned the launch.", "countries", ["IGOWSTNAT"]),
        ("Palestinians marched through the old city.", "Palestinians", ["PSECVL"]),
        ("Rebels in Darfur attacked a convoy.", "Rebels", ["SDNREB"]),
        ("The president of Armenia arrived.", "president", ["ARMGOV"]),
        # A sector noun beside the head noun the demonym modifies.
        ("Israeli army bulldozers demolished the houses.", "army", ["ISRMIL"]),
        ("Opposition groups in Zimbabwe demanded reforms.", "groups", ["ZWEOPP"]),
        ("Students throughout Indonesia staged protests.", "Students", ["IDNEDU"]),
        ("King Hassan of Morocco hosted the talks.", "Hassan", ["MARGOV"]),
        # Named armed groups, parties and old names of international bodies.
        ("UNITA rebels attacked the town.", "rebels", ["AGOREB"]),
        ("The Islamic Salvation Front called a strike.", "Front", ["DZAREB"]),
        ("The Taliban seized the district.", "Taliban", ["AFGREB"]),
        ("The European Community imposed sanctions.", "Community", ["IGOEUREEC"]),
        # Hyphenated leaders, peoples, places and members.
        ("Vietnamese-led forces retook the village.", "forces", ["VNMMIL"]),
        ("Thousands of Iraqi Kurds demonstrated on Sunday.", "Kurds", ["IRQCVL"]),
        ("Artillery shelled Iraqi towns on Monday.", "towns", ["IRQCVL"]),
        ("A member of the Syrian parliament resigned.", "member", ["SYRLEG"]),
    ],
)
def test_modifiers_and_sectors(resolve, text: str, word: str, expected: list[str]) -> None:
    assert codes(resolve(text), word) == expected


def test_region_names_are_not_states(resolve) -> None:
    found = resolve("Latin American leaders gathered in Lima.")
    assert "USA" not in {a.country for actors in found.values() for a in actors}


def test_surname_pronoun_and_definite_description(resolve) -> None:
    found = resolve(
        "NATO Secretary-General Jens Halvorsen arrived in Vilnius on Monday.\n\n"
        "Halvorsen said the allies would stay.\n\n"
        "He later met the defence minister.\n\n"
        "NATO leaders condemned the strike. They urged Belarus to withdraw.\n\n"
        "The alliance said more troops would follow."
    )
    assert codes(found, "Halvorsen") == ["IGOWSTNATGOV", "IGOWSTNATGOV"]
    assert codes(found, "He") == ["IGOWSTNATGOV"]
    assert codes(found, "They") == ["IGOWSTNATGOV"]
    assert codes(found, "alliance") == ["IGOWSTNAT"]


def test_conjoined_modifiers_get_their_own_mentions(parser) -> None:
    resolver = ActorResolver.load()
    text = "US and British forces must ensure security."
    parsed = parser.parse([Article(key="k", id="t", origin="t", text=text)])[0]
    found = {m.text: m.actor.code for m in resolver.resolve(parsed).mentions if m.actor}
    assert found["British forces"] == "GBRMIL"
    assert found["US"] == "USAMIL"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A "former" title makes the person an elite of the state served.
        ("Former president Carlos Menem appeared in court.", None, "ARGELI"),
        ("Ousted President Askar Akayev agreed to resign.", None, "KGZELI"),
        # Out of office on the article's date: an elite of the last state served.
        ("Mikhail Gorbachev visited the university.", "2005-03-01", "RUSELI"),
        # In office on the date: the office.
        ("Mikhail Gorbachev visited the university.", "1988-03-01", "RUSGOV"),
        # No date: the latest office.
        ("President Bouteflika threatened a curfew.", None, "DZAGOV"),
    ],
)
def test_people_former_and_dated(parser, text: str, published: str | None, expected: str) -> None:
    resolver = ActorResolver.load()
    article = Article(key="k", id="t", origin="t", text=text, published=published)
    parsed = parser.parse([article])[0]
    people = [m.actor for m in resolver.resolve(parsed).mentions if m.label == "PERSON"]
    assert [a.code for a in people if a] == [expected]


def test_state_name_tagged_as_a_person_is_still_the_state(parser) -> None:
    resolver = ActorResolver.load()
    text = "Benin opened its borders today to traders from Nigeria."
    parsed = parser.parse([Article(key="k", id="t", origin="t", text=text)])[0]
    found = {m.text: m.actor.code for m in resolver.resolve(parsed).mentions if m.actor}
    assert found.get("Benin") == "BEN"


def _mentions(parser, text: str) -> dict[str, str]:
    resolver = ActorResolver.load()
    parsed = parser.parse([Article(key="k", id="t", origin="t", text=text)])[0]
    return {m.text: m.actor.code for m in resolver.resolve(parsed).mentions if m.actor}


def test_a_name_in_apposition_takes_the_actor_beside_it(parser) -> None:
    found = _mentions(parser, "Amina Haddou, Algeria's leading rights activist, began a fast.")
    assert found["Amina Haddou"] == "DZACVL"


def test_ethnic_groups_are_not_the_state_of_their_name(parser) -> None:
    found = _mentions(parser, "Up to 100 ethnic Albanians demonstrated in Serbia on Tuesday.")
    assert "ALB" not in {code[:3] for code in found.values()}


def test_stance_prefixes_are_not_the_actor(parser) -> None:
    found = _mentions(parser, "A prominent anti-Syria journalist was killed in Beirut.")
    assert "SYR" not in {code[:3] for code in found.values()}


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # A name written with a common word where the dictionary capitalises it is not
        # that name: "today" is not the channel Russia Today's.
        ("The minister visited Russia today for talks.", "Russia", ["RUS"]),
        # Lower-case words inside one noun phrase still name it.
        ("Jakarta forced the UN refugee agency out of the country.", "agency", ["IGOUNOREFHCR"]),
    ],
)
def test_case_of_multi_word_names(resolve, text: str, word: str, expected: list[str]) -> None:
    assert codes(resolve(text), word) == expected


def test_names_with_commas_are_whole_dictionary_entries(dictionary) -> None:
    """A comma inside a name in a YAML flow list would split it into two aliases."""
    office = dictionary.lookup("Foreign, Commonwealth and Development Office")
    assert office is not None and (office.code, office.sector) == ("GBR", "GOV")
    assert dictionary.lookup("Foreign") is None
    unesco = dictionary.lookup("United Nations Educational, Scientific and Cultural Organization")
    assert unesco is not None and unesco.org == "UNESCO"


def test_capital_words_follow_the_lookup_key() -> None:
    assert capital_words("the Russia Today") == (True, True)
    assert capital_words("Russia today") == (True, False)
    assert capital_words("Asia-Pacific forum") == (True, True, False)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # A capital that only says where a thing is names no government ...
        ("Shares fell on the London Stock Exchange on Monday.", "London", ["GBRCVL"]),
        ("The Paris-based agency cut its forecast.", "Paris", ["FRACVL"]),
        # ... but its officials, and what it backs, are the government's.
        ("Moscow officials rejected the plan.", "officials", ["RUSGOV"]),
        ("The Moscow-backed candidate lost the vote.", "Moscow", ["RUSGOV"]),
        # A building or an agency is not a town: a Pentagon inquiry is the government's.
        ("A Pentagon inquiry found no fault.", "Pentagon", ["USAGOV"]),
    ],
)
def test_a_capital_modifying_a_thing_is_a_place(
    resolve, text: str, word: str, expected: list[str]
) -> None:
    assert codes(resolve(text), word) == expected
