"""Lookup keys for actor phrases: one normalisation builds the tables and answers queries.

Kept apart from the dictionary loader so every module (people, resolver, PETRARCH import)
folds text the same way: curly quotes, accents, case, hyphens, a leading "the" and a
trailing possessive.
"""

from __future__ import annotations

import re
import unicodedata

# Upper bound on how many spaCy tokens a phrase spans: dotted abbreviations ("U.S."), words
# (keeping inner apostrophes, "d'Ivoire"), a possessive "'s", and any other mark on its own.
_TOKEN = re.compile(r"(?:[^\W_]\.)+|'s\b|[^\W_]+(?:'(?!s\b)[^\W_]+)*|[^\w\s]")
# Typographic apostrophes, quotes, dashes and no-break spaces -> their plain ASCII forms.
_PUNCTUATION = str.maketrans(
    "\u2019\u2018\u02bc\u201b\u2032`\u00b4\u201c\u201d\u2010\u2011\u2012\u2013\u2014\u2212\u00a0",
    "'''''''\"\"------ ",
)


def name_words(phrase: str) -> list[str]:
    """The words of a name as lookups count them: hyphens split words, a leading "the"
    is dropped ("the Asia-Pacific forum": Asia, Pacific, forum)."""
    words = phrase.replace("-", " ").split()
    if len(words) > 1 and words[0].lower() == "the":
        del words[0]
    return words


def normalise(phrase: str) -> str:
    """Lookup key of a phrase: the same function builds the tables and answers queries.

    Curly quotes become straight, accents and case are folded, hyphens become spaces,
    whitespace collapses, a leading "the" and a trailing possessive are dropped.
    """
    text = phrase.translate(_PUNCTUATION).strip().strip('"')
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    words = name_words(text.casefold())
    if words:
        last = words[-1]
        if last.endswith("'s"):
            last = last[:-2]
        elif last.endswith("s'"):
            last = last[:-1]
        if last:
            words[-1] = last
        else:
            del words[-1]
    return " ".join(words).strip("\"'")


def singular_forms(key: str) -> tuple[str, ...]:
    """Candidate singulars of a key's last word ("ministries", "forces", "policemen")."""
    head, _, last = key.rpartition(" ")
    prefix = head + " " if head else ""
    forms: list[str] = []
    if last.endswith("men") and len(last) > 3:
        forms.append(last[:-3] + "man")
    if last.endswith("ies") and len(last) > 4:
        forms.append(last[:-3] + "y")
    if last.endswith("ves") and len(last) > 4:
        forms.append(last[:-3] + "f")
    if last.endswith("es") and last[:-2].endswith(("s", "x", "z", "ch", "sh")):
        forms.append(last[:-2])
    if last.endswith("s") and not last.endswith("ss") and len(last) > 2:
        forms.append(last[:-1])
    return tuple(prefix + form for form in forms)


def token_count(phrase: str) -> int:
    words = phrase.translate(_PUNCTUATION).split()
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return len(_TOKEN.findall(" ".join(words)))
