"""What an object verb's complements say, and who among them is only listening.

"X denounced the test", "X called for talks" (the preposition joins the cue), "X
described the row as a lesser matter": the object and what the source says of it are
the content. A verb of addressing may name a listener as its object ("asked the
students if …", "accused Clinton of dragging her feet"), who is left out when more
follows, and after a quotation the listener ('“But why?” she asked him') is no content.
A document put out and then worded by a speech participle ("released a statement,
saying …") is one act whose words the participle carries; a framing verb without its frame
("cast their ballots") says nothing, and neither does a verb that asserts no stance
(``unasserted``: "a leader who endorsed Kasich" describing a quoted speaker).
"""

from __future__ import annotations

from .bounds import Bounds
from .candidates import TIMESTAMP_ENTITIES
from .cues import QuoteCues
from .grammar import CLAUSE_DEPS
from .tree import Tree
from .unasserted import Unasserted

OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd"})
# Who may be the one asked after a quoted question: '“…?” Obama asked Republican leaders'.
LISTENER_POS = frozenset({"PRON", "PROPN", "NOUN"})
# How the parse hangs a frame ("as a liar", "doubt on", "votes for") on a framing verb.
FRAME_DEPS = frozenset({"prep", "oprd", "dative"})


class Objects:
    """Reads object-verb complements off one article's tree (stateless beyond the cues)."""

    def __init__(self, cues: QuoteCues, bounds: Bounds, closing_chars: str) -> None:
        self.cues = cues
        self.bounds = bounds
        self.closing_chars = closing_chars
        # verb lemma → the preposition without which it reports nothing ("cast … as")
        self.framing = {phrase.split()[0]: phrase.split()[-1] for phrase in cues.framing_verbs}
        self.unasserted = Unasserted(cues)

    def read(self, tree: Tree, verb: int, cue_last: int) -> tuple[list[tuple[int, int]], int]:
        """What an object verb's complements say, and the cue's end.

        "denounced the test", "called for talks" (the preposition joins the cue),
        "described the row as a lesser matter" (what the source says of the object, in
        a phrase after it, joins the content); a listener is left out when more follows:
        "asked the students if …", "accused Clinton of dragging her feet".
        """
        tokens = tree.tokens
        after = [c for c in tree.children[verb] if c > verb]
        addressed = tokens[verb].lemma in self.cues.addressee_verbs
        # "asked the students if they …", parsed as an adverbial clause: what was asked
        asking = tokens[verb].lemma in self.cues.question_verbs
        asked = [c for c in after if asking and self._asked_clause(tree, c)]
        listener = addressed and any(
            tokens[c].dep in CLAUSE_DEPS
            or (tokens[c].dep == "prep" and tokens[c].lemma in self.cues.object_preps)
            or c in asked
            for c in after
        )
        # "spoke Hebrew", "speaking a little while later": no object of these is content
        prep_only = tokens[verb].lemma in self.cues.prep_object_verbs
        parts: list[tuple[int, int]] = []
        for c in tree.children[verb]:
            dep = tokens[c].dep
            if tokens[c].ent_type in TIMESTAMP_ENTITIES:
                continue  # "said Friday", "voted on March 1": when, not what
            if prep_only and dep == "dobj":
                continue
            if c in asked or (dep in OBJECT_DEPS and not (listener and dep == "dobj")):
                parts.append(self.bounds.part(tree, c))
            elif (
                dep == "prep"
                and c > verb
                and tokens[c].lemma in self.cues.object_preps
                and (tokens[verb].lemma, tokens[c].lemma) not in self.cues.listener_preps
            ):
                pobj = tree.child(c, ("pobj", "pcomp"))
                if pobj is None or tokens[pobj].ent_type in TIMESTAMP_ENTITIES:
                    continue
                if not parts:
                    parts.append((tree.left[pobj], tree.right[pobj] + 1))
                    if c == cue_last:
                        cue_last = c + 1
                else:
                    parts.append((tree.left[c], tree.right[c] + 1))
        return parts, cue_last

    def without_listener(
        self, tree: Tree, verb: int, parts: list[tuple[int, int]], quotation: str
    ) -> list[tuple[int, int]]:
        """The parts but the listener of a verb that follows ``quotation``: a pronoun
        object ("she asked him", "urged them"), or after a quoted question any object, the
        one asked ('“…?” Obama asked Republican politicians')."""
        asked = self._question(quotation)
        return [p for p in parts if not self._listener(tree, verb, p, asked)]

    def _listener(self, tree: Tree, verb: int, part: tuple[int, int], asked: bool) -> bool:
        tokens = tree.tokens
        root = next((c for c in tree.children[verb] if part[0] <= c < part[1]), None)
        return (
            root is not None
            and tokens[root].dep == "dobj"
            and tokens[root].pos in (LISTENER_POS if asked else ("PRON",))
            and tree.right[root] + 1 >= part[1]
        )

    def _question(self, quotation: str) -> bool:
        """A quotation that asks: its words end in a question mark inside the closing marks."""
        return quotation.rstrip().rstrip(self.closing_chars + " ,").endswith("?")

    def _asked_clause(self, tree: Tree, clause: int) -> bool:
        """An adverbial clause opened by "if" or "whether": an indirect question."""
        tokens = tree.tokens
        return tokens[clause].dep == "advcl" and any(
            tokens[m].dep == "mark" and tokens[m].text.lower() in self.cues.question_marks
            for m in tree.children[clause]
        )

    def vehicle(self, tree: Tree, verb: int, parts: list[tuple[int, int]]) -> bool:
        """A document made public as the only object, worded by a cue participle: in
        "released a statement, saying …", "wrote an op-ed urging …" or "released a
        statement Thursday condemning the attack" one act is reported, and the
        participle's own attribution holds what was said."""
        tokens = tree.tokens
        if tokens[verb].lemma not in self.cues.publishing_verbs:
            return False
        children = tree.children[verb]
        roots = [c for c in children if any(first <= c < last for first, last in parts)]
        if not roots or any(
            tokens[c].dep != "dobj" or tokens[c].lemma not in self.cues.document_nouns
            for c in roots
        ):
            return False
        return any(
            c > verb
            and tokens[c].dep == "advcl"
            and tokens[c].tag == "VBG"
            and tokens[c].lemma in self.cues.cue_verbs
            for c in children
        )

    def unframed(self, tree: Tree, verb: int) -> bool:
        """A verb that frames no view here: a framing verb with neither its frame nor any
        other phrase after its object ("cast him as a liar", "cast doubt on", "cast votes
        for Y" say something, "cast their ballots in Iowa" does not), or one in a clause that
        asserts no stance (``unasserted``)."""
        if self.unasserted.found(tree, verb):
            return True
        tokens = tree.tokens
        wanted = self.framing.get(tokens[verb].lemma)
        if wanted is None:
            return False
        if any(self._frames(tree, c) for c in tree.children[verb]):
            return False
        # "cast himself more as an outsider", "cast suspicion on the judge": the phrase may
        # hang on the object
        return not any(
            tokens[g].lemma == wanted or self._frames(tree, g)
            for c in tree.children[verb]
            if tokens[c].dep in OBJECT_DEPS
            for g in tree.children[c]
        )

    def _frames(self, tree: Tree, child: int) -> bool:
        """A phrase that frames what the verb casts: "as a liar", "for Y", "on the judge";
        a place or time ("cast ballots in Iowa", "at noon") frames nothing."""
        token = tree.tokens[child]
        return token.dep in FRAME_DEPS and (
            token.dep != "prep" or token.lemma in self.cues.object_preps
        )
