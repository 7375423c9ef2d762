"""Who does what an infinitive says (``quotes.infinitives``): a causative or sending verb's
object, not a reflexive one, and the noun "for" (or a pronoun "on") puts before "to"."""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.infinitives import controller

# "The focus created an opening for Clinton to highlight her record ."
OPENING = [
    ("The", "the", "DET", "DT", "det", 1),
    ("focus", "focus", "NOUN", "NN", "nsubj", 2),
    ("created", "create", "VERB", "VBD", "ROOT", 2),
    ("an", "an", "DET", "DT", "det", 4),
    ("opening", "opening", "NOUN", "NN", "dobj", 2),
    ("for", "for", "ADP", "IN", "prep", 4),
    ("Clinton", "Clinton", "PROPN", "NNP", "pobj", 5),
    ("to", "to", "PART", "TO", "aux", 8),
    ("highlight", "highlight", "VERB", "VB", "advcl", 2),
    ("her", "her", "PRON", "PRP$", "poss", 10),
    ("record", "record", "NOUN", "NN", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_the_noun_for_puts_before_to_is_the_infinitives_subject() -> None:
    assert controller(tree_of(OPENING), 8, QuoteCues.load()) == 6


def test_only_a_pronoun_after_on_is_the_infinitives_subject() -> None:
    cues = QuoteCues.load()
    rows = list(OPENING)
    rows[5] = ("on", "on", "ADP", "IN", "prep", 4)
    assert controller(tree_of(rows), 8, cues) is None  # "talk on the Hill to focus"
    rows[6] = ("her", "she", "PRON", "PRP", "pobj", 5)
    assert controller(tree_of(rows), 8, cues) == 6  # "pressure on her to say"


def test_a_time_after_for_is_no_subject() -> None:
    rows = list(OPENING)
    rows[6] = ("years", "year", "NOUN", "NNS", "pobj", 5, "DATE")
    assert controller(tree_of(rows), 8, QuoteCues.load()) is None


# "The war drove thousands to demand a vote ." with "demand" hung on "drove" as adverbial.
DROVE = [
    ("The", "the", "DET", "DT", "det", 1),
    ("war", "war", "NOUN", "NN", "nsubj", 2),
    ("drove", "drive", "VERB", "VBD", "ROOT", 2),
    ("thousands", "thousand", "NOUN", "NNS", "dobj", 2),
    ("to", "to", "PART", "TO", "aux", 5),
    ("demand", "demand", "VERB", "VB", "advcl", 2),
    ("a", "a", "DET", "DT", "det", 7),
    ("vote", "vote", "NOUN", "NN", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_a_causative_verbs_object_does_what_its_infinitive_says() -> None:
    cues = QuoteCues.load()
    assert controller(tree_of(DROVE), 5, cues) == 3
    rows = list(DROVE)
    rows[2] = ("met", "meet", "VERB", "VBD", "ROOT", 2)
    assert controller(tree_of(rows), 5, cues) is None  # no causative: a purpose
    rows = list(DROVE)
    rows[3] = ("himself", "himself", "PRON", "PRP", "dobj", 2)
    assert controller(tree_of(rows), 5, cues) is None  # the subject again
    rows = list(DROVE)
    rows[4] = ("and", "and", "CCONJ", "CC", "cc", 5)
    assert controller(tree_of(rows), 5, cues) is None  # no "to": no infinitive
