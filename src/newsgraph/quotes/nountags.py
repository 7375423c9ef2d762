"""Speech tags after a quotation whose verb the tagger read as a noun: '“…,” the email
read.', '“…,” a voice-over in the ad states.'

Ending a sentence after a quotation cut off by a comma, question or exclamation mark, a
short noun phrase opened by a determiner and closed by a speech verb's form ("read",
"states") is a speech tag even when the parse took the verb for the phrase's head noun:
a noun phrase alone after a quotation's comma would leave the sentence without a verb.
The verb is the cue, the words before it the speaker.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..records import ParsedArticle, Token
from .candidates import Candidate
from .cues import QuoteCues
from .marks import QuotedRegion
from .tags import TAG_ENDINGS
from .tree import Tree

# Tokens at most in the tag: the speaker's phrase ("a voice-over in the ad") and the verb.
TAG_WORDS = 8
# Tokens at most from the quotation to the sentence's stop, with what follows the verb:
# "the Saudis state in the white paper, which was shared with lawmakers on Thursday."
TAG_SPAN = 24
# Word classes of the speaker's phrase, which opens with a determiner.
PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "PUNCT"})
# Tags the parse gives a speech verb it took for a noun.
NOUN_POS = frozenset({"NOUN", "PROPN"})
# The speaker's head word: a noun, one the parse took for an adjective ("the editorial
# read"), or a number standing for the people counted ("the two write").
HEAD_POS = NOUN_POS | {"ADJ", "NUM"}
# What may end the tag: the sentence's stop, or the line.
TAG_STOPS = frozenset({".", "!", ";"})


class NounTags:
    """Finds quotation tags whose verb the parse took for a noun (stateless beyond cues)."""

    def __init__(self, cues: QuoteCues, closing_chars: str) -> None:
        self.speech_verbs = cues.speech_verbs
        self.min_words = cues.min_direct_words
        self.closing_chars = closing_chars

    def found(
        self, parsed: ParsedArticle, tree: Tree, regions: tuple[QuotedRegion, ...]
    ) -> list[Candidate]:
        """Every quotation such a tag follows, attributed to the tag's noun phrase."""
        text, tokens = parsed.article.text, tree.tokens
        starts = [t.start for t in tokens]
        out = []
        for region in regions:
            words = text[region.start : region.end].rstrip(self.closing_chars).rstrip()
            if not words.endswith(TAG_ENDINGS) or len(words.split()) < self.min_words:
                continue
            first = bisect_left(starts, region.end)
            last = first
            while (
                last < len(tokens)
                and last - first <= TAG_SPAN
                and tokens[last].text not in TAG_STOPS
                and "\n" not in tokens[last].text
            ):
                last += 1
            if last == first or last - first > TAG_SPAN:
                continue
            if last < len(tokens) and tokens[last].text not in TAG_STOPS:
                continue  # the line ends without a stop: a title or a list, not a tag
            found = self._tag(tree, first, last)
            if found is not None:
                verb, root = found
                out.append(
                    Candidate(
                        region.start,
                        region.end,
                        tokens[verb].start,
                        tokens[verb].end,
                        (first, verb, root),
                    )
                )
        return out

    def _tag(self, tree: Tree, first: int, last: int) -> tuple[int, int] | None:
        """(verb, speaker root) when tokens ``first``..``last`` are a determiner's noun
        phrase closed by a speech verb's form the parse took for a noun; else None."""
        tokens = tree.tokens
        # the verb ends the tag, or goes on with where it was said
        ends = [last - 1] if last - first <= TAG_WORDS else []
        ends += [i for i in range(first + 2, min(last - 1, first + TAG_WORDS)) if _where(tokens, i)]
        verb = next(
            (
                i
                for i in ends
                if i - first >= 2
                and tokens[i].pos in NOUN_POS
                and tokens[i].lemma in self.speech_verbs
            ),
            None,
        )
        if tokens[first].pos != "DET" or verb is None:
            return None
        if any(tokens[i].pos not in PHRASE_POS for i in range(first, verb)):
            return None
        nouns = [i for i in range(first, verb) if tokens[i].pos in HEAD_POS]
        preposition = next((i for i in range(first, verb) if tokens[i].pos == "ADP"), verb)
        heads = [i for i in nouns if i < preposition]
        if not heads:
            return None
        return verb, heads[-1]


def _where(tokens: Sequence[Token], verb: int) -> bool:
    """The tag's verb goes on with a preposition the parse hung on it, saying where or how
    the words were given: "the Saudis state in the white paper"."""
    after = tokens[verb + 1]
    return after.pos == "ADP" and after.head == verb
