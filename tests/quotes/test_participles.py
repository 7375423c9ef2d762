"""Who performs a participle set off after a clause of its own (``quotes.participles``).

The trees are written out by hand in the shape the parser gives: the participle hung on
the sentence's main verb although another clause ends right before its comma.
"""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.participles import (
    absolute_subject,
    object_speaks,
    owner_voice,
    relative_host,
    set_off_participle,
)
from newsgraph.quotes.subjects import Subjects

# (text, lemma, pos, tag, dep, head[, entity])
# "The incident came , when protesters interrupted her speech , shouting slogans ."
AFTER_WHEN_CLAUSE: list[tuple] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("incident", "incident", "NOUN", "NN", "nsubj", 2),
    ("came", "come", "VERB", "VBD", "ROOT", 2),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("when", "when", "SCONJ", "WRB", "advmod", 6),
    ("protesters", "protester", "NOUN", "NNS", "nsubj", 6),
    ("interrupted", "interrupt", "VERB", "VBD", "advcl", 2),
    ("her", "her", "PRON", "PRP$", "poss", 8),
    ("speech", "speech", "NOUN", "NN", "dobj", 6),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("shouting", "shout", "VERB", "VBG", "advcl", 2),
    ("slogans", "slogan", "NOUN", "NNS", "dobj", 10),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "Ames pegged it low , which Holt called a disgrace , blaming Ames ."
