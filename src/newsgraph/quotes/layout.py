"""Attributions read from punctuation around a cue: a cue clause set off by commas inside
or after the words it reports, and a cue that a colon ends ("X said:"), with the words
after it or in the quotation that follows. Headline labels before a colon are read in
``labels``."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..records import ParsedArticle, Token
from .asidioms import AsIdioms
from .bounds import targeted
from .candidates import Candidate, speaker_of
from .cues import QuoteCues
from .grammar import CLAUSE_SUBJECT_DEPS, FINITE_TAGS
from .marks import QuotedRegion
from .tree import Tree

# Tokens at most between a sentence-final cue and its subject ("he said", "said the mayor").
SPEAKER_REACH = 6
CUE_TAIL_DEPS = frozenset({"nsubj", "npadvmod", "prep", "advmod", "punct", "agent"})
# An inserted cue clause the parse missed ("Democrats, Frank notes, applaud …"): at most
# this many words of speaker between the comma and the cue, of these word classes.
INSERT_WORDS = 4
INSERT_SPEAKER_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ"})
# Words of reported clause needed after an inserted cue clause.
INSERT_TAIL = 3
# Word classes opening a scene-setting phrase rather than reported words.
ADVERBIAL_OPENERS = frozenset({"ADP", "SCONJ"})
# Participles heading a clause set before the cue as its adjunct ("Pointing to X, …").
PARTICIPLES = frozenset({"VBG", "VBN"})
# A source named after the words it backs ("…, campaign finance records show."): at most
# this many words between the comma and the cue. The parse often reads such a noun as a
# verb ("records", "fundraising"), so verbs count as words of the source too.
CLOSING_WORDS = 6
CLOSING_SPEAKER_POS = INSERT_SPEAKER_POS | {"VERB", "ADP", "NUM", "CCONJ"}
CLOSING_HEAD_POS = frozenset({"NOUN", "PROPN", "VERB"})
TRAILING_POS = frozenset({"PUNCT", "SPACE"})
# Words of content needed before a closing source.
CLOSING_CONTENT = 3
# A quotation signed by a dash and a name: '“…” ― Ana Ruiz', '“…” -- A. Ruiz'.
SIGNATURE_DASHES = frozenset({"―", "—", "–", "-", "--"})
SIGNATURE_WORDS = 5
# Words opening a clause that completes a word, never a cue clause set off by commas.
COMPLEMENT_MARKS = frozenset({"that", "whether", "if"})
# Relative pronouns: a clause they open describes a noun ("…, which advises banks").
RELATIVE_TAGS = frozenset({"WDT", "WP"})
# Marks ending another act's words before an inserted cue clause: "…, which …, he said".
ACT_BOUNDARIES = frozenset({",", ";", "-", "--", "—", "–"})
# Closing marks the tokenizer may fuse with a signature's dash: "”―".
CLOSING_MARKS = "\u201d\u2019\"'"


class Layout:
    """Reads the punctuation-set shapes of attribution from one article's parse."""

    def __init__(self, cues: QuoteCues, keep_marks: frozenset[str]) -> None:
        self.cues = cues
        self.keep_marks = keep_marks
        self.as_idioms = AsIdioms.from_cues(cues)

    def signed(
        self, parsed: ParsedArticle, tree: Tree, regions: Sequence[QuotedRegion]
    ) -> list[Candidate]:
        """Pull-quote style '“…” ― Ana Ruiz': a quotation of at least ``min_direct_words``
        words opening its line, signed on that line by a dash and a name (proper nouns, at
        most ``SIGNATURE_WORDS``) that ends the line or is set off by punctuation; the dash
        is the cue. A quotation ending its line may be signed on the next ('“…”\n\n- Ana
        Ruiz', fact-check style). '“…” - and then he left' and 'the film “Jaws” —
        Spielberg, then 27,' are no signatures. Line breaks are SPACE tokens, so a token
        run never crosses one unless skipped on purpose."""
        text, tokens = parsed.article.text, tree.tokens
        starts = [t.start for t in tokens]
        found = []
        for region in regions:
            if text[text.rfind("\n", 0, region.start) + 1 : region.start].strip():
                continue  # the quotation does not open its line
            if len(text[region.start : region.end].split()) < self.cues.min_direct_words:
                continue
            dash = bisect_left(starts, region.end)
            if dash > 0 and tokens[dash - 1].end > region.end:
                dash -= 1  # the tokenizer fused the closing mark and the dash: "”―"
            while dash < len(tokens) and _inline_space(tokens[dash]):
                dash += 1  # "”\xa0― Ana Ruiz"
            if dash < len(tokens) and _line_break(tokens[dash]):
                dash += 1  # a quotation ending its line, signed on the next: "“…”\n\n- Ruiz"
            name = _signature(tokens, dash) if dash < len(tokens) else None
            if name is not None:
                cue = tokens[dash]
                start = max(cue.start, region.end)
                end = start + 1 if name[0] == dash else cue.end  # "-Ruiz": the dash alone
                found.append(Candidate(region.start, region.end, start, end, name))
        return found

    def inverted(self, parsed: ParsedArticle, tree: Tree, verb: int) -> list[tuple[int, int]]:
        """A cue clause hanging off the reported clause: '“…,” he said', 'X, he said, Y',
        'As the Post reported, Y'.

        The cue clause must be set off by punctuation. At the clause's edge the content is
        the rest of the governing clause; inserted in the middle, the content runs from
        the clause's first word to its last, across the inserted cue.
        """
        token = tree.tokens[verb]
        if token.dep not in ("parataxis", "ccomp", "advcl") or token.head == verb:
            return []
        head = token.head
        sentence = parsed.sentences[token.sent]
        low = tree.left[verb]
        before = low - 1
        tokens = tree.tokens
        as_clause = (
            tokens[low].dep == "mark"
            and tokens[low].text.lower() == "as"
            and token.lemma not in self.cues.quote_only_verbs  # "as the race continues"
            and _set_off_clause(tokens, low, tree.right[verb], sentence.last_token)
        )
        if (
            tokens[low].pos != "PUNCT"
            and (before < sentence.first_token or tokens[before].pos != "PUNCT")
            and not as_clause
        ):
            return []  # '“…,” he said' has a comma or mark before the cue clause
        if tokens[low].dep == "mark" and tokens[low].text.lower() in COMPLEMENT_MARKS:
            return []  # "a claim, first made by X, that he told …": a complement, no tag
        if as_clause and tree.child(verb, ("ccomp", "dobj")) is not None:
            return []  # "as he said it was over": the clause is its own
        first = max(tree.left[head], sentence.first_token)
        last = min(tree.right[head] + 1, sentence.last_token)
        cue_first, cue_last = tree.trim(low, tree.right[verb] + 1)
        head_first, head_last = tree.trim(first, last, self.keep_marks)
        if cue_last >= head_last:
            last = low
        elif cue_first <= head_first or all(
            tokens[i].pos == "CCONJ" for i in range(head_first, cue_first)
        ):
            first = tree.right[verb] + 1  # "(But) as the Post reported, Y": Y
        first = max(first, self._after_other_act(tree, head, low))
        return [(first, last)] if last - first >= 2 else []

    def _after_other_act(self, tree: Tree, head: int, low: int) -> int:
        """Where the words a cue clause reports start when the clause it hangs on is an act
        of its own: 'Mook acknowledged they split the contests, which is an outcome, he
        said, “…”', 'X acknowledged Y - his “negatives,” he called them': after the last
        comma or dash between that act's verb and the cue clause (0 when there is none)."""
        tokens = tree.tokens
        if (
            head >= low
            or tokens[head].lemma not in self.cues.cue_verbs
            or tree.child(head, CLAUSE_SUBJECT_DEPS) is None
        ):
            return 0
        j = low - 1
        while j > head and tokens[j].pos == "PUNCT":
            j -= 1  # the marks setting off the cue clause: ',” he said'
        for i in range(j, head, -1):
            if tokens[i].text in ACT_BOUNDARIES and tokens[i].tag != "HYPH":
                return i + 1  # not the hyphen of "30-minute"
        return 0

    def opens_sentence(
        self, parsed: ParsedArticle, tree: Tree, verb: int, region: QuotedRegion | None
    ) -> bool:
        """Whether a quotation before the cue opens the cue's sentence ('“…,” she said,
        meaning …'), so the quotation is all that is quoted, not a paraphrase ending in a
        quoted phrase ('He called it “a disaster,” she said')."""
        if region is None:
            return False
        tokens = tree.tokens
        sentence = parsed.sentences[tokens[verb].sent]
        return all(
            tokens[i].pos in TRAILING_POS or tokens[i].text in self.keep_marks
            for i in range(sentence.first_token, verb)
            if tokens[i].start < region.start
        )

    def fronted(
        self, parsed: ParsedArticle, tree: Tree, verb: int, subject: int, cue_first: int
    ) -> list[tuple[int, int]]:
        """'Those who borrow struggle, he said.' parsed with the words hanging off the cue:
        the sentence up to the comma before the cue clause is the content."""
        tokens = tree.tokens
        sentence = parsed.sentences[tokens[verb].sent]
        speaker_first = speaker_of(tree, subject)[0]
        if abs(subject - verb) > SPEAKER_REACH:
            return []
        if tokens[verb].tag not in FINITE_TAGS or tokens[subject].tag in RELATIVE_TAGS:
            # "Speaking to X, Trump wavered in answering …": a participle is no cue clause;
            # "Centerview, which advises …": a relative clause describes, it tags nothing
            return []
        listener = tokens[verb].lemma in self.cues.addressee_verbs
        for c in tree.children[verb]:
            # The cue clause must end the sentence: "…, he said on Tuesday", "…, he told Reuters".
            if c > verb and not (
                tokens[c].dep in CUE_TAIL_DEPS or (listener and tokens[c].dep == "dobj")
            ):
                return []
            if c > verb and targeted(tree, self.cues, verb, c):
                return []  # "…, Black marveled at the enthusiasm": what he marveled at
        clause_first = min(speaker_first, cue_first)
        comma = clause_first - 1
        if comma - sentence.first_token < 3 or tokens[comma].text not in (",", "—", "--"):
            return []
        if any(tokens[i].sent != tokens[verb].sent for i in (comma, sentence.first_token)):
            return []
        if self._adverbial(tree, sentence.first_token, comma):
            return []
        if _participle_adjunct(tree, verb, sentence.first_token, comma):
            return []
        return [(sentence.first_token, comma)]

    @staticmethod
    def _adverbial(tree: Tree, first: int, last: int) -> bool:
        """Words before a cue clause that only set the scene: "In a 1963 speech, he
        declared", "When the crowd booed, she said", "As an immigrant, I felt"."""
        tokens = tree.tokens
        i = first
        while i < last and tokens[i].pos in ("PUNCT", "CCONJ"):
            i += 1
        return i < last and tokens[i].pos in ADVERBIAL_OPENERS

    def interposed(self, parsed: ParsedArticle, tree: Tree, verb: int) -> Candidate | None:
        """'Democrats, Frank notes, applaud …', 'In particular, Will wrote, Christie can …':
        a cue clause between commas inside the words it reports, which the parse did not
        hang on them; the words on both sides are the content. An "as" clause with an
        idiom for a cue ("As Ruiz put it, …") is read here too, in ``asidioms``."""
        idiom = self.as_idioms.find(parsed, tree, verb, self.keep_marks)
        if idiom is not None:
            return idiom
        tokens = tree.tokens
        token = tokens[verb]
        if token.lemma not in self.cues.speech_verbs or verb + 1 >= len(tokens):
            return None
        if tokens[verb + 1].text != "," or tree.child(verb, ("ccomp", "dobj")) is not None:
            return None
        sentence = parsed.sentences[token.sent]
        comma = _source_comma(tokens, verb, max(sentence.first_token, verb - INSERT_WORDS - 1))
        if comma is None:
            return None
        if not all(
            tokens[i].pos in INSERT_SPEAKER_POS or tokens[i].text[:1].isupper()
            for i in range(comma + 1, verb)
        ):
            return None
        first, _ = tree.trim(sentence.first_token, comma, self.keep_marks)
        tail_first, last = tree.trim(verb + 2, sentence.last_token, self.keep_marks)
        if first >= comma or last - tail_first < INSERT_TAIL:
            return None
        return _sourced_after_comma(tokens, first, last, comma, verb)

    def closing(self, parsed: ParsedArticle, tree: Tree, verb: int) -> Candidate | None:
        """'Bush lent his campaign $1 million, fundraising documents show.': a short source
        and its cue ending the sentence after a comma, whatever the parse made of them;
        the words before the comma are the content."""
        tokens = tree.tokens
        token = tokens[verb]
        if token.lemma not in self.cues.speech_verbs:
            return None
        sentence = parsed.sentences[token.sent]
        after = range(verb + 1, sentence.last_token)
        if not after or any(
            tokens[i].pos not in TRAILING_POS or tokens[i].text == ":" for i in after
        ):
            return None  # the cue must be the sentence's last word
        comma = _source_comma(tokens, verb, max(sentence.first_token, verb - CLOSING_WORDS - 1))
        if comma is None:
            return None
        words = range(comma + 1, verb)
        if not all(tokens[i].pos in CLOSING_SPEAKER_POS for i in words):
            return None
        if tokens[verb - 1].pos not in CLOSING_HEAD_POS:
            return None  # "…, he said." is read from the parse; here a noun names the source
        first, last = tree.trim(sentence.first_token, comma, self.keep_marks)
        if last - first < CLOSING_CONTENT or self._adverbial(tree, first, last):
            return None
        if _participle_adjunct(tree, verb, first, last):
            return None  # "Pointing to the audit, the mayor agreed."
        return _sourced_after_comma(tokens, first, last, comma, verb)

    def after_colon(
        self, parsed: ParsedArticle, tree: Tree, verb: int, regions: tuple[QuotedRegion, ...]
    ) -> tuple[int, int] | None:
        """'X said:' followed by the words, or by a quotation in the next paragraph."""
        tokens = tree.tokens
        end = tree.right[verb] + 1
        while end - 1 > verb and tokens[end - 1].pos == "SPACE":
            end -= 1  # "responded:\n\n": the paragraph break hangs on the colon
        if end >= len(tokens) or (tokens[end - 1].text != ":" and tokens[end].text != ":"):
            return None
        colon = end - 1 if tokens[end - 1].text == ":" else end
        sentence = parsed.sentences[tokens[colon].sent]
        if colon + 1 < sentence.last_token:
            first, last = tree.trim(colon + 1, sentence.last_token, self.keep_marks)
            if first < last:
                return tokens[first].start, tokens[last - 1].end
        after = tokens[colon].end
        text = parsed.article.text
        for region in regions:
            if region.start >= after:
                return (
                    (region.start, region.end) if not text[after : region.start].strip() else None
                )
        return None


