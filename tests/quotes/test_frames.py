"""The "in" frames of ``frames``: a poll average sources the clause it is named after as a
poll does (sentences written for these tests; one spaCy load per session, see conftest)."""

from __future__ import annotations


def test_an_average_of_polls_sources_the_clause_before_it(spans) -> None:
    text = "The mayor leads his rival by six points in the Gazette average of regional polls."
    framed = [q for q in spans(text) if q.cue == "in"]
    assert len(framed) == 1
    (quote,) = framed
    assert quote.text.startswith("The mayor leads his rival")
    assert quote.speaker_text.startswith("the Gazette average")


def test_a_place_named_after_the_clause_sources_nothing(spans) -> None:
    text = "The mayor leads his rival by six points in the northern districts of the city."
    assert [q for q in spans(text) if q.cue == "in"] == []


def test_a_poll_named_by_its_maker_right_after_the_object_frames_the_clause(spans) -> None:
    text = "In March, the mayor had 38 percent support in a Gazette poll."
    framed = [q for q in spans(text) if q.cue == "in"]
    assert len(framed) == 1
    assert framed[0].speaker_text == "a Gazette poll"
    assert "the mayor had 38 percent support" in framed[0].text


def test_a_phrase_right_after_its_noun_without_a_maker_is_the_nouns(spans) -> None:
    text = "The operatives forced a change in the party platform last week."
    assert [q for q in spans(text) if q.cue == "in"] == []
