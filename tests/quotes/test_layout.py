"""Attribution shapes: headline labels before a colon, a source named after the words
it backs, a dateline before a speaker, and phrasal cues of backing and notice (sentences
written for these tests)."""

from __future__ import annotations


def test_desk_kicker_before_a_colon_is_no_speaker(spans) -> None:
    for kicker in ("The Latest", "Breaking", "LOOK", "BUSTED"):
        text = f"{kicker}: Harbour workers walk out over the new shift rota."
        assert not [s for s in spans(text) if s.cue == ":"], kicker


def test_lower_case_label_is_no_headline(spans) -> None:
    text = "font-family: Georgia, serif; margin-left: 4px; line-height: 1.5em"
    assert not [s for s in spans(text) if s.cue == ":"]


def test_source_named_after_the_words_it_backs(spans) -> None:
    text = (
        "That is why the mayor lent her campaign thousands of dollars last spring, "
        "fundraising documents show."
    )
    (quote,) = spans(text)
    assert quote.cue == "show"
    assert quote.speaker_text == "fundraising documents"
    assert quote.text.startswith("That is why the mayor") and quote.text.endswith("last spring")


def test_closing_source_needs_the_sentence_to_end_there(spans) -> None:
    text = "The ferry left early, harbour records show in the annual report that nobody reads."
    assert not [s for s in spans(text) if s.speaker_text == "harbour records"]


def test_dateline_is_no_part_of_the_speaker(spans) -> None:
    text = "OSLO, Norway - Harbour officials said on Monday the ferry would run again."
    (quote,) = spans(text)
    assert quote.speaker_text == "Harbour officials"
    assert quote.cue == "said" and quote.text.endswith("the ferry would run again")


def test_phrasal_cues_of_backing_and_notice(spans) -> None:
    (vote,) = spans("The harbour mayor voted in favor of the new ferry tax.")
    assert vote.cue == "voted in favor of" and vote.text == "the new ferry tax"
    assert vote.speaker_text == "The harbour mayor"
    (notice,) = spans("The senator drew attention to the crumbling bridges in her district.")
    assert notice.cue == "drew attention to" and notice.speaker_text == "The senator"
    assert notice.text == "the crumbling bridges in her district"


def test_a_pull_quote_signed_by_a_dash_and_a_name(spans) -> None:
    text = (
        "Readers wrote in after the debate.\n\n"
        "“The harbour tax will close every boat yard on this coast.” ―\xa0Ana Ruiz\n\n"
        "“Nobody in Calder wanted this ferry timetable at all.” — Tomas Berg, Calder"
    )
    signed = [s for s in spans(text) if s.cue in ("―", "—")]
    # The speaker span covers a set-off description, as PolNeAR marks speakers.
    assert [(s.speaker_text, s.text[:12]) for s in signed] == [
        ("Ana Ruiz", "“The harbour"),
        ("Tomas Berg, Calder", "“Nobody in C"),
    ]
    assert all(s.direct for s in signed)


def test_a_dash_after_a_quotation_inside_a_line_or_before_a_clause_signs_nothing(spans) -> None:
    for text in (
        "“It went on and on for hours in the hall.” - and then he left the room quietly.",
        "He watched the film “Jaws in the summer of that year” — Spielberg, then 27, was there.",
    ):
        assert not [s for s in spans(text) if s.cue in ("-", "—")], text


def test_an_as_clause_after_a_conjunction_sources_the_rest(spans) -> None:
    for text, speaker in (
        ("But as the local paper noted, the port stayed open all winter.", "the local paper"),
        ("Yet as the mayor pointed out, the harbour has never flooded.", "the mayor"),
    ):
        (quote,) = spans(text)
        assert quote.speaker_text == speaker, text
        assert quote.text == text[text.index(",") + 2 : -1], text


def test_pull_quotes_on_following_lines_are_each_signed(spans) -> None:
    # The closing mark and the dash written together ("”―"), a space between them ("”\xa0―"),
    # and a signed quote never running on into the next line's quote.
    text = (
        "Readers wrote in after the debate.\n\n"
        "“The harbour tax will close every boat yard on this coast.” ― Ana Ruiz\n"
        "“Nobody on the ferry crews was asked about the new timetable.”― Tom Berg\xa0\n"
        "“The pier has served the town well for fifty years and more.”\xa0― Maria Olsen\n"
    )
    signed = [s for s in spans(text) if s.cue.strip() in ("―", "—")]
    assert [(s.speaker_text, s.text[:12]) for s in signed] == [
        ("Ana Ruiz", "“The harbour"),
        ("Tom Berg", "“Nobody on t"),
        ("Maria Olsen", "“The pier ha"),
    ]
    assert all(s.text.endswith("”") for s in signed)


def test_a_subhead_inside_the_story_states_nothing(spans) -> None:
    text = (
        "Ferry vote: The council will decide on the new timetable tonight.\n\n"
        "Each side needs something different from the vote.\n\n"
        "Olsen: Win by a mile.\n\n"
        "Councillor Maria Olsen has led every poll of the harbour ward since May.\n\n"
        "Berg: The council has ignored the crews for years.\n\n"
        "Tom Berg is the crews' candidate."
    )
    labels = {s.speaker_text: s.text for s in spans(text) if s.cue == ":"}
    assert "Olsen" not in labels
    assert labels["Berg"].startswith("The council has ignored")


def test_a_quotation_ending_its_line_signed_on_the_next_line(spans) -> None:
    # Fact-check style: the claim on its own paragraph, the claimant on the next.
    text = (
        "The council met on Monday.\n\n"
        '"Every boat yard on this coast will close within a year."\n\n'
        "- Ana Ruiz.\n\n"
        "The claim does not hold up."
    )
    signed = [s for s in spans(text) if s.cue == "-"]
    assert [(s.speaker_text, s.text[:12]) for s in signed] == [("Ana Ruiz", '"Every boat ')]
    assert signed[0].direct


def test_a_dash_only_signs_the_line_right_after_the_quotation(spans) -> None:
    # A paragraph between the quotation and the dashed name: no signature.
    text = (
        '"Every boat yard on this coast will close within a year."\n\n'
        "The council met on Monday.\n\n"
        "- Ana Ruiz.\n"
    )
    assert not [s for s in spans(text) if s.cue == "-"]
