"""Speech tags after a quotation, whatever the verb: '“Jeb wants to be a tough guy
tonight,” Trump shot back.', '“…,” Akhil Amar put it.'.

A quotation cut off by a comma, question mark, exclamation mark or dash inside its
closing mark and followed, in the same sentence, by a short clause of a name and a verb
that ends there is a quote that clause attributes: the punctuation says the sentence
goes on, and the clause is the speech tag. The verb need not be a speech verb ("shot
back", "put it", "countered from the stage"), so the shape is read from the layout, not
from a word list.
"""

from __future__ import annotations

from ..records import ParsedArticle, Sentence
from .candidates import Candidate, last_before, quote_before, speaker_of
from .cues import QuoteCues
from .marks import QuotedRegion
from .subjects import NAME_POS
from .tree import Tree

# How a quotation that a speech tag follows ends inside its closing mark.
TAG_ENDINGS = (",", "?", "!", "\u2014", "-")
# What a speech tag may hold after its verb besides the speaker: a particle ("shot
# back"), an adverb or phrase of manner, time or place ("said Tuesday in a statement"),
# an object pronoun ("put it", "asked me") and punctuation.
TAIL_DEPS = frozenset(
    {"prt", "advmod", "npadvmod", "prep", "punct", "nsubj", "dobj", "dative", "agent"}
)
# Words right after the verb that belong to the cue: a particle or an adverb.
CUE_TAIL_DEPS = frozenset({"prt", "advmod"})
# Words at most between the closing mark and the verb: the speaker and its description.
TAG_REACH = 12


class QuoteTags:
    """Finds speech tags that follow a quotation (stateless beyond the cue settings)."""

    def __init__(self, cues: QuoteCues, closing_chars: str) -> None:
        self.closing_chars = closing_chars
        # A shorter quotation is a title or a scare quote ('“Mercy Street,” returns').
        self.min_words = cues.min_direct_words
        # Subjects that make the clause after a quotation describe it, not tag it.
        self.relatives = cues.relative_pronouns
        self.addressee_verbs = cues.addressee_verbs

    def tagged(
        self, parsed: ParsedArticle, tree: Tree, verb: int, regions: tuple[QuotedRegion, ...]
    ) -> Candidate | None:
        """The quote ``verb``'s clause tags, with its subject (outside the quotation) as
        the speaker: '“…,” Trump shot back', '“…,” shot back Trump'."""
        tokens = tree.tokens
        token = tokens[verb]
        text = parsed.article.text
        quote = quote_before(text, tree, verb, regions) or _before_named(text, tree, verb, regions)
        if quote is None:
            return None
        words = text[quote.start : quote.end].rstrip(self.closing_chars).rstrip()
        if not words.endswith(TAG_ENDINGS):
            return None
        sentence = parsed.sentences[token.sent]
        reach = sum(1 for t in tokens[sentence.first_token : verb] if t.start >= quote.end)
        if reach > TAG_REACH:
            return None
        for child in tree.children[verb]:
            if child > verb and tokens[child].dep not in TAIL_DEPS:
                return None  # "…,” he went on to say that …": a clause of its own
            if (
                child > verb
                and tokens[child].dep == "dobj"
                and tokens[child].pos != "PRON"
                and token.lemma not in self.addressee_verbs  # "told AFP": the listener
            ):
                return None
        if tree.right[verb] + 1 < sentence.last_token and not _ends(tree, verb, sentence):
            return None
        if len(words.split()) < self.min_words:
            return None  # '“Mercy Street,” returns this week': a title, not a quote
        subject = tree.child(verb, ("nsubj",))
        if subject is None:
            subject = _named_between(tree, quote.end, verb)
        if subject is None or tokens[subject].pos not in NAME_POS:
            return None
        if tokens[subject].start < quote.end or tokens[subject].text.lower() in self.relatives:
            return None  # '“…,” which votes …' describes, it does not tag
        cue_last = verb
        for child in tree.children[verb]:
            if child == cue_last + 1 and tokens[child].dep in CUE_TAIL_DEPS:
                cue_last = child  # "shot back", "fired off", "asked rhetorically"
        return Candidate(
            quote.start,
            quote.end,
            token.start,
            tokens[cue_last].end,
            speaker_of(tree, subject),
        )


def _ends(tree: Tree, verb: int, sentence: Sentence) -> bool:
    """Nothing but punctuation after the tag clause up to the sentence end."""
    tokens = tree.tokens
    return all(
        tokens[i].pos in ("PUNCT", "SPACE")
        for i in range(tree.right[verb] + 1, sentence.last_token)
    )


def _before_named(
    text: str, tree: Tree, verb: int, regions: tuple[QuotedRegion, ...]
) -> QuotedRegion | None:
    """The quotation ending right before a tag whose speaker the parse hung elsewhere
    ('“…,” Olsen, 58, told AFP in an interview' with "told" joined to the quotation's verb):
    only that one phrase stands between, in the same line."""
    start = tree.tokens[verb].start
    found = last_before(regions, start)
    if found is None or "\n" in text[found.end : start]:
        return None
    return found if _named_between(tree, found.end, verb) is not None else None


def _named_between(tree: Tree, end: int, verb: int) -> int | None:
    """The one phrase between a quotation's end and the tag's verb when the parse hung it
    elsewhere ('“…,” Olsen, 58, told AFP' with "Olsen" on the quotation's verb): its
    root, whose subtree holds every word there."""
    tokens = tree.tokens
    first = verb
    while first > 0 and tokens[first - 1].start >= end:
        first -= 1
    words = [i for i in range(first, verb) if tokens[i].pos not in ("PUNCT", "SPACE")]
    if not words:
        return None
    roots = [i for i in words if not words[0] <= tokens[i].head <= words[-1]]
    if len(roots) != 1 or not (
        tree.left[roots[0]] <= words[0] and words[-1] <= tree.right[roots[0]]
    ):
        return None
    return roots[0]
