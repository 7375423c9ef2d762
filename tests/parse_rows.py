"""Hand-built parses for tests: one row per token, in the shape the parser gives.

A row is ``(text, lemma, pos, dep, head)`` (the tag is the POS), ``(text, lemma, pos,
tag, dep, head)`` or ``(text, lemma, pos, tag, dep, head, entity)``; tokens are laid out
one space apart, so offsets follow from the texts.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.quotes.tree import Tree
from newsgraph.records import Token


def tokens_of(rows: Sequence[tuple]) -> tuple[Token, ...]:
    tokens = []
    at = 0
    for i, row in enumerate(rows):
        if len(row) == 5:
            text, lemma, pos, dep, head = row
            tag, entity = pos, ""
        elif len(row) == 6:
            text, lemma, pos, tag, dep, head = row
            entity = ""
        else:
            text, lemma, pos, tag, dep, head, entity = row
        tokens.append(Token(i, text, at, at + len(text), lemma, pos, tag, dep, head, entity))
        at += len(text) + 1
    return tuple(tokens)


def tree_of(rows: Sequence[tuple]) -> Tree:
    return Tree.build(tokens_of(rows))
