from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.places import Gazetteer, GazetteerError, place_key


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [
        ("SEOUL", "Seoul", "KOR"),
        ("Kiev", "Kyiv", "UKR"),  # old spelling, curated
        ("the United States", "United States", "USA"),
        ("U.S.", "United States", "USA"),
        ("Britain", "United Kingdom", "GBR"),
        ("Gaza", "Gaza Strip", "PSE"),
        ("Texas", "Texas", "USA"),  # a US state
        ("Georgia", "Georgia", "GEO"),  # the country outranks the US state
        ("Paris", "Paris", "FRA"),  # the most populous Paris
        ("Pyongyang", "Pyongyang", "PRK"),
    ],
)
def test_lookup_gives_canonical_name_and_country(gazetteer, name, canonical, country):
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.name, place.country) == (canonical, country)


def test_regions_spanning_countries_have_no_country(gazetteer):
    place = gazetteer.lookup("the Middle East")
    assert place is not None and place.country is None and place.kind == "region"


def test_unknown_name_is_none(gazetteer):
    assert gazetteer.lookup("Atlantis Prime") is None


def test_user_file_extends(tmp_path: Path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "places:\n  - name: Fort Nowhere\n    country: CAN\n    kind: city\n"
        "    aliases: [Nowhere Base]\n",
        encoding="utf-8",
    )
    place = Gazetteer.load([extra]).lookup("nowhere base")
    assert place is not None and place.country == "CAN"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("places:\n  - name: Kyiv\n    country: UKR\n    kind: city\n", "already defined"),
        ("places:\n  - name: X\n    country: Ukraine\n    kind: city\n", "ISO alpha-3"),
        ("places:\n  - name: X\n    country: UKR\n    kind: town\n", "kind must be"),
        ("places: 3\n", "'places' list"),
        ("places:\n  - name: X\n    country: UKR\n    kind: city\n    aliases: Y\n", "aliases"),
    ],
)
def test_bad_user_file_fails_naming_file_and_entry(tmp_path: Path, body, message):
    extra = tmp_path / "bad.yaml"
    extra.write_text(body, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message) as info:
        Gazetteer.load([extra])
    assert "bad.yaml" in str(info.value)


@given(st.text(max_size=30))
def test_place_key_is_idempotent(name):
    assert place_key(place_key(name)) == place_key(place_key(place_key(name)))
