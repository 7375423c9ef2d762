"""Who performs a participle clause, which has no subject of its own.

The noun right before a participle does it when the participle hangs on the verb that
has that noun as its object or on a "with" ("left many voters saying …", "ended with the
mayor asking …") or completes a "with" phrase with it ("…, with O'Malley calling Trump a
fascist"); a participle on a noun is done by a name in the noun's "of" phrase ("the
spectacle of Mr. Netanyahu denouncing …"), else by the noun when it can speak ("polls
showing …") or stands in a phrase opening the clause ("In a statement defending him, the
campaign said …"), else by the one whose clause has the noun as its object ("opened a
rally blasting …"); a pronoun owning a document the clause acts on stands for the clause's
subject ("he spent much of his speech praising …").

A participle clause without a subject takes that of the clause it hangs on ("Clinton
echoed the criticism, saying …"). The small parser often hangs it on the sentence's main
verb when the clause right before the comma is another one: an adverbial clause ("The
first incident came …, when protesters interrupted her speech, shouting …"), a relative
clause ("a charge that Colorado leaders denied, noting …", "where 50 protesters had
gathered, chanting …"), or the second of two predicates in one ("As the debate went on
and Trump stood by his comment, refusing to …, Rubio tried"). The participle goes with
the nearest of those clauses, unless a relative clause's subject is only a pronoun for
the named subject above ("Bush attacked Trump, with whom he clashed, calling him …"). A
clause that is what the verb above reports ("X said Y was A, adding B") or a noun's
content ("his comment that “Islam hates us,” refusing …") is no doer: the search passes
on to the clause above it; and a participle hung on a relative clause about a thing ("a
moment that could play big, denouncing …") is done by the subject of the clause above.
A participle trailing an inverted cue right after a quotation is done by the name after
the cue even when the parse took that name for no subject ('“…,” said Skelly, explaining
…')."""

from __future__ import annotations

from collections.abc import Collection

from .coordination import FINITE_AUX_TAGS
from .cues import QuoteCues
from .grammar import CLAUSE_POS, FINITE_TAGS, HOLDER_ENTITIES, NAME_POS, SUBJECT_DEPS
from .orphans import CLOSING_QUOTE_TAG
from .outside import subject_after
from .tree import Tree

# Participle clauses of the clause they follow.
SET_OFF_DEPS = frozenset({"advcl"})
SET_OFF_TAGS = frozenset({"VBG"})
# Clauses with a doer of their own, and clauses that are only what is reported or meant.
DOER_CLAUSE_DEPS = frozenset({"advcl", "relcl"})
CONTENT_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "acl", "csubj", "pcomp"})
# An object of the relative clause, which a participle after it may describe.
OBJECT_DEPS = frozenset({"dobj", "dative"})
# "they" names people as often as things; as a subject it may speak.
PLURAL_PERSON = "they"
# Marks that may stand between a clause's last word and the comma after it ('us,”').
CLOSING_MARKS = frozenset({'"', "''", "\u201d", "\u2019", "'"})
# How far up from the word before the comma the nearest clause is looked for.
CLIMB = 8
# A participle whose doer is the noun right before it: "ended with the mayor asking",
# "left voters saying"; how that noun's phrase is climbed ("62 percent of voters").
DOER_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "conj"})
DOER_CLIMB = frozenset({"compound", "amod", "nummod", "poss", "det"})
DOER_PREPS = frozenset({"with", "without"})
# A participle's noun that speaks for itself ("Republicans urging …"), and where a noun
# that cannot sits as the object of the clause whose subject speaks instead.
SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
OWNED_OBJECT_DEPS = frozenset({"dobj", "pobj"})
# How a document is climbed to the verb that acts on it: "much of his speech", "part of
# his address"; and how far.
OWNED_PATH_DEPS = frozenset({"pobj", "prep", "dobj"})
OWNER_CLIMB = 4
# The preposition that names who does a participle hung on the noun before it: "the
# spectacle of Mr. Netanyahu denouncing …".
OF = "of"


