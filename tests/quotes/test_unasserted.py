"""Cue verbs that assert no stance (``quotes.unasserted``) on hand-built trees."""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.unasserted import Unasserted

# (text, lemma, pos, dep, head)
Row = tuple[str, str, str, str, int]

# '“ We win , ” said Rath , who endorsed Kasich .'
QUOTED_RATH: list[Row] = [
    ("“", "“", "PUNCT", "punct", 5),
    ("We", "we", "PRON", "nsubj", 2),
    ("win", "win", "VERB", "ccomp", 5),
    (",", ",", "PUNCT", "punct", 5),
    ("”", "”", "PUNCT", "punct", 5),
    ("said", "say", "VERB", "ROOT", 5),
    ("Rath", "Rath", "PROPN", "nsubj", 5),
    (",", ",", "PUNCT", "punct", 6),
    ("who", "who", "PRON", "nsubj", 9),
    ("endorsed", "endorse", "VERB", "relcl", 6),
    ("Kasich", "Kasich", "PROPN", "dobj", 9),
    (".", ".", "PUNCT", "punct", 5),
]


def _unasserted() -> Unasserted:
    return Unasserted(QuoteCues.load())


def test_a_clause_describing_a_quoted_speaker_asserts_nothing() -> None:
    assert _unasserted().found(tree_of(QUOTED_RATH), 9)


def test_the_description_may_hang_on_an_apposition() -> None:
    # '“ We win , ” said Rath , a leader who endorsed Kasich .'
    rows: list[Row] = [
        *QUOTED_RATH[:8],
        ("a", "a", "DET", "det", 9),
        ("leader", "leader", "NOUN", "appos", 6),
        ("who", "who", "PRON", "nsubj", 11),
        ("endorsed", "endorse", "VERB", "relcl", 9),
        ("Kasich", "Kasich", "PROPN", "dobj", 11),
        (".", ".", "PUNCT", "punct", 5),
    ]
    assert _unasserted().found(tree_of(rows), 11)


