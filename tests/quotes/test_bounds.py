"""Where a content before its cue ends as a clause of its own (``quotes.bounds``): a
semicolon, or a colon or dash when the cue also reports a clause after it, or a
subordinating word that opens the cue's own clause; and what a preposition after a speech
verb says ("concurred with the findings"). Trees are written out in the parser's shape;
the end-to-end cases run the parser.
"""

from __future__ import annotations

from parse_rows import tree_of

# (text, lemma, pos, dep, head)
Row = tuple[str, str, str, str, int]


# "He won — people suspected that he cheated ." with "won" hung on "suspected".
DASHED: list[Row] = [
    ("He", "he", "PRON", "nsubj", 1),
    ("won", "win", "VERB", "ccomp", 4),
    ("\u2014", "\u2014", "PUNCT", "punct", 4),
    ("people", "people", "NOUN", "nsubj", 4),
    ("suspected", "suspect", "VERB", "ROOT", 4),
    ("that", "that", "SCONJ", "mark", 7),
    ("he", "he", "PRON", "nsubj", 7),
    ("cheated", "cheat", "VERB", "ccomp", 4),
    (".", ".", "PUNCT", "punct", 4),
]


def test_a_dash_ends_the_clause_before_a_cue_that_reports_one_after_it(bounds) -> None:
    tree = tree_of(DASHED)
    assert bounds.apart(tree, 4, (0, 2), after=True)
    assert not bounds.apart(tree, 4, (0, 2), after=False)  # "He won — people suspected"
    assert not bounds.apart(tree, 4, (5, 8), after=True)  # the clause after the cue


def test_a_semicolon_always_ends_the_clause_before_the_cue(bounds) -> None:
    rows = list(DASHED)
    rows[2] = (";", ";", "PUNCT", "punct", 4)
    assert bounds.apart(tree_of(rows), 4, (0, 2))


def test_a_comma_leaves_the_clause_before_the_cue_its_content(bounds) -> None:
    rows = list(DASHED)
    rows[2] = (",", ",", "PUNCT", "punct", 4)  # "He won, people suspected"
    assert not bounds.apart(tree_of(rows), 4, (0, 2), after=True)


def test_a_subordinating_word_opens_the_cue_clause_after_the_quote(bounds) -> None:
    # '“ He won , ” Ann said , after Bo said he lost .' with the quote hung on Bo's "said"
    rows: list[Row] = [
        ("\u201c", "\u201c", "PUNCT", "punct", 2),
        ("He", "he", "PRON", "nsubj", 2),
        ("won", "win", "VERB", "ccomp", 10),
        (",", ",", "PUNCT", "punct", 10),
        ("\u201d", "\u201d", "PUNCT", "punct", 10),
        ("Ann", "Ann", "PROPN", "nsubj", 6),
        ("said", "say", "VERB", "parataxis", 10),
        (",", ",", "PUNCT", "punct", 6),
        ("after", "after", "SCONJ", "mark", 10),
        ("Bo", "Bo", "PROPN", "nsubj", 10),
        ("said", "say", "VERB", "ROOT", 10),
        ("he", "he", "PRON", "nsubj", 12),
        ("lost", "lose", "VERB", "ccomp", 10),
        (".", ".", "PUNCT", "punct", 10),
    ]
    assert bounds.apart(tree_of(rows), 10, (0, 5))
    rows[8] = (",", ",", "PUNCT", "punct", 10)  # no subordinating word: the quote is Bo's
    assert not bounds.apart(tree_of(rows), 10, (0, 5))