AFTER_RELATIVE_CLAUSE: list[tuple] = [
    ("Ames", "Ames", "PROPN", "NNP", "nsubj", 1, "PERSON"),
    ("pegged", "peg", "VERB", "VBD", "ROOT", 1),
    ("it", "it", "PRON", "PRP", "dobj", 1),
    ("low", "low", "ADV", "RB", "advmod", 1),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("which", "which", "PRON", "WDT", "dobj", 7),
    ("Holt", "Holt", "PROPN", "NNP", "nsubj", 7, "PERSON"),
    ("called", "call", "VERB", "VBD", "relcl", 2),
    ("a", "a", "DET", "DT", "det", 9),
    ("disgrace", "disgrace", "NOUN", "NN", "oprd", 7),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("blaming", "blame", "VERB", "VBG", "advcl", 1),
    ("Ames", "Ames", "PROPN", "NNP", "dobj", 11, "PERSON"),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Holt said voters were angry , adding that …": the clause before the comma is what
# "said" reports.
AFTER_REPORTED_CLAUSE: list[tuple] = [
    ("Holt", "Holt", "PROPN", "NNP", "nsubj", 1, "PERSON"),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("voters", "voter", "NOUN", "NNS", "nsubj", 3),
    ("were", "be", "AUX", "VBD", "ccomp", 1),
    ("angry", "angry", "ADJ", "JJ", "acomp", 3),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("adding", "add", "VERB", "VBG", "advcl", 1),
    ("more", "more", "ADJ", "JJR", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def _cues() -> QuoteCues:
    return QuoteCues.load()


def test_participle_after_an_adverbial_clause_is_its_subjects() -> None:
    tree = tree_of(AFTER_WHEN_CLAUSE)
    assert set_off_participle(tree, 10, _cues()) == 5
    assert Subjects(_cues()).of(tree, 10) == 5  # the protesters shout, not the incident


def test_speaking_head_keeps_a_participle_after_an_adverbial_clause() -> None:
    rows = list(AFTER_WHEN_CLAUSE)
    rows[0] = ("Senator", "senator", "PROPN", "NNP", "compound", 1)
    rows[1] = ("Ames", "Ames", "PROPN", "NNP", "nsubj", 2, "PERSON")
    assert set_off_participle(tree_of(rows), 10, _cues()) is None


def test_participle_after_a_relative_clause_is_its_subjects() -> None:
    tree = tree_of(AFTER_RELATIVE_CLAUSE)
    assert set_off_participle(tree, 11, _cues()) == 6
    assert Subjects(_cues()).of(tree, 11) == 6


def test_relative_pronoun_subject_leaves_the_participle_to_the_clause_above() -> None:
    rows = list(AFTER_RELATIVE_CLAUSE)
    rows[5] = ("which", "which", "PRON", "WDT", "nsubj", 7)
    rows[6] = ("Holt", "Holt", "PROPN", "NNP", "dobj", 7, "PERSON")
    assert set_off_participle(tree_of(rows), 11, _cues()) is None


def test_pronoun_of_a_relative_clause_echoing_the_named_subject_leaves_it_the_participle() -> None:
    # "Ames pegged it low , which he called a disgrace , blaming Holt ."
    rows = list(AFTER_RELATIVE_CLAUSE)
    rows[6] = ("he", "he", "PRON", "PRP", "nsubj", 7)
    tree = tree_of(rows)
    assert set_off_participle(tree, 11, _cues()) is None
    assert Subjects(_cues()).of(tree, 11) == 0


def test_reported_clause_is_no_doer() -> None:
    tree = tree_of(AFTER_REPORTED_CLAUSE)
    assert set_off_participle(tree, 6, _cues()) is None
    assert Subjects(_cues()).of(tree, 6) == 0


def test_participle_needs_a_comma_before_it() -> None:
    rows = list(AFTER_WHEN_CLAUSE)
    rows[9] = ("loudly", "loudly", "ADV", "RB", "advmod", 10)
    assert set_off_participle(tree_of(rows), 10, _cues()) is None


# "Holt had a strong moment that could play big , denouncing the regime ."
AFTER_RELATIVE_ABOUT_A_THING: list[tuple] = [
    ("Holt", "Holt", "PROPN", "NNP", "nsubj", 1, "PERSON"),
    ("had", "have", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 4),
    ("strong", "strong", "ADJ", "JJ", "amod", 4),
    ("moment", "moment", "NOUN", "NN", "dobj", 1),
    ("that", "that", "PRON", "WDT", "nsubj", 7),
    ("could", "could", "AUX", "MD", "aux", 7),
    ("play", "play", "VERB", "VB", "relcl", 4),
    ("big", "big", "ADV", "RB", "advmod", 7),
    (",", ",", "PUNCT", ",", "punct", 7),
    ("denouncing", "denounce", "VERB", "VBG", "advcl", 7),
    ("the", "the", "DET", "DT", "det", 12),
    ("regime", "regime", "NOUN", "NN", "dobj", 10),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_participle_on_a_relative_clause_about_a_thing_is_the_clause_aboves() -> None:
    tree = tree_of(AFTER_RELATIVE_ABOUT_A_THING)
    assert relative_host(tree, 10, _cues()) == 1
    assert Subjects(_cues()).of(tree, 10) == 0  # Holt denounces, not the moment


def test_participle_on_a_relative_clause_about_a_person_stays_there() -> None:
    rows = list(AFTER_RELATIVE_ABOUT_A_THING)
    rows[4] = ("Ames", "Ames", "PROPN", "NNP", "dobj", 1, "PERSON")
    assert relative_host(tree_of(rows), 10, _cues()) is None


def test_relative_clause_with_an_object_keeps_the_participle() -> None:
    rows = list(AFTER_RELATIVE_ABOUT_A_THING)
    rows[8] = ("Ames", "Ames", "PROPN", "NNP", "dobj", 7, "PERSON")  # "… play Ames , …"
    assert relative_host(tree_of(rows), 10, _cues()) is None


# "It led to the spectacle of Mr. Ames denouncing the deal ." with the participle hung on
# "spectacle".
NAME_IN_AN_OF_PHRASE: list[tuple] = [
    ("It", "it", "PRON", "PRP", "nsubj", 1),
    ("led", "lead", "VERB", "VBD", "ROOT", 1),
    ("to", "to", "ADP", "IN", "prep", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("spectacle", "spectacle", "NOUN", "NN", "pobj", 2),
    ("of", "of", "ADP", "IN", "prep", 4),
    ("Mr.", "Mr.", "PROPN", "NNP", "compound", 7, "PERSON"),
    ("Ames", "Ames", "PROPN", "NNP", "pobj", 5, "PERSON"),
    ("denouncing", "denounce", "VERB", "VBG", "acl", 4),
    ("the", "the", "DET", "DT", "det", 10),
    ("deal", "deal", "NOUN", "NN", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_name_in_the_nouns_of_phrase_does_the_participle() -> None:
    assert Subjects(_cues()).of(tree_of(NAME_IN_AN_OF_PHRASE), 8) == 7


def test_thing_in_the_nouns_of_phrase_leaves_the_participle_to_the_noun() -> None:
    rows = list(NAME_IN_AN_OF_PHRASE)
    rows[6] = ("trade", "trade", "NOUN", "NN", "compound", 7)
    rows[7] = ("deals", "deal", "NOUN", "NNS", "pobj", 5)
    # no name there: the owner of a noun that cannot speak is its clause's subject
    assert Subjects(_cues()).of(tree_of(rows), 8) == 0


# "Rivals went further , with Ames calling him a fraud ." with noun and participle both
# hung on "with".
WITH_NOUN_AND_PARTICIPLE: list[tuple] = [
    ("Rivals", "rival", "NOUN", "NNS", "nsubj", 1),
    ("went", "go", "VERB", "VBD", "ROOT", 1),
    ("further", "further", "ADV", "RB", "advmod", 1),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("with", "with", "ADP", "IN", "prep", 1),
    ("Ames", "Ames", "PROPN", "NNP", "pobj", 4, "PERSON"),
    ("calling", "call", "VERB", "VBG", "pcomp", 4),
    ("him", "he", "PRON", "PRP", "nsubj", 9),
    ("a", "a", "DET", "DT", "det", 9),
    ("fraud", "fraud", "NOUN", "NN", "oprd", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_noun_of_a_with_phrase_does_the_participle_completing_it() -> None:
    tree = tree_of(WITH_NOUN_AND_PARTICIPLE)
    assert absolute_subject(tree, 6) == 5
    assert Subjects(_cues()).of(tree, 6) == 5


def test_other_preposition_leaves_the_participle_to_the_clause() -> None:
    rows = list(WITH_NOUN_AND_PARTICIPLE)
    rows[4] = ("for", "for", "ADP", "IN", "prep", 1)
    assert absolute_subject(tree_of(rows), 6) is None


# "In a statement defending Ames , the campaign said so ."
FRONTED_DOCUMENT: list[tuple] = [
    ("In", "in", "ADP", "IN", "prep", 8),
    ("a", "a", "DET", "DT", "det", 2),
    ("statement", "statement", "NOUN", "NN", "pobj", 0),
    ("defending", "defend", "VERB", "VBG", "acl", 2),
    ("Ames", "Ames", "PROPN", "NNP", "dobj", 3, "PERSON"),
    (",", ",", "PUNCT", ",", "punct", 8),
    ("the", "the", "DET", "DT", "det", 7),
    ("campaign", "campaign", "NOUN", "NN", "nsubj", 8),
    ("said", "say", "VERB", "VBD", "ROOT", 8),
    ("so", "so", "ADV", "RB", "advmod", 8),
    (".", ".", "PUNCT", ".", "punct", 8),
]

# "The campaign shot back in a statement defending Ames ."
TRAILING_DOCUMENT: list[tuple] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("campaign", "campaign", "NOUN", "NN", "nsubj", 2),
    ("shot", "shoot", "VERB", "VBD", "ROOT", 2),
    ("back", "back", "ADP", "RP", "prt", 2),
    ("in", "in", "ADP", "IN", "prep", 2),
    ("a", "a", "DET", "DT", "det", 6),
    ("statement", "statement", "NOUN", "NN", "pobj", 4),
    ("defending", "defend", "VERB", "VBG", "acl", 6),
    ("Ames", "Ames", "PROPN", "NNP", "dobj", 7, "PERSON"),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_document_in_a_phrase_opening_the_clause_does_the_participle() -> None:
    tree = tree_of(FRONTED_DOCUMENT)
    assert object_speaks(tree, 2)
    assert Subjects(_cues()).of(tree, 3) == 2


def test_document_in_a_phrase_after_the_verb_is_the_subjects() -> None:
    tree = tree_of(TRAILING_DOCUMENT)
    assert not object_speaks(tree, 6)
    assert Subjects(_cues()).of(tree, 7) == 1


def test_thing_in_a_phrase_opening_the_clause_does_the_participle() -> None:
    rows = list(FRONTED_DOCUMENT)
    rows[0] = ("Despite", "despite", "ADP", "IN", "prep", 8)
    rows[2] = ("disclaimers", "disclaimer", "NOUN", "NNS", "pobj", 0)
    rows[3] = ("urging", "urge", "VERB", "VBG", "acl", 2)
    assert Subjects(_cues()).of(tree_of(rows), 3) == 2


# "She revised her statement explaining it ."
OWNED_DOCUMENT_OBJECT: list[tuple] = [
    ("She", "she", "PRON", "PRP", "nsubj", 1),
    ("revised", "revise", "VERB", "VBD", "ROOT", 1),
    ("her", "her", "PRON", "PRP$", "poss", 3),
    ("statement", "statement", "NOUN", "NN", "dobj", 1),
    ("explaining", "explain", "VERB", "VBG", "acl", 3),
    ("it", "it", "PRON", "PRP", "dobj", 4),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_pronoun_owner_of_the_verbs_document_gives_way_to_the_subject() -> None:
    tree = tree_of(OWNED_DOCUMENT_OBJECT)
    assert owner_voice(tree, 3, 2) == 0
    assert Subjects(_cues()).of(tree, 4) == 0


def test_named_owner_of_the_verbs_document_keeps_it() -> None:
    rows = list(OWNED_DOCUMENT_OBJECT)
    rows[2] = ("Ames", "Ames", "PROPN", "NNP", "poss", 3, "PERSON")
    assert owner_voice(tree_of(rows), 3, 2) == 2


def test_pronoun_owner_of_a_fronted_document_keeps_it() -> None:
    rows = list(FRONTED_DOCUMENT)
    rows[1] = ("her", "her", "PRON", "PRP$", "poss", 2)
    assert Subjects(_cues()).of(tree_of(rows), 3) == 1


def test_those_a_document_is_sent_to_say_nothing(spans) -> None:
    text = (
        "On Tuesday, his campaign sent out a text message to supporters saying: "
        '"We were just declared the winner!"'
    )
    (quote,) = spans(text)
    assert quote.cue == "saying" and quote.speaker_text == "his campaign"
    (backing,) = spans("The senator gave money to a group backing the mayor.")
    assert backing.speaker_text == "a group"  # given to, not sent: the group backs