def test_a_description_before_the_cue_is_part_of_the_source() -> None:
    # 'Rath , who endorsed Kasich , said we win .'
    rows: list[Row] = [
        ("Rath", "Rath", "PROPN", "nsubj", 5),
        (",", ",", "PUNCT", "punct", 0),
        ("who", "who", "PRON", "nsubj", 3),
        ("endorsed", "endorse", "VERB", "relcl", 0),
        ("Kasich", "Kasich", "PROPN", "dobj", 3),
        ("said", "say", "VERB", "ROOT", 5),
        ("we", "we", "PRON", "nsubj", 7),
        ("win", "win", "VERB", "ccomp", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    assert _unasserted().found(tree_of(rows), 3)


def test_a_description_before_a_cue_acting_on_an_object_keeps_its_act() -> None:
    # 'Rath , who opposed the plan , urged a vote .'
    rows: list[Row] = [
        ("Rath", "Rath", "PROPN", "nsubj", 7),
        (",", ",", "PUNCT", "punct", 0),
        ("who", "who", "PRON", "nsubj", 3),
        ("opposed", "oppose", "VERB", "relcl", 0),
        ("the", "the", "DET", "det", 5),
        ("plan", "plan", "NOUN", "dobj", 3),
        (",", ",", "PUNCT", "punct", 0),
        ("urged", "urge", "VERB", "ROOT", 7),
        ("a", "a", "DET", "det", 9),
        ("vote", "vote", "NOUN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]
    assert not _unasserted().found(tree_of(rows), 3)


def test_an_aside_after_an_indirect_report_keeps_its_stance() -> None:
    # 'We win , said Rath , who endorsed Kasich .' (no quotation marks)
    rows: list[Row] = [
        ("We", "we", "PRON", "nsubj", 1),
        ("win", "win", "VERB", "ccomp", 3),
        (",", ",", "PUNCT", "punct", 3),
        ("said", "say", "VERB", "ROOT", 3),
        ("Rath", "Rath", "PROPN", "nsubj", 3),
        (",", ",", "PUNCT", "punct", 4),
        ("who", "who", "PRON", "nsubj", 7),
        ("endorsed", "endorse", "VERB", "relcl", 4),
        ("Kasich", "Kasich", "PROPN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert not _unasserted().found(tree_of(rows), 7)


def test_a_speech_verb_in_the_description_still_reports() -> None:
    rows = [
        (t, "say" if lemma == "endorse" else lemma, p, d, h) for t, lemma, p, d, h in QUOTED_RATH
    ]
    assert not _unasserted().found(tree_of(rows), 9)


def test_a_question_to_you_asks_a_stance_rather_than_reporting_one() -> None:
    # 'Do you support Trump ?'
    rows: list[Row] = [
        ("Do", "do", "AUX", "aux", 2),
        ("you", "you", "PRON", "nsubj", 2),
        ("support", "support", "VERB", "ROOT", 2),
        ("Trump", "Trump", "PROPN", "dobj", 2),
        ("?", "?", "PUNCT", "punct", 2),
    ]
    assert _unasserted().found(tree_of(rows), 2)
    # 'you support Trump' states one
    stated = [
        rows[1],
        ("support", "support", "VERB", "ROOT", 1),
        ("Trump", "Trump", "PROPN", "dobj", 1),
    ]
    assert not _unasserted().found(tree_of(stated), 1)
    # 'Do you think he wins ?' reports the question's words
    think = [(t, "think" if lemma == "support" else lemma, p, d, h) for t, lemma, p, d, h in rows]
    assert not _unasserted().found(tree_of(think), 2)


def test_a_quoted_speakers_description_is_dropped_from_the_quotes(spans) -> None:
    found = spans("“We will win this state,” said Tom Rath, a party leader who endorsed Kasich.")
    assert [s.cue for s in found] == ["said"]


def test_the_complement_of_helping_tells_of_an_outcome() -> None:
    # 'The fences helped push smugglers underground .'
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("fences", "fence", "NOUN", "nsubj", 2),
        ("helped", "help", "VERB", "ROOT", 2),
        ("push", "push", "VERB", "xcomp", 2),
        ("smugglers", "smuggler", "NOUN", "dobj", 3),
        ("underground", "underground", "ADV", "advmod", 3),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert _unasserted().found(tree_of(rows), 3)
    # 'The fences tried to push smugglers …': the subject's own aim
    tried = [(t, "try" if lemma == "help" else lemma, p, d, h) for t, lemma, p, d, h in rows]
    assert not _unasserted().found(tree_of(tried), 3)


# "Rubio is seeking reelection ."
SEEKING_REELECTION: list[Row] = [
    ("Rubio", "Rubio", "PROPN", "nsubj", 2),
    ("is", "be", "AUX", "aux", 2),
    ("seeking", "seek", "VERB", "ROOT", 2),
    ("reelection", "reelection", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]


def test_seeking_an_office_names_a_race() -> None:
    assert _unasserted().found(tree_of(SEEKING_REELECTION), 2)


def test_an_office_may_be_named_with_its_compound() -> None:
    # "Clinton seeks the White House ."
    rows: list[Row] = [
        ("Clinton", "Clinton", "PROPN", "nsubj", 1),
        ("seeks", "seek", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4),
        ("White", "White", "PROPN", "compound", 4),
        ("House", "House", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert _unasserted().found(tree_of(rows), 1)


def test_seeking_anything_else_is_a_stance() -> None:
    # "Sanders seeks a recount ."
    rows: list[Row] = [
        ("Sanders", "Sanders", "PROPN", "nsubj", 1),
        ("seeks", "seek", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("recount", "recount", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert not _unasserted().found(tree_of(rows), 1)


# "Feingold is challenging Johnson ." with Johnson a person
CHALLENGING_JOHNSON: list[tuple[str, str, str, str, str, int, str]] = [
    ("Feingold", "Feingold", "PROPN", "NNP", "nsubj", 2, "PERSON"),
    ("is", "be", "AUX", "VBZ", "aux", 2, ""),
    ("challenging", "challenge", "VERB", "VBG", "ROOT", 2, ""),
    ("Johnson", "Johnson", "PROPN", "NNP", "dobj", 2, "PERSON"),
    (".", ".", "PUNCT", ".", "punct", 2, ""),
]


def test_a_rival_run_against_is_no_stance() -> None:
    assert _unasserted().found(tree_of(CHALLENGING_JOHNSON), 2)


def test_a_rival_challenged_on_something_is_a_stance() -> None:
    # "Feingold is challenging Johnson on trade ."
    rows = [
        *CHALLENGING_JOHNSON[:4],
        ("on", "on", "ADP", "IN", "prep", 2, ""),
        ("trade", "trade", "NOUN", "NN", "pobj", 4, ""),
        (".", ".", "PUNCT", ".", "punct", 2, ""),
    ]
    assert not _unasserted().found(tree_of(rows), 2)


def test_challenging_a_claim_is_a_stance() -> None:
    # "Feingold is challenging the claim ."
    rows = [
        *CHALLENGING_JOHNSON[:3],
        ("the", "the", "DET", "DT", "det", 4, ""),
        ("claim", "claim", "NOUN", "NN", "dobj", 2, ""),
        (".", ".", "PUNCT", ".", "punct", 2, ""),
    ]
    assert not _unasserted().found(tree_of(rows), 2)


# "People lined up to see him ."
LINED_UP_TO_SEE: list[Row] = [
    ("People", "people", "NOUN", "nsubj", 1),
    ("lined", "line", "VERB", "ROOT", 1),
    ("up", "up", "ADP", "prt", 1),
    ("to", "to", "PART", "aux", 4),
    ("see", "see", "VERB", "advcl", 1),
    ("him", "he", "PRON", "dobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_purpose_clause_of_perceiving_tells_why_someone_came() -> None:
    assert _unasserted().found(tree_of(LINED_UP_TO_SEE), 4)


def test_seeing_as_a_main_verb_is_read_as_usual() -> None:
    # "People see him as a leader ."
    rows: list[Row] = [
        ("People", "people", "NOUN", "nsubj", 1),
        ("see", "see", "VERB", "ROOT", 1),
        ("him", "he", "PRON", "dobj", 1),
        ("as", "as", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 5),
        ("leader", "leader", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert not _unasserted().found(tree_of(rows), 1)


def test_only_perceiving_verbs_tell_why_someone_came() -> None:
    # "People lined up to back him ."
    rows = [
        row if i != 4 else ("back", "back", "VERB", "advcl", 1)
        for i, row in enumerate(LINED_UP_TO_SEE)
    ]
    assert not _unasserted().found(tree_of(rows), 4)
