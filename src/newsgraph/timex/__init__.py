"""Time expressions with TimeML values resolved against the document creation time, and event dates.

``TimexTagger.load()`` reads the word lists once; ``tag`` finds and normalizes the expressions
of a parsed article; ``event_date`` dates one event trigger from them (else from the DCT).
"""

from __future__ import annotations

from .lexicon import LexiconError, TimexLexicon
from .normalize import Context, Normalizer
from .tagger import TimexTagger, parse_dct

__all__ = ["Context", "LexiconError", "Normalizer", "TimexLexicon", "TimexTagger", "parse_dct"]
