"""How far a speaker's mention reaches (``quotes.candidates.speaker_of``).

The trees are written out by hand in the shape the parser gives for such sentences.
"""

from __future__ import annotations

from newsgraph.quotes.candidates import Candidate, outermost, speaker_of
from newsgraph.quotes.tree import Tree
from newsgraph.records import Token

# (text, pos, dep, head)
Row = tuple[str, str, str, int]


def _tree(rows: list[Row]) -> Tree:
    tokens = []
    at = 0
    for i, (text, pos, dep, head) in enumerate(rows):
        tokens.append(Token(i, text, at, at + len(text), text.lower(), pos, "NNP", dep, head))
        at += len(text) + 1
    return Tree.build(tuple(tokens))


# "CLEVELAND , July 19 ( UPI ) — Former Attorney General Michael Mukasey told delegates"
# with the dateline taken for the subject and the speaker hung on it as an apposition.
DATELINE: list[Row] = [
    ("CLEVELAND", "PROPN", "nsubj", 13),
    (",", "PUNCT", "punct", 0),
    ("July", "PROPN", "npadvmod", 0),
    ("19", "NUM", "nummod", 2),
    ("(", "PUNCT", "punct", 5),
    ("UPI", "PROPN", "appos", 0),
    (")", "PUNCT", "punct", 5),
    ("—", "PUNCT", "punct", 0),
    ("Former", "ADJ", "compound", 10),
    ("Attorney", "PROPN", "compound", 10),
    ("General", "PROPN", "compound", 12),
    ("Michael", "PROPN", "compound", 12),
    ("Mukasey", "PROPN", "appos", 0),
    ("told", "VERB", "ROOT", 13),
    ("delegates", "NOUN", "dobj", 13),
]


def test_speaker_after_a_long_dateline_is_the_name_after_the_dash() -> None:
    first, last, root = speaker_of(_tree(DATELINE), 0)
    assert (first, last, root) == (8, 13, 12)


def test_apposition_before_the_dash_is_the_dateline_itself() -> None:
    rows = list(DATELINE)
    rows[7] = (",", "PUNCT", "punct", 0)  # no dash: no dateline to pass over
    first, _, root = speaker_of(_tree(rows), 0)
    assert root == 0 and first == 0


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _candidate(text: str, cue: str, content: str, speaker: int) -> Candidate:
    cue_start, cue_end = _span(text, cue)
    start, end = _span(text, content)
    return Candidate(start, end, cue_start, cue_end, (0, 1, speaker))


FURTHER = "He called on Congress to act and proposed a safe zone for refugees."


def test_further_act_of_the_same_speaker_is_a_quote_of_its_own() -> None:
    outer = _candidate(FURTHER, "called on", "Congress to act and proposed a safe zone", 0)
    act = _candidate(FURTHER, "proposed", "a safe zone for refugees", 0)
    kept = outermost([outer, act], FURTHER)
    assert kept == [outer, act]
    assert FURTHER[outer.start : outer.end] == "Congress to act"


def test_act_of_another_speaker_inside_the_content_stays_nested() -> None:
    outer = _candidate(FURTHER, "called on", "Congress to act and proposed a safe zone", 0)
    act = _candidate(FURTHER, "proposed", "a safe zone for refugees", 3)
    assert outermost([outer, act], FURTHER) == [outer]


def test_infinitive_coordinated_inside_the_content_stays_nested() -> None:
    text = "She was eager to chat with him and float an idea."
    outer = _candidate(text, "was eager", "to chat with him and float an idea", 0)
    act = _candidate(text, "float", "an idea", 0)
    assert outermost([outer, act], text) == [outer]


def test_participle_after_a_comma_is_a_further_act() -> None:
    text = "Perez hammered Trump, calling him a wreck."
    outer = _candidate(text, "hammered", "Trump, calling him a wreck", 0)
    act = _candidate(text, "calling", "him a wreck", 0)
    assert outermost([outer, act], text) == [outer, act]
    assert text[outer.start : outer.end] == "Trump"


def test_quote_before_skips_a_quotation_set_inside_a_phrase(tools) -> None:
    from newsgraph.quotes.candidates import quote_before
    from newsgraph.quotes.marks import quoted_regions
    from newsgraph.records import Article

    parser, _, extractor = tools
    text = (
        "“We have had more successful ferry seasons than this one,” Ole Berg, wearing a cap "
        "and “Save Our Ferry” pins, said."
    )
    parsed = parser.parse([Article(key="k", id="t", origin="test", text=text)])[0]
    tree = Tree.build(parsed.tokens)
    regions = quoted_regions(text, extractor.cues.quote_marks)
    verb = next(t.i for t in parsed.tokens if t.text == "said")
    found = quote_before(text, tree, verb, regions, extractor.closing_chars)
    assert found is not None
    assert text[found.start : found.end].startswith("“We have had")
