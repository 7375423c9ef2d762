"""Where a content stops before the writer's source for the whole sentence
(``quotes.bounds``): a trailing "according to X" and a reporting tag the parse hung on the
cue ("…, The Gazette reported"). Trees are written out in the parser's shape; the
end-to-end cases run the parser.
"""

from __future__ import annotations

from parse_rows import tree_of

# (text, lemma, pos, dep, head)
Row = tuple[str, str, str, str, int]


# "He said that he was comfortable , The Gazette reported ." with "reported" hung on
# "said" as a second complement.
TAGGED: list[Row] = [
    ("He", "he", "PRON", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("that", "that", "SCONJ", "mark", 4),
    ("he", "he", "PRON", "nsubj", 4),
    ("was", "be", "AUX", "ccomp", 1),
    ("comfortable", "comfortable", "ADJ", "acomp", 4),
    (",", ",", "PUNCT", "punct", 1),
    ("The", "the", "DET", "det", 8),
    ("Gazette", "Gazette", "PROPN", "nsubj", 9),
    ("reported", "report", "VERB", "ccomp", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_second_complement_with_its_own_subject_after_a_comma_is_a_reporting_tag(bounds) -> None:
    tree = tree_of(TAGGED)
    assert bounds.reporting_tag(tree, 1, 9)
    assert not bounds.reporting_tag(tree, 1, 4)  # the reported clause itself


def test_a_lone_complement_cue_verb_is_no_tag(bounds) -> None:
    # "He said the Gazette reported it ." : what he said is that the Gazette reported it.
    rows: list[Row] = [
        ("He", "he", "PRON", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("Gazette", "Gazette", "PROPN", "nsubj", 4),
        ("reported", "report", "VERB", "ccomp", 1),
        ("it", "it", "PRON", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert not bounds.reporting_tag(tree_of(rows), 1, 4)


def test_content_stops_before_a_closing_according_to_phrase(bounds) -> None:
    # "fired him , according to press reports" with the phrase hung inside the clause
    rows: list[Row] = [
        ("fired", "fire", "VERB", "ccomp", 0),
        ("him", "he", "PRON", "dobj", 0),
        (",", ",", "PUNCT", "punct", 0),
        ("according", "accord", "VERB", "prep", 0),
        ("to", "to", "ADP", "prep", 3),
        ("press", "press", "NOUN", "compound", 6),
        ("reports", "report", "NOUN", "pobj", 4),
    ]
    assert bounds.part(tree_of(rows), 0) == (0, 2)


def test_according_to_inside_the_content_stays(spans) -> None:
    text = "The mayor said the port, according to him, would reopen on Monday."
    said = next(s for s in spans(text) if s.cue == "said")
    assert said.text.endswith("would reopen on Monday")


def test_the_reported_speech_inside_an_according_to_sentence_is_part_of_it(spans) -> None:
    text = (
        "The mayor said he would have closed the port if the storm had hit, "
        "according to the Gazette."
    )
    (quote,) = spans(text)
    assert quote.cue == "according to" and quote.speaker_text == "the Gazette"
    assert quote.text == "The mayor said he would have closed the port if the storm had hit"


def test_a_titles_stop_does_not_split_a_quote_from_its_second_half(spans) -> None:
    text = (
        "“We need a new pier,” said Ms. Ruiz, referring to the harbor plan. "
        "“Give us the funds and we will finish it.”"
    )
    said = next(s for s in spans(text) if s.cue == "said")
    assert said.text.startswith("“We need") and said.text.endswith("finish it.”")
    assert said.speaker_text == "Ms. Ruiz"


def test_after_a_quoted_question_the_one_asked_is_no_content(spans) -> None:
    (quote,) = spans("“Did you know the pier was closed?” Berg asked the harbor master.")
    assert quote.cue == "asked" and quote.speaker_text == "Berg"
    assert quote.text == "“Did you know the pier was closed?”"


def test_an_if_clause_after_a_verb_of_asking_is_what_was_asked(spans) -> None:
    (quote,) = spans("Berg asked the harbor workers if they planned to strike.")
    assert quote.cue == "asked" and quote.speaker_text == "Berg"
    assert quote.text == "if they planned to strike"


def test_an_if_clause_after_other_verbs_is_a_condition(spans) -> None:
    (quote,) = spans("Berg promised the workers a raise if the port reopens.")
    assert quote.cue == "promised" and "if" not in quote.text


def test_according_to_sources_the_clause_it_hangs_on_not_the_longer_side(spans) -> None:
    text = (
        "Some 59 percent of the islanders oppose the pier, according to a poll last week - "
        "nearly the same as the 60 percent who opposed the bridge."
    )
    poll = next(s for s in spans(text) if s.cue == "according to")
    assert poll.speaker_text == "a poll"
    assert poll.text == "Some 59 percent of the islanders oppose the pier"


def test_according_to_after_a_conjunction_sources_the_clause_after_it(spans) -> None:
    text = (
        "Berg skipped the harbor debate because, according to her aides, the council "
        "would have mocked her plan."
    )
    aides = next(s for s in spans(text) if s.cue == "according to")
    assert aides.text == "the council would have mocked her plan"


def test_a_document_put_out_and_worded_by_a_participle_is_one_act(spans) -> None:
    text = "The port authority released a statement on Monday, saying the pier was safe."
    (quote,) = spans(text)
    assert quote.cue == "saying" and quote.speaker_text == "The port authority"
    assert quote.text == "the pier was safe"


def test_a_stance_on_a_document_stays_beside_the_participle(spans) -> None:
    text = "The port authority defended its statement on Monday, saying the pier was safe."
    cues = {s.cue: s.text for s in spans(text)}
    assert cues == {"defended": "its statement", "saying": "the pier was safe"}


def test_a_pronouns_view_inside_an_agentless_passive_is_part_of_what_it_reports(spans) -> None:
    (quote,) = spans("Berg was asked what she thought the council would do about the pier.")
    assert quote.cue == "was asked" and quote.speaker_text == ""
    assert quote.text == "Berg was asked what she thought the council would do about the pier"


def test_a_pronouns_act_inside_an_ownerless_stance_noun_is_part_of_it(spans) -> None:
    text = "There is speculation that he might offer himself as a consensus candidate."
    (quote,) = spans(text)
    assert quote.cue == "speculation"
    assert quote.text == "that he might offer himself as a consensus candidate"
