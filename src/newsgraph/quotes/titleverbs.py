"""Cue verbs of a headline that no other reader could read.

A headline is written in title case or in telegraphic style ("Harbour Union Chief
Praises Ferry Plan", "Port union blasts mayor over tolls"), and the tagger
often takes its verb for one more word of the name before it ("Praises" a proper noun,
"blasts" a plural noun), or reads it as a verb with a subject or object it cannot place.
So no verb's subject carries the attribution. The headline is the article's first line;
a word there that is the present tense of a cue verb ("-s"), right after a name that runs
from the line's start and not already a cue of another reader, is the cue: the name is
the speaker and the rest of the headline the content. A second such verb joined by "and"
or a comma ("Olsen Backs Ferry Plan And Denounces Tolls") has the same speaker, and ends
the first one's content.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..records import ParsedArticle, Token
from .candidates import Candidate
from .cues import QuoteCues
from .tree import Tree

# Word classes of a name before a headline verb ("Another GOP Figure", "France's Le Pen").
NAME_RUN_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "NUM"})
# Word classes that may open the content after the verb: a name, a noun phrase, a pronoun,
# a quotation or a preposition ("Calls On Olsen To Resign").
CONTENT_OPENERS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "ADP", "PUNCT"})
# What joins a second headline verb to the first: "… And Denounces Tolls", "…, Calls …".
JOINERS = frozenset({"and", ","})
# Words of content needed after the verb.
MIN_CONTENT = 1


class TitleVerbs:
    """Reads headline cue verbs no other reader took (stateless beyond the cues)."""

    def __init__(self, cues: QuoteCues) -> None:
        self.verbs = cues.speech_verbs | cues.object_verbs

    def found(
        self, parsed: ParsedArticle, tree: Tree, before: Sequence[Candidate]
    ) -> list[Candidate]:
        """The headline's attributions that no reader ``before`` took: the verb read as
        a name, or as a verb with no subject or object the parse could give it."""
        tokens = tree.tokens
        end = _line_end(tokens)
        taken = [(c.cue_start, c.cue_end) for c in before]
        cues = [
            i
            for i in range(1, end)
            if self._cue(tokens[i])
            and not any(a < tokens[i].end and tokens[i].start < b for a, b in taken)
        ]
        found: list[Candidate] = []
        speaker: tuple[int, int, int] | None = None
        for n, verb in enumerate(cues):
            if _name_from_start(tokens, verb):
                speaker = (0, verb, verb - 1)
            elif not (speaker is not None and _joined(tokens, verb)):
                speaker = None
                continue
            last = cues[n + 1] if n + 1 < len(cues) else end
            if last < end and _joined(tokens, last):
                last -= 1
            first, last = tree.trim(verb + 1, last)
            if last - first < MIN_CONTENT or tokens[first].pos not in CONTENT_OPENERS:
                continue
            found.append(Candidate.over(tokens, (first, last), (verb, verb), speaker))
        return found

    def _cue(self, token: Token) -> bool:
        """A present-tense cue verb, whatever the tagger read it as: "Praises"."""
        return _present_stem(token.text.lower(), self.verbs)


def _present_stem(word: str, verbs: Collection[str]) -> bool:
    """Whether ``word`` is the third person singular of one of ``verbs``."""
    if not word.endswith("s") or len(word) < 4:
        return False
    stems = [word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return any(stem in verbs for stem in stems)


def _line_end(tokens: tuple[Token, ...]) -> int:
    """Index of the first token past the headline: the first line break or sentence end."""
    for token in tokens:
        if token.sent > 0 or (token.pos == "SPACE" and "\n" in token.text):
            return token.i
    return len(tokens)


def _name_from_start(tokens: tuple[Token, ...], verb: int) -> bool:
    """Whether the words before ``verb`` are one name from the headline's start, its last
    word a proper noun ("Harbour Union Chief Praises", not "Paris attacks on")."""
    if tokens[verb - 1].pos != "PROPN":
        return False
    return all(tokens[i].pos in NAME_RUN_POS for i in range(verb))


def _joined(tokens: tuple[Token, ...], verb: int) -> bool:
    """A second headline verb joined to the first: "… And Denounces", "…, Calls"."""
    return tokens[verb - 1].text.lower() in JOINERS
