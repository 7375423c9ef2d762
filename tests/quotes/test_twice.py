"""One attribution when two cues give the same words to the same speaker
(``quotes.twice``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.quotes.candidates import Candidate
from newsgraph.quotes.twice import once

SHE = (0, 1, 0)
HE = (20, 21, 20)


def test_a_colon_after_the_verb_reads_the_same_act_again() -> None:
    # 'She did predict: “…”': the verb (cue 4-15) and the colon (cue 15-16)
    verb = Candidate(17, 60, 4, 15, SHE)
    colon = Candidate(17, 60, 15, 16, SHE)
    assert once([verb, colon]) == [verb]


def test_the_same_words_given_to_two_speakers_are_both_kept() -> None:
    first = Candidate(30, 60, 4, 9, SHE)
    second = Candidate(30, 60, 22, 29, HE)
    assert once([first, second]) == [first, second]


def test_other_words_of_the_same_speaker_are_another_act() -> None:
    said = Candidate(10, 40, 4, 8, SHE)
    added = Candidate(50, 90, 42, 47, SHE)
    assert once([said, added]) == [said, added]


def test_readings_with_no_speaker_are_never_merged() -> None:
    one = Candidate(10, 40, 4, 8, None)
    two = Candidate(10, 40, 42, 47, None)
    assert once([one, two]) == [one, two]


SPEAKERS = st.sampled_from([None, SHE, HE])
CANDIDATES = st.lists(
    st.builds(
        Candidate,
        st.integers(0, 3),
        st.integers(4, 6),
        st.integers(0, 50),
        st.integers(51, 60),
        SPEAKERS,
    ),
    max_size=12,
)


@given(CANDIDATES)
def test_once_keeps_order_and_one_of_each_reading(candidates: list[Candidate]) -> None:
    kept = once(candidates)
    assert [c for c in candidates if any(c is k for k in kept)] == kept
    keys = [(c.start, c.end, c.speaker) for c in kept if c.speaker is not None]
    assert len(keys) == len(set(keys))
    assert {(c.start, c.end, c.speaker) for c in candidates} == {
        (c.start, c.end, c.speaker) for c in kept
    }
    assert [c for c in candidates if c.speaker is None] == [c for c in kept if c.speaker is None]
    assert once(kept) == kept
