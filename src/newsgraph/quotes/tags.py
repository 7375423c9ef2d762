"""Speech tags after a quotation, whatever the verb: '“Jeb wants to be a tough guy
tonight,” Trump shot back.', '“…,” Akhil Amar put it.'.

A quotation cut off by a comma, question mark, exclamation mark or dash inside its
closing mark and followed, in the same sentence, by a short clause of a name and a verb
that ends there is a quote that clause attributes: the punctuation says the sentence
goes on, and the clause is the speech tag. The verb need not be a speech verb ("shot
back", "put it", "countered from the stage"), so the shape is read from the layout, not
from a word list. A speech verb in tag position says the quotation, not the words the
parse hung after it ('“…?” Trump said of Apple', '“…,” said X, who co-developed …').
"""

from __future__ import annotations

from ..records import ParsedArticle, Sentence, Token
from .candidates import Candidate, last_before, quote_before, speaker_of
from .cues import QuoteCues
from .grammar import CUE_PREFIX_DEPS, FINITE_TAGS, NAME_POS, VERB_POS
from .marks import QuotedRegion
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
# What a quotation that opens its sentence follows: a line break or a sentence's end.
SENTENCE_OPENERS = frozenset('\n.?!\u201d"')
# A quotation that asks or exclaims is speech however short ('“This is fantastic!” beamed X').
EXCLAIMS = ("?", "!")
EXCLAIMED_WORDS = 2
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
        quote = quote_before(text, tree, verb, regions, self.closing_chars) or _before_named(
            text, tree, verb, regions
        )
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
            if child > verb and tokens[child].dep not in TAIL_DEPS and not _next_act(tree, child):
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
        if len(words.split()) < (EXCLAIMED_WORDS if words.endswith(EXCLAIMS) else self.min_words):
            return None  # '“Mercy Street,” returns this week': a title, not a quote
        subject = tree.child(verb, ("nsubj",))
        if subject is None:
            subject = _named_between(tree, quote.end, verb)
        if subject is None or not _named(tokens[subject]):
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

    def quoted_part(
        self,
        text: str,
        tree: Tree,
        verb: int,
        subject: int,
        quote: QuotedRegion | None,
        parts: list[tuple[int, int]],
    ) -> list[tuple[int, int]] | None:
        """The quotation's tokens as the content when ``verb`` is its speech tag and read
        only words after it: '“Who do they think they are?” Trump said of Apple', '“…,”
        said X, who co-developed …', '“…!” some protesters chanted, three days after …'.
        A tag is a finite verb whose subject stands right before or after it, with only
        the subject and punctuation between the quotation and the verb. None otherwise."""
        tokens = tree.tokens
        if quote is None or any(p[0] < verb for p in parts) or tokens[verb].tag not in FINITE_TAGS:
            return None  # "…,'' he said, not even suggesting …": the participle no tag
        if any(tokens[p[1] - 1].sent != tokens[verb].sent for p in parts):
            return None  # '“…,” said X. “…”': the parse ran the content on into the next
        if not self._tag_shaped(text, quote) or tokens[subject].start < quote.end:
            return None
        between = [i for i in range(tree.left[verb], verb) if tokens[i].start >= quote.end]
        inner = range(tree.left[subject], tree.right[subject] + 1)
        if any(
            i not in inner and tokens[i].pos != "PUNCT" and tokens[i].dep not in CUE_PREFIX_DEPS
            for i in between
        ):
            return None  # '“…,” she told a crowd, then referred to …': another act
        if subject > verb and tree.left[subject] != verb + 1:
            return None  # '“…,” said X': the name right after the verb
        last = verb
        while last > 0 and tokens[last - 1].start >= quote.end:
            last -= 1
        first = last
        while first > 0 and tokens[first - 1].start >= quote.start:
            first -= 1
        return [(first, last)] if first < last else None

    def _tag_shaped(self, text: str, quote: QuotedRegion) -> bool:
        """A quotation a speech tag may follow: it opens its sentence, holds a sentence's
        words (not a title) and its punctuation inside the closing mark says the sentence
        goes on ('“…?” Trump said', '“…,” she said')."""
        words = text[quote.start : quote.end].rstrip(self.closing_chars).rstrip()
        before = quote.start
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        return (
            words.endswith(TAG_ENDINGS)
            and len(words.split()) >= self.min_words
            and (before == 0 or text[before - 1] in SENTENCE_OPENERS)
        )


def _next_act(tree: Tree, child: int) -> bool:
    """A further act or a circumstance joined after the tag ('“…,” Trump barked and a
    guard escorted Ramos out', '“…,” came shouts from the crowd, as the crowd booed'): the
    tag still ends before it."""
    token = tree.tokens[child]
    return token.dep in ("cc", "advcl") or (token.dep == "conj" and token.pos in VERB_POS)


def _named(token: Token) -> bool:
    """A name as a tag's subject. Right after a closing mark only a name is capitalised
    ('“…,” Trump shot back'), so a capitalised subject the tagger read as another part of
    speech is one too."""
    return token.pos in NAME_POS or (token.text[:1].isupper() and token.pos != "PRON")


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
