"""Attribution candidates and where quotations sit around them.

A ``Candidate`` is an attribution read from the parse before its speaker is resolved.
The helpers here relate it to the article's quotation marks: a quotation right before
or after a cue, the halves of a quote split by an inserted cue (also before a described
speaker), whether a content is quoted from end to end, which of two nested attributions
is the quote, and how far a speaker's mention reaches (its name, and the description set
off after it).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise, takewhile

from ..records import Token
from .marks import QuotedRegion
from .tree import Tree

# Words a cue may have between it and the quotation it introduces ("said, and I quote,").
LEAD_IN_WORDS = 6
# Children left out of a speaker's span: "the mayor, who ...", "Ms. Holm, a senator,".
SPEAKER_CUTS = ("relcl", "appos", "acl", "punct", "advmod")
# A dateline run into a speaker: at most this many words before the dash that ends it.
DATELINE_WORDS = 5
DASHES = frozenset({"-", "--", "\u2014", "\u2013"})
# What a cue verb takes along from right before it: "has also said", "then boomed".
SENTENCE_ENDS = (".", "!", "?")
# A content made only of these entity types (ignoring the filler words) is a when, not a what.
TIMESTAMP_ENTITIES = frozenset({"DATE", "TIME"})
TIMESTAMP_FILLER = frozenset({"PUNCT", "DET", "ADP", "CCONJ"})
# What joins a speaker's further act to the content before it: "… and proposed", "…,
# claiming"; and the quotation marks a content cut there must keep balanced.
ACT_JOINERS = frozenset({"and", "but", "then"})
ACT_MARKS = (",", ";", "\u2014", "-")
QUOTE_PAIRS = (("\u201c", "\u201d"), ("\u2018", "\u2019"))
# Punctuation and spaces that join a cue to the quotation after it: 'said, “…”'.
CUE_JOINERS = " ,;:\u2014-"


@dataclass(slots=True)
class Candidate:
    """An attribution found in the parse, before speaker resolution (mutable while joining)."""

    start: int
    end: int
    cue_start: int
    cue_end: int
    speaker: tuple[int, int, int] | None  # first, last (exclusive), root token
    # The subject of a speech act the content reports ("KCNA said the ministry denounces…"):
    # the speaker when the reporter is only a news medium relaying it.
    relay: tuple[int, int, int] | None = None
    # Sourced to a document that names no one ("according to a statement"): the sentence's
    # own verb keeps its speaker as a quote too.
    unnamed: bool = False

    @classmethod
    def over(
        cls,
        tokens: Sequence[Token],
        content: tuple[int, int],
        cue: tuple[int, int],
        speaker: tuple[int, int, int] | None,
        unnamed: bool = False,
    ) -> Candidate:
        """A candidate over token positions: the content's first and last (exclusive)
        tokens, the cue's first and last (inclusive) ones."""
        first, last = content
        return cls(
            tokens[first].start,
            tokens[last - 1].end,
            tokens[cue[0]].start,
            tokens[cue[1]].end,
            speaker,
            unnamed=unnamed,
        )


def cue_tokens(tokens: Sequence[Token], candidate: Candidate) -> Sequence[Token]:
    """The tokens of a candidate's cue (those starting inside it)."""
    first = bisect_left(tokens, candidate.cue_start, key=lambda t: t.start)
    return tokens[first : bisect_left(tokens, candidate.cue_end, key=lambda t: t.start)]


def speaker_of(tree: Tree, root: int) -> tuple[int, int, int]:
    """A speaker's token range and root: the noun phrase without clauses hung on it."""
    root = _dateline_apposition(tree, root)
    first, last = tree.span(root, exclude=SPEAKER_CUTS)
    if first >= last:
        first, last = root, root + 1
    return _past_dateline(tree.tokens, first, last, root), last, root


def _dateline_apposition(tree: Tree, root: int) -> int:
    """The noun after a dateline the parse took for the subject: in "OSLO, Norway — Port
    officials said" the officials, hung on "OSLO" as its apposition, are the speaker."""
    tokens = tree.tokens
    if not _is_dateline_word(tokens[root].text) or (
        root > 0 and tokens[root - 1].sent == tokens[root].sent
    ):
        return root
    # The dash ends the dateline within a few words ("CLEVELAND, July 19 (UPI) —"); the
    # name after it may run long ("U.S. District Judge Carlton W. Reeves").
    last = min(len(tokens), root + DATELINE_WORDS + 4)
    dash = next((i for i in range(root + 1, last) if tokens[i].text in DASHES), None)
    if dash is None:
        return root
    for child in tree.children[root]:
        if tokens[child].dep == "appos" and child > dash:
            return child
    return root


