"""Dependency-tree helpers for event extraction: children, conjuncts, prepositional objects."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..records import Actor, Token
from .lexicon import Argument

Tokens = Sequence[Token]
Children = list[list[int]]
ActorMap = Mapping[int, tuple[Actor, ...]]


def argument(tokens: Tokens, i: int, children: Children) -> Argument:
    modifiers = tuple(tokens[c].lemma for c in children[i] if tokens[c].dep in ("compound", "amod"))
    return Argument(tokens[i].lemma, modifiers)


def children(tokens: Sequence[Token]) -> list[list[int]]:
    children: list[list[int]] = [[] for _ in tokens]
    for token in tokens:
        if token.head != token.i:
            children[token.head].append(token.i)
    return children


def with_conjuncts(tokens: Tokens, heads: Sequence[int], children: Children) -> list[int]:
    """Expand "Russia and North Korea" into both heads."""
    out: list[int] = []
    stack = list(heads)
    while stack:
        node = stack.pop(0)
        if node in out:
            continue
        out.append(node)
        stack.extend(c for c in children[node] if tokens[c].dep == "conj")
    return out


def prep_objects(
    tokens: Tokens, i: int, preps: Sequence[str], children: Children, deps: frozenset[str]
) -> list[int]:
    found: list[int] = []
    for c in children[i]:
        if tokens[c].dep in deps and tokens[c].lemma in preps:
            objects = [g for g in children[c] if tokens[g].dep == "pobj"]
            found.extend(with_conjuncts(tokens, objects, children))
    return found


def owners(tokens: Tokens, i: int, children: Children, actors: ActorMap) -> list[int]:
    """Actors modifying a noun: "North Korea's exports", "North Korean weapons exports"."""
    found = []
    for c in children[i]:
        if tokens[c].dep in ("poss", "compound", "amod", "nmod"):
            if c in actors:
                found.extend(x for x in with_conjuncts(tokens, [c], children) if x in actors)
            else:
                found.extend(owners(tokens, c, children, actors))
    return found


def first_actor(
    tokens: Tokens, heads: Sequence[int], children: Children, actors: ActorMap
) -> Actor | None:
    for head in with_conjuncts(tokens, heads, children):
        if head in actors:
            return actors[head][0]
    return None
