"""Quotations a colon or comma introduces after a verb no lexicon lists, and quotations
labelled by a name before a colon (sentences written for these tests)."""

from __future__ import annotations


def test_any_verb_ending_in_a_colon_introduces_the_quotation(spans) -> None:
    text = (
        "The harbour board met again on Monday. "
        "Afterwards, the ferry captain grumbled: “Nobody asked the crews about the new rota.”"
    )
    (quote,) = [s for s in spans(text) if s.direct]
    assert quote.speaker_text == "the ferry captain"
    assert quote.cue == "grumbled:"
    assert quote.text == "“Nobody asked the crews about the new rota.”"


def test_the_cue_runs_from_the_verb_to_the_colon(spans) -> None:
    text = (
        "The harbour master issued the following statement: “The ferry will not sail "
        "until the storm has passed.”"
    )
    (quote,) = [s for s in spans(text) if s.direct]
    assert quote.speaker_text == "The harbour master"
    assert quote.cue == "issued the following statement:"


def test_an_impersonal_subject_names_no_speaker(spans) -> None:
    text = "Wait, it gets better: “The ferry will be painted gold for the summer season.”"
    assert not [s for s in spans(text) if s.speaker_text.lower() == "it"]


def test_a_colon_before_words_without_quotation_marks_is_left_alone(spans) -> None:
    text = "The ferry captain grumbled: nobody asked the crews about the new rota."
    assert not [s for s in spans(text) if s.cue == "grumbled:"]


def test_a_name_after_a_dash_labels_the_quotation(spans) -> None:
    text = (
        "FERRY NUMBERS FALL AGAIN - Maria Olsen: “Fewer passengers took the morning boat "
        "this winter than in any year since the harbour opened.”"
    )
    (quote,) = [s for s in spans(text) if s.cue == ":"]
    assert quote.speaker_text == "Maria Olsen"
    assert quote.text.startswith("“Fewer passengers")


def test_a_transcript_turn_labels_the_quotation(spans) -> None:
    text = (
        "The hearing went on into the evening.\n\n"
        "Rep. Ana Ruiz (D-Calif.): “Who told you the ferry was safe to sail that night?”"
    )
    # the tokenizer fuses the bracket and the colon: the cue is the colon alone
    (quote,) = [s for s in spans(text) if s.cue.endswith(":")]
    assert quote.cue == ":"
    assert quote.speaker_text.startswith("Rep. Ana Ruiz")
    assert quote.text == "“Who told you the ferry was safe to sail that night?”"


def test_a_verb_before_a_comma_introduces_a_whole_quotation(spans) -> None:
    text = (
        "When the mayor attacked the ferry plan, the harbour master shot back, "
        "“I suppose I could have closed the harbour instead, but I chose to keep it open.”"
    )
    (quote,) = [s for s in spans(text) if s.direct]
    assert quote.speaker_text == "the harbour master"
    assert quote.cue == "shot back"


def test_a_comma_before_a_short_scare_quote_is_no_cue(spans) -> None:
    text = "The harbour master frowned, “sure” written all over his face."
    assert not [s for s in spans(text) if s.cue == "frowned"]


def test_a_subject_set_off_by_an_apposition_before_the_verb(spans) -> None:
    text = (
        "In a statement to the Calder Post, her harbour adviser, Jonas Berg, said the "
        "ferry would sail again on Friday."
    )
    (quote,) = spans(text)
    assert quote.cue == "said"
    assert "Jonas Berg" in quote.speaker_text
    assert quote.text == "the ferry would sail again on Friday"


def test_a_subject_before_an_aside_that_splits_it_from_its_verb(spans, by_cue) -> None:
    text = "Ruiz, without naming him, also accused the harbour master of hiding the report."
    assert by_cue(spans(text), "also accused").speaker_text == "Ruiz"


def test_a_colon_the_parse_hung_on_the_quotation_still_ends_the_clause(spans) -> None:
    # The parser hangs the colon (and the clause before it) on the quotation's verb.
    text = (
        "The mayor spoke first. Ruiz delivered a snappy retort: "
        '"No one is tearing this up. We\'re going to go forward."'
    )
    found = [s for s in spans(text) if s.cue.startswith("delivered")]
    assert [(s.speaker_text, s.cue, s.text[:12]) for s in found] == [
        ("Ruiz", "delivered a snappy retort:", '"No one is t')
    ]


def test_a_label_whose_colon_the_tokenizer_fused_with_an_abbreviation(spans) -> None:
    text = (
        "The hearing went on for hours.\n\n"
        'Rep. Tom Berg (R-S.C.):"I have not heard anyone other than you ever cite that figure."'
    )
    found = [s for s in spans(text) if s.cue == ":"]
    assert [(s.speaker_text, s.text[:12]) for s in found] == [("Rep. Tom Berg (R", '"I have not ')]
