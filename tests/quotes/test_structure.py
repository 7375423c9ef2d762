"""Structural helpers of the extractor on hand-built tokens (no parser)."""

from __future__ import annotations

from newsgraph.quotes.tree import Tree
from newsgraph.records import Token


def _tree(words: list[tuple[str, str]]) -> Tree:
    """Tokens of (text, pos) pairs separated by single spaces; the parse is irrelevant here."""
    out, at = [], 0
    for i, (text, pos) in enumerate(words):
        out.append(Token(i, text, at, at + len(text), text.lower(), pos, pos, "dep", 0))
        at += len(text) + 1
    return Tree.build(tuple(out))


def test_a_further_act_is_set_off_by_a_comma_or_conjunction() -> None:
    words = [
        ("safe", "ADJ"),
        (",", "PUNCT"),
        ("adding", "VERB"),
        ("and", "CCONJ"),
        ("tells", "VERB"),
    ]
    tree = _tree(words)
    assert tree.set_off(2)  # "…, adding"
    assert tree.set_off(4)  # "and tells"
    assert tree.set_off(0)


def test_a_participle_inside_a_noun_phrase_is_not_a_further_act() -> None:
    tree = _tree([("with", "ADP"), ("enough", "ADJ"), ("pledged", "VERB"), ("votes", "NOUN")])
    assert not tree.set_off(2)


def test_a_comparison_a_cue_closes_reports_the_compared_clause(spans, by_cue) -> None:
    text = "Turnout at the harbour vote was far higher than most analysts had forecast."
    quote = by_cue(spans(text), "had forecast")
    assert quote.speaker_text == "most analysts"
    assert quote.text == "Turnout at the harbour vote was far higher"


def test_as_a_time_clause_is_no_comparison(spans) -> None:
    text = "The ferry left the harbour as the crowd applauded."
    assert not [s for s in spans(text) if s.cue == "applauded"]


def test_a_study_that_finds_a_noun_reports_it(spans, by_cue) -> None:
    quote = by_cue(spans("A new harbour survey found strong support for the ferry."), "found")
    assert quote.speaker_text == "A new harbour survey"
    assert quote.text == "strong support for the ferry"


def test_a_person_who_finds_a_thing_reports_nothing(spans) -> None:
    assert not [s for s in spans("The harbour master found the keys under the ferry.")]
