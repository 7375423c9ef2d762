"""Who performs a cue verb coordinated with a passive or listed after another predicate
(``quotes.subjects`` and ``quotes.coordination``), and that the predicate before it is
not what it reports.

The trees are written out by hand in the shape the parser gives for such sentences, so
each rule is checked on exactly the parse it is for; the end-to-end cases run the parser.
"""

from __future__ import annotations

from collections.abc import Callable

from parse_rows import tree_of

from newsgraph.quotes import QuoteSpan
from newsgraph.quotes.coordination import (
    listed_after_relative,
    listed_in_clause,
    listed_predicate,
)
from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.subjects import Subjects

Spans = Callable[[str], tuple[QuoteSpan, ...]]
ByCue = Callable[[tuple[QuoteSpan, ...], str], QuoteSpan]

# (text, lemma, pos, tag, dep, head)
Row = tuple[str, str, str, str, str, int]


def _subjects() -> Subjects:
    return Subjects(QuoteCues.load())


# "Port officials were angered by the ruling and predicted it would hurt trade ."
PASSIVE_THEN_ACTIVE: list[Row] = [
    ("Port", "port", "NOUN", "NN", "compound", 1),
    ("officials", "official", "NOUN", "NNS", "nsubjpass", 3),
    ("were", "be", "AUX", "VBD", "auxpass", 3),
    ("angered", "anger", "VERB", "VBN", "ROOT", 3),
    ("by", "by", "ADP", "IN", "agent", 3),
    ("the", "the", "DET", "DT", "det", 6),
    ("ruling", "ruling", "NOUN", "NN", "pobj", 4),
    ("and", "and", "CCONJ", "CC", "cc", 3),
    ("predicted", "predict", "VERB", "VBD", "conj", 3),
    ("it", "it", "PRON", "PRP", "nsubj", 11),
    ("would", "would", "AUX", "MD", "aux", 11),
    ("hurt", "hurt", "VERB", "VB", "ccomp", 8),
    ("trade", "trade", "NOUN", "NN", "dobj", 11),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "The crews were fined and warned to leave ." : one passive, "warned" takes no clause
# or object of its own.
TWO_PASSIVES: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("crews", "crew", "NOUN", "NNS", "nsubjpass", 3),
    ("were", "be", "AUX", "VBD", "auxpass", 3),
    ("fined", "fine", "VERB", "VBN", "ROOT", 3),
    ("and", "and", "CCONJ", "CC", "cc", 3),
    ("warned", "warn", "VERB", "VBN", "conj", 3),
    ("to", "to", "PART", "TO", "aux", 7),
    ("leave", "leave", "VERB", "VB", "xcomp", 5),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "Lena Holt offered the man a job , then says she will help ." with the first predicate
# parsed as a clause reported by the second.
LISTED_WITH_CLAUSE: list[Row] = [
    ("Lena", "Lena", "PROPN", "NNP", "compound", 1),
    ("Holt", "Holt", "PROPN", "NNP", "nsubj", 2),
    ("offered", "offer", "VERB", "VBD", "ccomp", 9),
    ("the", "the", "DET", "DT", "det", 4),
    ("man", "man", "NOUN", "NN", "dative", 2),
    ("a", "a", "DET", "DT", "det", 6),
    ("job", "job", "NOUN", "NN", "dobj", 2),
    (",", ",", "PUNCT", ",", "punct", 9),
    ("then", "then", "ADV", "RB", "advmod", 9),
    ("says", "say", "VERB", "VBZ", "ROOT", 9),
    ("she", "she", "PRON", "PRP", "nsubj", 12),
    ("will", "will", "AUX", "MD", "aux", 12),
    ("help", "help", "VERB", "VB", "ccomp", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]


def test_active_verb_coordinated_after_a_passive_has_its_subject() -> None:
    assert _subjects().of(tree_of(PASSIVE_THEN_ACTIVE), 8) == 1  # the officials predicted


def test_second_participle_of_one_passive_has_no_speaker() -> None:
    assert _subjects().of(tree_of(TWO_PASSIVES), 5) is None


def test_listed_predicate_taking_a_clause_has_the_first_ones_subject() -> None:
    assert listed_predicate(tree_of(LISTED_WITH_CLAUSE), 9) == 1


def test_listed_predicate_needs_a_comma_before_it() -> None:
    rows = list(LISTED_WITH_CLAUSE)
    rows[7] = ("and", "and", "CCONJ", "CC", "cc", 9)
    assert listed_predicate(tree_of(rows), 9) is None


def test_inverted_quote_cue_is_no_listed_predicate() -> None:
    # '“We will help ,” says Holt .': nothing after the cue but its subject
    rows: list[Row] = [
        ("We", "we", "PRON", "PRP", "nsubj", 2),
        ("will", "will", "AUX", "MD", "aux", 2),
        ("help", "help", "VERB", "VB", "ccomp", 4),
        (",", ",", "PUNCT", ",", "punct", 4),
        ("says", "say", "VERB", "VBZ", "ROOT", 4),
        ("Holt", "Holt", "PROPN", "NNP", "nsubj", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ]
    assert listed_predicate(tree_of(rows), 4) is None


def test_passive_then_prediction_end_to_end(spans: Spans, by_cue: ByCue) -> None:
    found = spans("Port officials were angered by the ruling and predicted it would hurt trade.")
    quote = by_cue(found, "predicted")
    assert quote.speaker_text == "Port officials"
    assert quote.text == "it would hurt trade"


def test_listed_predicates_each_keep_their_own_content(spans: Spans, by_cue: ByCue) -> None:
    found = spans(
        "Lena Holt jokingly offered the man a job, then says she will welcome advice from anyone."
    )
    says = by_cue(found, "then says")
    assert says.speaker_text == "Lena Holt"
    assert says.text == "she will welcome advice from anyone"
    assert by_cue(found, "jokingly offered").text == "a job"


def test_name_with_its_age_set_off_speaks(spans: Spans, by_cue: ByCue) -> None:
    found = spans(
        "As a part of his plea, Marcel Lehel Lazar, 44, said that he entered the servers "
        "from his home overseas."
    )
    quote = by_cue(found, "said")
    assert quote.speaker_text.startswith("Marcel Lehel Lazar")
    assert quote.text == "that he entered the servers from his home overseas"


# "The Post will brand you a liar and NBC will accuse you ." : the second subject is
# coordinated with the first verb's object, the second verb finite only by its modal.
SECOND_SUBJECT_AS_CONJUNCT: list[Row] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("Post", "Post", "PROPN", "NNP", "nsubj", 3),
    ("will", "will", "AUX", "MD", "aux", 3),
    ("brand", "brand", "VERB", "VB", "ROOT", 3),
    ("you", "you", "PRON", "PRP", "dative", 3),
    ("a", "a", "DET", "DT", "det", 6),
    ("liar", "liar", "NOUN", "NN", "dobj", 3),
    ("and", "and", "CCONJ", "CC", "cc", 6),
    ("NBC", "NBC", "PROPN", "NNP", "conj", 6),
    ("will", "will", "AUX", "MD", "aux", 10),
    ("accuse", "accuse", "VERB", "VB", "conj", 3),
    ("you", "you", "PRON", "PRP", "dobj", 10),
    (".", ".", "PUNCT", ".", "punct", 3),
]

# "Holt beat Ames , but the senator , Kay Ross , had endorsed Ames ." : the second
# subject parsed as a second object of "beat".
SECOND_SUBJECT_AS_OBJECT: list[Row] = [
    ("Holt", "Holt", "PROPN", "NNP", "nsubj", 1),
    ("beat", "beat", "VERB", "VBD", "ROOT", 1),
    ("Ames", "Ames", "PROPN", "NNP", "dobj", 1),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("but", "but", "CCONJ", "CC", "cc", 1),
    ("the", "the", "DET", "DT", "det", 6),
    ("senator", "senator", "NOUN", "NN", "dobj", 1),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("Kay", "Kay", "PROPN", "NNP", "compound", 9),
    ("Ross", "Ross", "PROPN", "NNP", "appos", 6),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("had", "have", "AUX", "VBD", "aux", 12),
    ("endorsed", "endorse", "VERB", "VBN", "conj", 1),
    ("Ames", "Ames", "PROPN", "NNP", "dobj", 12),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_second_subject_read_as_a_conjunct_of_the_object_speaks() -> None:
    assert _subjects().of(tree_of(SECOND_SUBJECT_AS_CONJUNCT), 10) == 8


def test_second_subject_read_as_another_object_speaks() -> None:
    assert _subjects().of(tree_of(SECOND_SUBJECT_AS_OBJECT), 12) == 6


def test_object_with_no_conjunction_before_it_is_no_subject() -> None:
    rows = list(SECOND_SUBJECT_AS_OBJECT)
    rows[4] = ("then", "then", "ADV", "RB", "advmod", 1)
    assert _subjects().of(tree_of(rows), 12) == 0  # the first clause's subject


def test_non_finite_conjunct_keeps_the_first_subject() -> None:
    rows = list(SECOND_SUBJECT_AS_CONJUNCT)
    rows[9] = ("to", "to", "PART", "TO", "aux", 10)
    assert _subjects().of(tree_of(rows), 10) == 1


# "Holt attacked the plan - “ It fails , ” she said - and vowed to block it ." with the
# last predicate parsed as a conjunct of the aside's cue.
AFTER_AN_ASIDE: list[Row] = [
    ("Holt", "Holt", "PROPN", "NNP", "nsubj", 1),
    ("attacked", "attack", "VERB", "VBD", "ccomp", 11),
    ("the", "the", "DET", "DT", "det", 3),
    ("plan", "plan", "NOUN", "NN", "dobj", 1),
    ("-", "-", "PUNCT", ":", "punct", 1),
    ("\u201c", "\u201c", "PUNCT", "``", "punct", 7),
    ("It", "it", "PRON", "PRP", "nsubj", 7),
    ("fails", "fail", "VERB", "VBZ", "ccomp", 11),
    (",", ",", "PUNCT", ",", "punct", 11),
    ("\u201d", "\u201d", "PUNCT", "''", "punct", 11),
    ("she", "she", "PRON", "PRP", "nsubj", 11),
    ("said", "say", "VERB", "VBD", "ROOT", 11),
    ("-", "-", "PUNCT", ":", "punct", 11),
    ("and", "and", "CCONJ", "CC", "cc", 11),
    ("vowed", "vow", "VERB", "VBD", "conj", 11),
    ("to", "to", "PART", "TO", "aux", 16),
    ("block", "block", "VERB", "VB", "xcomp", 14),
    ("it", "it", "PRON", "PRP", "dobj", 16),
    (".", ".", "PUNCT", ".", "punct", 11),
]


def test_predicate_after_an_aside_goes_with_the_one_before_it() -> None:
    assert _subjects().of(tree_of(AFTER_AN_ASIDE), 14) == 0  # Holt vowed


def test_predicate_after_a_plain_cue_keeps_its_conjunct() -> None:
    rows = list(AFTER_AN_ASIDE)
    rows[12] = (",", ",", "PUNCT", ",", "punct", 11)  # no dash closes an aside
    assert _subjects().of(tree_of(rows), 14) == 10


# "It was when Kelly spoke , referred to Ames and considered it ." with "referred" hung on
# "was" as an adverbial clause of its own.
LISTED_IN_A_CLAUSE: list[Row] = [
    ("It", "it", "PRON", "PRP", "nsubj", 1),
    ("was", "be", "AUX", "VBD", "ROOT", 1),
    ("when", "when", "SCONJ", "WRB", "advmod", 4),
    ("Kelly", "Kelly", "PROPN", "NNP", "nsubj", 4),
    ("spoke", "speak", "VERB", "VBD", "advcl", 1),
    (",", ",", "PUNCT", ",", "punct", 4),
    ("referred", "refer", "VERB", "VBD", "advcl", 1),
    ("to", "to", "ADP", "IN", "prep", 6),
    ("Ames", "Ames", "PROPN", "NNP", "pobj", 7),
    ("and", "and", "CCONJ", "CC", "cc", 6),
    ("considered", "consider", "VERB", "VBD", "conj", 6),
    ("it", "it", "PRON", "PRP", "dobj", 10),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_predicate_listed_after_an_adverbial_clause_has_its_subject() -> None:
    tree = tree_of(LISTED_IN_A_CLAUSE)
    assert listed_in_clause(tree, 6) == 3
    assert _subjects().of(tree, 6) == 3
    assert _subjects().of(tree, 10) == 3


def test_adverbial_clause_opened_by_its_own_conjunction_is_not_listed() -> None:
    rows = list(LISTED_IN_A_CLAUSE)
    rows[5] = ("after", "after", "SCONJ", "IN", "mark", 6)
    # "…, after referred …" opens a clause of its own: no listed predicate
    assert listed_in_clause(tree_of(rows), 6) is None


# "He is a man who fights with reporters , claims that it is rigged" with "claims"
# coordinated with the copula of the main clause.
RELATIVE_LISTED: list[Row] = [
    ("He", "he", "PRON", "PRP", "nsubj", 1),
    ("is", "be", "AUX", "VBZ", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 3),
    ("man", "man", "NOUN", "NN", "attr", 1),
    ("who", "who", "PRON", "WP", "nsubj", 5),
    ("fights", "fight", "VERB", "VBZ", "relcl", 3),
    ("with", "with", "ADP", "IN", "prep", 5),
    ("reporters", "reporter", "NOUN", "NNS", "pobj", 6),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("claims", "claim", "VERB", "VBZ", "conj", 1),
    ("that", "that", "SCONJ", "IN", "mark", 12),
    ("it", "it", "PRON", "PRP", "nsubjpass", 12),
    ("is", "be", "AUX", "VBZ", "auxpass", 13),
    ("rigged", "rig", "VERB", "VBN", "ccomp", 9),
]


def test_a_predicate_listed_after_a_relative_clause_is_the_relative_pronouns() -> None:
    tree = tree_of(RELATIVE_LISTED)
    assert listed_after_relative(tree, 9) == 4
    assert _subjects().of(tree, 9) == 4


def test_a_predicate_of_another_form_after_a_relative_clause_keeps_the_main_subject() -> None:
    rows = list(RELATIVE_LISTED)
    rows[5] = ("fought", "fight", "VERB", "VBD", "relcl", 3)
    assert listed_after_relative(tree_of(rows), 9) is None
