"""One attribution per speech act (``quotes.acts``), on hand-built candidates."""

from __future__ import annotations

from newsgraph.quotes.acts import one_per_act
from newsgraph.quotes.candidates import Candidate

# "He has voiced support for a ban ." : characters of the cue and content parts.
TEXT = "He has voiced support for a ban."


def _at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def _candidate(cue: str, content: str) -> Candidate:
    cue_start, cue_end = _at(cue)
    start, end = _at(content)
    return Candidate(start, end, cue_start, cue_end, (0, 1, 0))


def test_the_cut_of_a_light_verb_reading_is_dropped() -> None:
    verb = _candidate("has voiced", "support for a ban")
    phrase = _candidate("voiced support for", "a ban")
    assert one_per_act([verb, phrase]) == [verb]
    assert one_per_act([phrase, verb]) == [verb]


def test_same_content_keeps_the_shorter_cue_either_way_round() -> None:
    short = _candidate("voiced", "support for a ban")
    long = _candidate("has voiced", "support for a ban")
    assert one_per_act([short, long]) == [short]
    assert one_per_act([long, short]) == [short]


def test_equal_readings_keep_exactly_one() -> None:
    one, two = _candidate("voiced", "a ban"), _candidate("voiced", "a ban")
    assert len(one_per_act([one, two])) == 1


def test_separate_cues_or_contents_both_stay() -> None:
    verb = _candidate("has voiced", "support for a ban")
    other = _candidate("He", "a ban")  # no cue word shared
    assert one_per_act([verb, other]) == [verb, other]
    left = _candidate("has voiced", "support")
    right = _candidate("voiced support for", "a ban")  # neither content holds the other
    assert one_per_act([left, right]) == [left, right]
