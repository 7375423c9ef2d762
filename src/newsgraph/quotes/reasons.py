"""The reason given after a cue verb's target.

"He lashed out at Turkey for shooting down a jet", "pleading with voters for their
support": the verb's own preposition names a target, and a second preposition of the
verb ("for", "over") says what the target is blamed or asked for. Attribution corpora
mark that reason as what was said, so it joins the target in the content (which still
holds the target, as marked where no reason follows).
"""

from __future__ import annotations

from collections.abc import Collection

from .tree import Tree

Part = tuple[int, int]


def with_reason(tree: Tree, verb: int, parts: list[Part], preps: Collection[str]) -> list[Part]:
    """The parts, a lone prepositional object of the verb widened over a reason
    preposition of the same verb that follows right after it; other parts as they are."""
    if len(parts) != 1:
        return parts
    first, last = parts[0]
    target = _root(tree, first, last)
    tokens = tree.tokens
    if target is None or tokens[target].dep != "pobj" or tokens[tokens[target].head].head != verb:
        return parts
    for child in tree.children[verb]:
        if (
            child >= last
            and tokens[child].dep == "prep"
            and tokens[child].text.lower() in preps
            and tree.left[child] <= last + 1
        ):
            return [(first, tree.right[child] + 1)]
    return parts


def _root(tree: Tree, first: int, last: int) -> int | None:
    """The one token of the span whose head lies outside it, if only one does."""
    tokens = tree.tokens
    roots = [
        i for i in range(first, last) if not first <= tokens[i].head < last or tokens[i].head == i
    ]
    return roots[0] if len(roots) == 1 else None
