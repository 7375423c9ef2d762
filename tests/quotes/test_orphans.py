"""The subject of a finite verb the parse left without one (``quotes.orphans``).

The trees are written out by hand in the shape the small parser gives for such
sentences, so each rule is checked on exactly the parse it is for.
"""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.orphans import (
    after_quotation,
    conjunction_object,
    modal_name,
    participle_subject,
    subject_before,
)
from newsgraph.quotes.tree import Tree

# (text, lemma, pos, tag, dep, head, entity type)
Row = tuple[str, str, str, str, str, int, str]
RELATIVE = ("who", "which", "that", "whom")


# "a White House official who spoke anonymously to discuss strategy said Wednesday that
# talks go on ." with the official hung as an apposition on an earlier noun ("team").
OFFICIAL: list[Row] = [
    ("Sanders", "Sanders", "PROPN", "NNP", "poss", 1, "PERSON"),
    ("team", "team", "NOUN", "NN", "pobj", 11, ""),
    ("a", "a", "DET", "DT", "det", 5, ""),
    ("White", "White", "PROPN", "NNP", "compound", 4, "ORG"),
    ("House", "House", "PROPN", "NNP", "compound", 5, "ORG"),
    ("official", "official", "NOUN", "NN", "appos", 1, ""),
    ("who", "who", "PRON", "WP", "nsubj", 7, ""),
    ("spoke", "speak", "VERB", "VBD", "relcl", 5, ""),
    ("to", "to", "PART", "TO", "aux", 9, ""),
    ("discuss", "discuss", "VERB", "VB", "advcl", 7, ""),
    ("strategy", "strategy", "NOUN", "NN", "dobj", 9, ""),
    ("said", "say", "VERB", "VBD", "ROOT", 11, ""),
    ("Wednesday", "Wednesday", "PROPN", "NNP", "npadvmod", 11, "DATE"),
    ("that", "that", "SCONJ", "IN", "mark", 15, ""),
    ("talks", "talk", "NOUN", "NNS", "nsubj", 15, ""),
    ("go", "go", "VERB", "VBP", "ccomp", 11, ""),
    ("on", "on", "ADP", "RP", "prt", 15, ""),
    (".", ".", "PUNCT", ".", "punct", 11, ""),
]


def test_noun_phrase_ending_right_before_the_verb_is_climbed_to_its_head() -> None:
    assert subject_before(tree_of(OFFICIAL), 11, RELATIVE) == 5  # official, not strategy


def test_an_object_heading_the_words_before_the_verb_is_no_subject() -> None:
    rows = list(OFFICIAL)
    rows[5] = ("official", "official", "NOUN", "NN", "dobj", 1, "")
    assert subject_before(tree_of(rows), 11, RELATIVE) is None


def test_verb_with_a_subject_of_its_own_needs_none() -> None:
    rows = list(OFFICIAL)
    rows[6] = ("who", "who", "PRON", "WP", "nsubj", 11, "")
    assert subject_before(tree_of(rows), 11, RELATIVE) is None


# "after half said so ." with the share hung on the verb as an adverb.
HALF: list[Row] = [
    ("after", "after", "ADP", "IN", "advmod", 1, ""),
    ("half", "half", "ADV", "RB", "advmod", 2, "CARDINAL"),
    ("said", "say", "VERB", "VBD", "ROOT", 2, ""),
    ("so", "so", "ADV", "RB", "advmod", 2, ""),
    (".", ".", "PUNCT", ".", "punct", 2, ""),
]


def test_share_of_those_polled_is_the_subject() -> None:
    assert subject_before(tree_of(HALF), 2, RELATIVE) == 1


def test_plain_adverb_before_the_verb_is_skipped_not_taken() -> None:
    rows = list(HALF)
    rows[1] = ("often", "often", "ADV", "RB", "advmod", 2, "")
    assert subject_before(tree_of(rows), 2, RELATIVE) is None