def set_off_participle(tree: Tree, verb: int, cues: QuoteCues) -> int | None:
    """The subject of the clause right before the comma that opens ``verb``'s participle
    clause, when the parse hung the participle on a clause further away; None when the
    nearest clause is the participle's own head or only reported content. An adverbial
    clause takes the participle only from a head whose subject cannot speak ("The first
    incident came …, when protesters interrupted her speech, shouting"); in "Bradley
    apologized for the columns after they came out, saying …" Bradley says it."""
    tokens = tree.tokens
    last = _set_off_comma(tree, verb)
    if last is None or any(tokens[c].dep in SUBJECT_DEPS for c in tree.children[verb]):
        return None
    head = tokens[verb].head
    node = last
    for _ in range(CLIMB):
        if node == head or _dominates(tree, node, verb):
            return None
        if tokens[node].pos in CLAUSE_POS:
            role = _role(tree, node)
            if role in DOER_CLAUSE_DEPS:
                subject = tree.child(node, SUBJECT_DEPS)
                if subject is not None and _doer(tree, node, subject, cues.relative_pronouns):
                    if role == "relcl" and _echoes(tree, subject, head, cues):
                        return None  # "X attacked Y, with whom he clashed, calling …"
                    if role == "relcl" or not _speaking_subject(tree, head, cues):
                        return subject
                    return None
            elif role not in CONTENT_CLAUSE_DEPS:
                return None
        if tokens[node].head == node:
            return None
        node = tokens[node].head
    return None


def participle_doer(tree: Tree, verb: int, cues: QuoteCues) -> int | None:
    """The noun right before a participle that does what it says, as the object of the
    verb the participle hangs on ("left many voters saying …") or of a "with" there ("the
    talk ended with the mayor asking …"); the parse hangs the participle on that verb and
    would give it the verb's subject."""
    tokens = tree.tokens
    token = tokens[verb]
    if token.tag != "VBG" or token.dep not in DOER_PARTICIPLE_DEPS or verb == 0:
        return None
    head = token.head
    noun = verb - 1
    if tokens[noun].pos not in NAME_POS:
        return None
    while tokens[noun].head != noun and tokens[noun].head < verb:
        above = tokens[noun].head
        if tokens[noun].dep in DOER_CLIMB:
            noun = above  # "many voters"
        elif tokens[noun].dep == "pobj" and tokens[above].text.lower() == OF:
            noun = tokens[above].head  # "62 percent of voters"
        else:
            break
    if tokens[noun].pos not in NAME_POS or tree.right[noun] != verb - 1:
        return None
    if (
        tokens[noun].dep == "dobj"
        and tokens[noun].head == head
        and tokens[head].lemma in cues.witness_verbs
    ):
        return noun
    above = tokens[noun].head
    if (
        tokens[noun].dep == "pobj"
        and tokens[above].text.lower() in DOER_PREPS
        and tokens[above].head == head
    ):
        return noun
    return None


def inverted_reporter(tree: Tree, participle: int, clause: int, cues: QuoteCues) -> int | None:
    """The speaker of an inverted cue right after a quotation that a participle trails,
    when the parse took the name for no subject: in '“…,” said Skelly, explaining he …'
    Skelly explains."""
    tokens = tree.tokens
    token = tokens[clause]
    if tokens[participle].dep != "advcl" or tokens[participle].head != clause:
        return None
    if token.lemma not in cues.speech_verbs or clause == 0:
        return None
    if tokens[clause - 1].tag != CLOSING_QUOTE_TAG:
        return None
    name = subject_after(tree, clause)
    return name if name is not None and clause < name < participle else None


def participle_owner(tree: Tree, participle: int, cues: QuoteCues) -> int:
    """Who performs a participle hung on a noun: a name in the noun's "of" phrase right
    before it ("the spectacle of Mr. Netanyahu denouncing …"); the noun when it can speak
    (a name, a group, a document, a poll), else the subject of the clause that has the
    noun as its object ("opened a rally blasting …" is the opener's)."""
    tokens = tree.tokens
    noun = tokens[participle].head
    if (named := _of_name(tree, participle, noun)) is not None:
        return named
    token = tokens[noun]
    lemma = token.lemma.lower()
    # "sent a text message to supporters saying …": those a document was sent to say
    # nothing (but in "gave money to a group backing …" the group backs)
    recipient = (
        token.dep == "pobj"
        and tokens[token.head].dep == "dative"
        and tokens[tokens[token.head].head].lemma.lower() in cues.publishing_verbs
    )
    if not recipient and (
        token.pos == "PROPN"
        or token.ent_type in SPEAKING_ENTITIES
        or lemma in cues.voice_nouns
        or lemma in cues.document_nouns
        or lemma in cues.in_source_nouns
        or lemma in cues.agent_nouns
        or token.dep not in OWNED_OBJECT_DEPS
        or object_speaks(tree, noun)
    ):
        return noun
    verb = token.head if token.dep != "pobj" else tokens[token.head].head
    if tokens[verb].pos not in CLAUSE_POS:
        return noun
    subject = tree.child(verb, SUBJECT_DEPS)
    if subject is None or tokens[subject].text.lower() in cues.relative_pronouns:
        return noun
    return subject


