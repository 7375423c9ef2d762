"""Attribution phrases: "according to X" makes X the speaker of the rest of its sentence.

The phrases are data (``attribution_phrases`` in data/cues.yaml). Which side of the
phrase is the content is read from the clause the phrase hangs on; a document with no
owner or name ("a statement") is marked unnamed so the speaker resolver looks back for
whose it is.
"""

from __future__ import annotations

from ..records import ParsedArticle
from .candidates import Candidate, speaker_of
from .cues import QuoteCues
from .grammar import SUBJECT_DEPS
from .tree import Tree


class According:
    """Finds "according to X" and kin; stateless past the loaded cues."""

    def __init__(self, cues: QuoteCues, keep_marks: frozenset[str]) -> None:
        self.cues = cues
        self.keep_marks = keep_marks
        self.phrase_starts = frozenset(p[0] for p in cues.attribution_phrases)

    def find(self, parsed: ParsedArticle, tree: Tree, i: int) -> Candidate | None:
        """ "according to X": X is the speaker of the rest of the sentence."""
        tokens = tree.tokens
        if tokens[i].text.lower() not in self.phrase_starts:
            return None
        for phrase in self.cues.attribution_phrases:
            end = i + len(phrase)
            if end > len(tokens) or any(
                tokens[i + k].text.lower() != word for k, word in enumerate(phrase)
            ):
                continue
            prep = end - 1
            pobj = tree.child(prep, ("pobj",))
            if pobj is None:
                continue
            top = i if tree.left[i] <= i and tree.right[i] >= pobj else prep
            low, high = tree.left[top], tree.right[top] + 1
            sentence = parsed.sentences[tokens[i].sent]
            before = tree.trim(sentence.first_token, low, self.keep_marks)
            after = tree.trim(high, sentence.last_token, self.keep_marks)
            first, last = _sourced_side(tree, tree.tokens[top].head, before, after)
            if first >= last:
                continue
            return Candidate(
                tokens[first].start,
                tokens[last - 1].end,
                tokens[i].start,
                tokens[prep].end,
                speaker_of(tree, pobj),
                unnamed=self._unnamed(tree, pobj),
            )
        return None

    def _unnamed(self, tree: Tree, root: int) -> bool:
        """A document with no owner or name on it: "a statement", not "Moscow's statement"."""
        tokens = tree.tokens
        if tokens[root].lemma not in self.cues.voice_nouns or tokens[root].pos == "PROPN":
            return False
        return not any(tokens[c].dep in ("poss", "compound") for c in tree.children[root])


def _sourced_side(
    tree: Tree, head: int, before: tuple[int, int], after: tuple[int, int]
) -> tuple[int, int]:
    """The side of "according to X" that holds the clause, with its subject, the phrase
    hangs on ("Trump went, because, according to Trump, the media would call him …"; "59
    percent view her unfavorably, according to a poll last week - virtually the same as
    …"), else the longer side."""
    subject = tree.child(head, SUBJECT_DEPS)
    for first, last in (before, after):
        if subject is not None and first <= head < last and first <= subject < last:
            return first, last
    return max(before, after, key=lambda r: r[1] - r[0])
