"""Who performs a cue verb: its subject, or the one the parse hides.

A verb's own subject is the speaker unless the parse misplaces it: a speech act
coordinated with the clause it reports ("X said Y was A and called B") is X's; an
infinitive under a causative verb ("it led Republicans to say") is its object's; a
participle on a document ("a statement saying") is the document's maker's; a dateline
the parser also took as a subject gives way to the real one; a quotation's own words
are never the speaker of the cue after it.
"""

from __future__ import annotations

from .candidates import inside
from .cues import QuoteCues
from .marks import QuotedRegion
from .tree import Tree

SUBJECT_DEPS = frozenset({"nsubj"})
# Links through which a verb without a subject inherits its governor's: "..., adding that".
INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp"})
# A speech act trailing a content, with no subject of its own: "…, adding that", "and tells".
TRAILING_ACT_DEPS = frozenset({"conj", "advcl"})
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
NOUN_OBJECT_DEPS = frozenset({"dobj"})
VERB_POS = frozenset({"VERB"})
NAME_POS = frozenset({"PROPN", "NOUN", "PRON"})
NOUN_HEADS = frozenset({"PROPN", "NOUN"})
NAME_PREFIX_DEPS = frozenset({"compound", "det", "amod", "nmod"})


class Subjects:
    """Finds the performer of a cue verb in one article's parse (stateless beyond cues)."""

    def __init__(self, cues: QuoteCues) -> None:
        self.cues = cues
        self.cue_verbs = cues.cue_verbs

    def of(self, tree: Tree, verb: int) -> int | None:
        """The verb's subject, or the one it shares: "..., adding that", "by saying that",
        "issued a statement saying that" (through the statement to whoever issued it)."""
        tokens = tree.tokens
        agent = tree.child(verb, ("agent",))
        if agent is not None:  # "as reported by Ukrinform"
            return tree.child(agent, ("pobj",))
        if tree.child(verb, PASSIVE_DEPS) is not None:
            return None  # "he was told that": the subject heard it, did not say it
        current = verb
        for _ in range(4):
            reporter = self._reporter(tree, current)
            if reporter is not None:
                return reporter
            subject = tree.subject(current, SUBJECT_DEPS)
            if subject is not None:
                return subject
            token = tokens[current]
            if token.head == current:
                return None
            head = tokens[token.head]
            controller = self._controller(tree, current)
            if controller is not None:
                return controller  # "led Republicans to say", "prompted him to call"
            if token.dep in INHERIT_DEPS:
                current = token.head
            elif token.dep == "pcomp" and head.dep == "prep" and head.head != head.i:
                current = head.head  # "by saying": the prepositional phrase's verb
            elif token.dep == "acl" and head.lemma in self.cues.document_nouns:
                owner = tree.child(head.i, ("poss",))
                if owner is not None:
                    return owner  # "his statement saying"
                if head.dep in SUBJECT_DEPS:
                    return head.i  # "a statement saying …" as the subject: the document
                if head.dep not in ("dobj", "pobj"):
                    return None
                current = head.head if head.dep == "dobj" else tokens[head.head].head
            elif token.dep == "acl" and token.tag == "VBG" and head.pos in NOUN_HEADS:
                return head.i  # "polls showing that …", "hackers backing Assad"
            else:
                return None
        return None

    def _reporter(self, tree: Tree, verb: int) -> int | None:
        """The speaker a trailing speech act shares with the report it follows: in "X said
        (that) Y was A and called B", "X said Y was A, adding B" the parser hangs the act
        on the reported clause, but the content stops before it (``_part``), so it is X's."""
        tokens = tree.tokens
        token = tokens[verb]
        if (
            token.dep not in TRAILING_ACT_DEPS
            or token.tag == "VB"  # "… signed deals to counter threats": a purpose
            or token.lemma not in self.cue_verbs
            or token.lemma in self.cues.attitude_verbs
            or tree.child(verb, SUBJECT_DEPS) is not None
        ):
            return None
        clause = tokens[token.head]
        if clause.dep != "ccomp" or clause.head == clause.i or clause.i > verb:
            return None
        report = tokens[clause.head]
        if report.pos not in VERB_POS or report.lemma not in self.cues.speech_verbs:
            return None
        return self.of(tree, report.i)

    def _controller(self, tree: Tree, verb: int) -> int | None:
        """The object of a causative verb an infinitive complements, who does what it says:
        "the result led Republicans to say", not the result."""
        token = tree.tokens[verb]
        if token.dep != "xcomp" or token.head == verb:
            return None
        if tree.tokens[token.head].lemma.lower() not in self.cues.causative_verbs:
            return None
        obj = tree.child(token.head, NOUN_OBJECT_DEPS)
        return obj if obj is not None and token.head < obj < verb else None


def subject_after(tree: Tree, verb: int) -> int | None:
    """The speaker after an inverted cue the parser did not see as a subject: '“…,” said X'."""
    for child in tree.children[verb]:
        token = tree.tokens[child]
        if child > verb and (token.pos in NAME_POS or token.text[:1].isupper()):
            return child
    # Parsed as the subject of the quote's second half: take the name right after the verb.
    i = verb + 1
    tokens = tree.tokens
    while i < len(tokens) and tokens[i].dep in NAME_PREFIX_DEPS and verb < tokens[i].head:
        i = tokens[i].head
    if i < len(tokens) and tokens[i].pos in NAME_POS and tokens[i].sent == tokens[verb].sent:
        return i
    return None


def subject_outside(tree: Tree, verb: int, regions: tuple[QuotedRegion, ...]) -> int | None:
    """The name between a quotation and its cue ('“…,” Trump, the front-runner, said') or
    right after the cue ('“…,” said Grimm, a supporter'), outside every quotation."""
    tokens = tree.tokens
    verb_start = tokens[verb].start
    closing = max((r.end for r in regions if r.end <= verb_start), default=None)
    if closing is not None:
        i = verb - 1
        while i > 0 and tokens[i - 1].start >= closing:
            i -= 1
        for j in range(i, verb):
            if tokens[j].pos in NAME_POS:
                while tokens[j].dep in NAME_PREFIX_DEPS and j < tokens[j].head < verb:
                    j = tokens[j].head
                return j
    after = subject_after(tree, verb)
    if after is not None and not inside(tokens[after].start, regions):
        return after
    return None