def test_a_preposition_after_a_speech_verb_names_what_it_is_about(bounds) -> None:
    # "The senator concurred with the findings ."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("senator", "senator", "NOUN", "nsubj", 2),
        ("concurred", "concur", "VERB", "ROOT", 2),
        ("with", "with", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5),
        ("findings", "finding", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert bounds.about(tree_of(rows), 2, 3)
    rows[3] = ("to", "to", "ADP", "prep", 2)  # "concurred to …": a listener, mostly
    assert not bounds.about(tree_of(rows), 2, 3)
    dated = [(t, lemma, pos, pos, dep, head, "") for t, lemma, pos, dep, head in rows]
    dated[3] = ("with", "with", "ADP", "IN", "prep", 2, "")
    dated[5] = ("Tuesday", "Tuesday", "PROPN", "NNP", "pobj", 3, "DATE")
    assert not bounds.about(tree_of(dated), 2, 3)  # a when, not a what


def test_a_topic_preposition_after_a_speech_verb_names_what_is_said(bounds) -> None:
    # "Sanders pointed to the polls ." / "… to them ." / "… added to the list ."
    rows: list[Row] = [
        ("Sanders", "Sanders", "PROPN", "nsubj", 1),
        ("pointed", "point", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 4),
        ("polls", "poll", "NOUN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert bounds.about(tree_of(rows), 1, 2)
    assert bounds.about_parts(tree_of(rows), 1, 2) == [(3, 5)]
    added = list(rows)
    added[1] = ("added", "add", "VERB", "ROOT", 1)  # "added to the list": no topic
    assert not bounds.about(tree_of(added), 1, 2)
    gesture = [*rows[:3], ("them", "they", "PRON", "pobj", 2), (".", ".", "PUNCT", "punct", 1)]
    assert not bounds.about(tree_of(gesture), 1, 2)  # pointing at someone present


def test_a_topic_object_keeps_the_clause_on_it(spans) -> None:
    text = "They pointed to the example of Indiana, which lost business after its law passed."
    (quote,) = spans(text)
    assert quote.cue == "pointed to" and quote.speaker_text == "They"
    assert quote.text == "the example of Indiana, which lost business after its law passed"


def test_a_speech_verb_hints_at_its_content(spans) -> None:
    (quote,) = spans("The governor hinted at a run for the Senate.")
    assert quote.cue == "hinted at" and quote.text == "a run for the Senate"


def test_a_clause_before_a_semicolon_is_its_speakers_own_act(spans) -> None:
    found = spans("He proposes breaking up the big banks; she backs tougher rules for lenders.")
    backs = next(s for s in found if s.cue == "backs")
    assert backs.speaker_text == "she" and backs.text == "tougher rules for lenders"
    proposes = next(s for s in found if s.cue == "proposes")
    assert proposes.speaker_text == "He"


def test_a_colon_ends_a_clause_before_a_cue_reporting_one_after_it(spans) -> None:
    (says,) = spans("The council has two options: the mayor says it should sell the port.")
    assert says.speaker_text == "the mayor" and says.text == "it should sell the port"


def test_what_a_speech_verb_concurs_with_is_its_content(spans) -> None:
    (quote,) = spans("The senator concurred with the findings of the audit.")
    assert quote.cue == "concurred with" and quote.text == "the findings of the audit"


def test_a_participle_clause_before_the_cue_is_no_content(spans) -> None:
    text = "Pointing to the audit's conclusions, city officials concurred with the findings."
    found = spans(text)
    quote = next(s for s in found if s.cue == "concurred with")
    assert quote.speaker_text == "city officials" and quote.text == "the findings"
    # what the participle points to is a content of its own, not part of the other one
    pointing = next(s for s in found if s.cue == "Pointing to")
    assert pointing.text == "the audit's conclusions"
    assert pointing.speaker_text == "city officials"


def test_a_participle_clause_before_a_closing_cue_is_no_content(spans) -> None:
    found = spans("Pointing to the audit's grim conclusions, the mayor agreed.")
    assert not any(s.text.startswith("Pointing") for s in found)


def test_a_stance_coordinated_with_the_reported_clause_goes_on_with_it(spans) -> None:
    # "supported" is the fishermen's stance, not a further act of the harbor master's
    text = "The harbor master said the fishermen had lost money but still supported the ban."
    (said,) = spans(text)
    assert said.speaker_text == "The harbor master"
    assert said.text == "the fishermen had lost money but still supported the ban"
