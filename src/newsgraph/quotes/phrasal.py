"""Multi-word cues led by a verb: "weigh in on", "take a shot at", "make it clear that".

A verb that cues nothing alone becomes a speech act or a stance with a particle, an object
noun or a preposition; the phrases are data (``phrasal_cues`` in data/cues.yaml). Here
they are found in the dependency parse, and the part of the sentence that is their
content is read off; ``shapes`` adds the source.
"""

from __future__ import annotations

from .candidates import TIMESTAMP_ENTITIES
from .cues import QuoteCues
from .tree import Tree

# Words a phrasal cue may skip between two of its own: "took a few shots at", "made it
# clear", "threw her full weight behind".
PHRASE_GAP = 3
# Where a phrasal cue's content hangs when no final preposition carries it: a clause
# ("made it clear that …") or an object ("shrugged off the criticism").
PHRASE_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
PHRASE_OBJECT_DEPS = frozenset({"dobj"})
# An object that is the subject again ("distanced himself from") is no part of the content.
REFLEXIVE_ENDS = ("self", "selves")


class PhrasalCues:
    """The packaged phrases by their verb, longest first so "weigh in on" wins over
    "weigh in"."""

    def __init__(self, cues: QuoteCues) -> None:
        by_verb: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(cues.phrasal_cues, key=len, reverse=True):
            by_verb.setdefault(phrase[0], []).append(phrase)
        self.by_verb = {verb: tuple(phrases) for verb, phrases in by_verb.items()}
        self.verbs = frozenset(self.by_verb)
        self.object_preps = cues.object_preps

    def find(self, tree: Tree, verb: int) -> tuple[tuple[int, int], int] | None:
        """The content token range and the phrase's last token for the first phrase of
        ``verb``'s lemma found on it, if any.

        Each word after the verb is the next token of that lemma, at most ``PHRASE_GAP``
        words on, whose head is the verb or a word already matched. The object of a final
        preposition is the content; else the clause or object of the verb or its last
        word, or the object of a content preposition right after the phrase ("weighed in
        on X" from "weigh in").
        """
        for phrase in self.by_verb.get(tree.tokens[verb].lemma.lower(), ()):
            matched = self._match(tree, verb, phrase)
            if matched is None:
                continue
            content = self._content(tree, matched)
            if content is not None:
                return content, matched[-1]
        return None

    @staticmethod
    def _match(tree: Tree, verb: int, phrase: tuple[str, ...]) -> list[int] | None:
        """The tokens of ``phrase`` hung on ``verb`` in order, or None if one is missing.

        The verb's object may stand between two words of the phrase whatever its length:
        "pegged the mayor's approval at 49 percent", "ruled the idea out".
        """
        tokens = tree.tokens
        matched = [verb]
        end = tree.right[verb] + 1
        for word in phrase[1:]:
            last = matched[-1]
            reach = last + 2 + PHRASE_GAP
            for c in tree.children[verb]:
                if tokens[c].dep in PHRASE_OBJECT_DEPS and last < tree.left[c] <= reach:
                    reach = max(reach, tree.right[c] + 2 + PHRASE_GAP)
            found = next(
                (
                    j
                    for j in range(last + 1, min(reach, end))
                    if _hangs_on(tree, j, matched)
                    and word in (tokens[j].lemma.lower(), tokens[j].text.lower())
                ),
                None,
            )
            if found is None:
                return None
            matched.append(found)
        return matched

    def _content(self, tree: Tree, matched: list[int]) -> tuple[int, int] | None:
        """The content of a matched phrase (see ``find``)."""
        tokens = tree.tokens
        last = matched[-1]
        if tokens[last].dep == "mark":  # "called for him to resign": the clause it opens
            return last + 1, tree.right[tokens[last].head] + 1
        if tokens[last].pos == "ADP":
            # The parser may read a particle's object as its own: "shrugged off the critics".
            pobj = tree.child(last, ("pobj", "pcomp"))
            if pobj is not None:
                # "pegged the mayor's approval at 49 percent": the object and the figure.
                objects = [
                    c
                    for c in tree.children[matched[0]]
                    if c not in matched and c < last and tokens[c].dep in PHRASE_OBJECT_DEPS
                ]
                first = tree.left[pobj]
                if objects and not tokens[objects[0]].text.lower().endswith(REFLEXIVE_ENDS):
                    first = tree.left[objects[0]]
                return first, tree.right[pobj] + 1
            if tokens[last].dep == "prep":
                return None
        kids = sorted(c for m in matched for c in tree.children[m] if c not in matched)
        for c in kids:
            if c > last and self._clause(tree, c):
                return tree.left[c], tree.right[c] + 1
        for c in kids:
            if tokens[c].dep in PHRASE_OBJECT_DEPS and tokens[c].ent_type not in TIMESTAMP_ENTITIES:
                return tree.left[c], tree.right[c] + 1
        for c in (*tree.children[last], *tree.children[matched[0]]):
            if c == last + 1 and (pobj := self.prep_object(tree, c)) is not None:
                return tree.left[pobj], tree.right[pobj] + 1
        return None

    @staticmethod
    def _clause(tree: Tree, c: int) -> bool:
        """A clause a phrasal cue reports: a complement, or one the parser hung elsewhere:
        an adverbial or clausal subject opening with "that" ("made it clear that …", "made
        clear that …"), or an unmarked adverbial led by its subject ("made it clear they …")."""
        token = tree.tokens[c]
        if token.dep in PHRASE_CLAUSE_DEPS:
            return True
        lead = tree.tokens[tree.left[c]]
        if lead.dep == "mark" and lead.text.lower() == "that":
            return token.dep in ("advcl", "csubj")
        return (
            token.dep == "advcl"
            and token.pos == "VERB"
            and lead.dep == "nsubj"
            and tree.child(c, ("mark",)) is None
        )

    def prep_object(self, tree: Tree, prep: int) -> int | None:
        """The object of a content preposition ("weighed in on X"), if ``prep`` is one."""
        token = tree.tokens[prep]
        if token.dep != "prep" or token.text.lower() not in self.object_preps:
            return None
        return tree.child(prep, ("pobj", "pcomp"))


def _hangs_on(tree: Tree, j: int, matched: list[int]) -> bool:
    """Token ``j`` depends on a matched word, or opens a clause that does: the parser reads
    "called for him to resign" as "for" marking the clause "him to resign"."""
    head = tree.tokens[j].head
    return head in matched or (tree.tokens[j].dep == "mark" and tree.tokens[head].head in matched)
