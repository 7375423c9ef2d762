"""The speaker outside a quotation when the parse took words of it for the subject
(``quotes.outside``; sentences written for these tests, one spaCy load per session)."""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.marks import QuotedRegion
from newsgraph.quotes.outside import main_subject, subject_outside, unquoted_relay
from newsgraph.quotes.tree import Tree


def test_a_participle_hung_inside_the_quotation_after_it_is_the_main_subjects(
    spans, by_cue
) -> None:
    text = (
        "“We never met,” the aide said. The mayor seemed ready to joke about the flood in "
        "Leeds, telling the crowd, “Some people get a little carried away, have you noticed "
        "that?”"
    )
    quote = by_cue(spans(text), "telling")
    assert quote.speaker_text == "The mayor"
    assert quote.text.startswith("“Some people")


def test_an_inverted_cue_after_a_quotation_keeps_the_name_after_it(spans) -> None:
    (quote,) = spans("“The harbour will reopen in spring and the ferries will run,” said Grimm.")
    assert quote.speaker_text == "Grimm"


# "Grimm seemed ready , telling the crowd , “ people get carried ” ." with "telling" hung
# on "get", a verb of the quotation, whose subject "people" the parse gives it.
HUNG = [
    ("Grimm", "Grimm", "PROPN", "nsubj", 1),
    ("seemed", "seem", "VERB", "ROOT", 1),
    ("ready", "ready", "ADJ", "acomp", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("telling", "tell", "VERB", "advcl", 10),
    ("the", "the", "DET", "det", 6),
    ("crowd", "crowd", "NOUN", "dobj", 4),
    (",", ",", "PUNCT", "punct", 10),
    ("“", "“", "PUNCT", "punct", 10),
    ("people", "people", "NOUN", "nsubj", 10),
    ("get", "get", "VERB", "advcl", 1),
    ("carried", "carry", "VERB", "acomp", 10),
    ("”", "”", "PUNCT", "punct", 10),
    (".", ".", "PUNCT", "punct", 1),
]


def _region(tree: Tree, first: int, last: int) -> QuotedRegion:
    return QuotedRegion(tree.tokens[first].start, tree.tokens[last].end)


def test_the_main_subject_before_the_participle_speaks_not_the_listener() -> None:
    tree = tree_of(HUNG)
    regions = (_region(tree, 8, 12),)
    assert main_subject(tree, 4, regions) == 0
    assert subject_outside(tree, 4, regions) == 0


def test_a_quotation_of_an_earlier_sentence_sets_no_name_before_the_cue() -> None:
    # "“ ok ” . Grimm seemed ready , telling …": the earlier quotation is not this cue's
    rows = [("“", "“", "PUNCT", "punct", 2), ("ok", "ok", "INTJ", "ROOT", 1)]
    rows += [("”", "”", "PUNCT", "punct", 1), (".", ".", "PUNCT", "punct", 1)]
    rows += [(t, lemma, pos, dep, head + 4) for t, lemma, pos, dep, head in HUNG]
    tree = tree_of(rows)
    regions = (_region(tree, 0, 2), _region(tree, 12, 16))
    assert subject_outside(tree, 8, regions) == 4


def test_a_name_hung_in_the_quotations_clause_speaks_for_the_cue_after_it(spans, by_cue) -> None:
    text = (
        "“We have had better weeks than this one,” Texas delegate Ana Ruiz, wearing a red "
        "hat and “Ruiz” campaign pins, said calmly as the crowd cheered."
    )
    quote = by_cue(spans(text), "said")
    assert quote.speaker_text == "Texas delegate Ana Ruiz"


def test_a_passive_after_a_quotation_takes_no_name_before_it(spans) -> None:
    found = spans("“Put the weapon down,” gunshots were heard.")
    assert all(s.speaker_text != "gunshots" for s in found)


def test_a_medium_quoting_its_own_words_relays_no_one_named_in_them(spans, by_cue) -> None:
    text = 'The Boston Globe wrote: "Mayor Ruiz said she would veto the budget."'
    assert by_cue(spans(text), "wrote").speaker_text == "The Boston Globe"


def test_a_relayed_act_read_as_no_verb_is_not_relayed() -> None:
    # "A poll found 40 back Ruiz", with "back" read as an adverb
    rows = [
        ("A", "a", "DET", "det", 1),
        ("poll", "poll", "NOUN", "nsubj", 2),
        ("found", "find", "VERB", "ROOT", 2),
        ("40", "40", "NUM", "nsubj", 4),
        ("back", "back", "ADV", "ccomp", 2),
        ("Ruiz", "Ruiz", "PROPN", "dobj", 4),
    ]
    assert unquoted_relay((3, 4, 3), tree_of(rows), ()) is None
    rows[4] = ("back", "back", "VERB", "ccomp", 2)
    assert unquoted_relay((3, 4, 3), tree_of(rows), ()) == (3, 4, 3)


def test_a_passive_reporting_its_subjects_speech_keeps_the_name_before_it(spans, by_cue) -> None:
    text = (
        "“Should there be a registry of every voter in this country?” a reporter can be "
        "heard asking the mayor."
    )
    assert by_cue(spans(text), "heard").speaker_text == "a reporter"
