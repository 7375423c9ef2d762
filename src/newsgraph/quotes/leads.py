"""Quotations a clause before them introduces, whatever its verb: "Olsen fired back a
sharp reply: “…”", "Berg … grinned, “…”", "The captain raved about “…”", and "Ruiz
agreed. “…”".

A long quotation no attribution covers would otherwise continue the quote before it, by
that quote's speaker (``spans``), with no mention of who speaks near it. When the parse
hangs the quotation on a verb earlier in its own sentence, that verb's clause introduces
it: the clause's subject speaks (a name, a noun or a personal pronoun, not "it" or
"this") and the verb is the cue, as attribution corpora mark it. A quotation opening its
sentence is introduced the same way by the sentence right before it in its paragraph,
when that sentence quotes nothing and no attribution came earlier in the paragraph (then
the quote goes on, as ``spans`` reads it). A quotation in brackets or in title case
("The Morning Show With Ana Ruiz") is a title, not something said, and a verb in a reported
clause or one a sentence's own cue already reads introduces nothing here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..records import ParsedArticle, Token
from .candidates import Candidate, inside, speaker_of
from .cues import QuoteCues
from .grammar import CUE_PREFIX_DEPS, NAME_POS
from .marks import QuotedRegion
from .subjects import Subjects
from .tree import Tree

# Heads climbed from the quotation's head to the verb of its clause ("a reply: “…”").
CLIMB = 4
CLAUSE_POS = frozenset({"VERB"})
# Links climbed from a verb with no subject of its own to the verb that has one:
# "Olsen waved …, then leaned in and boomed: “…”".
SHARED_SUBJECT_DEPS = frozenset({"conj", "dep"})
# A verb under one of these links speaks for no one: a reported clause or a noun's.
REPORTED_DEPS = frozenset({"ccomp", "acl", "relcl", "parataxis"})
SHARED_CLIMB = 3
# Words a title leaves in lower case: "Tales of the Harbour", "Captain of the Year".
TITLE_SMALL_POS = frozenset({"DET", "ADP", "CCONJ", "PART", "PUNCT", "SPACE"})
# Marks and spaces that may stand between a sentence's start and its quotation.
QUOTE_EDGE = " \t\n\"'\u201c\u2018"


class Leads:
    """Finds quotations governed by a clause earlier in their sentence (stateless beyond
    cues)."""

    def __init__(self, cues: QuoteCues, subjects: Subjects) -> None:
        self.cues = cues
        self.subjects = subjects

    def governed(
        self,
        parsed: ParsedArticle,
        tree: Tree,
        regions: tuple[QuotedRegion, ...],
        found: Sequence[Candidate],
    ) -> list[Candidate]:
        """A candidate for each long quotation no candidate in ``found`` reaches whose
        sentence's clause before it governs it."""
        text, tokens = parsed.article.text, tree.tokens
        starts = [t.start for t in tokens]
        out = []
        for region in regions:
            if len(text[region.start : region.end].split()) < self.cues.min_direct_words:
                continue
            if any(c.start < region.end and region.start < c.end for c in found):
                continue
            first = bisect_left(starts, region.start)
            last = bisect_right(starts, region.end - 1)
            if first >= last or _title(tokens[first:last]) or _cited(text, region):
                continue
            verb = self._governor(tree, first, last)
            if verb is None and not _quoted_before(text, region, found):
                verb = self._preceding(parsed, tree, first, regions)
            if verb is None or inside(tokens[verb].start, regions):
                continue
            low = tokens[parsed.sentences[tokens[verb].sent].first_token].start
            high = tokens[parsed.sentences[tokens[last - 1].sent].last_token - 1].end
            if any(low <= c.cue_start < high for c in found):
                continue  # "…, he said. The crews can still win “…”": the sentence is his
            subject = self._subject(tree, verb, regions)
            if subject is None or subject >= first:
                continue
            out.append(
                Candidate(
                    region.start,
                    region.end,
                    tokens[tree.leading(verb, CUE_PREFIX_DEPS)].start,
                    tokens[verb].end,
                    speaker_of(tree, subject),
                )
            )
        return out

    def _preceding(
        self,
        parsed: ParsedArticle,
        tree: Tree,
        first: int,
        regions: tuple[QuotedRegion, ...],
    ) -> int | None:
        """The main verb of the sentence right before a quotation that opens its own, in
        the same paragraph, when that sentence quotes nothing: "Ruiz agreed. “…”",
        "Berg saw it differently. “…”"."""
        tokens = tree.tokens
        text = parsed.article.text
        number = tokens[first].sent
        if number == 0 or text[
            tokens[parsed.sentences[number].first_token].start : tokens[first].start
        ].strip(QUOTE_EDGE):
            return None
        before = parsed.sentences[number - 1]
        low = tokens[before.first_token].start
        if "\n" in text[low : tokens[first].start].lstrip() or any(
            low <= r.end and r.start < tokens[first].start for r in regions
        ):
            return None
        root = next(
            (i for i in range(before.first_token, before.last_token) if tokens[i].dep == "ROOT"),
            None,
        )
        return root if root is not None and tokens[root].pos in CLAUSE_POS else None

    def _governor(self, tree: Tree, first: int, last: int) -> int | None:
        """The verb before the quotation, in its sentence, that the quotation's words hang
        on (climbing a few nouns and prepositions: "fired back a reply: “…”")."""
        tokens = tree.tokens
        sentence = tokens[first].sent
        heads = [
            tokens[i].head
            for i in range(first, last)
            if tokens[i].head < first and tokens[tokens[i].head].sent == sentence
        ]
        if not heads:
            return None
        head = max(heads)
        for _ in range(CLIMB):
            if tokens[head].pos in CLAUSE_POS:
                return head
            up = tokens[head].head
            if up == head or up >= first:
                return None
            head = up
        return head if tokens[head].pos in CLAUSE_POS else None

    def _subject(self, tree: Tree, verb: int, regions: tuple[QuotedRegion, ...]) -> int | None:
        """The subject of the sentence's main verb, or of a verb joined to it, when it can
        speak. A verb in a reported or adverbial clause ("the board said, reasoning that
        the captain met “…”", "issued a statement saying …") or a speech verb the extractor
        reads itself introduces nothing here."""
        tokens = tree.tokens
        main = verb
        while tokens[main].dep not in REPORTED_DEPS and tokens[main].head != main:
            main = tokens[main].head
        if tokens[main].dep in REPORTED_DEPS:
            return None
        for _ in range(SHARED_CLIMB):
            subject = self.subjects.of(tree, verb)
            if subject is not None:
                break
            if tokens[verb].dep not in SHARED_SUBJECT_DEPS or tokens[verb].head == verb:
                return None
            verb = tokens[verb].head
            if tokens[verb].pos not in CLAUSE_POS:
                return None
        else:
            return None
        word = tokens[subject]
        if word.pos not in NAME_POS or word.text.lower() in self.cues.impersonal_subjects:
            return None
        if inside(word.start, regions):
            return None
        return subject


def _title(words: Sequence[Token]) -> bool:
    """A quotation that is a name or title ("The Morning Show With Ana Ruiz", "Captain of the
    Year"): every word capitalised but the articles, prepositions and conjunctions."""
    return all(w.pos in TITLE_SMALL_POS or w.text[:1].isupper() for w in words)


def _quoted_before(text: str, region: QuotedRegion, found: Sequence[Candidate]) -> bool:
    """An attribution earlier in the quotation's paragraph: '“…,” Olsen said. They also
    lie far from the road. “…”' goes on quoting Olsen (``spans`` joins the two)."""
    paragraph = text.rfind("\n", 0, region.start) + 1
    return any(paragraph <= c.cue_start < region.start for c in found)


def _cited(text: str, region: QuotedRegion) -> bool:
    """A quotation in brackets cites a headline or a title: '(“Why the ferry is late …,”
    the Harbour Post, Thursday)'."""
    return text[: region.start].rstrip().endswith(("(", "["))