def object_speaks(tree: Tree, noun: int) -> bool:
    """A noun in a prepositional phrase that itself does what the participle on it says,
    not the subject of the clause the phrase hangs on: a phrase opening its clause before
    the subject sets the noun apart from it ("In a statement defending him, the campaign
    said …", "Like others defending …"); in "shot back in an article stating …", "during
    a speech attacking …" the subject writes or speaks."""
    tokens = tree.tokens
    token = tokens[noun]
    if token.dep != "pobj" or token.head == noun:
        return False
    prep = token.head
    clause = tokens[prep].head
    if tokens[clause].pos not in CLAUSE_POS or tokens[prep].dep != "prep":
        return False
    subject = tree.child(clause, SUBJECT_DEPS)
    return subject is not None and tree.right[prep] < tree.left[subject] and prep < clause


def absolute_subject(tree: Tree, verb: int) -> int | None:
    """The noun of a "with" phrase that a participle completes: in "the candidates went
    further, with Martin O'Malley calling Trump a fascist" O'Malley calls, not the
    candidates (the parse hangs both the noun and the participle on "with")."""
    tokens = tree.tokens
    token = tokens[verb]
    if token.tag != "VBG" or token.dep != "pcomp" or token.head >= verb:
        return None
    prep = token.head
    if tokens[prep].text.lower() not in DOER_PREPS:
        return None
    noun = tree.child(prep, ("pobj",))
    if noun is None or not prep < noun < verb or tree.right[noun] != verb - 1:
        return None
    return noun if tokens[noun].pos in NAME_POS else None


def _of_name(tree: Tree, participle: int, noun: int) -> int | None:
    """A name ending right before the participle as the object of an "of" on ``noun``:
    the parse hung the participle on the noun, not on the name that does it."""
    tokens = tree.tokens
    name = participle - 1
    while tokens[name].dep == "compound" and name < tokens[name].head < participle:
        name = tokens[name].head
    if name <= noun or tree.right[name] != participle - 1 or tokens[name].dep != "pobj":
        return None
    of = tokens[name].head
    if tokens[of].text.lower() != OF or tokens[of].head != noun:
        return None
    token = tokens[name]
    return name if token.pos == "PROPN" or token.ent_type in HOLDER_ENTITIES else None


def _doer(tree: Tree, clause: int, subject: int, relative_pronouns: Collection[str]) -> bool:
    """A clause whose subject may do what the participle says: finite ("for Trump to drop
    out" is no such clause), with a subject of its own; a relative clause whose subject is
    the relative pronoun ("supporters that level attacks") only describes a noun of the
    clause above, whose subject the participle keeps."""
    tokens = tree.tokens
    if tokens[subject].pos not in NAME_POS:
        return False
    if tokens[clause].tag not in FINITE_TAGS and not any(
        tokens[c].dep in ("aux", "auxpass") and tokens[c].tag in FINITE_AUX_TAGS
        for c in tree.children[clause]
    ):
        return False
    return not (
        _role(tree, clause) == "relcl" and tokens[subject].text.lower() in relative_pronouns
    )


def relative_host(tree: Tree, verb: int, cues: QuoteCues) -> int | None:
    """The verb of the clause above a relative clause that a participle set off by a comma
    hangs on, when the relative clause is about a thing that cannot speak: in "Rubio had
    a strong moment that could play big, forcefully denouncing …" Rubio denounces, not
    the moment; in "Obama, who said …, adding …" the relative clause's subject stays."""
    tokens = tree.tokens
    if _set_off_comma(tree, verb) is None:
        return None
    relative = tokens[verb].head
    if tokens[relative].dep != "relcl":
        return None
    pronoun = tree.child(relative, SUBJECT_DEPS)
    if pronoun is None or tokens[pronoun].text.lower() not in cues.relative_pronouns:
        return None
    if tree.child(relative, OBJECT_DEPS) is not None:
        return None  # "an email chain that showed Band, an adviser, seeking …": Band seeks
    antecedent = tokens[relative].head
    if _speaks(tree, antecedent, cues):
        return None
    node = antecedent
    for _ in range(CLIMB):
        if tokens[node].head == node:
            return None
        node = tokens[node].head
        if tokens[node].pos in CLAUSE_POS:
            return node
    return None


