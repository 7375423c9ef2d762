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


def test_a_speech_verb_with_an_object_before_its_colon_introduces_the_quotation(spans) -> None:
    text = (
        "The harbour master called them on it:\n\n"
        "“The crews were never asked about the new rota, and everyone on the quay knows it.”"
    )
    (quote,) = [s for s in spans(text) if s.direct]
    assert quote.speaker_text == "The harbour master"
    assert quote.cue == "called them on it:"
    # the object is no content of its own any more
    assert not [s for s in spans(text) if s.text == "them on it"]


def test_a_speech_verb_reporting_a_clause_before_its_colon_keeps_the_clause(spans) -> None:
    text = (
        "The harbour master said that given the weather on the coast: “The ferry will not "
        "sail until the storm has passed and the crews have rested.”"
    )
    assert not [s for s in spans(text) if s.cue.startswith("said that")]


def test_an_opening_verb_before_a_name_tags_the_quotation(spans) -> None:
    text = (
        "The ferry was late again.\n\n"
        "Continued Olsen: “So I think it is a very real problem for the island. The single best "
        "thing the board can do is to buy a second boat.”"
    )
    (quote,) = [s for s in spans(text) if s.direct]
    assert quote.cue == "Continued"
    assert quote.speaker_text == "Olsen"


def test_the_source_a_quotation_is_taken_from_speaks(spans) -> None:
    text = (
        "The harbour board published its audit on Monday. From the report: “In general, "
        "ferries with longer crossings and older engines ran later than the timetable.”"
    )
    (quote,) = [s for s in spans(text) if s.direct]
    assert quote.speaker_text == "the report"
    assert quote.cue == ":"


def test_the_possessor_of_the_source_speaks(spans) -> None:
    text = (
        "The mayor backed the plan. From Olsen's Facebook post: “For the sake of the island, "
        "we must move to buy a second ferry before the summer season.”"
    )
    (quote,) = [s for s in spans(text) if s.direct]
    assert quote.speaker_text == "Olsen's"
    assert quote.cue == "Facebook post:"


def test_a_verb_the_parse_cut_from_its_colon_still_introduces_the_quotation(spans) -> None:
    text = (
        "Mitt Romney, the 2012 Republican presidential nominee, tweeted in response: "
        "''Important distinction: thug Putin kills journalists and opponents; our presidents "
        "kill terrorists and enemy combatants.''"
    )
    (quote,) = [s for s in spans(text) if s.direct]
    assert quote.cue == "tweeted in response:"
    assert quote.speaker_text.startswith("Mitt Romney")


def test_an_opening_participle_before_a_date_names_no_speaker(tools) -> None:
    from newsgraph.quotes.marks import quoted_regions
    from newsgraph.quotes.tree import Tree
    from newsgraph.records import Article

    parser, _, extractor = tools
    text = (
        "The ferry was late again.\n\n"
        "Updated Tuesday: “The harbour board will meet again next week to discuss the "
        "timetable for the summer season.”"
    )
    parsed = parser.parse([Article(key="k", id="t", origin="test", text=text)])[0]
    tree = Tree.build(parsed.tokens)
    regions = quoted_regions(text, extractor.cues.quote_marks)
    assert not extractor.colons.introduced(parsed, tree, regions)
