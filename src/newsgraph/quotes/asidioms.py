"""Attributions made by an idiom in an "as" clause rather than a speech verb: "As The
Post's Dana Milbank puts it, “the party has no plan.”", "Obama wants a deal, as one aide
put it." The clause's subject is the speaker, the idiom ("puts it") the cue, and the
words the clause is set off from (up to the sentence's edge) the content. The idioms are
data (``as_idioms`` in data/cues.yaml, extended by a user's ``--data`` cue file).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from ..records import ParsedArticle
from .candidates import Candidate, speaker_of
from .cues import QuoteCues
from .tree import Tree

# Punctuation that sets the clause off from the words it attributes.
SET_OFF = frozenset({",", ":", "\u2014", "\u2013"})
# Words of content needed on the other side of the clause.
MIN_CONTENT = 3


@dataclass(frozen=True)
class AsIdioms:
    """Idioms keyed by verb lemma: the lower-cased words that follow the verb."""

    idioms: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def from_cues(cls, cues: QuoteCues) -> AsIdioms:
        return cls(tuple((words[0], tuple(words[1:])) for words in cues.as_idioms))

    def find(
        self, parsed: ParsedArticle, tree: Tree, verb: int, keep: Collection[str] = ()
    ) -> Candidate | None:
        """The attribution an "as" clause headed by ``verb`` makes with an idiom, or None;
        quotation marks in ``keep`` stay on the content's edges."""
        tokens = tree.tokens
        token = tokens[verb]
        tails = [tail for lemma, tail in self.idioms if lemma == token.lemma.lower()]
        if not tails:
            return None
        low, high = tree.child(verb, ("mark",)), tree.right[verb]
        if low is None or tokens[low].text.lower() != "as":
            return None
        while high > verb and tokens[high].pos == "PUNCT":
            high -= 1  # the parse may hang the setting-off commas on the clause itself
        after = tuple(t.text.lower() for t in tokens[verb + 1 : high + 1])
        tail = next((t for t in tails if after == t), None)
        if tail is None:
            return None
        subject = tree.child(verb, ("nsubj",))
        if token.dep not in ("advcl", "ccomp") or subject is None or not low < subject < verb:
            return None
        sentence = parsed.sentences[token.sent]
        opening = all(
            tokens[i].pos in ("PUNCT", "SPACE", "CCONJ") or i >= tree.left[verb]
            for i in range(sentence.first_token, low)
        )  # a lead-in the parse hung on the clause ("But at the time, as …") opens it too
        set_off = high + 2 < sentence.last_token and tokens[high + 1].text in SET_OFF
        if set_off and (opening or tokens[high + 2].text in keep):
            # "As X put it, Y" or, after a lead-in, "But then, as X put it, “Y”"
            first, last = tree.trim(high + 2, sentence.last_token, keep)
        elif (
            low > sentence.first_token
            and tokens[low - 1].text in SET_OFF
            and (high + 1 >= sentence.last_token or tokens[high + 1].pos == "PUNCT")
        ):
            first, last = tree.trim(sentence.first_token, low - 1, keep)
        else:
            return None  # inserted mid-clause: its edges are for the governing clause
        if last - first < MIN_CONTENT:
            return None
        cue = (verb, verb + len(tail))
        return Candidate.over(tokens, (first, last), cue, speaker_of(tree, subject))
