"""Quote extraction: direct quotes and indirect speech, each with its cue and speaker.

Attribution is read from the dependency parse: a cue verb's subject is the
speaker and its clausal complement (or, for verbs like "denounce"/"call for",
its object) is the content; "according to X" makes the rest of the sentence X's.
Quotation marks then widen a content to the whole quotation, join the halves of
a quote split by an inserted cue ("“…,” he said, “…”"), and turn long quoted
passages with no verb of their own into quotes of the speaker before them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

from ..actors.resolve import ResolvedActors
from ..records import Actor, ParsedArticle, Quote, QuoteSpeaker
from .cues import QuoteCues
from .marks import QuotedRegion, quoted_regions
from .speakers import SpeakerResolver
from .tree import Tree

SUBJECT_DEPS = frozenset({"nsubj"})
# Links through which a verb without a subject inherits its governor's: "..., adding that".
INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp"})
CLAUSE_DEPS = frozenset({"ccomp"})
OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd"})
CUE_PREFIX_DEPS = frozenset({"aux", "neg", "advmod"})
SPEAKER_CUTS = ("relcl", "appos", "acl", "punct", "advmod")
VERB_POS = frozenset({"VERB"})
# A headline label before a colon: at most this many words, all of them name-like.
LABEL_WORDS = 5
LABEL_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "PUNCT"})


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quote with the offsets of its speaker and cue, for evaluation and debugging."""

    start: int
    end: int
    text: str
    cue: str
    cue_start: int
    cue_end: int
    direct: bool
    speaker: Actor | QuoteSpeaker | None
    speaker_text: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None

    def quote(self) -> Quote:
        return Quote(
            speaker=self.speaker,
            text=self.text,
            start=self.start,
            end=self.end,
            direct=self.direct,
            cue=self.cue,
        )


@dataclass(slots=True)
class _Candidate:
    """An attribution found in the parse, before speaker resolution (mutable while joining)."""

    start: int
    end: int
    cue_start: int
    cue_end: int
    speaker: tuple[int, int, int] | None  # first, last (exclusive), root token