def _is_dateline_word(word: str) -> bool:
    return word.isupper() and len(word) > 1 and word.isalpha()


def _past_dateline(tokens: Sequence[Token], first: int, last: int, root: int) -> int:
    """The first word of a speaker the parse ran a dateline into: in "RANGOON, Burma —
    The opposition leader said" the speaker starts after the dash. A dateline opens with
    a capitalised place ("RANGOON") and ends at the first dash."""
    opening = first  # the sentence's first word, if it is at most a dateline away
    while opening > 0 and tokens[opening - 1].sent == tokens[first].sent:
        opening -= 1
    if first - opening > DATELINE_WORDS or not _is_dateline_word(tokens[opening].text):
        return first
    dash = next((i for i in range(first + 1, min(root, last)) if tokens[i].text in DASHES), None)
    if dash is None or dash - first > DATELINE_WORDS:
        return first
    return dash + 1


def widen(candidate: Candidate, text: str, regions: tuple[QuotedRegion, ...]) -> None:
    """Cover whole quotations the content touches, and the second half of a split quote."""
    for number, region in enumerate(regions):
        if region.end <= candidate.start or region.start >= candidate.end:
            continue
        # A content that starts inside a quote but also holds the cue is not that quote.
        if region.start < candidate.cue_start < region.end:
            continue
        candidate.start = min(candidate.start, region.start)
        candidate.end = max(candidate.end, region.end)
        following = regions[number + 1] if number + 1 < len(regions) else None
        if following is not None and candidate.end <= candidate.cue_start < following.start:
            between = text[candidate.cue_end : following.start]
            if "\n" in between or any(mark in between for mark in SENTENCE_ENDS):
                continue  # '“…,” X said. Y responded, “…”': the next quote is Y's
            if _further_participle(between):
                continue  # '“…,” X said, adding, “…”': the next quote is what "adding" adds
            if not between.strip(CUE_JOINERS) or only_speaker(between):
                candidate.end = following.end


def quote_before(
    text: str, tree: Tree, verb: int, regions: tuple[QuotedRegion, ...], closing_chars: str
) -> QuotedRegion | None:
    """The quotation that ends right before the cue clause: '“…?” Biden said', '“…,” said X'.

    Between the closing mark and the verb there may be only punctuation and the verb's own
    words (its subject), in the same paragraph, so a quote the parser split into a
    sentence of its own still finds its cue. ``closing_chars``: the cues' closing marks.
    """
    tokens = tree.tokens
    verb_start = tokens[verb].start
    found = last_before(regions, verb_start)
    while found is not None and _embedded(text, found, closing_chars):
        # '“…,” X, wearing “Ted Cruz” pins, said': a title quoted inside the speaker's
        # description; the quote the cue follows comes before the speaker
        found = last_before(regions, found.start)
    if found is None or "\n" in text[found.end : verb_start]:
        return None
    i = verb - 1
    while i >= 0 and tokens[i].start >= found.end:
        if tokens[i].pos != "PUNCT" and i < tree.left[verb]:
            return None
        i -= 1
    return found


def _embedded(text: str, region: QuotedRegion, closing_chars: str) -> bool:
    """A quotation set inside a phrase: a word right before its opening mark and no stop
    or comma closing its words ("a cowboy hat and “Ted Cruz” pins"), unlike a quote a tag
    follows ("“…,” X said")."""
    before = text[: region.start].rstrip()[-1:]
    words = text[region.start : region.end].rstrip(closing_chars + " ")
    return before.isalnum() and words[-1:].isalnum()


def last_before(regions: tuple[QuotedRegion, ...], offset: int) -> QuotedRegion | None:
    """The last quotation ending at or before ``offset`` (``regions`` are in order and
    never overlap)."""
    number = bisect_right(regions, offset, key=lambda r: r.end) - 1
    return regions[number] if number >= 0 else None