# "Jones , who backed Cruz , last week said that he left ." with "Jones" hung on the
# relative clause's verb and the when-phrase on "said".
WHEN: list[Row] = [
    ("Jones", "Jones", "PROPN", "NNP", "nsubj", 3, "PERSON"),
    (",", ",", "PUNCT", ",", "punct", 0, ""),
    ("who", "who", "PRON", "WP", "nsubj", 3, ""),
    ("backed", "back", "VERB", "VBD", "ROOT", 3, ""),
    ("Cruz", "Cruz", "PROPN", "NNP", "dobj", 3, "PERSON"),
    (",", ",", "PUNCT", ",", "punct", 0, ""),
    ("last", "last", "ADJ", "JJ", "amod", 7, "DATE"),
    ("week", "week", "NOUN", "NN", "npadvmod", 8, "DATE"),
    ("said", "say", "VERB", "VBD", "ROOT", 8, ""),
    ("that", "that", "SCONJ", "IN", "mark", 11, ""),
    ("he", "he", "PRON", "PRP", "nsubj", 11, ""),
    ("left", "leave", "VERB", "VBD", "ccomp", 8, ""),
    (".", ".", "PUNCT", ".", "punct", 8, ""),
]


def test_when_phrase_before_the_verb_is_passed_over_to_the_named_subject() -> None:
    assert subject_before(tree_of(WHEN), 8, RELATIVE) == 0  # Jones, before the aside


def test_a_long_phrase_with_a_date_in_it_is_no_when_phrase() -> None:
    # "After a day of tensions, Ryan's office announced": the fronted phrase holds a
    # date but is no when-phrase to pass over; the noun before the verb is the subject.
    rows: list[Row] = [
        ("After", "after", "ADP", "IN", "prep", 8, ""),
        ("a", "a", "DET", "DT", "det", 2, "DATE"),
        ("day", "day", "NOUN", "NN", "pobj", 0, "DATE"),
        ("of", "of", "ADP", "IN", "prep", 2, ""),
        ("tensions", "tension", "NOUN", "NNS", "pobj", 3, ""),
        (",", ",", "PUNCT", ",", "punct", 2, ""),
        ("Ryan", "Ryan", "PROPN", "NNP", "poss", 6, "PERSON"),
        ("office", "office", "NOUN", "NN", "appos", 2, ""),
        ("announced", "announce", "VERB", "VBD", "ROOT", 8, ""),
    ]
    assert subject_before(tree_of(rows), 8, RELATIVE) == 7


# "Majorities of voters going to the polls say they …" with "say" hung on the participle.
PARTICIPLE: list[Row] = [
    ("Majorities", "majority", "PROPN", "NNPS", "nsubj", 3, ""),
    ("of", "of", "ADP", "IN", "prep", 0, ""),
    ("voters", "voter", "NOUN", "NNS", "pobj", 1, ""),
    ("going", "go", "VERB", "VBG", "ROOT", 3, ""),
    ("to", "to", "ADP", "IN", "prep", 3, ""),
    ("the", "the", "DET", "DT", "det", 6, ""),
    ("polls", "poll", "NOUN", "NNS", "pobj", 4, ""),
    ("say", "say", "VERB", "VBP", "dep", 3, ""),
    ("they", "they", "PRON", "PRP", "nsubj", 9, ""),
    ("win", "win", "VERB", "VBP", "ccomp", 7, ""),
]


def test_verb_hung_on_a_participle_has_the_participles_subject() -> None:
    assert participle_subject(tree_of(PARTICIPLE), 7) == 0


def test_participle_taken_for_a_clausal_subject_gives_its_subject() -> None:
    rows = list(PARTICIPLE)
    rows[3] = ("going", "go", "VERB", "VBG", "csubj", 7, "")
    rows[7] = ("say", "say", "VERB", "VBP", "ROOT", 7, "")
    assert participle_subject(tree_of(rows), 7) == 0


