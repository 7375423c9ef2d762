"""Headline labels before a colon: "Poll: Olsen leads", "AP: Port chief hid fees …",
"Olsen to Harbour Workers: The ferry will run". The short name before the colon
is the source and the words after it the content; in the headline a listener or topic
may follow the name ("to Harbour Workers", "On Tolls"), and the parse may end the
sentence at the colon, the words running on the same line."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Token
from .candidates import Candidate
from .cues import QuoteCues
from .tree import Tree

# A headline label before a colon: at most this many words, all of them name-like.
LABEL_WORDS = 5
LABEL_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "PUNCT"})
# Tags of words that make a headline's words a statement: finite verbs and participles.
STATING_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VBN", "VBG"})


def labelled(
    cues: QuoteCues, keep_marks: frozenset[str], tree: Tree, first: int, last: int
) -> Candidate | None:
    """Headline style "Poll: Olsen leads": a short name, a colon, then the words.
    Not an editorial label ("Correction:", "Editor's note:") or a one-letter one."""
    tokens = tree.tokens
    colon = next(
        (i for i in range(first, min(last, first + LABEL_WORDS + 1)) if tokens[i].text == ":"),
        None,
    )
    if colon is None or colon == first:
        return None
    name_end = _addressed_label(tokens, first, colon) if first == 0 else colon
    if any(tokens[i].pos not in LABEL_POS for i in range(first, name_end)):
        return None
    # "Editor's note:", "Correction:", "Q:", "The Latest:" head the writer's own words;
    # a label that is not capitalised is no headline ("font-family: Arial").
    label = tokens[colon - 1].text.lower()
    if len(label) < 2 or (
        label in cues.editorial_labels and not _named_label(cues, tokens, first, colon)
    ):
        return None
    if not tokens[first].text[:1].isupper() and not tokens[first].text[:1].isdigit():
        return None
    if colon + 1 >= last:
        last = _line_sentence_end(tokens, last)  # the parse ended the sentence at "AP:"
    content_first, content_last = tree.trim(colon + 1, last, keep_marks)
    if content_last - content_first < 2:
        return None
    if first > 0 and not _states(tokens, content_first, content_last, keep_marks):
        # a subhead inside the story: "Olsen: Win by a mile.", "The aim: more riders."
        # (the headline itself states in headline style: "Poll: Olsen a clear favourite")
        return None
    speaker = (first, name_end, name_end - 1)
    return Candidate.over(tokens, (content_first, content_last), (colon, colon), speaker)


def _states(tokens: Sequence[Token], first: int, last: int, marks: frozenset[str]) -> bool:
    """Words after a headline label that say something: a finite verb, a participle or an
    infinitive ("Olsen leads", "Berg linked", "Ruiz to speak") or a quotation; a
    noun phrase or a bare imperative is a section title, not a statement."""
    for i in range(first, last):
        token = tokens[i]
        if token.tag in STATING_TAGS or any(m in token.text for m in marks):
            return True
        if token.tag == "VB" and i > first and tokens[i - 1].tag == "TO":
            return True
    return False


def _named_label(cues: QuoteCues, tokens: Sequence[Token], first: int, colon: int) -> bool:
    """Whether a label whose last word a desk also uses ("Watch:") ends a name instead:
    "Judicial Watch:" is a group speaking, "Editor's Note:" and "Live Update:" are not."""
    before = colon - 2
    return (
        before >= first
        and tokens[before].pos == "PROPN"
        and tokens[colon - 1].pos == "PROPN"
        and tokens[before].text.lower() not in cues.editorial_labels
    )


def _addressed_label(tokens: Sequence[Token], first: int, colon: int) -> int:
    """Where the speaker's name ends in a headline label naming a listener or topic after
    it ("Olsen to Harbour Workers:", "Port Chief On Tolls:", "Berg at Congress:"):
    at the preposition after a proper noun, the rest of the label being names too; else
    at the colon."""
    for i in range(first + 1, colon - 1):
        if tokens[i].pos == "ADP" and tokens[i - 1].pos == "PROPN":
            rest = range(i + 1, colon)
            return i if all(tokens[j].pos in LABEL_POS for j in rest) else colon
    return colon


def _line_sentence_end(tokens: Sequence[Token], start: int) -> int:
    """The end of the sentence opening at ``start`` when it runs on the same line (a
    label's words the parse split off after its colon: "AP: | Port chief hid …");
    ``start`` itself when a line break comes first."""
    end = start
    while (
        end < len(tokens)
        and tokens[end].sent == tokens[start].sent
        and not (tokens[end].pos == "SPACE" and "\n" in tokens[end].text)
    ):
        end += 1
    return end
