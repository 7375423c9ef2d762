"""What a telling verb tells when its object is a story, not a listener: "Olsen told a
joke", "she tells the story of how the ferry sank", "told the tale of a general".

"Tell" takes its listener as object ("told reporters"), so its noun object is no content;
a story noun is the telling itself, and what it is of or about is what was said.
"""

from __future__ import annotations

from .tree import Tree

# Prepositions after a story noun that say what it tells: "the story of", "a joke about".
TOPIC_PREPS = frozenset({"of", "about"})


def told(tree: Tree, verb: int, nouns: frozenset[str]) -> tuple[int, int] | None:
    """The token range ``verb`` tells through a story-noun object, or None."""
    tokens = tree.tokens
    obj = next((c for c in tree.children[verb] if c > verb and tokens[c].dep == "dobj"), None)
    if obj is None or tokens[obj].lemma not in nouns:
        return None
    for c in tree.children[obj]:
        if c > obj and tokens[c].text.lower() in TOPIC_PREPS:
            topic = tree.child(c, ("pobj", "pcomp"))
            if topic is not None:
                return tree.left[topic], tree.right[topic] + 1
    return tree.left[obj], tree.right[obj] + 1
