"""Attributions without a speech verb's subject: evidential verbs, reporting passives,
stance nouns and adjectives, light verbs and "in the poll" sources (sentences written
for these tests; one spaCy load per module)."""

from __future__ import annotations

from newsgraph.quotes import QuoteSpan
from newsgraph.records import Article


def spans(tools, text: str) -> tuple[QuoteSpan, ...]:
    parser, resolver, extractor = tools
    parsed = parser.parse([Article(key="k", id="t", origin="test", text=text)])[0]
    found = extractor.spans(parsed, resolver.resolve(parsed))
    for span in found:  # offsets always point at the text they claim
        assert text[span.start : span.end] == span.text
        assert text[span.cue_start : span.cue_end] == span.cue
        if span.speaker_start is not None:
            assert text[span.speaker_start : span.speaker_end] == span.speaker_text
    return found


def test_reporting_passive_has_no_speaker(tools) -> None:
    (quote,) = spans(tools, "The harbour master is expected to resign before the summer.")
    assert quote.cue == "is expected" and quote.speaker is None
    assert quote.speaker_start is None
    assert quote.text == "The harbour master is expected to resign before the summer"


def test_passive_without_a_complement_is_no_attribution(tools) -> None:
    assert spans(tools, "The harbour master was expected.") == ()


def test_evidential_verb_sources_the_clause_to_no_one(tools) -> None:
    (quote,) = spans(tools, "The new bridge appears to be safer than the old one.")
    assert quote.cue == "appears" and quote.speaker is None
    assert quote.text.startswith("The new bridge") and quote.text.endswith("old one")


def test_evidential_verb_needs_a_complement(tools) -> None:
    assert spans(tools, "He appeared on stage at nine.") == ()
    (quote,) = spans(tools, "The plan looks like a gamble.")
    assert quote.cue == "looks" and quote.text == "The plan looks like a gamble"


def test_evidential_verb_before_a_cue_verb_leaves_it_to_that_verb(tools) -> None:
    (quote,) = spans(tools, "The council seemed to acknowledge that the tariffs were too high.")
    assert quote.cue == "to acknowledge" and quote.speaker_text == "The council"
    assert quote.text == "that the tariffs were too high"


def test_stance_noun_with_an_owner(tools) -> None:
    (quote,) = spans(tools, "The mayor's claim that the budget was balanced surprised the council.")
    assert quote.cue == "claim" and quote.speaker_text == "The mayor's"
    assert quote.text == "that the budget was balanced"
    (call,) = spans(tools, "The senator renewed her call for an inquiry into the port contract.")
    assert call.cue == "call for" and call.speaker_text == "her"
    assert call.text == "an inquiry into the port contract"


def test_stance_noun_without_owner_or_clause_is_no_attribution(tools) -> None:
    assert spans(tools, "The call lasted an hour and the claim was filed.") == ()


def test_light_verb_subject_owns_the_noun(tools) -> None:
    (quote,) = spans(tools, "The auditor made the case that the accounts were incomplete.")
    assert quote.cue == "made the case" and quote.speaker_text == "The auditor"
    assert quote.text == "that the accounts were incomplete"


def test_light_cue_verb_and_its_noun_are_one_attribution(tools) -> None:
    (quote,) = spans(tools, "Residents voiced complaints that the ferry was always late.")
    assert quote.cue == "voiced complaints" and quote.text == "that the ferry was always late"


def test_stance_adjective(tools) -> None:
    (quote,) = spans(tools, "The farmers' union has been critical of the new water tariffs.")
    assert quote.cue == "been critical of" and quote.speaker_text == "The farmers' union"
    assert quote.text == "the new water tariffs"
    (eager,) = spans(tools, "The governor is eager to reopen the ferry line.")
    assert eager.cue == "is eager" and eager.text == "to reopen the ferry line"


def test_mere_likelihood_is_the_writers_own(tools) -> None:
    assert spans(tools, "The governor is likely to reopen the ferry line.") == ()


def test_in_a_poll_sources_the_sentence(tools) -> None:
    text = "In the latest regional poll, the Green candidate leads by six points."
    (quote,) = spans(tools, text)
    assert quote.cue == "In" and quote.speaker_text == "the latest regional poll"
    assert quote.text == "the Green candidate leads by six points"


def test_in_an_interview_the_subject_is_the_source(tools) -> None:
    text = "In an interview on Friday, the minister dwelled on the coming harvest."
    (quote,) = spans(tools, text)
    assert quote.speaker_text == "the minister" and quote.text == "dwelled on the coming harvest"