def quote_after(
    text: str, tree: Tree, verb: int, regions: tuple[QuotedRegion, ...]
) -> QuotedRegion | None:
    """The quotation right after the cue: 'the host says, “…”', 'X said, and I quote, “…”'."""
    verb_end = tree.tokens[verb].end
    number = bisect_left(regions, verb_end, key=lambda r: r.start)
    if number >= len(regions):
        return None
    region = regions[number]
    between = text[verb_end : region.start]
    if "\n" in between:
        return None
    words = between.strip()
    if not words:
        return region
    if words[-1] not in ",:" or len(words.split()) > LEAD_IN_WORDS:
        return None
    return None if any(mark in words for mark in ".!?") else region


def _further_participle(between: str) -> bool:
    """', adding, ' or ', adding later: ' after a cue: a participle opening a further act."""
    words = between.strip(CUE_JOINERS).split()
    return bool(words) and words[0].islower() and words[0].endswith("ing") and len(words[0]) > 4


def inside(position: int, regions: tuple[QuotedRegion, ...]) -> bool:
    return any(r.start < position < r.end for r in regions)


def only_speaker(between: str) -> bool:
    """', he said, ' style text between two halves of a quote: a few words, commas at ends."""
    stripped = between.strip()
    return stripped.endswith(",") and len(stripped.split()) <= 6


def is_direct(candidate: Candidate, text: str, regions: tuple[QuotedRegion, ...]) -> bool:
    """Quoted from end to end, with nothing unquoted between the parts but the inserted cue.

    Paraphrase with quoted fragments ("said “there is no doubt” that ...") is not direct.
    """
    inside = [r for r in regions if candidate.start <= r.start and r.end <= candidate.end]
    if not inside or inside[0].start != candidate.start or inside[-1].end != candidate.end:
        return False
    for left, right in pairwise(inside):
        gap = text[left.end : right.start]
        holds_cue = left.end <= candidate.cue_start < right.start
        if not holds_cue and gap.strip(" \n.,;:\u2014-"):
            return False
    return True


def only_timestamp(start: int, end: int, tokens: Sequence[Token]) -> bool:
    """True when the content is nothing but a date or time: in "said Friday" or "voted on
    March 1" the parse hands the cue a when, not a what, so nothing is attributed.
    """
    first = bisect_left(tokens, start, key=lambda t: t.start)
    words = [
        t
        for t in takewhile(lambda t: t.end <= end, tokens[first:])
        if t.pos not in TIMESTAMP_FILLER
    ]
    return bool(words) and all(t.ent_type in TIMESTAMP_ENTITIES for t in words)


