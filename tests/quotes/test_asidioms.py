"""The "as X put it" reader: an idiom in an "as" clause attributes the words it is set
off from."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.quotes.asidioms import AsIdioms, AsIdiomsError


def test_the_packaged_idioms_load() -> None:
    idioms = AsIdioms.load()
    assert ("put", ("it",)) in idioms.idioms
    assert ("sum", ("it", "up")) in idioms.idioms


@pytest.mark.parametrize(
    "data", [None, [], {"as_idioms": "put it"}, {"as_idioms": ["put"]}, {"as_idioms": [3]}]
)
def test_a_malformed_idiom_file_names_the_file(data: object) -> None:
    with pytest.raises(AsIdiomsError, match=r"idioms\.yaml"):
        AsIdioms.parse(data, "idioms.yaml")


@given(st.lists(st.from_regex(r"[A-Za-z]{1,8}( [A-Za-z]{1,8}){1,3}", fullmatch=True)))
def test_parsing_lowers_and_splits_every_phrase(phrases: list[str]) -> None:
    parsed = AsIdioms.parse({"as_idioms": phrases}, "x.yaml").idioms
    assert [(v, " ".join(t)) for v, t in parsed] == [
        (p.lower().split()[0], " ".join(p.lower().split()[1:])) for p in phrases
    ]


def test_an_as_clause_idiom_before_a_quotation(spans) -> None:
    text = (
        "The council has not changed course. As the Gazette's Ana Ruiz puts it, "
        "“the harbour plan has no friends left in the town hall.”"
    )
    found = [s for s in spans(text) if s.cue == "puts it"]
    assert [(s.speaker_text, s.text) for s in found] == [
        ("the Gazette's Ana Ruiz", "“the harbour plan has no friends left in the town hall.”")
    ]


def test_an_as_clause_idiom_after_a_lead_in_and_at_the_sentence_end(spans) -> None:
    text = (
        "But at the time, as the mayor put it, “nobody was asking about the harbour.” "
        "The ferry plan will cost far more than promised, as one councillor put it."
    )
    found = {s.cue_start: (s.speaker_text, s.text) for s in spans(text) if s.cue == "put it"}
    assert sorted(found.values()) == [
        ("one councillor", "The ferry plan will cost far more than promised"),
        ("the mayor", "“nobody was asking about the harbour.”"),
    ]


def test_put_without_the_idiom_or_the_as_clause_attributes_nothing(spans) -> None:
    text = (
        "As the mayor put the boxes away, the council voted on the harbour plan. "
        "The mayor put it on the table before the vote."
    )
    assert not [s for s in spans(text) if s.cue.startswith("put")]
