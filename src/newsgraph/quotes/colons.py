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
subject that names no one ("it gets better:") introduces nothing. A speech verb whose own
words before the colon are an object or a phrase, not a clause ("Cruz called them on it:",
"tweeted in response:"), introduces the quotation too. A sentence that is only a tag does
as well: an opening verb and a name ("Continued Stone:"), or the source the words are
taken from ("From the report:", "More from Jones:", "From Bush's Facebook post:", where the
possessor speaks).
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
# "More from Jones:": at most this many words before "from", of these classes.
FROM_LEAD = 2
FROM_LEAD_POS = frozenset({"ADV", "ADJ", "CCONJ"})
# An opening verb before the name it inverts ("Continued Stone:"), the tagger reading it
# as a past tense or, before a name, as a participle.
PAST_TAGS = frozenset({"VBD", "VBN"})
# Dependencies of a verb ending right before a colon that the parse cut from it.
TAIL_VERB_DEPS = frozenset({"ROOT", "acl", "conj"})
# Entities that name a time, not a speaker: "Updated Tuesday:".
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# A speech verb's children before its colon that leave the quotation to introduce.
OWN_WORD_DEPS = frozenset({"dobj", "prep", "advmod", "prt", "npadvmod", "dative"})
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
                candidate = (
                    self._label(tree, colon, region)
                    or self._clause(text, tree, colon, region)
                    or self._opener(tree, colon, region)
                )
            elif tokens[colon].text == "," and self._long(text, region):
                candidate = self._comma(tree, colon, region)
            else:
                continue
            if candidate is not None:
                found.append(candidate)
        return found

    def _clause(self, text: str, tree: Tree, colon: int, region: QuotedRegion) -> Candidate | None:
        """'X <verb> …: “…”': the verb's subject speaks; the cue is the verb to the colon."""
        tokens = tree.tokens
        verb = tokens[colon].head
        if verb > colon:
            verb = _before(tokens, colon)
        for _ in range(CLIMB):
            if tokens[verb].pos in CLAUSE_POS or tokens[verb].head == verb:
                break
            verb = tokens[verb].head
        if verb > colon or tokens[verb].pos not in CLAUSE_POS:
            # the parse ran the clause into the quotation: the verb whose phrase ends at
            # the colon ("Romney, the nominee, tweeted in response:")
            verb = _tail_verb(tree, colon)
            if verb is None:
                return None
        if tokens[verb].sent != tokens[colon].sent:
            return None
        if (
            tokens[verb].lemma in self.cues.cue_verbs
            and not _object_labels(tokens, colon, verb)
            and not (_own_words(tree, verb, colon) and self._long(text, region))
        ):
            return None  # "X said:", "X said Y:" are the extractor's own
        subject = self._speaking_subject(tree, verb)
        if subject is None and tokens[verb].dep == "acl" and tokens[verb].head < verb:
            subject = tokens[verb].head  # the name the parse hung the verb on
            if tokens[subject].pos not in NAME_POS:
                return None
        if subject is None or subject > colon:
            return None  # a subject after the colon is the quotation's own
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

    def _opener(self, tree: Tree, colon: int, region: QuotedRegion) -> Candidate | None:
        """A sentence that is only a tag before its colon: a verb and the name after it
        ("Continued Stone:"), or the source a quotation is taken from ("From the report:",
        "More from Jones:", "From Bush's Facebook post:", the possessor speaking)."""
        tokens = tree.tokens
        first = colon
        while first > 0 and colon - first < LABEL_TOKENS:
            before = tokens[first - 1]
            if before.sent != tokens[colon].sent or "\n" in before.text:
                break
            if before.text in LABEL_OPENERS and before.end < tokens[first].start:
                break
            first -= 1
        else:
            if first > 0:
                return None
        first, last = tree.trim(first, colon)
        if last - first < 2:
            return None
        words = tokens[first:last]
        if words[0].tag in PAST_TAGS and all(
            t.pos == "PROPN" and t.ent_type not in TIME_ENTITIES for t in words[1:]
        ):  # "Continued Stone:", not "Updated Tuesday:"
            speaker = (first + 1, last, last - 1)
            return Candidate(region.start, region.end, words[0].start, words[0].end, speaker)
        source = _from_source(tokens, first, last)
        if source is None:
            return None
        start, end = source
        root = next((i for i in range(start, end) if not start <= tokens[i].head < end), end - 1)
        cue_first = end if end < last else colon
        colon_end = tokens[colon].end
        return Candidate(
            region.start, region.end, tokens[cue_first].start, colon_end, (start, end, root)
        )


def _from_source(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int] | None:
    """The source named in "(More) from <noun phrase>" filling tokens ``first``..``last``:
    the phrase, or its possessor ("Bush's" of "Bush's Facebook post"); None otherwise."""
    at = next((i for i in range(first, last) if tokens[i].text.lower() == "from"), None)
    if at is None or at - first > FROM_LEAD or at + 1 >= last:
        return None
    if any(t.pos not in FROM_LEAD_POS for t in tokens[first:at]):
        return None
    phrase = tokens[at + 1 : last]
    if not any(t.pos in NAME_POS for t in phrase) or any(t.pos not in LABEL_POS for t in phrase):
        return None
    possessive = next((i for i in range(at + 1, last - 1) if tokens[i].tag == "POS"), None)
    return (at + 1, possessive + 1) if possessive is not None else (at + 1, last)


def _tail_verb(tree: Tree, colon: int) -> int | None:
    """The verb nearest before ``colon`` in its sentence whose phrase ends right at it."""
    tokens = tree.tokens
    for i in range(colon - 1, max(colon - LABEL_TOKENS, 0) - 1, -1):
        if tokens[i].sent != tokens[colon].sent:
            return None
        if tokens[i].pos == "VERB":
            # a main verb or one hung on a name, not the verb of a clause set in another
            # ("which hits liberals where they live:")
            if tree.right[i] != colon - 1 or tokens[i].dep not in TAIL_VERB_DEPS:
                return None
            return i
    return None


def _own_words(tree: Tree, verb: int, colon: int) -> bool:
    """The speech verb's own words before its colon are an object or a phrase, not a
    reported clause: "Cruz called them on it:", "tweeted in response:" introduce the
    quotation after the colon."""
    between = [c for c in tree.children[verb] if verb < c < colon]
    if not between or any(tree.tokens[i].pos in CLAUSE_POS for i in range(verb + 1, colon)):
        return False  # "said that, given the field, …:" reports a clause of its own
    return all(tree.tokens[c].dep in OWN_WORD_DEPS for c in between)


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
