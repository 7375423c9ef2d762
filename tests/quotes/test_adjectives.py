"""Stance adjectives after a linking verb, after the noun they describe and as later
conjuncts (sentences written for these tests; one spaCy load per session, see conftest)."""

from __future__ import annotations


def test_reduced_clause_after_people_is_their_stance(spans) -> None:
    (quote,) = spans("The council needs builders willing to work through the winter.")
    # the holder is the noun alone, without the clause that describes it
    assert quote.cue == "willing" and quote.speaker_text == "builders"
    assert quote.text == "to work through the winter"


def test_reduced_clause_after_a_thing_is_no_stance(spans) -> None:
    assert spans("The bridge is a project sure to anger the ferry operators.") == ()


def test_reduced_clause_to_phrase_is_no_stance(spans) -> None:
    assert spans("The harbour needs pumps critical to the repairs.") == ()


def test_in_names_the_object_only_for_listed_adjectives(spans) -> None:
    (quote,) = spans("The fishermen are confident in the new harbour master.")
    assert quote.cue == "are confident in" and quote.speaker_text == "The fishermen"
    assert quote.text == "the new harbour master"
    assert spans("The mayor was frank in her speech.") == ()


def test_by_and_at_name_what_the_stance_is_about(spans) -> None:
    (by,) = spans("The inspectors were unimpressed by the new sea wall.")
    assert by.cue == "were unimpressed by" and by.text == "the new sea wall"
    (at,) = spans("The farmers are angry at the water board.")
    assert at.cue == "are angry at" and at.speaker_text == "The farmers"
    assert at.text == "the water board"


def test_conjoined_adjective_shares_the_holder(spans) -> None:
    proud, eager = spans("The growers are proud of the harvest and eager to sell it.")
    assert proud.cue == "are proud of" and proud.text == "the harvest"
    assert eager.cue == "eager" and eager.speaker_text == "The growers"
    assert eager.text == "to sell it"


def test_feeling_participle_read_as_a_passive_is_a_stance(spans) -> None:
    (over,) = spans("The council members were divided over the harbour plan.")
    assert over.cue == "were divided over" and over.speaker_text == "The council members"
    assert over.text == "the harbour plan"
    (that,) = spans("The growers were convinced that the tariffs would fall.")
    assert that.cue == "were convinced" and that.text == "that the tariffs would fall"


def test_participle_with_a_plain_agent_is_no_stance(spans) -> None:
    assert spans("Most of the thefts were committed by repeat offenders.") == ()


def test_passive_made_certain_is_the_subjects_stance(spans) -> None:
    (quote,) = spans("The governor is now assured of winning at least 30 delegates.")
    assert quote.cue == "is now assured of" and quote.speaker_text == "The governor"
    assert quote.text == "winning at least 30 delegates"
    (quote,) = spans("The mayor assured voters that the bridge would reopen.")
    assert quote.cue == "assured" and quote.text == "that the bridge would reopen"


def test_a_degree_word_ends_the_stance_before_its_result(spans, by_cue) -> None:
    found = spans(
        "The harbour bosses are so worried that the ferry could lose its licence in the "
        "spring that they are willing to sell the port."
    )
    worried = by_cue(found, "are so worried")
    assert worried.text == "that the ferry could lose its licence in the spring"
    assert by_cue(found, "are willing").text == "to sell the port"