def _sourced_after_comma(
    tokens: Sequence[Token], first: int, last: int, comma: int, verb: int
) -> Candidate:
    """Content ``first``..``last``, cue ``verb``, and the source the words between the
    comma and the cue (its last word the root)."""
    return Candidate(
        tokens[first].start,
        tokens[last - 1].end,
        tokens[verb].start,
        tokens[verb].end,
        (comma + 1, verb, verb - 1),
    )


def _signature(tokens: Sequence[Token], dash: int) -> tuple[int, int, int] | None:
    """The name signing a quotation at token ``dash`` (a dash, then on the same line up to
    ``SIGNATURE_WORDS`` proper nouns ending the line or followed by punctuation), as a
    speaker's (first, last, root); None when ``dash`` opens no signature."""
    mark = tokens[dash].text.lstrip(CLOSING_MARKS)
    if _fused_signature(tokens[dash]):
        first = dash  # "-President Obama": the tokenizer kept the dash on the name
    elif mark in SIGNATURE_DASHES:
        first = dash + 1
    else:
        return None
    while first < len(tokens) and _inline_space(tokens[first]):
        first += 1  # "―\xa0Ana Ruiz"
    last = first
    while last < len(tokens) and last - first < SIGNATURE_WORDS and tokens[last].pos == "PROPN":
        last += 1
    if last == first or (last < len(tokens) and tokens[last].pos not in TRAILING_POS):
        return None
    return first, last, last - 1


