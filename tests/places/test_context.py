"""Homonymous place names read in context: qualifiers, the sentence's and the article's states,
and the guards that keep world cities (my own sentences and contexts)."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.places import (
    Gazetteer,
    GazetteerError,
    PlaceContext,
    article_context,
    qualifier,
    resolve,
)
from newsgraph.places.gazetteer import _read_region_file

HOMONYMS = ("Tripoli", "Hyderabad", "Santiago", "Valencia", "Cordoba", "San Jose", "Kandahar",
            "Birmingham", "Paris", "London", "Athens", "Victoria", "Punjab", "Georgia")  # fmt: skip
STATES = ("LBY", "LBN", "IND", "PAK", "CHL", "PHL", "ESP", "VEN", "ARG", "USA", "CAN", "GBR",
          "FRA", "GRC", "AFG", "CRI", "AUS", "GEO")  # fmt: skip


def _where(gazetteer: Gazetteer, name: str, **kwargs) -> tuple[str | None, str]:
    place = resolve(gazetteer, name, **kwargs)
    assert place is not None
    return place.country, place.region


def _article(*states: str, regions: tuple[tuple[str, str], ...] = ()) -> PlaceContext:
    return PlaceContext(article=frozenset(states), regions=frozenset(regions))


def test_lookup_all_keeps_every_homonym_most_populous_first(gazetteer):
    assert [p.country for p in gazetteer.lookup_all("Tripoli")][:2] == ["LBY", "LBN"]
    assert [p.country for p in gazetteer.lookup_all("Hyderabad")] == ["IND", "PAK"]
    birmingham = gazetteer.lookup_all("Birmingham")
    assert [p.country for p in birmingham][:2] == ["GBR", "USA"]
    cities = [p for p in birmingham if p.kind == "city"]
    assert [p.population for p in cities] == sorted((p.population for p in cities), reverse=True)
    assert gazetteer.lookup("Tripoli") == gazetteer.lookup_all("Tripoli")[0]


def test_accents_fold_so_plain_spellings_find_every_homonym(gazetteer):
    assert {"ARG", "ESP", "MEX"} <= {p.country for p in gazetteer.lookup_all("Cordoba")}
    assert "CRI" in {p.country for p in gazetteer.lookup_all("San Jose")}
    assert gazetteer.lookup("Kandahar").country == "AFG"  # GeoNames writes "Kandahār"


def test_a_place_named_so_comes_before_one_that_lists_the_name_as_alternate(gazetteer):
    # "Pekin" is an old alternate of Beijing, but Pekin, Illinois bears the name.
    assert [p.name for p in gazetteer.lookup_all("Pekin")][:2] == ["Pekin", "Beijing"]


def test_provinces_are_places_and_outweigh_towns_named_after_them(gazetteer):
    ontario = gazetteer.lookup("Ontario")
    assert (ontario.kind, ontario.country) == ("region", "CAN")
    assert {p.country for p in gazetteer.lookup_all("Punjab")} == {"IND", "PAK"}


@pytest.mark.parametrize(
    ("town", "province"),
    [
        ("Toronto", "Ontario"),
        ("Vancouver", "British Columbia"),
        ("Sydney", "New South Wales"),
        ("Perth", "Western Australia"),
        ("Karachi", "Sindh"),
        ("Lahore", "Punjab"),
        ("Chennai", "Tamil Nadu"),
        ("Barcelona", "Catalonia"),
        ("Houston", "Texas"),
    ],
)
def test_region_codes_put_towns_in_their_province(gazetteer, town, province):
    town_place = gazetteer.lookup(town)
    regions = [p for p in gazetteer.lookup_all(province) if p.kind == "region"]
    assert (town_place.country, town_place.region) in {(p.country, p.region) for p in regions}


@pytest.mark.parametrize(
    ("text", "name", "country", "region"),
    [
        ("Storms hit Paris, Texas, overnight.", "Paris", "USA", "TX"),
        ("Students marched in London, Ontario.", "London", "CAN", "08"),
        ("Clashes in Tripoli, Lebanon's second city, left five dead.", "Tripoli", "LBN", "09"),
        ("A blast in Hyderabad, Sindh, killed three.", "Hyderabad", "PAK", "05"),
        ("Officers in Birmingham, Michigan, made arrests.", "Birmingham", "USA", "MI"),
        ("Rain fell on Perth, Scotland.", "Perth", "GBR", "SCT"),
        ("Rain fell on Cordoba, Spain.", "Cordoba", "ESP", "51"),
    ],
)
def test_an_explicit_qualifier_decides(gazetteer, text, name, country, region):
    end = text.index(name) + len(name)
    qualified_by = qualifier(text, end, gazetteer)
    assert _where(gazetteer, name, qualified_by=qualified_by) == (country, region)


def test_a_qualifier_written_inside_the_name_decides(gazetteer):
    assert _where(gazetteer, "Paris, Texas") == ("USA", "TX")


@pytest.mark.parametrize(
    "text", ["Tripoli, Benghazi and Misrata were calm.", "Tripoli said no.", "Tripoli, he said."]
)
def test_no_qualifier_unless_a_state_or_province_follows_the_comma(gazetteer, text):
    assert qualifier(text, len("Tripoli"), gazetteer) == ()


def test_a_state_of_the_sentence_picks_its_homonym(gazetteer):
    lebanese = PlaceContext().with_sentence(["LBN"])
    assert _where(gazetteer, "Tripoli", context=lebanese)[0] == "LBN"
    assert _where(gazetteer, "Tripoli")[0] == "LBY"


@pytest.mark.parametrize(
    ("name", "state"),
    [("Hyderabad", "PAK"), ("Valencia", "ESP"), ("Cordoba", "ESP"), ("San Jose", "CRI")],
)
def test_the_articles_states_pick_a_homonym_of_comparable_size(gazetteer, name, state):
    assert _where(gazetteer, name, context=_article(state))[0] == state


@pytest.mark.parametrize(
    ("name", "state", "kept"),
    [
        ("Santiago", "PHL", "CHL"),  # 108,000 against 4.8 million: over the ratio guard
        ("Kandahar", "IND", "AFG"),
        ("Paris", "USA", "FRA"),  # a US town needs its state written ("Paris, Texas")
        ("Birmingham", "USA", "GBR"),
        ("London", "CAN", "GBR"),
        ("Georgia", "USA", "GEO"),  # a country is never overruled by context
    ],
)
def test_a_small_homonym_in_the_articles_state_does_not_beat_a_world_city(
    gazetteer, name, state, kept
):
    assert _where(gazetteer, name, context=_article(state))[0] == kept


def test_a_province_named_in_the_article_picks_its_town(gazetteer):
    context = article_context(gazetteer, ["Alabama", "Montgomery"], ["USA"])
    assert ("USA", "AL") in context.regions
    assert _where(gazetteer, "Birmingham", context=context) == ("USA", "AL")
    ontario = article_context(gazetteer, ["Ontario"])
    assert _where(gazetteer, "London", context=ontario) == ("CAN", "08")


def test_a_capital_keeps_its_reading_where_its_state_is_in_the_article(gazetteer):
    greek_story = _article("GRC", "USA").with_sentence(["USA"])
    assert _where(gazetteer, "Athens", context=greek_story)[0] == "GRC"
    libyan_story = _article("LBY").with_sentence(["LBN"])
    assert _where(gazetteer, "Tripoli", context=libyan_story)[0] == "LBY"
    # The article's states alone never move a capital.
    assert _where(gazetteer, "Tripoli", context=_article("LBN"))[0] == "LBY"


def test_article_context_counts_only_places_unambiguous_as_to_state(gazetteer):
    context = article_context(gazetteer, ["Beirut", "Tripoli", "Ontario", "Qwertyville"], ["SYR"])
    assert context.article == {"LBN", "CAN", "SYR"}  # not Tripoli's LBY
    assert context.sentence == frozenset()


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(HOMONYMS),
    sentence=st.frozensets(st.sampled_from(STATES), max_size=3),
    article=st.frozensets(st.sampled_from(STATES), max_size=4),
)
def test_resolve_always_gives_one_of_the_names_places(gazetteer, name, sentence, article):
    context = PlaceContext(article=article).with_sentence(sentence)
    place = resolve(gazetteer, name, context)
    assert place in gazetteer.lookup_all(name)
    # Naming the first reading's state in the sentence keeps it.
    first = gazetteer.lookup(name)
    assert resolve(gazetteer, name, context.with_sentence([first.country])) == first


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("version: 1\nqualified_states: []\nregions: 3\n", "must be a list"),
        ("version: 1\nregions: []\n", "qualified_states"),
        ("version: 1\nqualified_states: [usa]\nregions: []\n", "ISO alpha-3"),
        (
            "version: 1\nqualified_states: []\nregions:\n  - {country: CA, code: '08', name: X}\n",
            "ISO alpha-3",
        ),
        ("version: 1\nqualified_states: []\nregions:\n  - {country: CAN, name: X}\n", "'code'"),
        (
            "version: 1\nqualified_states: []\nregions:\n  - {country: CAN, code: '08', name: X}\n"
            "  - {country: CAN, code: '08', name: Y}\n",
            "listed twice",
        ),
    ],
)
def test_bad_region_file_fails_naming_file_and_entry(tmp_path: Path, body, message):
    path = tmp_path / "regions.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message) as info:
        _read_region_file(path)
    assert "regions.yaml" in str(info.value)


def test_a_passing_mention_of_a_state_does_not_move_a_big_city(gazetteer):
    # "a spokeswoman for the SEC's Boston office told the BBC": Boston, Lincolnshire is 14
    # times smaller than Boston, Massachusetts.
    assert _where(gazetteer, "Boston", context=PlaceContext().with_sentence(["GBR"]))[0] == "USA"


def test_the_first_readings_state_in_the_sentence_beats_a_province_of_the_article(gazetteer):
    # A UK list of towns in an article that also names Rhode Island.
    context = _article("USA", regions=(("USA", "RI"),)).with_sentence(["GBR"])
    assert _where(gazetteer, "Portsmouth", context=context)[0] == "GBR"
    assert _where(gazetteer, "Portsmouth", context=context.with_sentence(["USA"]))[0] == "USA"
