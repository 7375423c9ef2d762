"""Object-verb complements and listeners (``quotes.objects``) on hand-built trees."""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.bounds import Bounds
from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.objects import Objects

# (text, lemma, pos, dep, head)
Row = tuple[str, str, str, str, int]


def _objects() -> Objects:
    cues = QuoteCues.load()
    marks = frozenset(m for pair in cues.quote_marks for m in pair)
    closing = "".join(sorted({c for _, mark in cues.quote_marks for c in mark}))
    return Objects(cues, Bounds(cues, marks), closing)


# "Berg asked the workers if they planned to strike ." with the "if" clause adverbial.
ASKED_IF: list[Row] = [
    ("Berg", "Berg", "PROPN", "nsubj", 1),
    ("asked", "ask", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("workers", "worker", "NOUN", "dobj", 1),
    ("if", "if", "SCONJ", "mark", 6),
    ("they", "they", "PRON", "nsubj", 6),
    ("planned", "plan", "VERB", "advcl", 1),
    ("to", "to", "PART", "aux", 8),
    ("strike", "strike", "VERB", "xcomp", 6),
    (".", ".", "PUNCT", "punct", 1),
]


def test_the_asked_clause_is_the_content_and_the_object_only_listens() -> None:
    parts, cue_last = _objects().read(tree_of(ASKED_IF), 1, 2)
    assert parts == [(4, 9)] and cue_last == 2


def test_a_condition_after_another_verb_leaves_the_object_the_content() -> None:
    rows = [(t, "promise" if lemma == "ask" else lemma, p, d, h) for t, lemma, p, d, h in ASKED_IF]
    parts, _ = _objects().read(tree_of(rows), 1, 2)
    assert parts == [(2, 4)]


def test_after_a_quoted_question_any_object_is_the_one_asked() -> None:
    # "asked the workers" after a quotation; only the object part is left to judge
    tree = tree_of(ASKED_IF)
    objects = _objects()
    assert objects.without_listener(tree, 1, [(2, 4)], "“Why now?”") == []
    assert objects.without_listener(tree, 1, [(2, 4)], "“We will strike,”") == [(2, 4)]


def _cast(rows: list[Row]) -> bool:
    return _objects().unframed(tree_of(rows), 1)


def test_cast_reports_a_view_only_with_a_phrase_after_its_object() -> None:
    # "They cast their ballots ."
    ballots: list[Row] = [
        ("They", "they", "PRON", "nsubj", 1),
        ("cast", "cast", "VERB", "ROOT", 1),
        ("their", "their", "PRON", "poss", 3),
        ("ballots", "ballot", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert _cast(ballots)
    # "They cast him as a liar ." with the frame on the verb
    framed: list[Row] = [
        ("They", "they", "PRON", "nsubj", 1),
        ("cast", "cast", "VERB", "ROOT", 1),
        ("him", "he", "PRON", "dobj", 1),
        ("as", "as", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 5),
        ("liar", "liar", "NOUN", "pobj", 3),
    ]
    assert not _cast(framed)
    # "They cast doubt on the count ." with the phrase on the object
    doubt: list[Row] = [
        ("They", "they", "PRON", "nsubj", 1),
        ("cast", "cast", "VERB", "ROOT", 1),
        ("doubt", "doubt", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5),
        ("count", "count", "NOUN", "pobj", 3),
    ]
    assert not _cast(doubt)
    # Any other verb is not judged here
    rows = [
        (t, "criticize" if lemma == "cast" else lemma, p, d, h) for t, lemma, p, d, h in ballots
    ]
    assert not _cast(rows)


def test_no_direct_object_of_speak_is_what_was_said() -> None:
    # "Obama spoke Hebrew about peace ."
    rows: list[Row] = [
        ("Obama", "Obama", "PROPN", "nsubj", 1),
        ("spoke", "speak", "VERB", "ROOT", 1),
        ("Hebrew", "Hebrew", "PROPN", "dobj", 1),
        ("about", "about", "ADP", "prep", 1),
        ("peace", "peace", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    parts, _ = _objects().read(tree_of(rows), 1, 2)
    assert parts == [(4, 5)]
    # another object verb keeps its object: "Obama praised Hebrew about peace"
    praised = [(t, "praise" if lemma == "speak" else lemma, p, d, h) for t, lemma, p, d, h in rows]
    parts, _ = _objects().read(tree_of(praised), 1, 2)
    assert parts[0] == (2, 3)


def test_a_place_after_the_object_frames_nothing() -> None:
    # "They cast their ballots in Iowa ."
    rows: list[Row] = [
        ("They", "they", "PRON", "nsubj", 1),
        ("cast", "cast", "VERB", "ROOT", 1),
        ("their", "their", "PRON", "poss", 3),
        ("ballots", "ballot", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Iowa", "Iowa", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert _cast(rows)
    # "They cast their ballots for Iowa ." names whom the votes go to
    voted = [(t, "for" if t == "in" else lemma, p, d, h) for t, lemma, p, d, h in rows]
    voted = [("for" if t == "in" else t, lemma, p, d, h) for t, lemma, p, d, h in voted]
    assert not _cast(voted)


# "Obama released a statement Thursday condemning the attack ."
RELEASED_CONDEMNING: list[tuple[str, str, str, str, str, int]] = [
    ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
    ("released", "release", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 3),
    ("statement", "statement", "NOUN", "NN", "dobj", 1),
    ("Thursday", "Thursday", "PROPN", "NNP", "npadvmod", 1),
    ("condemning", "condemn", "VERB", "VBG", "advcl", 1),
    ("the", "the", "DET", "DT", "det", 7),
    ("attack", "attack", "NOUN", "NN", "dobj", 5),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_document_worded_by_any_cue_participle_is_its_vehicle() -> None:
    tree = tree_of(RELEASED_CONDEMNING)
    assert _objects().vehicle(tree, 1, [(2, 4)])


def test_a_document_with_a_participle_of_no_cue_stands_alone() -> None:
    rows = [
        row if i != 5 else ("arriving", "arrive", "VERB", "VBG", "advcl", 1)
        for i, row in enumerate(RELEASED_CONDEMNING)
    ]
    assert not _objects().vehicle(tree_of(rows), 1, [(2, 4)])