def _fused_signature(token: Token) -> bool:
    """A proper noun the tokenizer wrote with the signing dash before it: "-Ruiz"."""
    word = token.text[1:]
    return token.pos == "PROPN" and token.text[:1] in SIGNATURE_DASHES and word[:1].isupper()


def _line_break(token: Token) -> bool:
    """The break after a quotation ending its line: a signature may open the next line
    (and only that one: a blank line between paragraphs is a single break)."""
    return token.pos == "SPACE" and "\n" in token.text and not token.text.strip()


def _inline_space(token: Token) -> bool:
    """A space token within a line: a signature's dash and name may stand apart by it."""
    return token.pos == "SPACE" and "\n" not in token.text


def _source_comma(tokens: Sequence[Token], verb: int, low: int) -> int | None:
    """The nearest comma before the cue, no further back than ``low``, with at least one
    word between it and the cue (the words naming the source); None when there is none."""
    comma = next((i for i in range(verb - 1, low - 1, -1) if tokens[i].text == ","), None)
    return None if comma is None or comma + 1 == verb else comma


def _set_off_clause(tokens: Sequence[Token], first: int, last: int, end: int) -> bool:
    """A clause between commas or a comma and the sentence edge: "As the Post reported,
    …", "…, as he noted." ("as many people expected" inside a clause is a comparison)."""
    after = last + 1
    if (
        first > 0
        and tokens[first - 1].pos == "CCONJ"
        and tokens[first - 1].sent == tokens[first].sent
    ):
        first -= 1  # "But as the Post reported, …": a conjunction may open the sentence
    opens = (
        first == 0 or tokens[first - 1].text == "," or tokens[first - 1].sent != tokens[first].sent
    )
    closes = after >= end or tokens[last].text in (",", ".") or tokens[after].text in (",", ".")
    return opens and closes


def _participle_adjunct(tree: Tree, verb: int, first: int, last: int) -> bool:
    """Words before a cue clause that are a participle clause on the cue ("Pointing to
    the report's conclusions, officials concurred with …"): the speaker's own act, not
    what the cue reports."""
    tokens = tree.tokens
    tops = [i for i in range(first, last) if not first <= tokens[i].head < last]
    return bool(tops) and all(
        tokens[i].pos == "PUNCT"
        or (tokens[i].head == verb and tokens[i].dep == "advcl" and tokens[i].tag in PARTICIPLES)
        for i in tops
    )
