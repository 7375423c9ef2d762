"""Which words are a quote's speaker, on sentences written for these tests.

Each case is a shape where the parse offers a wrong subject: a speech act coordinated
with the reported clause, a quote's own words, an infinitive's causer, a document's
maker, a news medium relaying someone's act.
"""

from __future__ import annotations

import pytest

from newsgraph.records import QuoteSpeaker


def test_speech_act_coordinated_with_the_report_is_the_reporters(spans, by_cue) -> None:
    text = "Ms. Berg said the mayor was wrong about the port and criticized him for closing it."
    found = spans(text)
    assert by_cue(found, "said").speaker_text == "Ms. Berg"
    assert by_cue(found, "criticized").speaker_text == "Ms. Berg"


def test_trailing_participle_takes_the_reporter_not_the_reported_subject(spans, by_cue) -> None:
    text = "She said she was thinking about the harbour, adding, “I had no way to name it.”"
    adding = by_cue(spans(text), "adding")
    assert adding.speaker_start == 0  # the first "She", not the reported "she"


def test_stance_verb_coordinated_in_the_report_is_part_of_it(spans) -> None:
    # "support", in no form of "says", goes on with the councils: what the mayor says
    (quote,) = spans("The mayor says the councils are raising aid and support the new port.")
    assert quote.speaker_text == "The mayor" and quote.text.endswith("support the new port")


def test_purpose_infinitive_is_no_trailing_speech_act(spans, by_cue) -> None:
    found = spans("The ministers signed a deal to counter the smugglers.")
    assert by_cue(found, "to counter").speaker_text == "The ministers"
    # Reported by someone else, the purpose is part of what the report says, not cut off.
    text = "The ministers signed a deal to counter the smugglers, the report says."
    (says,) = spans(text)
    assert says.speaker_text == "the report"
    assert says.text == "The ministers signed a deal to counter the smugglers"


def test_speaker_outside_the_quotation_the_parser_took_a_subject_from(spans) -> None:
    (quote,) = spans('"Like Bergen. Or Oslo," Holm said.')
    assert quote.speaker_text == "Holm"


def test_speaker_with_apposition_between_quote_and_cue(spans) -> None:
    text = (
        '"Very good mayor, very good mayor this man," Holm, the party\'s candidate for the '
        "northern district, said on Monday."
    )
    (quote,) = spans(text)
    assert quote.speaker_text.startswith("Holm")


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The result led the farmers to warn that the harvest would fail.",
            "to warn",
            "the farmers",
        ),
        (
            "The storm prompted the mayor to call the harbour closure a disaster.",
            "to call",
            "the mayor",
        ),
    ],
)
def test_causative_object_speaks_in_the_infinitive(spans, by_cue, text, cue, speaker) -> None:
    assert by_cue(spans(text), cue).speaker_text == speaker


def test_agent_noun_speaks_for_itself(spans, by_cue) -> None:
    text = (
        "Wealthy donors handed over $25 million last month to an outside group backing the mayor."
    )
    assert by_cue(spans(text), "backing").speaker_text == "an outside group"


def test_document_speaks_for_its_maker(spans, by_cue) -> None:
    text = "Holm gave a speech attacking the governor."
    assert by_cue(spans(text), "attacking").speaker_text == "Holm"


def test_medium_reporting_a_named_act_keeps_its_report(spans, by_cue) -> None:
    text = (
        "In one email, Carter discussed how he had placed a card in the wrong bag, "
        "the Times reported."
    )
    assert by_cue(spans(text), "reported").speaker_text == "the Times"


def test_medium_relaying_a_quoted_act_gives_the_quote_to_the_actor(spans, by_cue) -> None:
    text = (
        "On Saturday, the Korean Central News Agency said that the foreign ministry "
        "“most strongly denounces and rejects” the summit declaration."
    )
    assert by_cue(spans(text), "said").speaker_text == "the foreign ministry"


def test_coordination_the_parser_split_keeps_the_first_subject(spans, by_cue) -> None:
    text = "North Korea, Russia agree to offer military assistance if either is attacked."
    assert by_cue(spans(text), "agree").speaker_text == "North Korea"


def test_statement_a_speech_verb_is_said_in_speaks_for_the_verbs_subject(spans) -> None:
    text = (
        "April Holm, a spokeswoman for the council, said in a statement that the security "
        "team would work with the police."
    )
    (quote,) = spans(text)
    assert quote.speaker_text == "April Holm, a spokeswoman for the council"
    assert quote.speaker == QuoteSpeaker(text="April Holm", name="April Holm")
    assert quote.cue == "said in a statement"
    assert quote.text.startswith("that the security team")


