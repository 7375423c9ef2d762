"""Who performs a cue verb when the parse misplaces its subject (``quotes.subjects``).

The trees are written out by hand in the shape the parser gives for such sentences, so
each rule is checked on exactly the parse it is for; the end-to-end cases run the parser.
"""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.agents import stray_agent
from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.outside import subject_after
from newsgraph.quotes.subjects import Subjects

# (text, lemma, pos, tag, dep, head)
Row = tuple[str, str, str, str, str, int]


def _subjects() -> Subjects:
    return Subjects(QuoteCues.load())


# "It was n't an accident — Holt , a spokeswoman , told POLITICO that he left ."
# with "told" hung on "was" as a conjunct and no conjunction between them.
ASYNDETIC: list[Row] = [
    ("It", "it", "PRON", "PRP", "nsubj", 1),
    ("was", "be", "AUX", "VBD", "ROOT", 1),
    ("n't", "not", "PART", "RB", "neg", 1),
    ("an", "an", "DET", "DT", "det", 4),
    ("accident", "accident", "NOUN", "NN", "attr", 1),
    ("—", "—", "PUNCT", ":", "punct", 4),
    ("Holt", "Holt", "PROPN", "NNP", "appos", 4),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("a", "a", "DET", "DT", "det", 9),
    ("spokeswoman", "spokeswoman", "NOUN", "NN", "appos", 6),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("told", "tell", "VERB", "VBD", "conj", 1),
    ("POLITICO", "POLITICO", "PROPN", "NNP", "dobj", 11),
    ("that", "that", "SCONJ", "IN", "mark", 15),
    ("he", "he", "PRON", "PRP", "nsubj", 15),
    ("left", "leave", "VERB", "VBD", "ccomp", 11),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_clause_joined_without_conjunction_has_the_name_before_it() -> None:
    assert _subjects().of(tree_of(ASYNDETIC), 11) == 6  # Holt, not "It"


def test_conjoined_clause_with_a_conjunction_shares_the_first_subject() -> None:
    rows = list(ASYNDETIC)
    rows[5] = ("and", "and", "CCONJ", "CC", "cc", 1)  # "It was … and told …"
    assert _subjects().of(tree_of(rows), 11) == 0


# "Two engineers , Lee and Berg , found in 2014 that the bridge was unsafe ." with
# "found" parsed as a reduced clause on "engineers".
FINITE_ACL: list[Row] = [
    ("Two", "two", "NUM", "CD", "nummod", 1),
    ("engineers", "engineer", "NOUN", "NNS", "ROOT", 1),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("Lee", "Lee", "PROPN", "NNP", "appos", 1),
    ("and", "and", "CCONJ", "CC", "cc", 3),
    ("Berg", "Berg", "PROPN", "NNP", "conj", 3),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("found", "find", "VERB", "VBN", "acl", 1),
    ("in", "in", "ADP", "IN", "prep", 7),
    ("2014", "2014", "NUM", "CD", "pobj", 8),
    ("that", "that", "SCONJ", "IN", "mark", 13),
    ("the", "the", "DET", "DT", "det", 12),
    ("bridge", "bridge", "NOUN", "NN", "nsubj", 13),
    ("was", "be", "AUX", "VBD", "ccomp", 7),
    ("unsafe", "unsafe", "ADJ", "JJ", "acomp", 13),
]


def test_reduced_clause_with_a_clause_of_its_own_is_a_finite_verb() -> None:
    assert _subjects().of(tree_of(FINITE_ACL), 7) == 1


def test_reduced_passive_is_no_finite_verb() -> None:
    # "the engineers found in the rubble": no object or clause, a reduced passive
    rows = FINITE_ACL[:10]
    assert _subjects().of(tree_of(rows), 7) is None


# "It is hard to imagine him winning ." and "It plans to raise rates ."
EXTRAPOSED: list[Row] = [
    ("It", "it", "PRON", "PRP", "nsubj", 1),
    ("is", "be", "AUX", "VBZ", "ROOT", 1),
    ("hard", "hard", "ADJ", "JJ", "acomp", 1),
    ("to", "to", "PART", "TO", "aux", 4),
    ("imagine", "imagine", "VERB", "VB", "xcomp", 1),
    ("him", "he", "PRON", "PRP", "nsubj", 6),
    ("winning", "win", "VERB", "VBG", "ccomp", 4),
]
OWN_IT: list[Row] = [
    ("It", "it", "PRON", "PRP", "nsubj", 1),
    ("plans", "plan", "VERB", "VBZ", "ROOT", 1),
    ("to", "to", "PART", "TO", "aux", 3),
    ("raise", "raise", "VERB", "VB", "xcomp", 1),
    ("rates", "rate", "NOUN", "NNS", "dobj", 3),
]


def test_extraposed_it_names_no_one_for_the_infinitive() -> None:
    subjects = _subjects()
    tree = tree_of(EXTRAPOSED)
    assert subjects.of(tree, 4) == 0
    assert subjects.extraposed(tree, 4, 0)
    assert not subjects.extraposed(tree_of(OWN_IT), 3, 0)  # "It plans to raise"


def test_asked_by_someone_names_the_asker(spans, by_cue) -> None:
    text = "Asked by the host whether she would run again, the senator said she had not decided."
    asked = by_cue(spans(text), "Asked")
    assert asked.speaker_text == "the host"


# "Asked what it means , she said no ." with "Asked" tagged a past tense
ASKED_PAST = [
    ("Asked", "ask", "VERB", "VBD", "advcl", 6),
    ("what", "what", "PRON", "WP", "nsubj", 2),
    ("it", "it", "PRON", "PRP", "dobj", 3),
    ("means", "mean", "VERB", "VBZ", "ccomp", 0),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("she", "she", "PRON", "PRP", "nsubj", 6),
    ("said", "say", "VERB", "VBD", "ROOT", 6),
    ("no", "no", "INTJ", "UH", "intj", 6),
    (".", ".", "PUNCT", ".", "punct", 6),
]


def test_a_bare_participle_tagged_a_past_tense_was_addressed() -> None:
    subjects = _subjects()
    assert subjects.addressed(tree_of(ASKED_PAST), 0)
    # "Then asked …": a past tense after another word heads no participle clause
    rows = [("Then", "then", "ADV", "RB", "advmod", 1)] + [
        (t, lemma, pos, tag, dep, head + 1) for t, lemma, pos, tag, dep, head in ASKED_PAST
    ]
    assert not subjects.addressed(tree_of(rows), 1)
    # "when asked": the subordinator opens the clause
    rows[0] = ("when", "when", "SCONJ", "WRB", "advmod", 1)
    assert subjects.addressed(tree_of(rows), 1)


def test_extraposed_infinitive_keeps_its_content_without_a_speaker(spans, by_cue) -> None:
    say = by_cue(spans("It is fair to say that the port will close."), "to say")
    assert say.text == "that the port will close"
    assert say.speaker_start is None


def test_participle_after_with_and_its_noun_is_that_nouns(spans, by_cue) -> None:
    text = "The meeting ended with the mayor asking the council whether the port would close."
    assert by_cue(spans(text), "asking").speaker_text == "the mayor"
    # an object that only measures the time the subject spent does not speak
    text = "The mayor spent the day asking the council whether the port would close."
    assert by_cue(spans(text), "asking").speaker_text == "The mayor"


# "Kasich says he 'd sit Putin down and tells the crowd that he won ." with "tells"
# hung on "sit", the verb inside what Kasich says.
CONJUNCT: list[Row] = [
    ("Kasich", "Kasich", "PROPN", "NNP", "nsubj", 1),
    ("says", "say", "VERB", "VBZ", "ROOT", 1),
    ("he", "he", "PRON", "PRP", "nsubj", 4),
    ("'d", "would", "AUX", "MD", "aux", 4),
    ("sit", "sit", "VERB", "VB", "ccomp", 1),
    ("Putin", "Putin", "PROPN", "NNP", "dobj", 4),
    ("down", "down", "ADP", "RP", "prt", 4),
    ("and", "and", "CCONJ", "CC", "cc", 4),
    ("tells", "tell", "VERB", "VBZ", "conj", 4),
    ("the", "the", "DET", "DT", "det", 10),
    ("crowd", "crowd", "NOUN", "NN", "dobj", 8),
    ("that", "that", "SCONJ", "IN", "mark", 13),
    ("he", "he", "PRON", "PRP", "nsubj", 13),
    ("won", "win", "VERB", "VBD", "ccomp", 8),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_conjoined_predicate_goes_with_the_verb_of_its_own_form() -> None:
    assert _subjects().of(tree_of(CONJUNCT), 8) == 0  # Kasich tells, not "he"


def test_conjoined_predicate_of_the_same_form_keeps_its_head() -> None:
    rows = list(CONJUNCT)
    rows[8] = ("tell", "tell", "VERB", "VB", "conj", 4)  # "he'd sit … and tell …"
    assert _subjects().of(tree_of(rows), 8) == 2


# "He 's said he gets ideas ." read by the parser as a passive "he is said".
PERFECT: list[Row] = [
    ("He", "he", "PRON", "PRP", "nsubjpass", 2),
    ("'s", "be", "AUX", "VBZ", "auxpass", 2),
    ("said", "say", "VERB", "VBN", "ROOT", 2),
    ("he", "he", "PRON", "PRP", "nsubj", 4),
    ("gets", "get", "VERB", "VBZ", "ccomp", 2),
    ("ideas", "idea", "NOUN", "NNS", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_contracted_has_with_a_clause_is_an_active_perfect() -> None:
    assert _subjects().of(tree_of(PERFECT), 2) == 0


def test_is_with_a_clause_stays_a_passive() -> None:
    rows = list(PERFECT)
    rows[1] = ("is", "be", "AUX", "VBZ", "auxpass", 2)  # "he is told (that) …"
    assert _subjects().of(tree_of(rows), 2) is None


def test_contracted_is_before_a_reporting_infinitive_stays_a_passive() -> None:
    rows: list[Row] = [
        ("He", "he", "PRON", "PRP", "nsubjpass", 2),
        ("'s", "be", "AUX", "VBZ", "auxpass", 2),
        ("said", "say", "VERB", "VBN", "ROOT", 2),
        ("to", "to", "PART", "TO", "aux", 4),
        ("be", "be", "AUX", "VB", "xcomp", 2),
        ("ill", "ill", "ADJ", "JJ", "acomp", 4),
    ]
    assert _subjects().of(tree_of(rows), 2) is None  # "he's said to be ill"


def test_contracted_has_before_a_speech_verb_no_one_is_is_an_active_perfect() -> None:
    # "who ’s argued for years", the reported clause hung on "years"
    rows: list[Row] = [
        ("who", "who", "PRON", "WP", "nsubjpass", 2),
        ("’s", "’s", "AUX", "VBZ", "auxpass", 2),
        ("argued", "argue", "VERB", "VBN", "ROOT", 2),
        ("for", "for", "ADP", "IN", "prep", 2),
        ("years", "year", "NOUN", "NNS", "pobj", 3),
    ]
    assert _subjects().of(tree_of(rows), 2) == 0
    rows[0] = ("it", "it", "PRON", "PRP", "nsubjpass", 2)  # "it’s argued": impersonal
    assert _subjects().of(tree_of(rows), 2) is None
    rows[0] = ("who", "who", "PRON", "WP", "nsubjpass", 2)
    rows[2] = ("believed", "believe", "VERB", "VBN", "ROOT", 2)  # a reporting passive
    assert _subjects().of(tree_of(rows), 2) is None


def test_contracted_has_before_called_for_is_an_active_perfect() -> None:
    # "who ’s called for tax hikes": "call" has a reporting passive, "call for" none
    rows: list[Row] = [
        ("who", "who", "PRON", "WP", "nsubjpass", 2),
        ("’s", "’s", "AUX", "VBZ", "auxpass", 2),
        ("called", "call", "VERB", "VBN", "ROOT", 2),
        ("for", "for", "ADP", "IN", "prep", 2),
        ("hikes", "hike", "NOUN", "NNS", "pobj", 3),
    ]
    assert _subjects().of(tree_of(rows), 2) == 0
    rows[3] = ("by", "by", "ADP", "IN", "prep", 2)  # "who's called by …" stays a passive
    assert _subjects().of(tree_of(rows), 2) is None


# "prosecutors charged him with murder and Emanuel fired his chief ." with "Emanuel"
# coordinated with "murder".
COORDINATED: list[Row] = [
    ("prosecutors", "prosecutor", "NOUN", "NNS", "nsubj", 1),
    ("charged", "charge", "VERB", "VBD", "ROOT", 1),
    ("him", "he", "PRON", "PRP", "dobj", 1),
    ("with", "with", "ADP", "IN", "prep", 1),
    ("murder", "murder", "NOUN", "NN", "pobj", 3),
    ("and", "and", "CCONJ", "CC", "cc", 4),
    ("Emanuel", "Emanuel", "PROPN", "NNP", "conj", 4),
    ("fired", "fire", "VERB", "VBD", "conj", 1),
    ("his", "his", "PRON", "PRP$", "poss", 9),
    ("chief", "chief", "NOUN", "NN", "dobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_name_coordinated_with_the_object_before_a_conjoined_verb_is_its_subject() -> None:
    assert _subjects().of(tree_of(COORDINATED), 7) == 6


def test_conjoined_verb_right_after_its_conjunction_shares_the_first_subject() -> None:
    rows = [r for i, r in enumerate(COORDINATED) if i != 6]
    rows = [(t, lemma, p, tag, d, h - 1 if h > 6 else h) for t, lemma, p, tag, d, h in rows]
    assert _subjects().of(tree_of(rows), 6) == 0  # "… with murder and fired his chief"


def test_pronoun_opening_the_reported_clause_is_no_inverted_speaker() -> None:
    # "“…,” says she warned about it": "she" is the subject of "warned".
    rows: list[Row] = [
        ("says", "say", "VERB", "VBZ", "ROOT", 0),
        ("she", "she", "PRON", "PRP", "nsubj", 2),
        ("warned", "warn", "VERB", "VBD", "ccomp", 0),
        ("about", "about", "ADP", "IN", "prep", 2),
        ("it", "it", "PRON", "PRP", "pobj", 3),
    ]
    assert subject_after(tree_of(rows), 0) is None
    inverted: list[Row] = [
        ("said", "say", "VERB", "VBD", "ROOT", 0),
        ("Jones", "Jones", "PROPN", "NNP", "nsubj", 0),
        (".", ".", "PUNCT", ".", "punct", 0),
    ]
    assert subject_after(tree_of(inverted), 0) == 1


# "Trump summed up Clinton as “ terrible , ” denounced her record ." with the first
# predicate taken for a clause the second reports.
LISTED: list[Row] = [
    ("Trump", "Trump", "PROPN", "NNP", "nsubj", 1),
    ("summed", "sum", "VERB", "VBD", "ccomp", 9),
    ("up", "up", "ADP", "RP", "prt", 1),
    ("Clinton", "Clinton", "PROPN", "NNP", "dobj", 1),
    ("as", "as", "ADP", "IN", "prep", 1),
    ("“", "“", "PUNCT", "``", "punct", 6),
    ("terrible", "terrible", "ADJ", "JJ", "amod", 4),
    (",", ",", "PUNCT", ",", "punct", 9),
    ("”", "”", "PUNCT", "''", "punct", 9),
    ("denounced", "denounce", "VERB", "VBD", "ROOT", 9),
    ("her", "her", "PRON", "PRP$", "poss", 11),
    ("record", "record", "NOUN", "NN", "dobj", 9),
    (".", ".", "PUNCT", ".", "punct", 9),
]


def test_predicates_listed_with_commas_share_the_first_subject() -> None:
    assert _subjects().of(tree_of(LISTED), 9) == 0


def test_reporting_verb_without_an_object_is_no_listed_predicate() -> None:
    # "“Trump summed it up,” said …": a quotation's clause before a cue with no object
    rows = [r for i, r in enumerate(LISTED) if i not in (10, 11)]
    assert _subjects().of(tree_of(rows), 9) is None


def test_extraposed_it_before_a_curly_contraction_names_no_one() -> None:
    # "it’s hard to know …": the parser leaves "’s" unlemmatised
    rows: list[Row] = [
        ("it", "it", "PRON", "PRP", "nsubj", 1),
        ("\u2019s", "\u2019", "VERB", "VBZ", "ROOT", 1),
        ("hard", "hard", "ADJ", "JJ", "acomp", 1),
        ("to", "to", "PART", "TO", "aux", 4),
        ("know", "know", "VERB", "VB", "xcomp", 1),
    ]
    tree = tree_of(rows)
    subjects = _subjects()
    assert subjects.of(tree, 4) == 0
    assert subjects.extraposed(tree, 4, 0)
    rows[1] = ("plans", "plan", "VERB", "VBZ", "ROOT", 1)  # "it plans to know"
    assert not subjects.extraposed(tree_of(rows), 4, 0)


# 'Ames said Holt " would lose , " the aide recalled , adding that …': the trailing act
# hangs on the inserted "recalled", itself parsed as reported by "said".
INSERTED_REPORT_THEN_ADDING = [
    ("Ames", "Ames", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("Holt", "Holt", "PROPN", "NNP", "nsubj", 5),
    ('"', '"', "PUNCT", "``", "punct", 5),
    ("would", "would", "AUX", "MD", "aux", 5),
    ("lose", "lose", "VERB", "VB", "ccomp", 1),
    (",", ",", "PUNCT", ",", "punct", 10),
    ('"', '"', "PUNCT", "''", "punct", 10),
    ("the", "the", "DET", "DT", "det", 9),
    ("aide", "aide", "NOUN", "NN", "nsubj", 10),
    ("recalled", "recall", "VERB", "VBD", "ccomp", 1),
    (",", ",", "PUNCT", ",", "punct", 10),
    ("adding", "add", "VERB", "VBG", "advcl", 10),
    ("more", "more", "ADJ", "JJR", "dobj", 12),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_act_trailing_an_inserted_report_is_the_inserted_speakers() -> None:
    assert _subjects().of(tree_of(INSERTED_REPORT_THEN_ADDING), 12) == 9


def test_act_trailing_a_reported_clause_is_the_reporters() -> None:
    rows = list(INSERTED_REPORT_THEN_ADDING)
    rows[10] = ("left", "leave", "VERB", "VBD", "ccomp", 1)  # no speech act of its own
    assert _subjects().of(tree_of(rows), 12) == 0


# "And Trump , said Ames , never forgives ." with the comma before the cue hung on "Trump".
INSERTED_CUE_COMMA_ON_SUBJECT = [
    ("And", "and", "CCONJ", "CC", "cc", 3),
    ("Trump", "Trump", "PROPN", "NNP", "nsubj", 3),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 3),
    ("Ames", "Ames", "PROPN", "NNP", "nsubj", 7),
    (",", ",", "PUNCT", ",", "punct", 4),
    ("never", "never", "ADV", "RB", "neg", 7),
    ("forgives", "forgive", "VERB", "VBZ", "ccomp", 3),
    (".", ".", "PUNCT", ".", "punct", 3),
]


def test_inserted_cue_speaker_follows_it_when_the_comma_hangs_on_the_subject() -> None:
    assert _subjects().inserted(tree_of(INSERTED_CUE_COMMA_ON_SUBJECT), 3, 1) == 4


def test_subject_with_an_apposition_before_the_cue_is_no_inserted_cue() -> None:
    # "Trump , his aide , said Ames …": the comma closes the apposition
    rows = list(INSERTED_CUE_COMMA_ON_SUBJECT)
    rows[0] = ("Trump", "Trump", "PROPN", "NNP", "nsubj", 3)
    rows[1] = ("aide", "aide", "NOUN", "NN", "appos", 0)
    rows[2] = (",", ",", "PUNCT", ",", "punct", 0)
    assert _subjects().inserted(tree_of(rows), 3, 0) is None


# "Her friends have mocked him , calling him a buffoon , Sue said ." with the participle
# hung on the clause the later cue reports.
PARTICIPLE_INSIDE_A_LATER_REPORT = [
    ("Her", "her", "PRON", "PRP$", "poss", 1),
    ("friends", "friend", "NOUN", "NNS", "nsubj", 3),
    ("have", "have", "AUX", "VBP", "aux", 3),
    ("mocked", "mock", "VERB", "VBN", "ccomp", 12),
    ("him", "he", "PRON", "PRP", "dobj", 3),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("calling", "call", "VERB", "VBG", "advcl", 3),
    ("him", "he", "PRON", "PRP", "nsubj", 9),
    ("a", "a", "DET", "DT", "det", 9),
    ("buffoon", "buffoon", "NOUN", "NN", "oprd", 6),
    (",", ",", "PUNCT", ",", "punct", 12),
    ("Sue", "Sue", "PROPN", "NNP", "nsubj", 12),
    ("said", "say", "VERB", "VBD", "ROOT", 12),
    (".", ".", "PUNCT", ".", "punct", 12),
]


def test_participle_inside_what_a_later_cue_reports_is_its_clauses() -> None:
    assert _subjects().of(tree_of(PARTICIPLE_INSIDE_A_LATER_REPORT), 6) == 1


# "Fox sent a host to ask voters ." with the infinitive hung on "sent" as an adverbial.
SENT_TO_ASK = [
    ("Fox", "Fox", "PROPN", "NNP", "nsubj", 1),
    ("sent", "send", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 3),
    ("host", "host", "NOUN", "NN", "dobj", 1),
    ("to", "to", "PART", "TO", "aux", 5),
    ("ask", "ask", "VERB", "VB", "advcl", 1),
    ("voters", "voter", "NOUN", "NNS", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_infinitive_hung_as_an_adverbial_on_a_sending_verb_is_its_objects() -> None:
    assert _subjects().of(tree_of(SENT_TO_ASK), 5) == 3
    rows = list(SENT_TO_ASK)
    rows[1] = ("met", "meet", "VERB", "VBD", "ROOT", 1)  # "met a host to ask": Fox asks
    assert _subjects().of(tree_of(rows), 5) == 0


def test_reflexive_object_of_a_causative_verb_is_the_subject_again() -> None:
    rows = list(SENT_TO_ASK)
    rows[1] = ("brought", "bring", "VERB", "VBD", "ROOT", 1)
    rows[2:4] = [("himself", "himself", "PRON", "PRP", "dobj", 1)]
    rows = [
        (t, lemma, pos, tag, dep, head - 1 if head > 2 else head)
        for t, lemma, pos, tag, dep, head in rows
    ]
    assert _subjects().of(tree_of(rows), 4) == 0


def test_object_sent_to_do_a_speech_act_is_its_speaker(spans) -> None:
    text = "The governor brought his brother, a former senator, to vouch for his judgment."
    (quote,) = spans(text)
    assert quote.cue == "to vouch for" and quote.speaker_text.startswith("his brother")


def test_a_progressive_after_a_contracted_has_is_active() -> None:
    # "who ’s been pushing for curbs", read as a passive with "who" its subject
    rows: list[Row] = [
        ("who", "who", "PRON", "WP", "nsubjpass", 3),
        ("\u2019s", "\u2019s", "AUX", "VBZ", "auxpass", 3),
        ("been", "be", "AUX", "VBN", "aux", 3),
        ("pushing", "push", "VERB", "VBG", "ROOT", 3),
        ("for", "for", "ADP", "IN", "prep", 3),
        ("curbs", "curb", "NOUN", "NNS", "pobj", 4),
    ]
    assert _subjects().perfect(tree_of(rows), 3) == 0


def test_a_by_on_a_coordinated_participle_is_the_passives_agent() -> None:
    # "Grimm was booed and shouted down by fans": the parse hangs "by" on "shouted"
    rows: list[Row] = [
        ("Grimm", "Grimm", "PROPN", "NNP", "nsubjpass", 2),
        ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("booed", "boo", "VERB", "VBN", "ROOT", 2),
        ("and", "and", "CCONJ", "CC", "cc", 2),
        ("shouted", "shout", "VERB", "VBD", "conj", 2),
        ("down", "down", "ADP", "RP", "prt", 4),
        ("by", "by", "ADP", "IN", "agent", 4),
        ("fans", "fan", "NOUN", "NNS", "pobj", 6),
    ]
    assert stray_agent(tree_of(rows), 2) == 6
    # "Grimm was booed and fans shouted by the gate": the second clause is its own
    rows[4] = ("shouted", "shout", "VERB", "VBD", "conj", 2)
    rows.insert(4, ("fans", "fan", "NOUN", "NNS", "nsubj", 5))
    rows = [(t, lemma, pos, tag, dep, h if h < 4 else h + 1) for t, lemma, pos, tag, dep, h in rows]
    rows[4] = ("fans", "fan", "NOUN", "NNS", "nsubj", 5)
    rows[5] = ("shouted", "shout", "VERB", "VBD", "conj", 2)
    assert stray_agent(tree_of(rows), 2) is None


def test_a_by_on_the_passives_infinitive_is_its_agent() -> None:
    # "Ruiz was asked to keep them by the board": the parse hangs "by" on "keep"
    rows: list[Row] = [
        ("Ruiz", "Ruiz", "PROPN", "NNP", "nsubjpass", 2),
        ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("asked", "ask", "VERB", "VBN", "ROOT", 2),
        ("to", "to", "PART", "TO", "aux", 4),
        ("keep", "keep", "VERB", "VB", "xcomp", 2),
        ("them", "they", "PRON", "PRP", "dobj", 4),
        ("by", "by", "ADP", "IN", "prep", 4),
        ("the", "the", "DET", "DT", "det", 8),
        ("board", "board", "NOUN", "NN", "pobj", 6),
    ]
    assert stray_agent(tree_of(rows), 2) == 6
