"""Nested attributions that still count (``quotes.nested``): a named speaker inside what an
agentless passive reports keeps a quote, a pronoun's does not; a relayed speech act stands
for its subject only when it has no attribution of its own. Trees are written out in the
parser's shape."""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.candidates import Candidate
from newsgraph.quotes.nested import relayed, unowned

# "Trump was asked what he thought ." (offsets one space apart)
ASKED = [
    ("Trump", "Trump", "PROPN", "nsubjpass", 2),
    ("was", "be", "AUX", "auxpass", 2),
    ("asked", "ask", "VERB", "ROOT", 2),
    ("what", "what", "PRON", "dobj", 5),
    ("he", "he", "PRON", "nsubj", 5),
    ("thought", "think", "VERB", "ccomp", 2),
    (".", ".", "PUNCT", "punct", 2),
]


def _asked() -> tuple[Candidate, Candidate]:
    tree = tree_of(ASKED)
    t = tree.tokens
    frame = Candidate(t[0].start, t[5].end, t[1].start, t[2].end, None, unnamed=True)
    inner = Candidate(t[3].start, t[3].end, t[5].start, t[5].end, (4, 5, 4))
    return frame, inner


def test_a_pronouns_act_inside_an_agentless_passive_is_part_of_it() -> None:
    frame, inner = _asked()
    assert unowned([frame, inner], tree_of(ASKED)) == [frame]


def test_a_named_speaker_inside_an_agentless_passive_keeps_its_quote() -> None:
    rows = list(ASKED)
    rows[4] = ("Cruz", "Cruz", "PROPN", "nsubj", 5)
    frame, inner = _asked()
    assert unowned([frame, inner], tree_of(rows)) == [frame, inner]


# "KCNA said the ministry denounces the drills ."
RELAYED = [
    ("KCNA", "KCNA", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("ministry", "ministry", "NOUN", "nsubj", 4),
    ("denounces", "denounce", "VERB", "ccomp", 1),
    ("the", "the", "DET", "det", 6),
    ("drills", "drill", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_relayed_act_with_no_attribution_of_its_own_stands_for_its_subject() -> None:
    tree = tree_of(RELAYED)
    t = tree.tokens
    report = Candidate(t[2].start, t[6].end, t[1].start, t[1].end, (0, 1, 0), (2, 4, 3))
    assert relayed(report, [], tree) == (2, 4, 3)
    own = Candidate(t[5].start, t[6].end, t[4].start, t[4].end, (2, 4, 3))
    assert relayed(report, [own], tree) is None
    plain = Candidate(t[2].start, t[6].end, t[1].start, t[1].end, (0, 1, 0))
    assert relayed(plain, [], tree) is None


def test_an_act_inside_a_content_holding_its_cue_is_part_of_it(spans) -> None:
    # the content runs past its own cue, so the mayor's praise is part of what appears
    (quote,) = spans("The crowd appears to cheer as the mayor praises the ferry.")
    assert quote.cue == "appears"
    assert quote.text == "The crowd appears to cheer as the mayor praises the ferry"


def test_an_act_after_an_unnamed_source_is_part_of_what_it_sources(spans) -> None:
    text = "According to the statement, the mayor met with the council to discuss a new pier."
    (quote,) = spans(text)
    assert quote.cue == "According to" and quote.speaker_text == "the statement"
    # before its cue the sourced sentence keeps its own verb's quote too
    cues = {s.cue for s in spans("The mayor praised the pier, according to a statement.")}
    assert cues == {"according to", "praised"}