def test_speaker_span_covers_the_description_but_the_speaker_is_the_name(spans) -> None:
    (quote,) = spans("Ms. Holm, who chairs the harbour board, said the pier was safe.")
    assert quote.speaker_text == "Ms. Holm, who chairs the harbour board"
    assert isinstance(quote.speaker, QuoteSpeaker) and quote.speaker.name == "Holm"
    text = "The pier was safe, said Lars Berg (Harbour Party), speaking on Monday."
    (quote,) = spans(text)
    assert quote.speaker_text == "Lars Berg (Harbour Party)"


def test_a_name_the_entity_recogniser_cut_short_is_completed(spans, by_cue) -> None:
    text = "“The harbour tax will close every boat yard on this coast.” ― Ana Ruiz\n"
    quote = by_cue(spans(text), "―")
    assert isinstance(quote.speaker, QuoteSpeaker)
    assert quote.speaker.name == "Ana Ruiz"


def test_a_participle_on_an_object_that_cannot_speak_is_the_clause_subjects(spans, by_cue) -> None:
    text = (
        "On Sunday the mayor made a third attempt to end the row, writing that the ferry was safe."
    )
    assert by_cue(spans(text), "writing").speaker_text == "the mayor"


def test_a_participle_on_a_poll_is_the_polls(spans, by_cue) -> None:
    text = "The mayor was handed new polls showing that most residents want the ferry back."
    assert by_cue(spans(text), "showing").speaker_text == "new polls"


def test_a_pronoun_listener_is_no_content_when_a_quotation_precedes(spans, by_cue) -> None:
    text = "“Why would anyone close the harbour in June?” the ferry captain asked him."
    quote = by_cue(spans(text), "asked")
    assert quote.text == "“Why would anyone close the harbour in June?”"
    assert quote.speaker_text == "the ferry captain"


def test_a_gerund_after_a_predicate_is_the_clause_subjects(spans, by_cue) -> None:
    text = "The mayor has been the most aggressive in denouncing the ferry timetable."
    quote = by_cue(spans(text), "denouncing")
    assert quote.speaker_text == "The mayor"
    assert quote.text == "the ferry timetable"


def test_an_infinitive_after_a_predicate_adjective_is_the_linking_subjects(spans, by_cue) -> None:
    text = "Ferry workers are more likely to say the new timetable is unsafe."
    quote = by_cue(spans(text), "to say")
    assert quote.speaker_text == "Ferry workers"
    assert quote.text == "the new timetable is unsafe"


def test_an_infinitive_on_an_object_is_the_clause_subjects(spans, by_cue) -> None:
    text = "The harbour master had nothing good to say about the new ferry timetable."
    quote = by_cue(spans(text), "to say about")
    assert quote.speaker_text == "The harbour master"


def test_a_relative_pronoun_speaker_spans_its_antecedent(spans, by_cue) -> None:
    text = "The harbour master, who has long opposed the ferry plan, urged a new vote."
    quote = by_cue(spans(text), "has long opposed")
    assert quote.speaker_text == "The harbour master, who"
    assert quote.text == "the ferry plan"


def test_a_pointing_pronoun_alone_names_no_speaker(spans) -> None:
    for text in (
        "That has convinced the farmers that the port will close.",
        "This shows that the port will close.",
    ):
        (quote,) = spans(text)
        assert quote.text == "that the port will close", text
        assert quote.speaker_start is None and quote.speaker is None, text


def test_medium_reporting_a_quotation_keeps_it_when_its_subject_names_no_one(spans) -> None:
    text = "“Cooks are getting paid more, but waiters are seeing a pay cut,” Channel 9 reported."
    (quote,) = spans(text)
    assert quote.speaker_text == "Channel 9"


def test_a_voice_noun_belongs_to_the_body_its_phrase_names(spans, by_cue) -> None:
    text = (
        "Britain condemned the tests, according to a statement on the NATO website. "
        "A statement from the French foreign ministry said talks must resume."
    )
    found = spans(text)
    assert by_cue(found, "according to").speaker.code == "IGOWSTNAT"
    assert by_cue(found, "said").speaker.code == "FRAGOV"


def test_the_statement_refers_back_to_the_statement_that_spoke_before(spans) -> None:
    text = (
        "Britain condemned the tests, according to a statement on the NATO website. "
        "Russia rejected the claim. "
        "“The tests must stop,” according to the statement."
    )
    last = spans(text)[-1]
    assert last.text.startswith("“The tests") and last.speaker.code == "IGOWSTNAT"
