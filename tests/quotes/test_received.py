"""Stances someone receives: the "of" phrase holds them, the subject is what they are
about (``quotes.received``)."""

from __future__ import annotations


def test_received_support_is_the_holders_stance_on_the_subject(spans) -> None:
    (quote,) = spans("The mayor has the support of the dockers' union.")
    assert quote.cue == "has the support of"
    assert quote.speaker_text == "the dockers' union"
    assert quote.text == "The mayor"
    (won,) = spans("The senator won the endorsement of three unions on Tuesday.")
    assert (won.speaker_text, won.text) == ("three unions", "The senator")


def test_sought_support_is_no_received_stance(spans) -> None:
    found = spans("The mayor courted the support of the dockers' union.")
    assert all(quote.text != "The mayor" for quote in found)


def test_criticism_drawn_from_someone_is_theirs_on_the_subject(spans) -> None:
    (quote,) = spans("The proposal has drawn harsh criticism from the dockers' union.")
    assert quote.cue == "has drawn harsh criticism from"
    assert (quote.speaker_text, quote.text) == ("the dockers' union", "The proposal")


def test_a_received_stance_with_its_own_clause_reports_the_clause(spans) -> None:
    found = spans("The mayor has faced criticism from rivals that the port is unsafe.")
    assert [(q.speaker_text, q.text) for q in found] == [("rivals", "that the port is unsafe")]


def test_backing_among_a_group_is_the_groups_for_its_owner(spans) -> None:
    owned = spans("The mayor's strong support among fishermen worries her rivals.")
    among = next(q for q in owned if q.cue == "support")
    assert (among.speaker_text, among.text) == ("fishermen", "The mayor's")
    (enjoyed,) = spans("The mayor enjoys strong support among fishermen.")
    assert enjoyed.cue == "enjoys strong support"
    assert (enjoyed.speaker_text, enjoyed.text) == ("fishermen", "The mayor")


def test_backing_among_a_group_with_no_receiver_is_no_attribution(spans) -> None:
    found = spans("There is little support among fishermen for the new bridge.")
    assert all(quote.speaker_text != "fishermen" for quote in found)
