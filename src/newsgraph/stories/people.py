"""Who a report is about: the people its lead keeps naming, to keep look-alike stories apart.

Two reports of two different arrests of players of one team, or of two celebrities
entering rehab, share nearly every word and name but the person: "Chargers' Jamal
Williams arrested on DUI suspicion" against a story whose every lead names Vincent
Jackson. Word and name vectors cannot see that one person outweighs twenty shared
words, so the person is checked apart from them.

An article's **protagonists** are the name words its lead (headline and first
sentences) names at least ``repeats`` times; a story's protagonists are the name words
that were protagonists of at least ``share`` of its members. An article is *about someone else*
than a story when both have protagonists and none of the article's is a person the
story's members ever named (which also means it does not name the story's protagonist
in its lead). A follow-up about the story's person names it; a different story with the
same cast ("the team's second arrest this month, after Jackson's") leads with its own
person, whom the story never named.

People are the parser's PERSON entities, keyed by each word of their name (casefolded,
"'s" removed), so "Jamal Williams" and a later "Williams" are one person, and so are
"Yoon Suk Yeol" and "Yoon", whatever the order of family and given names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_POSSESSIVE = re.compile(r"['’]s$")
_EDGE = "'’.,-\"“”()"


@dataclass(frozen=True, slots=True)
class DocPeople:
    """The name words of the people an article names anywhere, and those its lead
    repeats."""

    protagonists: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()


def name_keys(name: str) -> frozenset[str]:
    """The keys of a person's name: each word of two or more letters, casefolded, without
    a possessive or edge punctuation."""
    keys = (_POSSESSIVE.sub("", word.casefold()).strip(_EDGE) for word in name.split())
    return frozenset(key for key in keys if len(key) > 1)


def people_in(people: Iterable[tuple[str, int]], lead_end: int, repeats: int) -> DocPeople:
    """``people`` are (name, start offset) pairs; a name starting before ``lead_end`` is in
    the lead, and a name word the lead names ``repeats`` times is a protagonist."""
    in_lead: Counter[str] = Counter()
    named: set[str] = set()
    for name, start in people:
        keys = name_keys(name)
        named.update(keys)
        if start < lead_end:
            in_lead.update(keys)
    protagonists = frozenset(key for key, n in in_lead.items() if n >= repeats)
    return DocPeople(protagonists, frozenset(named))


def story_protagonists(protagonists: Mapping[str, int], size: int, share: float) -> set[str]:
    """The name words that were protagonists of at least ``share`` of a story's ``size``
    members."""
    return {key for key, n in protagonists.items() if size > 0 and n >= share * size}


def about_someone_else(
    doc: DocPeople,
    protagonists: Mapping[str, int],
    people: Mapping[str, int],
    size: int,
    share: float,
) -> bool:
    """Whether an article is about someone other than a story of ``size`` members whose
    members' protagonists and named people are counted in ``protagonists`` and
    ``people``."""
    if not doc.protagonists or not story_protagonists(protagonists, size, share):
        return False
    return not any(key in people for key in doc.protagonists)


def add_people(counts: Mapping[str, int], keys: Iterable[str], keep: int) -> dict[str, int]:
    """``counts`` with one more member for each of ``keys``, cut like ``sum_people``."""
    return sum_people(counts, dict.fromkeys(keys, 1), keep)


def sum_people(a: Mapping[str, int], b: Mapping[str, int], keep: int) -> dict[str, int]:
    """Two member counts added (one story folded into another), cut to the ``keep`` most
    counted (ties alphabetical) so a story's row stays bounded."""
    out = Counter(a) + Counter(b)
    ranked = sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]
    return dict(sorted(ranked))


__all__ = [
    "DocPeople",
    "about_someone_else",
    "add_people",
    "name_keys",
    "people_in",
    "story_protagonists",
    "sum_people",
]