def _echoes(tree: Tree, subject: int, head: int, cues: QuoteCues) -> bool:
    """A personal pronoun subject of a relative clause that only refers back to the
    named subject of the clause the participle hangs on: that subject does the
    participle, as attribution corpora mark it."""
    tokens = tree.tokens
    if tokens[subject].text.lower() not in cues.person_pronouns:
        return False
    main = tree.child(head, SUBJECT_DEPS)
    return main is not None and main < subject and tokens[main].pos == "PROPN"


def _speaking_subject(tree: Tree, clause: int, cues: QuoteCues) -> bool:
    """The clause's subject names someone who can speak (``_speaks``)."""
    subject = tree.child(clause, SUBJECT_DEPS)
    return subject is not None and _speaks(tree, subject, cues)


def _speaks(tree: Tree, i: int, cues: QuoteCues) -> bool:
    """A word naming someone who can speak: a name, a person, a group, a body or a stance
    holder; not an event or a thing ("The first incident", "It", "a strong moment")."""
    token = tree.tokens[i]
    lemma = token.lemma.lower()
    return (
        token.pos == "PROPN"
        or token.ent_type in HOLDER_ENTITIES
        or token.text.lower() in cues.person_pronouns
        or token.text.lower() == PLURAL_PERSON
        or lemma in cues.voice_nouns
        or lemma in cues.agent_nouns
    )


def _set_off_comma(tree: Tree, verb: int) -> int | None:
    """The last word before the comma that sets off ``verb``'s participle clause from the
    clause the parse hung it on, or None when ``verb`` heads no such clause."""
    token = tree.tokens[verb]
    if token.tag not in SET_OFF_TAGS or token.dep not in SET_OFF_DEPS or token.head == verb:
        return None
    return _before_comma(tree, tree.left[verb])


def _before_comma(tree: Tree, first: int) -> int | None:
    """The last word before the comma (and any closing marks) right before ``first``."""
    tokens = tree.tokens
    k = first - 1
    while k >= 0 and tokens[k].text in CLOSING_MARKS:
        k -= 1
    if k <= 0 or tokens[k].text != "," or tokens[k].sent != tokens[first].sent:
        return None
    k -= 1
    while k >= 0 and tokens[k].text in CLOSING_MARKS:
        k -= 1
    if k < 0 or tokens[k].sent != tokens[first].sent or tokens[k].pos == "PUNCT":
        return None
    return k


def _role(tree: Tree, clause: int) -> str:
    """How a clause stands in the sentence: the label of the first of the predicates it
    is coordinated with ("stood" in "as the debate went on and Trump stood" is adverbial)."""
    tokens = tree.tokens
    node = clause
    while tokens[node].dep == "conj" and tokens[node].head < node:
        node = tokens[node].head
    return tokens[node].dep


def _dominates(tree: Tree, node: int, other: int) -> bool:
    """``other`` lies in ``node``'s subtree."""
    return tree.left[node] <= other <= tree.right[node] and _ancestor(tree, node, other)


def _ancestor(tree: Tree, node: int, other: int) -> bool:
    tokens = tree.tokens
    current = other
    for _ in range(len(tokens)):
        if current == node:
            return True
        if tokens[current].head == current:
            return False
        current = tokens[current].head
    return False


def owner_voice(tree: Tree, noun: int, owner: int) -> int:
    """Who voices a document a participle hangs on: its owner, or, when the owner is only a
    pronoun and the document is what the clause's verb acts on, that clause's subject,
    whom the pronoun stands for and whom attribution corpora name: in "he spent much of
    his speech praising …", "she revised her statement explaining …" the subject speaks;
    a phrase opening the clause keeps its owner ("In her statement condemning the test,
    Clinton said …")."""
    tokens = tree.tokens
    if tokens[owner].pos != "PRON":
        return owner
    node = noun
    for _ in range(OWNER_CLIMB):
        token = tokens[node]
        if token.head == node:
            return owner
        above = token.head
        if tokens[above].pos in CLAUSE_POS:
            if token.dep not in OWNED_OBJECT_DEPS or above > noun:
                return owner
            subject = tree.child(above, SUBJECT_DEPS)
            return subject if subject is not None and subject < above else owner
        if token.dep not in OWNED_PATH_DEPS:
            return owner
        node = above
    return owner
