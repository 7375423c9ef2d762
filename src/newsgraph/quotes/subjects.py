"""Who performs a cue verb: its subject, or the one the parse hides.

A verb's own subject is the speaker unless the parse misplaces it: a speech act
coordinated with the clause it reports ("X said Y was A and called B") is X's; an
infinitive under a causative verb ("it led Republicans to say") is its object's; a
participle on a document ("a statement saying") is the document's maker's; a dateline
the parser also took as a subject gives way to the real one; a quotation's own words
are never the speaker of the cue after it; an inserted cue with its subject after it
("The contrast, said Doyle, would be clear") is that subject's; and who is "asked" in
a bare participle clause ("Asked whether …, Rubio said") asked nothing.
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
# What makes a past participle part of a finite clause ("he was asked", "she had asked")
# rather than a bare one heading its own ("Asked whether …, Rubio said"); and where a bare
# one stands.
FINITE_CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})
BARE_PARTICIPLE_DEPS = frozenset({"advcl", "ROOT", "conj", "acl"})
NOUN_OBJECT_DEPS = frozenset({"dobj"})
VERB_POS = frozenset({"VERB"})
NAME_POS = frozenset({"PROPN", "NOUN", "PRON"})
NOUN_HEADS = frozenset({"PROPN", "NOUN"})
NAME_PREFIX_DEPS = frozenset({"compound", "det", "amod", "nmod"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# A verb with any of these has a subject; words that may stand between a subject and its
# verb; and what a noun before the verb may be that makes it no subject.
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
ADVERBIAL_DEPS = frozenset({"advmod", "aux", "neg"})
OBJECT_LIKE_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "oprd", "npadvmod"})
# Word classes opening the speaker after an inverted inserted cue: "…, said Jim Doyle, …".
INVERTED_START_POS = frozenset({"PROPN", "DET", "NOUN", "ADJ"})
WHEN_ENTITIES = frozenset({"DATE", "TIME"})  # "…, said Tuesday, …" names no speaker


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

    def adjacent(self, tree: Tree, verb: int) -> int | None:
        """The noun right before a finite main verb the parse left without a subject:
        in "After a day of tensions between …, Paul Ryan's office announced Friday that
        …" the parse hangs "office" on the fronted phrase. An object there ("…, without
        naming him, accused …") is no subject."""
        tokens = tree.tokens
        token = tokens[verb]
        if token.tag not in FINITE_TAGS or token.dep != "ROOT":
            return None
        if any(tokens[c].dep in CLAUSE_SUBJECTS for c in tree.children[verb]):
            return None
        j = verb - 1
        while j >= 0 and tokens[j].head == verb and tokens[j].dep in ADVERBIAL_DEPS:
            j -= 1
        if j < 0 or tokens[j].sent != token.sent or tokens[j].pos not in NAME_POS:
            return None
        if tokens[j].dep in OBJECT_LIKE_DEPS:
            return None
        return j

    def inserted(self, tree: Tree, verb: int, subject: int) -> int | None:
        """The speaker after a cue inserted between commas with its subject inverted:
        "The contrast with Trump, said Doyle and others, would be clear" (the parse takes
        "The contrast" for the subject), or None when the cue is not so placed."""
        tokens = tree.tokens
        if not 0 < subject < verb or verb + 1 >= len(tokens) or tokens[verb - 1].text != ",":
            return None
        if tokens[verb].lemma not in self.cues.speech_verbs or tokens[verb].tag not in FINITE_TAGS:
            return None  # ", telling reporters …" is a participle of the clause before
        if tree.right[subject] != verb - 2:
            return None  # the subject runs right up to the comma before the cue
        after = tokens[verb + 1]
        if after.pos not in INVERTED_START_POS or after.ent_type in WHEN_ENTITIES:
            return None
        name = subject_after(tree, verb)
        if name is None or name <= verb or tokens[name].sent != tokens[verb].sent:
            return None
        end = tree.right[name] + 1
        while end < len(tokens) and tokens[end].pos == "PUNCT" and tokens[end].text != ",":
            end += 1
        # the name is followed by the comma that closes the inserted cue
        closes = any(tokens[i].text == "," for i in range(name + 1, min(end + 1, len(tokens))))
        return name if closes else None

    def addressed(self, tree: Tree, verb: int) -> bool:
        """A bare past participle of a verb of addressing heading a clause of its own
        ("Asked whether he would run, Rubio said …", "when asked about it"): its subject
        was addressed, and who asked is not said."""
        token = tree.tokens[verb]
        if token.tag != "VBN" or token.lemma not in self.cues.addressee_verbs:
            return False
        if token.dep not in BARE_PARTICIPLE_DEPS:
            return False
        return not any(tree.tokens[c].dep in FINITE_CLAUSE_DEPS for c in tree.children[verb])

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