def test_verb_hung_on_a_finite_verb_is_left_alone() -> None:
    rows = list(PARTICIPLE)
    rows[3] = ("went", "go", "VERB", "VBD", "ROOT", 3, "")
    assert participle_subject(tree_of(rows), 7) is None


def _modal(first: str, verb_tag: str) -> Tree:
    rows: list[Row] = [
        ("Instead", "instead", "ADV", "RB", "advmod", 3, ""),
        (",", ",", "PUNCT", ",", "punct", 3, ""),
        (first, first.lower(), "AUX", "MD", "aux", 3, ""),
        ("urged", "urge", "VERB", verb_tag, "ROOT", 3, ""),
        ("voters", "voter", "NOUN", "NNS", "dobj", 3, ""),
    ]
    return tree_of(rows)


def test_capitalised_modal_before_a_past_form_is_a_name() -> None:
    assert modal_name(_modal("Will", "VBD"), 3) == 2


def test_modal_before_a_base_form_or_in_lower_case_is_a_modal() -> None:
    assert modal_name(_modal("Will", "VB"), 3) is None  # "Will urge …"
    assert modal_name(_modal("will", "VBD"), 3) is None


def test_inserted_modal_name_cue_is_left_to_the_inserted_cue_layout() -> None:
    rows: list[Row] = [
        ("In", "in", "ADP", "IN", "prep", 3, ""),
        ("fact", "fact", "NOUN", "NN", "pobj", 0, ""),
        ("Will", "will", "AUX", "MD", "aux", 3, ""),
        ("wrote", "write", "VERB", "VBD", "ROOT", 3, ""),
        (",", ",", "PUNCT", ",", "punct", 3, ""),
    ]
    assert modal_name(tree_of(rows), 3) is None
    rows[4] = (".", ".", "PUNCT", ".", "punct", 3, "")  # '“…,” Will wrote.'
    assert modal_name(tree_of(rows), 3) == 2


# '“ We won , ” Ann Bell , a senator , tells NBC .': the name hung on the quotation.
NAME_AFTER_QUOTATION: list[Row] = [
    ("\u201c", "\u201c", "PUNCT", "``", "punct", 2, ""),
    ("We", "we", "PRON", "PRP", "nsubj", 2, ""),
    ("won", "win", "VERB", "VBD", "ccomp", 12, ""),
    (",", ",", "PUNCT", ",", "punct", 2, ""),
    ("\u201d", "\u201d", "PUNCT", "''", "punct", 2, ""),
    ("Ann", "Ann", "PROPN", "NNP", "compound", 6, "PERSON"),
    ("Bell", "Bell", "PROPN", "NNP", "appos", 2, "PERSON"),
    (",", ",", "PUNCT", ",", "punct", 6, ""),
    ("a", "a", "DET", "DT", "det", 9, ""),
    ("senator", "senator", "NOUN", "NN", "appos", 6, ""),
    (",", ",", "PUNCT", ",", "punct", 6, ""),
    ("often", "often", "ADV", "RB", "advmod", 12, ""),
    ("tells", "tell", "VERB", "VBZ", "ROOT", 12, ""),
    ("NBC", "NBC", "PROPN", "NNP", "dobj", 12, "ORG"),
    (".", ".", "PUNCT", ".", "punct", 12, ""),
]


def test_name_between_quotation_and_cue_is_the_subject() -> None:
    assert after_quotation(tree_of(NAME_AFTER_QUOTATION), 12) == 6


def test_verb_with_a_subject_needs_no_name_after_the_quotation() -> None:
    rows = list(NAME_AFTER_QUOTATION)
    rows[13] = ("NBC", "NBC", "PROPN", "NNP", "nsubj", 12, "ORG")
    assert after_quotation(tree_of(rows), 12) is None


def test_quoted_word_inside_the_description_is_no_quotation_end() -> None:
    rows = list(NAME_AFTER_QUOTATION)
    rows[3] = ("Cruz", "Cruz", "PROPN", "NNP", "dobj", 2, "PERSON")  # '“We won Cruz” Ann …'
    assert after_quotation(tree_of(rows), 12) is None


