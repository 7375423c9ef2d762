"""Attributions whose content is the noun a cue's relative or reduced clause modifies, read
only in an aside set off by a comma or dash (sentences written for these tests; one spaCy
load per session, see conftest)."""

from __future__ import annotations


def test_relative_clause_without_object_attributes_the_noun(spans, by_cue) -> None:
    found = spans("The board approved the merger, a plan the unions had fiercely criticized.")
    quote = by_cue(found, "had fiercely criticized")
    assert quote.speaker_text == "the unions" and quote.text == "a plan"
    # the main clause keeps its own attribution
    assert by_cue(found, "approved").text == "the merger"


def test_aside_between_dashes(spans, by_cue) -> None:
    found = spans("She voted for the trade pact - a deal she once supported - in the spring.")
    quote = by_cue(found, "once supported")
    assert quote.speaker_text == "she" and quote.text == "a deal"


def test_stranded_preposition_joins_the_cue(spans, by_cue) -> None:
    found = spans("The town dropped the fee, an idea the mayor had railed against.")
    quote = by_cue(found, "had railed against")
    assert quote.speaker_text == "the mayor" and quote.text == "an idea"


def test_reduced_passive_with_a_source(spans, by_cue) -> None:
    found = spans(
        "The city raised its parking fees last spring, a change criticized by local shop owners."
    )
    quote = by_cue(found, "criticized")
    assert quote.speaker_text == "local shop owners" and quote.text == "a change"


def test_restrictive_clauses_are_left_alone(spans) -> None:
    assert spans("The only harbour tax the council opposed was dropped.") == ()
    assert spans("Parking fees criticized by shop owners rose again in May.") == ()


def test_a_thing_put_out_is_no_stance(spans) -> None:
    for text in (
        "The senator praised the report, a study released by the mayor.",
        "The senator praised the report, a study the mayor had released.",
    ):
        assert [q.cue for q in spans(text)] == ["praised"]


def test_a_relative_with_its_own_object_is_read_as_a_verb_cue(spans, by_cue) -> None:
    found = spans("The council met in the old hall, a place where the mayor had opposed the tax.")
    quote = by_cue(found, "had opposed")
    assert quote.text == "the tax" and quote.speaker_text == "the mayor"
