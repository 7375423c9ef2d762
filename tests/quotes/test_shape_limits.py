"""Where the non-speech shapes stop: event passives, a standing "in the polls", idioms
and dates in an "in" phrase, and a stance noun another speaker's verb acts on
(sentences written for these tests; one spaCy load per session, see conftest)."""

from __future__ import annotations


def test_agentless_event_passive_reports_nothing(spans) -> None:
    assert spans("The harbour report was released on Friday morning.") == ()
    assert spans("Their campaign is focused on the coastal towns.") == ()


def test_deciding_publishing_and_referring_passives_are_events(spans) -> None:
    assert spans("The harbour race will be decided at the convention in July.") == ()
    assert spans("This piece was first published in the harbour weekly.") == ()
    assert spans("The harbour case was referred to the state police in July.") == ()


def test_event_passive_with_a_source_still_cues(spans) -> None:
    found = spans("The harbour figures were released by the port authority on Friday.")
    assert any(q.speaker_text == "the port authority" for q in found)


def test_standing_in_the_polls_is_no_poll_finding(spans) -> None:
    assert not any(q.cue == "in" for q in spans("The senator has slid in the polls since May."))


def test_named_poll_after_the_clause_sources_it(spans) -> None:
    (quote,) = spans("The senator leads by six points in the latest harbour poll.")
    assert quote.cue == "in" and quote.speaker_text == "the latest harbour poll"
    assert quote.text == "The senator leads by six points"


def test_bare_singular_after_in_is_an_idiom(spans) -> None:
    found = spans("In exchange, the builders received fees from the harbour board.")
    assert not any(q.cue == "In" for q in found)


def test_a_date_owns_no_speech_event(spans) -> None:
    (quote,) = spans("In Saturday's interview, the mayor lingered over the harbour budget.")
    assert quote.cue == "In" and quote.speaker_text == "the mayor"


def test_cue_verb_on_another_owners_stance_is_the_verbs(spans) -> None:
    (quote,) = spans("The governor questioned the mayor's claim that the budget was balanced.")
    assert quote.cue == "questioned" and quote.speaker_text == "The governor"
    assert "the budget was balanced" in quote.text


def test_relative_clause_before_a_poll_is_no_finding(spans) -> None:
    found = spans("Ms. Harlow, who is third in many harbour polls, spoke about the budget.")
    assert not any(q.cue == "in" for q in found)


def test_writers_inference_adverb_is_no_attribution(spans) -> None:
    assert spans("The harbour website apparently went down a few minutes later.") == ()
    (quote,) = spans("The harbour talks reportedly collapsed on Friday.")
    assert quote.cue == "reportedly" and quote.speaker is None


def test_pronoun_owner_under_a_verbs_target_is_the_verbs_subject(spans) -> None:
    (quote,) = spans("The senator campaigned on his proposal to close the harbour.")
    assert quote.cue == "proposal" and quote.speaker_text == "The senator"
    assert quote.text == "to close the harbour"


def test_how_someone_looks_is_no_attribution(spans) -> None:
    assert spans("The harbour master looked crushed as she left the court.") == ()


def test_looking_to_someone_is_the_subjects_regard(spans) -> None:
    (quote,) = spans("Many fishermen look to the harbour board for guidance.")
    assert quote.speaker_text == "Many fishermen" and quote.cue.startswith("look to")
    assert quote.text.startswith("the harbour board")
