"""The "as X put it" reader: an idiom in an "as" clause attributes the words it is set
off from."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.quotes.asidioms import AsIdioms
from newsgraph.quotes.cues import QuoteCues, QuoteCuesError, _as_idioms


def test_the_packaged_idioms_load() -> None:
    idioms = AsIdioms.from_cues(QuoteCues.load())
    assert ("put", ("it",)) in idioms.idioms
    assert ("sum", ("it", "up")) in idioms.idioms


def test_a_users_cue_file_adds_idioms(tmp_path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("version: 1\nas_idioms: [spell it out]\n", encoding="utf-8")
    idioms = AsIdioms.from_cues(QuoteCues.load([extra])).idioms
    assert ("spell", ("it", "out")) in idioms and ("put", ("it",)) in idioms


@pytest.mark.parametrize("value", ['"put it"', "[put]", "[3]", "[a b c d e]"])
def test_a_malformed_idiom_entry_names_the_file(tmp_path, value: str) -> None:
    extra = tmp_path / "idioms.yaml"
    extra.write_text(f"version: 1\nas_idioms: {value}\n", encoding="utf-8")
    with pytest.raises(QuoteCuesError, match=r"idioms\.yaml: as_idioms"):
        QuoteCues.load([extra])


@given(st.lists(st.from_regex(r"[A-Za-z]{1,8}( [A-Za-z]{1,8}){1,3}", fullmatch=True)))
def test_parsing_lowers_and_splits_every_phrase(phrases: list[str]) -> None:
    cues = replace(QuoteCues.load(), as_idioms=_as_idioms("x.yaml", phrases))
    wanted = dict.fromkeys((p.lower().split()[0], tuple(p.lower().split()[1:])) for p in phrases)
    assert list(AsIdioms.from_cues(cues).idioms) == list(wanted)


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