# "Calls grew louder as Davis , his daughter , attacked Trump ." with "as" read as a
# preposition and "attacked" hung on "grew" with no subject.
AS_READ_AS_A_PREPOSITION: list[Row] = [
    ("Calls", "call", "NOUN", "NNS", "nsubj", 1, ""),
    ("grew", "grow", "VERB", "VBD", "ROOT", 1, ""),
    ("louder", "louder", "ADV", "RBR", "advmod", 1, ""),
    ("as", "as", "ADP", "IN", "prep", 1, ""),
    ("Davis", "Davis", "PROPN", "NNP", "pobj", 3, "PERSON"),
    (",", ",", "PUNCT", ",", "punct", 4, ""),
    ("his", "his", "PRON", "PRP$", "poss", 7, ""),
    ("daughter", "daughter", "NOUN", "NN", "appos", 4, ""),
    (",", ",", "PUNCT", ",", "punct", 4, ""),
    ("attacked", "attack", "VERB", "VBD", "advcl", 1, ""),
    ("Trump", "Trump", "PROPN", "NNP", "dobj", 9, "PERSON"),
    (".", ".", "PUNCT", ".", "punct", 1, ""),
]


def test_object_of_a_conjunction_read_as_a_preposition_is_the_subject() -> None:
    assert conjunction_object(tree_of(AS_READ_AS_A_PREPOSITION), 9) == 4


def test_object_of_a_true_preposition_is_no_subject() -> None:
    rows = list(AS_READ_AS_A_PREPOSITION)
    rows[3] = ("with", "with", "ADP", "IN", "prep", 1, "")
    assert conjunction_object(tree_of(rows), 9) is None


# '“ We won , ” Ann Bell , now retired , said .' with "said" coordinated with the quoted
# verb and the name made the subject of "retired".
JOINED_AFTER_QUOTATION: list[Row] = [
    ("\u201c", "\u201c", "PUNCT", "``", "punct", 2, ""),
    ("We", "we", "PRON", "PRP", "nsubj", 2, ""),
    ("won", "win", "VERB", "VBD", "ROOT", 2, ""),
    (",", ",", "PUNCT", ",", "punct", 2, ""),
    ("\u201d", "\u201d", "PUNCT", "''", "punct", 2, ""),
    ("Ann", "Ann", "PROPN", "NNP", "compound", 6, "PERSON"),
    ("Bell", "Bell", "PROPN", "NNP", "nsubj", 9, "PERSON"),
    (",", ",", "PUNCT", ",", "punct", 6, ""),
    ("now", "now", "ADV", "RB", "advmod", 9, ""),
    ("retired", "retire", "VERB", "VBD", "conj", 2, ""),
    (",", ",", "PUNCT", ",", "punct", 9, ""),
    ("said", "say", "VERB", "VBD", "conj", 2, ""),
    (".", ".", "PUNCT", ".", "punct", 2, ""),
]


def test_a_cue_joined_to_the_quoted_verb_finds_the_name_after_the_quotation() -> None:
    assert after_quotation(tree_of(JOINED_AFTER_QUOTATION), 11) == 6


def test_a_verb_joined_to_a_verb_after_the_quotation_is_not_read_this_way() -> None:
    rows = list(JOINED_AFTER_QUOTATION)
    rows[11] = ("said", "say", "VERB", "VBD", "conj", 9, "")  # joined to "retired"
    assert after_quotation(tree_of(rows), 11) is None


def test_a_past_tense_hung_on_a_name_that_roots_its_sentence_is_its_predicate(
    spans, by_cue
) -> None:
    found = spans(
        "Ana Ruiz, who is running for the Senate, tweeted on Friday to say she had "
        "never backed the tax."
    )
    assert by_cue(found, "to say").speaker_text == "Ana Ruiz"
