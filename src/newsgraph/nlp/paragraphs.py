"""A spaCy component that starts a sentence after every line break.

Cleaned articles keep one paragraph (or headline) per line block; the parser
alone often runs a headline into the first paragraph, which would give events
evidence sentences that span two paragraphs. Pre-set sentence starts are kept
by the dependency parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "newsgraph_paragraph_breaks"


def mark_paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            following = doc[token.i + 1]
            if not following.is_space:
                following.is_sent_start = True
    return doc


def register() -> None:
    """Register the component with spaCy's factory table (idempotent)."""
    if not Language.has_factory(NAME):
        Language.component(NAME, func=mark_paragraph_breaks)
