"""Structural helpers of the extractor on hand-built tokens (no parser)."""

from __future__ import annotations

from newsgraph.quotes.bounds import _set_off
from newsgraph.records import Token


def _tokens(words: list[tuple[str, str]]) -> tuple[Token, ...]:
    """Tokens of (text, pos) pairs separated by single spaces; the parse is irrelevant here."""
    out, at = [], 0
    for i, (text, pos) in enumerate(words):
        out.append(Token(i, text, at, at + len(text), text.lower(), pos, pos, "dep", 0))
        at += len(text) + 1
    return tuple(out)


def test_a_further_act_is_set_off_by_a_comma_or_conjunction() -> None:
    words = [
        ("safe", "ADJ"),
        (",", "PUNCT"),
        ("adding", "VERB"),
        ("and", "CCONJ"),
        ("tells", "VERB"),
    ]
    tokens = _tokens(words)
    assert _set_off(tokens, 2)  # "…, adding"
    assert _set_off(tokens, 4)  # "and tells"
    assert _set_off(tokens, 0)


def test_a_participle_inside_a_noun_phrase_is_not_a_further_act() -> None:
    tokens = _tokens([("with", "ADP"), ("enough", "ADJ"), ("pledged", "VERB"), ("votes", "NOUN")])
    assert not _set_off(tokens, 2)
