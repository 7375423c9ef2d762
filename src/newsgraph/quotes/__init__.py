"""Quotes and their speakers: who said what, directly or in paraphrase."""

from .cues import QuoteCues, QuoteCuesError
from .extract import QuoteExtractor, QuoteSpan
from .marks import QuotedRegion, quoted_regions

__all__ = [
    "QuoteCues",
    "QuoteCuesError",
    "QuoteExtractor",
    "QuoteSpan",
    "QuotedRegion",
    "quoted_regions",
]
