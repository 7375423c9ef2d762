"""Attribution phrases: "according to X" makes X the speaker of the rest of its sentence.

The phrases are data (``attribution_phrases`` in data/cues.yaml). Which side of the
phrase is the content is read from the clause the phrase hangs on; a document with no
owner or name ("a statement") is marked unnamed so the speaker resolver looks back for
whose it is. When the parse made the phrase the sentence's root, its subject is what is
sourced ("That's according to the filings"), or else the rest of the sentence after the
comma that ends the source ("According to a study by Pew based on census data, eligible
voters …").
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
            speaker = speaker_of(tree, pobj)
            if first >= last and tokens[i].head == i:
                # The parse made the phrase the sentence's root and hung the rest on it.
                first, last, speaker = self._rooted(tree, i, pobj, sentence.last_token)
            if first >= last:
                continue
            return Candidate.over(
                tokens, (first, last), (i, prep), speaker, unnamed=self._unnamed(tree, pobj)
            )
        return None

    def _rooted(
        self, tree: Tree, i: int, pobj: int, end: int
    ) -> tuple[int, int, tuple[int, int, int]]:
        """What a phrase the parse made the root sources, and who: its subject ("That's
        according to fundraising reports"), or the rest of the sentence after the comma
        that ends the source ("According to a study by Pew based on census data, eligible
        voters …"), the source cut at that comma."""
        tokens = tree.tokens
        speaker = speaker_of(tree, pobj)
        subject = tree.child(i, SUBJECT_DEPS)
        if subject is not None and subject < i:
            first, last = tree.trim(tree.left[subject], tree.right[subject] + 1, self.keep_marks)
            return first, last, speaker
        commas = [j for j in range(pobj + 1, end) if tokens[j].text == ","]
        # The comma hung on the phrase itself ends the source; one inside it sets off a
        # description of the source ("According to Grimm, a professor at Leeds, …").
        comma = next((j for j in commas if tokens[j].head == i), commas[0] if commas else None)
        if comma is None:
            return 0, 0, speaker
        first, last = tree.trim(comma + 1, end, self.keep_marks)
        source_first, source_last, root = speaker
        return first, last, (source_first, min(source_last, comma), root)

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
