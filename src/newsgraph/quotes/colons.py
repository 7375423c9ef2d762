"""Quotations a colon or comma introduces: "Mr. Christie gloated: “…”", "Hillary shot
back, “…”", "- Jeffrey M. Jones: “…”".

A clause that ends in a colon right before a quotation introduces it, whatever its verb:
news copy sets a quote off this way after verbs no lexicon lists ("boomed:", "shot back:",
"issued the following statement:"), and the clause's subject is the speaker. The cue runs
from the verb to the colon, as attribution corpora mark it. A speech verb's own colon is
the extractor's ("X said:"), unless the colon hangs on the verb's object ("released the
following statement:"), whose words are the quotation, not the object. A verb right before
a comma that opens a whole quotation introduces it the same way ("she cracked, “…”").
Without a verb, a short name before the colon that opens its line or follows a spaced dash
labels the quotation ("Cecile Richards: “…”", "A HEADLINE - Jeffrey M. Jones: “…”"); a
subject that names no one ("it gets better:") introduces nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..records import ParsedArticle, Token
from .candidates import Candidate, speaker_of
from .cues import QuoteCues
from .grammar import CLAUSE_POS, CUE_PREFIX_DEPS, NAME_POS
from .marks import QuotedRegion
from .subjects import Subjects
from .tree import Tree

COLONS = frozenset({":"})
# Heads climbed from the colon to the verb of its clause ("delivered a blunt message:").
CLIMB = 4
# A label before a colon: at most this many tokens, opening its line or after a dash.
LABEL_TOKENS = 8
LABEL_POS = frozenset({"PROPN", "NOUN", "PUNCT", "DET", "ADJ", "PART", "SPACE", "CCONJ"})
LABEL_OPENERS = frozenset({"-", "--", "\u2014", "\u2013", "\u2015"})
# Words that may end a cue verb before the comma opening a quotation: "shot back,".
VERB_TAIL_DEPS = frozenset({"prt", "advmod"})


class Colons:
    """Finds colon-introduced quotations in one article's parse (stateless beyond cues)."""

    def __init__(self, cues: QuoteCues, subjects: Subjects) -> None:
        self.cues = cues
        self.subjects = subjects

    def introduced(
        self, parsed: ParsedArticle, tree: Tree, regions: Sequence[QuotedRegion]
    ) -> list[Candidate]:
        """A candidate for each quotation right after a colon that a clause or a label
        ends; quotations after a speech verb's colon are the extractor's."""
        text, tokens = parsed.article.text, tree.tokens
        starts = [t.start for t in tokens]
        found = []
        for region in regions:
            colon = bisect_left(starts, region.start) - 1
            while colon >= 0 and tokens[colon].pos == "SPACE":
                colon -= 1
            if colon <= 0 or text[tokens[colon].end : region.start].strip():
                continue
            if _is_colon(tokens[colon]):
                candidate = self._label(tree, colon, region) or self._clause(tree, colon, region)
            elif tokens[colon].text == "," and self._long(text, region):
                candidate = self._comma(tree, colon, region)
            else:
                continue
            if candidate is not None:
                found.append(candidate)
        return found

    def _clause(self, tree: Tree, colon: int, region: QuotedRegion) -> Candidate | None:
        """'X <verb> …: “…”': the verb's subject speaks; the cue is the verb to the colon."""
        tokens = tree.tokens
        verb = tokens[colon].head
        if verb > colon:
            verb = _before(tokens, colon)
        for _ in range(CLIMB):
            if tokens[verb].pos in CLAUSE_POS or tokens[verb].head == verb:
                break
            verb = tokens[verb].head
        if tokens[verb].pos not in CLAUSE_POS or tokens[verb].sent != tokens[colon].sent:
            return None
        if verb > colon:
            return None
        if tokens[verb].lemma in self.cues.cue_verbs and not _object_labels(tokens, colon, verb):
            return None  # "X said:", "X said Y:" are the extractor's own
        subject = self._speaking_subject(tree, verb)
        if subject is None:
            return None
        # "Stated Stone:": a subject after the verb is no part of the cue
        last = verb if subject > verb else colon
        return self._candidate(tree, region, verb, last, subject)

    def _long(self, text: str, region: QuotedRegion) -> bool:
        return len(text[region.start : region.end].split()) >= self.cues.min_direct_words

    def _comma(self, tree: Tree, comma: int, region: QuotedRegion) -> Candidate | None:
        """'X <verb>, “…”': a verb (with its particle: "shot back,") right before the comma
        that opens a whole quotation; its subject speaks."""
        tokens = tree.tokens
        last = comma - 1
        verb = last
        if tokens[last].dep in VERB_TAIL_DEPS and tokens[last].head < last:
            verb = tokens[last].head
        if tokens[verb].pos != "VERB" or tokens[verb].lemma in self.cues.cue_verbs:
            return None
        subject = self._speaking_subject(tree, verb)
        if subject is None or subject > verb:
            return None
        return self._candidate(tree, region, verb, last, subject)

    def _speaking_subject(self, tree: Tree, verb: int) -> int | None:
        """The subject of ``verb`` when it can speak: a name, noun or personal pronoun,
        not "it", "this" or "what"."""
        subject = self.subjects.of(tree, verb)
        if subject is None or tree.tokens[subject].pos not in NAME_POS:
            return None
        if tree.tokens[subject].text.lower() in self.cues.impersonal_subjects:
            return None
        return subject

    def _candidate(
        self, tree: Tree, region: QuotedRegion, verb: int, last: int, subject: int
    ) -> Candidate:
        """The whole quotation, cued by ``verb`` (with what leads it) to ``last``, spoken
        by ``subject``."""
        first = tree.leading(verb, CUE_PREFIX_DEPS)
        return Candidate(
            region.start,
            region.end,
            tree.tokens[first].start,
            tree.tokens[last].end,
            speaker_of(tree, subject),
        )

    def _label(self, tree: Tree, colon: int, region: QuotedRegion) -> Candidate | None:
        """A short name before the colon that opens its line or follows a dash."""
        tokens = tree.tokens
        first = colon
        while first > 0 and colon - first < LABEL_TOKENS:
            before = tokens[first - 1]
            if "\n" in before.text or (
                # a spaced dash, not the hyphen of "D-Calif."
                before.text in LABEL_OPENERS and before.end < tokens[first].start
            ):
                break
            first -= 1
        else:
            if first > 0:
                return None
        first, last = tree.trim(first, colon)
        if first >= last or not _label_words(tokens[first:last]):
            return None
        # the name's head: the word whose head lies outside the label
        root = next((i for i in range(first, last) if not first <= tokens[i].head < last), last - 1)
        # The cue is the colon alone, also where the tokenizer fused it: "S.C.):".
        colon_at = tokens[colon].end - 1
        return Candidate(region.start, region.end, colon_at, colon_at + 1, (first, last, root))


def _is_colon(token: Token) -> bool:
    """A colon, also fused with a closing bracket by the tokenizer: "(D-Calif.):", or
    with the abbreviation the bracket closes, which the tagger then takes for a noun:
    "(R-S.C.):"."""
    if token.text[-1:] not in COLONS:
        return False
    return token.pos == "PUNCT" or token.text[-2:-1] == ")"


def _before(tokens: Sequence[Token], colon: int) -> int:
    """The top of the phrase ending right before a colon that the parse hung on the
    quotation's verb ('Sanders delivered a snappy retort: “No one is …”' with "delivered"
    under "tearing"): the word before the colon, climbed while its head stays before it."""
    word = colon - 1
    while tokens[word].head < colon and tokens[word].head != word:
        word = tokens[word].head
    return word


def _object_labels(tokens: Sequence[Token], colon: int, verb: int) -> bool:
    """The colon hangs on the verb's object: "issued the following statement:"."""
    head = tokens[tokens[colon].head]
    return head.dep == "dobj" and head.head == verb


def _label_words(words: Sequence[Token]) -> bool:
    """Name-like words with a proper noun among them, each capitalised or a particle."""
    if not any(t.pos == "PROPN" for t in words):
        return False
    return all(t.pos in LABEL_POS for t in words)