class QuoteExtractor:
    """Holds only the loaded cues; ``extract`` is a pure function of its inputs."""

    def __init__(self, cues: QuoteCues) -> None:
        self.cues = cues
        self.keep_marks = frozenset(m for pair in cues.quote_marks for m in pair)

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> QuoteExtractor:
        return cls(QuoteCues.load(extra_paths))

    def extract(self, parsed: ParsedArticle, actors: ResolvedActors) -> tuple[Quote, ...]:
        return tuple(span.quote() for span in self.spans(parsed, actors))

    def spans(self, parsed: ParsedArticle, actors: ResolvedActors) -> tuple[QuoteSpan, ...]:
        """Every attribution of the article in text order, with speaker and cue offsets."""
        text = parsed.article.text
        if not parsed.tokens:
            return ()
        tree = Tree.build(parsed.tokens)
        regions = quoted_regions(text, self.cues.quote_marks)
        candidates = self._candidates(parsed, tree, regions)
        # Attributions inside a quotation ("I think ...") belong to the quoted speaker's words.
        candidates = [c for c in candidates if not _inside(c.cue_start, regions)]
        for candidate in candidates:
            self._widen(candidate, text, regions)
        candidates = _dedupe(candidates)
        resolver = SpeakerResolver(self.cues, parsed, actors, tree)
        out: list[QuoteSpan] = []
        ordered = sorted(candidates, key=lambda c: (_position(c, tree), c.start))
        for candidate in ordered:
            out.append(self._span(candidate, text, tree, regions, resolver))
        return tuple(self._unattributed(text, regions, out))

    # --- finding attributions -------------------------------------------------------------

    def _candidates(
        self, parsed: ParsedArticle, tree: Tree, regions: tuple[QuotedRegion, ...]
    ) -> list[_Candidate]:
        tokens = parsed.tokens
        found: list[_Candidate] = []
        for token in tokens:
            if token.pos in VERB_POS and token.lemma in self.cues.cue_verbs:
                candidate = self._verb(parsed, tree, token.i, regions)
            else:
                candidate = self._phrase(parsed, tree, token.i)
            if candidate is not None:
                found.append(candidate)
        for sentence in parsed.sentences:
            candidate = self._labelled(tree, sentence.first_token, sentence.last_token)
            if candidate is not None:
                found.append(candidate)
        return found

    def _labelled(self, tree: Tree, first: int, last: int) -> _Candidate | None:
        """Headline style "Poll: Clinton leads": a short name, a colon, then the words."""
        tokens = tree.tokens
        colon = next(
            (i for i in range(first, min(last, first + LABEL_WORDS + 1)) if tokens[i].text == ":"),
            None,
        )
        if colon is None or colon == first:
            return None
        if any(tokens[i].pos not in LABEL_POS for i in range(first, colon)):
            return None
        content_first, content_last = tree.trim(colon + 1, last, self.keep_marks)
        if content_last - content_first < 2:
            return None
        root = colon - 1
        return _Candidate(
            tokens[content_first].start,
            tokens[content_last - 1].end,
            tokens[colon].start,
            tokens[colon].end,
            (first, colon, root),
        )

    def _subject(self, tree: Tree, verb: int) -> int | None:
        current = verb
        for _ in range(3):
            subject = tree.child(current, SUBJECT_DEPS)
            if subject is not None:
                return subject
            token = tree.tokens[current]
            if token.dep not in INHERIT_DEPS or token.head == current:
                return None
            current = token.head
        return None

    def _verb(
        self, parsed: ParsedArticle, tree: Tree, verb: int, regions: tuple[QuotedRegion, ...]
    ) -> _Candidate | None:
        tokens = tree.tokens
        subject = self._subject(tree, verb)
        if subject is None:
            return None
        lemma = tokens[verb].lemma
        cue_first, cue_last = self._cue_tokens(tree, verb)
        parts: list[tuple[int, int]] = []
        if lemma in self.cues.speech_verbs:
            parts = [
                (tree.left[c], tree.right[c] + 1)
                for c in tree.children[verb]
                if tokens[c].dep in CLAUSE_DEPS
            ]
        if not parts and lemma in self.cues.object_verbs:
            for c in tree.children[verb]:
                dep = tokens[c].dep
                if dep in OBJECT_DEPS:
                    parts.append((tree.left[c], tree.right[c] + 1))
                elif dep == "prep" and tokens[c].lemma in self.cues.object_preps:
                    pobj = tree.child(c, ("pobj", "pcomp"))
                    if pobj is not None and c > verb and not parts:
                        parts.append((tree.left[pobj], tree.right[pobj] + 1))
                        cue_last = max(cue_last, c + 1)
        if not parts and lemma in self.cues.speech_verbs:
            parts = self._inverted(parsed, tree, verb)
        if not parts:
            colon = self._after_colon(parsed, tree, verb, regions)
            if colon is None:
                return None
            start, end = colon
        else:
            first = min(p[0] for p in parts)
            last = max(p[1] for p in parts)
            first, last = tree.trim(first, last, self.keep_marks)
            if first >= last:
                return None
            start, end = tokens[first].start, tokens[last - 1].end
        speaker = self._speaker(tree, subject)
        return _Candidate(start, end, tokens[cue_first].start, tokens[cue_last - 1].end, speaker)

    def _cue_tokens(self, tree: Tree, verb: int) -> tuple[int, int]:
        """The verb with the auxiliaries and adverbs right before it: "has also said"."""
        first = verb
        prefix = {c for c in tree.children[verb] if c < verb}
        while first - 1 in prefix and tree.tokens[first - 1].dep in CUE_PREFIX_DEPS:
            first -= 1
        return first, verb + 1

    def _inverted(self, parsed: ParsedArticle, tree: Tree, verb: int) -> list[tuple[int, int]]:
        """'“…,” he said' parsed with "said" hanging off the quoted clause."""
        token = tree.tokens[verb]
        if token.dep not in ("parataxis", "ccomp", "advcl") or token.head == verb:
            return []
        head = token.head
        sentence = parsed.sentences[token.sent]
        before = tree.left[verb] - 1
        if before < sentence.first_token or tree.tokens[before].pos not in ("PUNCT",):
            return []  # '“…,” he said' has a comma or mark before the cue clause
        if head < verb:
            first, last = max(tree.left[head], sentence.first_token), tree.left[verb]
        else:
            first, last = tree.right[verb] + 1, min(tree.right[head] + 1, sentence.last_token)
        return [(first, last)] if last - first >= 2 else []

    def _after_colon(
        self, parsed: ParsedArticle, tree: Tree, verb: int, regions: tuple[QuotedRegion, ...]
    ) -> tuple[int, int] | None:
        """'X said:' followed by the words, or by a quotation in the next paragraph."""
        tokens = tree.tokens
        end = tree.right[verb] + 1
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

    def _phrase(self, parsed: ParsedArticle, tree: Tree, i: int) -> _Candidate | None:
        """ "according to X": X is the speaker of the rest of the sentence."""
        tokens = tree.tokens
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
            first, last = max(before, after, key=lambda r: r[1] - r[0])
            if first >= last:
                continue
            return _Candidate(
                tokens[first].start,
                tokens[last - 1].end,
                tokens[i].start,
                tokens[prep].end,
                self._speaker(tree, pobj),
            )
        return None

    @staticmethod
    def _speaker(tree: Tree, root: int) -> tuple[int, int, int]:
        first, last = tree.span(root, exclude=SPEAKER_CUTS)
        if first >= last:
            first, last = root, root + 1
        return first, last, root

    # --- quotation marks ------------------------------------------------------------------

    def _widen(self, candidate: _Candidate, text: str, regions: tuple[QuotedRegion, ...]) -> None:
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
                if ("\n" not in between and not between.strip(" ,;:\u2014-")) or (
                    "\n" not in between and _only_speaker(between)
                ):
                    candidate.end = following.end

    def _span(
        self,
        candidate: _Candidate,
        text: str,
        tree: Tree,
        regions: tuple[QuotedRegion, ...],
        resolver: SpeakerResolver,
    ) -> QuoteSpan:
        speaker = None
        speaker_text, speaker_start, speaker_end = "", None, None
        if candidate.speaker is not None:
            first, last, root = candidate.speaker
            resolved = resolver.at(first).resolve(first, last, root)
            speaker = resolved.speaker
            speaker_start, speaker_end = tree.tokens[first].start, tree.tokens[last - 1].end
            speaker_text = text[speaker_start:speaker_end]
        return QuoteSpan(
            start=candidate.start,
            end=candidate.end,
            text=text[candidate.start : candidate.end],
            cue=text[candidate.cue_start : candidate.cue_end],
            cue_start=candidate.cue_start,
            cue_end=candidate.cue_end,
            direct=_is_direct(candidate, text, regions),
            speaker=speaker,
            speaker_text=speaker_text,
            speaker_start=speaker_start,
            speaker_end=speaker_end,
        )

    def _unattributed(
        self, text: str, regions: tuple[QuotedRegion, ...], spans: list[QuoteSpan]
    ) -> list[QuoteSpan]:
        """Long quotations no cue covers: the speaker before them goes on talking.

        A quotation right after an attributed quote in the same paragraph
        ("“…,” she said. “…”") extends that quote; one in a later paragraph is a
        quote of its own by the same speaker.
        """
        out = sorted(spans, key=lambda s: (s.start, s.end))
        for region in regions:
            if len(text[region.start : region.end].split()) < self.cues.min_direct_words:
                continue
            if any(s.start < region.end and region.start < s.end for s in out):
                continue
            before = [n for n, s in enumerate(out) if s.end <= region.start and s.speaker]
            if not before:
                continue
            number = before[-1]
            previous = out[number]
            gap = text[previous.end : region.start]
            if "\n" not in gap and len(gap) <= 60 and previous.direct:
                out[number] = replace(
                    previous, end=region.end, text=text[previous.start : region.end]
                )
                continue
            if gap.count("\n") > 2 or len(gap) > 400:
                continue
            out.append(
                QuoteSpan(
                    start=region.start,
                    end=region.end,
                    text=text[region.start : region.end],
                    cue="",
                    cue_start=region.start,
                    cue_end=region.start,
                    direct=True,
                    speaker=previous.speaker,
                )
            )
            out.sort(key=lambda s: (s.start, s.end))
        return out


def _inside(position: int, regions: tuple[QuotedRegion, ...]) -> bool:
    return any(r.start < position < r.end for r in regions)


def _only_speaker(between: str) -> bool:
    """', he said, ' style text between two halves of a quote: a few words, commas at ends."""
    stripped = between.strip()
    return stripped.endswith(",") and len(stripped.split()) <= 6


def _is_direct(candidate: _Candidate, text: str, regions: tuple[QuotedRegion, ...]) -> bool:
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


def _position(candidate: _Candidate, tree: Tree) -> int:
    return candidate.speaker[0] if candidate.speaker is not None else 0


def _dedupe(candidates: list[_Candidate]) -> list[_Candidate]:
    """One attribution per (content, cue): conjoined verbs may find the same clause twice."""
    seen: set[tuple[int, int, int]] = set()
    out = []
    for candidate in candidates:
        key = (candidate.start, candidate.end, candidate.cue_start)
        if key not in seen:
            seen.add(key)
            out.append(candidate)
    return out
