"""Acts a later cue's content only runs over keep their own quote (``nested.own_acts``);
acts inside a set-off tag's content and a noun's acts stay part of the content. Sentences
written for these tests (one spaCy load per session, see conftest) and hand-built
candidates."""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.candidates import Candidate
from newsgraph.quotes.nested import own_acts

ADDING = (
    '"If the council votes for it, nothing you can do, folks," the mayor said before '
    'adding: "Though the harbour people, maybe there is."'
)

# "he said so before adding more" (offsets one space apart)
ROWS = [
    ("he", "he", "PRON", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("so", "so", "ADV", "advmod", 1),
    ("before", "before", "ADP", "prep", 1),
    ("adding", "add", "VERB", "pcomp", 3),
    ("more", "more", "ADJ", "dobj", 4),
]
TEXT = " ".join(row[0] for row in ROWS)


def _pair() -> tuple[list[Candidate], Candidate, Candidate]:
    tree = tree_of(ROWS)
    t = tree.tokens
    act = Candidate(t[2].start, t[2].end, t[1].start, t[1].end, (0, 1, 0))
    # the later cue's content runs from the act's words across the later cue
    later = Candidate(t[0].start, t[5].end, t[4].start, t[4].end, (0, 1, 0))
    return [act, later], act, later


def test_an_act_before_a_cue_whose_content_runs_over_it_comes_back() -> None:
    tree = tree_of(ROWS)
    both, act, later = _pair()
    assert own_acts([later], both, TEXT, tree) == [later, act]


def test_an_act_inside_a_set_off_tags_content_stays_in_it() -> None:
    tree = tree_of(ROWS)
    both, _, later = _pair()
    text = TEXT[: later.cue_end] + "," + TEXT[later.cue_end + 1 :]
    assert own_acts([later], both, text, tree) == [later]


def test_an_act_after_the_holding_cue_stays_in_its_content() -> None:
    tree = tree_of(ROWS)
    t = tree.tokens
    act = Candidate(t[5].start, t[5].end, t[4].start, t[4].end, (0, 1, 0))
    holder = Candidate(t[2].start, t[5].end, t[1].start, t[1].end, (0, 1, 0))
    assert own_acts([holder], [holder, act], TEXT, tree) == [holder]


def test_a_quote_said_before_adding_another_is_the_speakers_own(spans) -> None:
    found = spans(ADDING)
    said = [q for q in found if q.cue == "said"]
    assert len(said) == 1
    assert said[0].text.startswith('"If the council votes')
    assert said[0].text.endswith('folks,"')
    assert said[0].speaker_text == "the mayor"


def test_a_nouns_act_before_a_set_off_tag_stays_in_its_content(spans) -> None:
    text = "Like his comments about the port, the harbour chief said, the remarks were unfair."
    (quote,) = spans(text)
    assert quote.cue == "said" and quote.text.startswith("Like his comments")