def outermost(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Drop attributions reported inside another's content: in "X said they want Y" the
    quote is X's, and "they want Y" is part of what X said, not a second quote.

    A document that names no one ("Spain condemned X, according to a statement") only
    sources the sentence, so the verb inside keeps its own speaker as a quote too. A
    further act of the same speaker coordinated after the content ("He called on the U.S.
    to attack the oil that funds ISIS and proposed a safe zone", "…, claiming …") is no
    part of what was said: it stays a quote of its own and the content before it ends
    where it begins.
    """
    ordered = sorted(candidates, key=lambda c: c.start)
    out = []
    cuts: list[tuple[Candidate, Candidate]] = []
    for candidate in candidates:
        nested = False
        for other in ordered:
            if other.start > candidate.cue_start:
                break
            if (
                other is not candidate
                and not other.unnamed
                and candidate.cue_end <= other.end
                and not (candidate.start <= other.cue_start < candidate.end)
            ):
                if _further_act(candidate, other, text) is not None:
                    cuts.append((other, candidate))
                    continue
                nested = True
                break
        if not nested:
            out.append(candidate)
    kept = {id(c) for c in out}
    for outer, act in cuts:
        end = _further_act(act, outer, text)
        if end is not None and id(outer) in kept and id(act) in kept:
            outer.end = min(outer.end, end)
    return out


def _further_act(inner: Candidate, outer: Candidate, text: str) -> int | None:
    """Where ``outer``'s content ends when ``inner`` is a further act of the same speaker
    joined after it by a conjunction or a comma, else None. The content must keep a word
    and cut no quotation."""
    if inner.speaker is None or outer.speaker is None or inner.speaker[2] != outer.speaker[2]:
        return None
    if not outer.cue_end <= outer.start < inner.cue_start < outer.end:
        return None
    clause = min(inner.cue_start, inner.start)
    before = text[outer.start : clause].rstrip()
    words = before.rsplit(maxsplit=1)
    cue = text[inner.cue_start : inner.cue_end].lower().split()
    if len(words) == 2 and words[1].lower() in ACT_JOINERS:
        # "… and proposed", "… and depicts": a verb of its own tense; "to chat and
        # float an idea", "for raising X and pushing Y" coordinate inside the content
        # "boasting about X and pledging Y": the outer cue may end in its preposition
        outer_cue = text[outer.cue_start : outer.cue_end].lower().split()
        participle = any(w.endswith("ing") for w in outer_cue)
        if not any(_finite_form(w) or (participle and w.endswith("ing")) for w in cue):
            return None
        cut = before[: -len(words[1])].rstrip()
    elif before.endswith(ACT_MARKS) and any(w.endswith("ing") for w in cue):
        cut = before.rstrip("".join(ACT_MARKS)).rstrip()  # "…, calling him …"
    else:
        return None
    cut = cut.rstrip("".join(ACT_MARKS)).rstrip()
    if not cut.strip() or any(cut.count(a) != cut.count(b) for a, b in QUOTE_PAIRS):
        return None
    return outer.start + len(cut)


def _finite_form(word: str) -> bool:
    """A verb form only a finite or perfect predicate takes: "proposed", "depicts"."""
    return len(word) > 3 and (
        word.endswith("ed") or (word.endswith("s") and not word.endswith("ss"))
    )


def dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One attribution per cue: conjoined verbs may find the same clause twice, and a
    light verb's object noun ("voiced complaints that …") is the same attribution as the
    verb's own; the longer cue is kept."""
    best: dict[int, Candidate] = {}
    for candidate in candidates:
        kept = best.get(candidate.cue_start)
        if kept is None or candidate.cue_end > kept.cue_end:
            best[candidate.cue_start] = candidate
    return [c for c in candidates if best[c.cue_start] is c]


def front_half(
    candidate: Candidate,
    text: str,
    tree: Tree,
    regions: tuple[QuotedRegion, ...],
    closing_chars: str,
) -> None:
    """'“A,” X, a senator, said, “B”': a quotation the cue clause follows, cut off by a
    comma inside its closing mark, is the first half of the quote after the cue."""
    if candidate.speaker is None or candidate.start < candidate.cue_end:
        return
    if not any(r.start == candidate.start for r in regions):
        return
    clause = min(candidate.cue_start, tree.tokens[candidate.speaker[0]].start)
    if _second_act(candidate, tree):
        return
    prior = next((r for r in reversed(regions) if r.end <= clause), None)
    if prior is None:
        return
    gap = text[prior.end : clause]
    if "\n" in gap or gap.strip(" ,"):
        return
    if text[prior.start : prior.end].rstrip(closing_chars).endswith(","):
        candidate.start = prior.start


def _second_act(candidate: Candidate, tree: Tree) -> bool:
    """True when the cue hangs on another verb standing between it and the speaker: in
    "“A,” Cruz said, adding: “B”" the quotation before is what "said" carries, and
    "adding" reports only what follows it."""
    tokens = tree.tokens
    cue = bisect_left(tokens, candidate.cue_start, key=lambda t: t.start)
    if cue >= len(tokens) or candidate.speaker is None:
        return False
    head = tokens[cue].head
    return (
        head != cue
        and tokens[head].pos in ("VERB", "AUX")
        and tokens[candidate.speaker[1] - 1].end <= tokens[head].start < candidate.cue_start
    )


def described(
    tree: Tree, candidate: Candidate, first: int, last: int, root: int
) -> tuple[int, int]:
    """The speaker's mention with the description set off after it, as attribution spans
    mark it: "Ana Ruiz, a spokeswoman for the port,", "Ms. Holm, who chairs the board".
    Resolution keeps to the name; a description reaching into the cue or the content
    is not one."""
    tokens = tree.tokens
    if last <= root or last > len(tokens):
        return first, last
    low, high = tree.trim(first, tree.right[root] + 1)
    if high <= last:
        return first, last
    opened = sum(t.text == "(" for t in tokens[low:high]) - sum(
        t.text == ")" for t in tokens[low:high]
    )
    if opened > 0 and high < len(tokens) and tokens[high].text == ")":
        high += 1  # "Lars Berg (Harbour Party)": the bracket closes
    start, end = tokens[low].start, tokens[high - 1].end
    if start < candidate.cue_end and candidate.cue_start < end:
        return first, last
    if start < candidate.end and candidate.start < end:
        return first, last
    return low, high