def test_in_a_statement_with_a_speech_verb_is_that_verbs(tools) -> None:
    (quote,) = spans(tools, "In a statement, the ministry said the port would reopen.")
    assert quote.cue == "said" and quote.text == "the port would reopen"


def test_participle_on_a_noun_takes_the_noun_as_source(tools) -> None:
    (quote,) = spans(tools, "Local polls showing that the mayor is ahead surprised him.")
    assert quote.cue == "showing" and quote.speaker_text == "Local polls"
    assert quote.text == "that the mayor is ahead"


def test_predicate_after_the_object_is_part_of_what_was_said(tools) -> None:
    (quote,) = spans(tools, "The council described the plan as a costly mistake.")
    assert quote.cue == "described" and quote.text == "the plan as a costly mistake"


def test_cognition_verb_with_a_noun_object_is_no_attribution(tools) -> None:
    assert spans(tools, "The inspector found a crack in the dam.") == ()
    (quote,) = spans(tools, "The inspector found that the dam had a crack.")
    assert quote.cue == "found" and quote.text == "that the dam had a crack"


def test_listener_after_a_talk_verb_is_not_what_was_said(tools) -> None:
    assert spans(tools, "The mayor spoke to reporters on Tuesday.") == ()
    (quote,) = spans(tools, "The mayor spoke about the ferry strike.")
    assert quote.text == "the ferry strike" and quote.speaker_text == "The mayor"


def test_editorial_label_is_no_speaker(tools) -> None:
    assert spans(tools, "Correction: An earlier version misspelled the mayor's name.") == ()
    (quote,) = spans(tools, "Poll: Green candidate leads by six points")
    assert quote.cue == ":" and quote.speaker_text == "Poll"


def test_evidential_adverb_sources_the_clause_to_no_one(tools) -> None:
    (quote,) = spans(tools, "The talks reportedly collapsed after midnight.")
    assert quote.cue == "reportedly" and quote.speaker is None
    assert quote.text == "The talks reportedly collapsed after midnight"


def test_sequence_verb_cues_a_quotation_but_not_its_complement(tools) -> None:
    assert spans(tools, "The mayor continued to campaign in the north.") == ()
    (quote,) = spans(tools, "“We will rebuild the pier,” the mayor continued.")
    assert quote.direct and quote.cue == "continued" and quote.speaker_text == "the mayor"


def test_passive_of_a_cognition_verb_needs_a_complement(tools) -> None:
    assert spans(tools, "Two bodies were found in the harbour.") == ()
    (quote,) = spans(tools, "The ferry was found to be unsafe.")
    assert quote.cue == "was found" and quote.speaker is None


def test_passive_agent_of_an_object_verb_is_the_source(tools) -> None:
    (quote,) = spans(tools, "The plan was criticized by the farmers' union.")
    assert quote.speaker_text == "the farmers' union" and quote.text == "The plan was criticized"


def test_predicate_agent_noun_sources_its_object(tools) -> None:
    (quote,) = spans(tools, "Senator Ana Lopes is a vocal critic of the harbour tax.")
    assert quote.cue == "critic of" and quote.speaker_text == "Senator Ana Lopes"
    assert quote.text == "the harbour tax"


def test_appositive_agent_noun_sources_its_object(tools) -> None:
    found = spans(tools, "The fund is run by Mark Olsen, an early backer of the mayor.")
    (quote,) = [q for q in found if q.cue == "backer of"]
    assert quote.speaker_text == "Mark Olsen" and quote.text == "the mayor"


def test_agent_noun_without_its_object_is_no_attribution(tools) -> None:
    assert [q for q in spans(tools, "Ana Lopes is a critic.") if q.cue.startswith("critic")] == []


def test_stance_adjective_takes_a_with_object(tools) -> None:
    (quote,) = spans(tools, "The mayor was unhappy with the new budget.")
    assert quote.speaker_text == "The mayor" and quote.text == "the new budget"
    assert quote.cue == "was unhappy with"


def test_date_after_a_cue_is_not_its_content(tools) -> None:
    found = spans(tools, '"The bridge will open in June," Holm said on Monday.')
    (quote,) = found
    assert quote.speaker_text == "Holm" and quote.text.startswith('"The bridge will open')
    assert all(q.text != "Monday" for q in found)


def test_content_of_only_a_date_is_no_attribution(tools) -> None:
    assert [q for q in spans(tools, "The council voted on March 1.") if "March" in q.text] == []


def test_judging_verb_takes_its_object(tools) -> None:
    (quote,) = spans(tools, "The senator castigated the new harbour tax.")
    assert quote.cue == "castigated" and quote.speaker_text == "The senator"
    assert quote.text == "the new harbour tax"
