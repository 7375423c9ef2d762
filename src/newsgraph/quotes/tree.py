"""Dependency-tree helpers over plain ``Token`` records: children and subtree edges."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from ..deptree import dependents
from ..records import Token

PUNCT_EDGE = frozenset({"PUNCT", "SPACE"})
# Marks that may join two words written without spaces into one name ("Times/CBS").
JOINING_POS = PUNCT_EDGE | {"SYM"}
# A clause on a noun that a bare list member does not carry; a past tense the parse hung
# on a noun as a reduced clause is often the noun's own predicate ("The ferry left early,
# records show"), no clause on it.
CLAUSE_MODIFIERS = frozenset({"relcl"})
PAST_TENSE = "VBD"
# The quantifiers English floats off a subject ("the leaders both said", "the senators,
# who …, all agreed"), which the parse may read as a second subject.
FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
# What sets a clause off from the words before it: "…, adding that", "and tells".
SET_OFF_POS = frozenset({"PUNCT", "CCONJ"})


@dataclass(frozen=True, slots=True)
class Tree:
    """Children lists and subtree edges, computed once per article in linear time."""

    tokens: tuple[Token, ...]
    children: tuple[tuple[int, ...], ...]
    left: tuple[int, ...]
    right: tuple[int, ...]

    @classmethod
    def build(cls, tokens: tuple[Token, ...]) -> Tree:
        n = len(tokens)
        kids = dependents(tokens)
        left = list(range(n))
        right = list(range(n))
        for i in _post_order(kids, tokens):
            for child in kids[i]:
                left[i] = min(left[i], left[child])
                right[i] = max(right[i], right[child])
        return cls(tokens, tuple(tuple(k) for k in kids), tuple(left), tuple(right))

    def child(self, i: int, deps: Collection[str]) -> int | None:
        return next((c for c in self.children[i] if self.tokens[c].dep in deps), None)

    def leading(self, i: int, deps: Collection[str]) -> int:
        """Where the run of ``i``'s own ``deps`` children right before it begins (``i`` when
        there are none): a cue with its auxiliaries and adverbs, "has also said"."""
        first = i
        while first > 0 and self.tokens[first - 1].head == i and self.tokens[first - 1].dep in deps:
            first -= 1
        return first

    def subject(self, i: int, deps: Collection[str] = ("nsubj",)) -> int | None:
        """The subject of ``i`` nearest before it, else the first after it.

        A dateline the parser also reads as a subject ("LONDON (Reuters) - Trump said",
        "WASHINGTON, July 25 (UPI) — The committee released") stands further from the verb
        than the real one. Two subjects with only a comma between them are one the parser
        failed to coordinate ("North Korea, Russia agree"): the first heads them, unless
        the two are named things of different kinds ("in Salem, New Hampshire, Trump went")
        or the first has a clause of its own ("Absent his plan, which he has not
        introduced, Clinton pointed to …": a fronted phrase, no list). A bare "both",
        "all" or "each" after another subject is floated off it ("the figures both said")."""
        found = [c for c in self.children[i] if self.tokens[c].dep in deps]
        before = [c for c in found if c < i]
        if not before:
            return found[0] if found else None
        nearest = before[-1]
        if len(before) > 1:
            earlier = before[-2]
            if (
                self.tokens[nearest].text.lower() in FLOATING_QUANTIFIERS
                and not self.children[nearest]
            ):
                return earlier  # "Party figures — whose … — both suggested": a quantifier

            between = self.tokens[self.right[earlier] + 1 : self.left[nearest]]
            kinds = {self.tokens[earlier].ent_type, self.tokens[nearest].ent_type}
            described = any(
                self.tokens[c].dep in CLAUSE_MODIFIERS
                or (self.tokens[c].dep == "acl" and self.tokens[c].tag != PAST_TENSE)
                for c in self.children[earlier]
            )
            if (
                [t.text for t in between] == [","]
                and (len(kinds) == 1 or "" in kinds)
                and not described
            ):
                return earlier
        return nearest

    def span(self, i: int, exclude: Collection[str] = ()) -> tuple[int, int]:
        """Token range [first, last) of i's subtree, leaving out children with ``exclude`` deps
        that lie at the subtree's edges (a relative clause after a name, an apposition)."""
        first, last = self.left[i], self.right[i] + 1
        for c in self.children[i]:
            if self.tokens[c].dep in exclude and not self._joining(c):
                if c > i:
                    last = min(last, self.left[c])
                else:
                    first = max(first, self.right[c] + 1)
        return self.trim(first, last)

    def _joining(self, i: int) -> bool:
        """Punctuation written between two words with no space, joining them into one
        name ("a New York Times/CBS News poll"), not setting anything off."""
        tokens = self.tokens
        return (
            tokens[i].pos in JOINING_POS
            and 0 < i < len(tokens) - 1
            and tokens[i - 1].end == tokens[i].start
            and tokens[i].end == tokens[i + 1].start
            and tokens[i - 1].pos not in PUNCT_EDGE
            and tokens[i + 1].pos not in PUNCT_EDGE
        )

    def set_off(self, first: int) -> bool:
        """Whether the words from ``first`` are set off from those before them by
        punctuation or a conjunction, as a further act is ("…, adding that", "and tells");
        "with enough pledged delegates" is not."""
        tokens = self.tokens
        if first == 0:
            return True
        return tokens[first].pos in SET_OFF_POS or tokens[first - 1].pos in SET_OFF_POS

    def trim(self, first: int, last: int, keep: Collection[str] = ()) -> tuple[int, int]:
        """Drop punctuation at both ends, except marks listed in ``keep``."""
        tokens = self.tokens
        while first < last and tokens[first].pos in PUNCT_EDGE and tokens[first].text not in keep:
            first += 1
        while (
            last > first
            and tokens[last - 1].pos in PUNCT_EDGE
            and (tokens[last - 1].text not in keep)
        ):
            last -= 1
        return first, last


def _post_order(kids: list[list[int]], tokens: tuple[Token, ...]) -> list[int]:
    roots = [t.i for t in tokens if t.head == t.i or not 0 <= t.head < len(tokens)]
    order: list[int] = []
    stack = [(r, False) for r in roots]
    seen = set()
    while stack:
        node, done = stack.pop()
        if done:
            order.append(node)
            continue
        if node in seen:
            continue
        seen.add(node)
        stack.append((node, True))
        stack.extend((c, False) for c in kids[node])
    return order
