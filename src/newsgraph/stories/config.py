"""Story clustering parameters and the bars they set for joining a story.

``StoryConfig`` holds the parameters (chosen on ECB+, see docs/STORIES.md); the bar
functions turn them into what one article must score against one story: the base
``threshold`` raised by the story's unverifiable members (``required_score``) and by the
time between them (``late_score``), and how an article ranks the stories it clears
(``choice_score``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .stored import StoryError

_POSITIVE = (
    "lead_tokens",
    "centroid_terms",
    "article_terms",
    "posting_terms",
    "query_terms",
    "candidates_per_term",
    "max_candidates",
    "protagonist_mentions",
    "fold_max_size",
)


@dataclass(frozen=True, slots=True)
class StoryConfig:
    """Clustering parameters, chosen on ECB+ (see docs/STORIES.md for the sweep)."""

    threshold: float = 0.15
    unverified_threshold: float = 0.35
    entity_weight: float = 0.5
    window_days: int = 60
    late_penalty: float = 0.5
    max_gap_days: int = 365
    lead_tokens: int = 60
    lead_boost: float = 5.0
    centroid_terms: int = 150
    article_terms: int = 120
    posting_terms: int = 40
    query_terms: int = 30
    candidates_per_term: int = 8
    max_candidates: int = 8
    prior_documents: int = 20
    protagonist_mentions: int = 2
    protagonist_share: float = 0.7
    fold_margin: float = 0.25
    fold_max_size: int = 50
    untimed_choice_weight: float = 0.3

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold < 1.0:
            raise StoryError(f"threshold must be in (0, 1), got {self.threshold}")
        if not self.threshold <= self.unverified_threshold < 1.0:
            raise StoryError(
                f"unverified_threshold must be in [threshold, 1), got {self.unverified_threshold}"
            )
        if not 0.0 <= self.entity_weight <= 1.0:
            raise StoryError(f"entity_weight must be in [0, 1], got {self.entity_weight}")
        if self.window_days < 1:
            raise StoryError(f"window_days must be at least 1, got {self.window_days}")
        if self.max_gap_days < self.window_days:
            raise StoryError(
                f"max_gap_days must be >= window_days ({self.window_days}), got {self.max_gap_days}"
            )
        if not 0.0 <= self.late_penalty < 1.0:
            raise StoryError(f"late_penalty must be in [0, 1), got {self.late_penalty}")
        if not 0.0 < self.protagonist_share <= 1.0:
            raise StoryError(f"protagonist_share must be in (0, 1], got {self.protagonist_share}")
        if not 0.0 <= self.untimed_choice_weight <= 1.0:
            raise StoryError(
                f"untimed_choice_weight must be in [0, 1], got {self.untimed_choice_weight}"
            )
        if self.fold_margin < 0.0:
            raise StoryError(f"fold_margin must be >= 0, got {self.fold_margin}")
        for name in _POSITIVE:
            if getattr(self, name) < 1:
                raise StoryError(f"{name} must be at least 1, got {getattr(self, name)}")


def required_score(config: StoryConfig, size: int, dated: int, article_dated: bool) -> float:
    """The score an article must reach to join a story of ``size`` members, ``dated`` of them
    timed (a publication day or a year in the lead): ``threshold`` raised towards
    ``unverified_threshold`` by the share of members whose timedness differs from the
    article's, since time cannot check those pairs. Weighing by the share, not by "the
    story has a date", keeps one timed member from opening a story of untimed reports to
    every timed look-alike, and the reverse."""
    if size <= 0:
        return config.threshold
    unverified = size - dated if article_dated else dated
    share = unverified / size
    return config.threshold + share * (config.unverified_threshold - config.threshold)


def choice_score(config: StoryConfig, margin: float, required: float, timed: bool) -> float:
    """How strongly an article that clears a story by ``margin`` over its bar ``required``
    prefers it to the other stories it clears. A timed article goes by the margin: the bar
    says how much evidence a story time can or cannot vouch for needs. An untimed article
    can be checked in time against no member, so a story of untimed look-alikes is no safer
    for it than a timed one: it weighs only ``untimed_choice_weight`` of the part of the bar
    that the members' timedness adds (on ECB+ the untimed reports of a dated story otherwise
    join an undated look-alike whose bar is lower, though they score higher on their own)."""
    if timed:
        return margin
    return margin + (1.0 - config.untimed_choice_weight) * (required - config.threshold)


def late_score(config: StoryConfig, gap_days: int | None) -> float | None:
    """What an article ``gap_days`` away from a story must score on top of its bar: nothing
    within ``window_days`` (or when time is unknown), ``late_penalty`` per doubling of the
    gap beyond it, and ``None`` (not eligible) beyond ``max_gap_days``. Soft, because a
    follow-up months later (charges filed, a trial) repeats the story's names and words,
    while a look-alike a year on only shares the kind of event."""
    if gap_days is None or gap_days <= config.window_days:
        return 0.0
    if gap_days > config.max_gap_days:
        return None
    return config.late_penalty * math.log2(gap_days / config.window_days)


__all__ = ["StoryConfig", "choice_score", "late_score", "required_score"]
