"""Block labels ("RELATED STORIES", "Other news") and the teaser lines and stories under them.

A *list label* is followed by teaser headlines: short lines without sentence-final punctuation.
They go with the label. If the first headline sits in the label's own block (no blank line
between), the list ends with that block, so a real subheading after the list survives.

A *teaser label* introduces a story pasted from another article: its headline (often just above
the label, often repeated below it) and one or a few summary paragraphs. Where the real article
resumes is decided by vocabulary: an article's paragraphs share content words with each other and
with the title, a pasted story's paragraphs do not. Each candidate paragraph gets a *support*
score, the mean over its content words of how many of the article's other paragraphs use the word
(counted up to ``SUPPORT_CAP``, scaled to 0..1); it is *foreign* when that is below
``teaser_relative_support`` times the median support of the article's own paragraphs. A paragraph
belongs to the teaser when it is foreign, or shares more of its words with the teaser than the
article supports it; and, once the teaser has words (its headline or a first summary paragraph),
only if it shares at least one of them. The first paragraph that fails is the article again
(a real paragraph opening a new subtopic shares nothing with the teaser, so it stays); at most
``max_teaser_paragraphs`` go.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from statistics import median

from .rules import CleaningRules, phrase_key
from .steps import Line, StepContext, is_headline, line_key, live

SUPPORT_CAP = 2  # a word used by this many other paragraphs counts as fully shared
MIN_REFERENCE_WORDS = 6  # shorter paragraphs are too small to set the article's baseline
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_INLINE_LABEL = re.compile(r"^(?P<label>[^:|»›>–—]{2,40}?)\s*[:|»›>–—]\s*(?P<rest>\S.*)$")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """How many reference units (title, the article's other paragraphs) use each content word."""

    counts: Counter[str]
    baseline: float  # median leave-one-out support of the reference paragraphs

    def support(self, words: frozenset[str]) -> float:
        if not words:
            return 1.0  # nothing to judge by: never call it foreign
        return sum(min(self.counts[w], SUPPORT_CAP) for w in words) / (SUPPORT_CAP * len(words))


def content_words(text: str, stopwords: frozenset[str]) -> frozenset[str]:
    """Lower-cased words of three letters or more, stopwords out, plural and possessive folded."""
    out = set()
    for word in _WORD.findall(text.casefold()):
        word = re.sub(r"['’]s$", "", word)
        if len(word) < 3 or word in stopwords:
            continue
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        if word not in stopwords:
            out.add(word)
    return frozenset(out)


def vocabulary(units: Iterable[str], stopwords: frozenset[str]) -> Vocabulary:
    """Word counts of the reference units and the support of each against all the others."""
    bags = [content_words(unit, stopwords) for unit in units]
    counts: Counter[str] = Counter()
    for bag in bags:
        counts.update(bag)
    scores = [
        sum(min(counts[w] - 1, SUPPORT_CAP) for w in bag) / (SUPPORT_CAP * len(bag))
        for bag in bags
        if len(bag) >= MIN_REFERENCE_WORDS
    ]
    return Vocabulary(counts, median(scores) if scores else 0.0)


def label_kind(text: str, rules: CleaningRules) -> str | None:
    """ "list" or "teaser" when the whole line is a block label, else None."""
    if len(text.split()) > rules.limits.max_label_words or text.rstrip(" :").endswith((".", "!")):
        return None
    key = phrase_key(text)
    if key in rules.list_labels:
        return "list"
    if key in rules.teaser_labels:
        return "teaser"
    if any(key.startswith(prefix + " ") for prefix in rules.list_label_prefixes):
        return "list"
    if any(key.startswith(prefix + " ") for prefix in rules.teaser_label_prefixes):
        return "teaser"
    return None


def is_inline_link(text: str, rules: CleaningRules) -> bool:
    """A label and a headline on one line: "Read more: Why the talks keep stalling"."""
    match = _INLINE_LABEL.match(text)
    if match is None or label_kind(match["label"], rules) is None:
        return False
    return len(match["rest"].split()) <= rules.limits.max_headline_words


def drop_label_blocks(lines: tuple[Line, ...], ctx: StepContext) -> tuple[Line, ...]:
    """Labels with their teaser headlines, and teaser stories pasted into the article."""
    rules = ctx.rules
    out = list(lines)
    for i in range(len(out)):
        line = out[i]
        if line.reason is not None:
            continue
        if is_inline_link(line.text, rules):
            out[i] = replace(line, reason="inline_link")
            continue
        kind = label_kind(line.text, rules)
        if kind is None:
            continue
        items = _headlines_after(out, i, rules)
        reason = "related_list" if kind == "list" else "teaser"
        for j in [i, *items]:
            out[j] = replace(out[j], reason=reason)
        if kind == "teaser":
            _drop_teaser_story(out, i, items, ctx)
    return tuple(out)


def _headlines_after(lines: list[Line], label: int, rules: CleaningRules) -> list[int]:
    """The run of teaser headlines after a label (within its block when the run starts there)."""
    following = [j for j in live(lines) if j > label]
    if not following:
        return []
    same_block = lines[following[0]].block == lines[label].block
    items: list[int] = []
    for j in following[: rules.limits.max_list_items]:
        line = lines[j]
        if same_block and line.block != lines[label].block:
            break
        if not is_headline(line.text, rules) or label_kind(line.text, rules) is not None:
            break
        items.append(j)
    return items


def _drop_teaser_story(lines: list[Line], label: int, items: list[int], ctx: StepContext) -> None:
    """Mark the teaser's headline above the label and its summary paragraphs below."""
    rules = ctx.rules
    alive = live(lines)
    before = [j for j in alive if j < label]
    above = before[-1] if before and is_headline(lines[before[-1]].text, rules) else None
    if above is not None and label_kind(lines[above].text, rules) is not None:
        above = None
    start = items[-1] if items else label
    window = [j for j in alive if j > start][: rules.limits.max_teaser_paragraphs]
    excluded = {label, *items, *window, *([above] if above is not None else [])}
    reference = [lines[j].text for j in alive if j not in excluded]
    if ctx.title:
        reference.append(ctx.title)
    vocab = vocabulary(reference, rules.stopwords)
    threshold = rules.limits.teaser_relative_support * vocab.baseline
    teaser_words = set().union(*(content_words(lines[j].text, rules.stopwords) for j in items))
    if above is not None:
        above_words = content_words(lines[above].text, rules.stopwords)
        repeated = line_key(lines[above].text) in {line_key(lines[j].text) for j in items}
        if repeated or vocab.support(above_words) < threshold:
            lines[above] = replace(lines[above], reason="teaser")
            teaser_words |= above_words
    for j in window:
        words = content_words(lines[j].text, rules.stopwords)
        if not _continues_teaser(words, teaser_words, vocab, threshold):
            break
        lines[j] = replace(lines[j], reason="teaser")
        teaser_words |= words


def _continues_teaser(
    words: frozenset[str], teaser_words: set[str], vocab: Vocabulary, threshold: float
) -> bool:
    """Whether a paragraph after a teaser label still belongs to the pasted story.

    With nothing known of the teaser yet (no headline), a paragraph foreign to the article's
    vocabulary is the teaser's summary. Once the teaser has words (its headline, its first
    paragraph), a paragraph must also share some of them: an article paragraph that merely
    opens a new subtopic shares nothing with the teaser and is kept.
    """
    support = vocab.support(words)
    if not teaser_words:
        return support < threshold
    shared = len(words & teaser_words) / len(words) if words else 0.0
    return shared > 0 and (support < threshold or shared > support)
