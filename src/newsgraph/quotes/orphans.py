"""The subject of a finite main verb the parse left without one, read from the words
right before the verb.

The small parser often hangs a speaker's noun phrase on whatever precedes it when the
phrase is long or follows a fronted clause: "After a day of tensions between …, Paul
Ryan's office announced …" ("office" on the fronted phrase), "a White House official who
spoke anonymously to discuss internal strategy said …" (the name on an earlier noun as an
apposition), "Jones, who …, last week said" (a when-phrase between the name and the verb).
A poll's share the parse takes for a modifier of the verb is its subject too ("half said
so", "About 4 in 10 say", "Less than a third agreed"). A name set off by commas with its
apposition or an aside before the verb is found before them ("Clinton, without naming
him, accused …"). An object ("…, without naming him, accused …") is no subject.
The parse also gives a verb's subject to a participle before it ("Majorities of voters
going to the polls say …", "Durbin, noting …, said …"), and reads a name that is also a
modal as the modal ("Will urged the electorate …", "… ,” May said"), and may hang the
sentence's only verb on its subject's name as a reduced clause ("Trump, who is vying for it,
tweeted on Friday to say …"): the name is the subject.
"""

from __future__ import annotations

from collections.abc import Collection

from .coordination import bare_adverbial
from .grammar import (
    ADVERBIAL_DEPS,
    FINITE_TAGS,
    NAME_POS,
    NAME_PREFIX_DEPS,
    PAST_TAGS,
    SENTENCE_ENDS,
    WHEN_ENTITIES,
)
from .tree import Tree

COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "prep", "dative"})
# How an infinitive hangs on the verb it completes or gives the purpose of ("to say").
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
# A verb with any of these has a subject; and what a noun before the verb may be that
# makes it no subject.
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
OBJECT_LIKE_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "oprd", "npadvmod"})
NAME_HEADS = frozenset({"PROPN", "NOUN"})
# A share of those polled the parse hung on the verb as a modifier: "half said",
# "About 4 in 10 say", "Less than a third agreed".
SHARE_ENTITIES = frozenset({"CARDINAL", "PERCENT"})
SHARE_DEPS = frozenset({"nummod", "npadvmod", "advmod"})
# A when-phrase between the subject and its verb: "…, last week said", "on Tuesday said".
WHEN_DEPS = frozenset({"npadvmod", "advmod", "prep"})
WHEN_WORDS = 4
# Word classes opening an aside between a subject and its verb: "Clinton, without naming
# him, accused", "Trump, speaking later, did not mention".
ASIDE_OPENER_POS = frozenset({"ADP", "VERB", "SCONJ", "ADV"})
# Links inside a noun phrase climbed to its head: "head of the Center for American Progress".
PHRASE_INNER_DEPS = NAME_PREFIX_DEPS | {"prep", "pobj", "punct"}
# How the parse hangs a finite verb on a participle it took for the clause's verb.
PARTICIPLE_HEAD_DEPS = frozenset({"dep", "parataxis"})
# Where the noun stands that a past tense the parse hung on it as a reduced clause is the
# subject of: "a group of rabbis called for …", "a paper, the Herald, called on …".
PREDICATE_HOST_DEPS = frozenset({"nsubj", "ROOT", "appos"})
# How far up from the word before the verb a noun phrase's head is looked for.
CLIMB = 8
# A name set between a quotation and its cue: how it may open, how long it may run with
# its description, and the tagger's labels for the quotation marks around it.
NAME_START_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"})
QUOTED_NAME_WORDS = 30
CLOSING_QUOTE_TAG = "''"
# Conjunctions opening a clause that the tagger also reads as prepositions.
SUBORDINATORS = frozenset({"as", "after", "before", "since", "until"})
OPENING_QUOTE_TAG = "``"
OPENING_MARKS = frozenset({"\u201c", "``"})
QUOTE_END_PUNCT = frozenset({",", "?", "!", "-", "\u2013", "\u2014", "..."})


def subject_before(
    tree: Tree, verb: int, relative_pronouns: Collection[str], joined: bool = False
) -> int | None:
    """The subject of a finite main verb (or, ``joined``, of a clause joined with no
    conjunction) that has none in the parse, or None."""
    tokens = tree.tokens
    token = tokens[verb]
    if token.tag not in FINITE_TAGS or (token.dep != "ROOT" and not joined):
        return None
    if any(tokens[c].dep in CLAUSE_SUBJECTS for c in tree.children[verb]):
        return None
    j = verb - 1
    while j >= 0 and tokens[j].sent == token.sent:
        word = tokens[j]
        if word.head == verb and word.dep in SHARE_DEPS and word.ent_type in SHARE_ENTITIES:
            return j  # "half said so", "About 4 in 10 say"
        if word.head == verb and word.dep in ADVERBIAL_DEPS:
            j -= 1
            continue
        when = _when_before(tree, verb, j)
        if when is None:
            break
        j = when
    if j < 0 or tokens[j].sent != token.sent:
        return None
    if tokens[j].text == ",":
        return _set_off_subject(tree, j, relative_pronouns)
    if tokens[j].pos in NAME_POS and tokens[j].dep not in OBJECT_LIKE_DEPS:
        return j
    return _phrase_ending(tree, j, verb)


def after_quotation(tree: Tree, verb: int) -> int | None:
    """The name between a quotation and the finite verb after it that has no subject in
    the parse, which hung the name on the quotation's words: '“…,” Brent Bozell III,
    founder of the Media Research Center, tells Breitbart News', '“…,” an intelligence
    source, who was not authorized to speak, told Fox News'."""
    tokens = tree.tokens
    token = tokens[verb]
    # The parse may also join the verb to the quotation's own verb: in '“…,” Mr. Daniloff,
    # now 81 and retired, said' "said" is coordinated with the quoted clause.
    joined = token.dep == "conj" and token.head < verb
    if token.tag not in FINITE_TAGS or (token.dep != "ROOT" and not joined):
        return None
    if any(tokens[c].dep in CLAUSE_SUBJECTS for c in tree.children[verb]):
        return None
    j = verb - 1
    while j >= 0 and tokens[j].head == verb and tokens[j].dep in ADVERBIAL_DEPS:
        j -= 1
    mark = j
    while mark >= 0 and tokens[mark].tag != CLOSING_QUOTE_TAG:
        if verb - mark > QUOTED_NAME_WORDS or tokens[mark].sent != token.sent:
            return None
        if tokens[mark].text in OPENING_MARKS or tokens[mark].tag == OPENING_QUOTE_TAG:
            return None
        mark -= 1
    first = mark + 1
    if mark < 1 or first > j or tokens[first].pos not in NAME_START_POS:
        return None
    if tokens[mark - 1].text not in QUOTE_END_PUNCT:
        return None  # '… wearing “Ted Cruz” pins, said': a quoted name, no quotation's end
    if joined and token.head >= first:
        return None  # coordinated with a verb after the quotation, not inside it
    # the first word of the stretch whose head lies outside it heads the name; or, where
    # the parse made the name a subject inside the stretch ("Daniloff … retired"), that one
    for i in range(first, j + 1):
        head = tokens[i].head
        if joined and tokens[i].dep in CLAUSE_SUBJECTS and tokens[i].pos in NAME_POS:
            return i
        if not first <= head <= j or head == i:
            return i if tokens[i].pos in NAME_POS else None
    return None


def participle_subject(tree: Tree, verb: int) -> int | None:
    """The subject the parse gave a participle before a finite verb instead of the verb:
    "Large majorities of voters going to the polls said …" (the participle taken for a
    clausal subject), "Majorities … going to the polls Tuesday say …" and "Durbin,
    noting the size of the list, said …" (the verb hung on the participle)."""
    tokens = tree.tokens
    token = tokens[verb]
    if token.tag not in FINITE_TAGS:
        return None
    for child in tree.children[verb]:
        if tokens[child].dep == "csubj" and child < verb:
            return _participle_nsubj(tree, child)
    if token.dep in PARTICIPLE_HEAD_DEPS and token.head < verb:
        return _participle_nsubj(tree, token.head)
    return None


def modal_name(tree: Tree, verb: int) -> int | None:
    """A capitalised modal before a past form, inside a sentence, is a name the tagger
    read as the modal: "Will urged the electorate …", "… ,” May said." (no modal takes a
    past tense)."""
    tokens = tree.tokens
    if tokens[verb].tag not in PAST_TAGS or verb == 0:
        return None
    word = tokens[verb - 1]
    if word.head != verb or word.dep != "aux" or word.tag != "MD" or not word.text.istitle():
        return None
    if verb - 1 == 0 or tokens[verb - 2].sent != word.sent:
        return None  # "Will he run?" opens a question
    kids = tree.children[verb]
    if any(tokens[c].dep in CLAUSE_SUBJECTS for c in kids):
        return None
    # an inserted "…, Will wrote, …" has no complement of its own and is read as a
    # whole by the layout of inserted cues; '“…,” Will wrote.' ends its sentence
    ends = verb + 1 < len(tokens) and tokens[verb + 1].text in SENTENCE_ENDS
    if not ends and not any(tokens[c].dep in COMPLEMENT_DEPS and c > verb for c in kids):
        return None
    return verb - 1


def _participle_nsubj(tree: Tree, participle: int) -> int | None:
    tokens = tree.tokens
    if tokens[participle].tag != "VBG":
        return None
    subject = tree.child(participle, ("nsubj",))
    if subject is None or subject > participle or tokens[subject].pos not in NAME_POS:
        return None
    return subject


def _when_before(tree: Tree, verb: int, j: int) -> int | None:
    """The word before a when-phrase of the verb that ends at ``j`` ("last week said"),
    or None when no such phrase ends there."""
    tokens = tree.tokens
    for child in tree.children[verb]:
        if child > j or tree.right[child] != j or tokens[child].dep not in WHEN_DEPS:
            continue
        if j - tree.left[child] >= WHEN_WORDS:
            continue
        when = tree.child(child, ("pobj",)) if tokens[child].dep == "prep" else child
        if when is not None and tokens[when].ent_type in WHEN_ENTITIES:
            return tree.left[child] - 1
    return None


def _phrase_ending(tree: Tree, j: int, verb: int) -> int | None:
    """The noun heading a phrase that ends at ``j``, right before the verb, climbed to
    over the clauses and phrases it holds ("a White House official who spoke anonymously
    to discuss internal strategy"); the parse hung the noun on a word before it."""
    tokens = tree.tokens
    k = j
    for _ in range(CLIMB):
        head = tokens[k].head
        if head == k or head >= verb or tree.right[head] != j:
            return None
        k = head
        if tokens[k].pos in NAME_HEADS and tokens[k].dep not in OBJECT_LIKE_DEPS:
            return k
    return None


def _set_off_subject(tree: Tree, comma: int, relative_pronouns: Collection[str]) -> int | None:
    """The subject before a comma that ends a set-off phrase right before the verb:
    a name with its apposition ("…, her adviser, Jake Sullivan, said:") or its age
    ("Marcel Lazar, 44, said"), or a name before an adverbial aside ("Clinton, without
    naming him, accused …", "Trump, speaking later at a rally, did not mention …")."""
    tokens = tree.tokens
    sentence = tokens[comma].sent
    start = comma
    while start > 0 and tokens[start - 1].sent == sentence and tokens[start - 1].text != ",":
        start -= 1
    if start == comma:
        return None
    opener = tokens[start]
    if start + 1 == comma and opener.pos == "NUM" and start > 1 and tokens[start - 1].text == ",":
        # "Marcel Lazar, 44, said": the age set off after the name
        return _noun_phrase_head(tree, start - 2, start - 1)
    if opener.pos in ASIDE_OPENER_POS or opener.text.lower() in relative_pronouns:
        # an aside: the subject ends right before the comma that opens it
        before = start - 2
        if before < 0 or tokens[before].sent != sentence or tokens[start - 1].text != ",":
            return None
        return _noun_phrase_head(tree, before, start - 1)
    return _noun_phrase_head(tree, comma - 1, comma)


def _noun_phrase_head(tree: Tree, last: int, end: int) -> int | None:
    """The head of the noun phrase ending at ``last`` (before ``end``): a name, not an
    object, lifted over apposition to the name it describes ("Tanden, head of …")."""
    tokens = tree.tokens
    head = last
    while (
        tokens[head].head < end
        and tokens[head].head != head
        and tokens[head].dep in PHRASE_INNER_DEPS
    ):
        head = tokens[head].head
    if tokens[head].pos not in NAME_HEADS:
        return None
    while tokens[head].dep == "appos" and tokens[head].head < head:
        above = tokens[head].head
        if tokens[above].dep in OBJECT_LIKE_DEPS or tokens[above].pos not in NAME_HEADS:
            break
        head = above
    if tokens[head].dep in OBJECT_LIKE_DEPS:
        return None
    return head


def conjunction_object(tree: Tree, verb: int) -> int | None:
    """The subject of a finite verb the parse hung on the main clause as an adverbial
    clause without one, having read the conjunction that opens the clause as a
    preposition and its subject as the preposition's object: "… grew louder as Patti
    Davis, Reagan's daughter, attacked Trump" (Davis attacks)."""
    tokens = tree.tokens
    token = tokens[verb]
    if not bare_adverbial(tree, verb, CLAUSE_SUBJECTS):
        return None
    j = verb - 1
    while j >= 0 and tokens[j].pos == "PUNCT" and tokens[j].text == ",":
        j -= 1
    for prep in range(token.head + 1, verb):
        word = tokens[prep]
        if word.head != token.head or word.dep != "prep":
            continue
        if word.text.lower() not in SUBORDINATORS or not j <= tree.right[prep] < verb:
            continue
        name = tree.child(prep, ("pobj",))
        if name is not None and tokens[name].pos in NAME_HEADS:
            return name
    return None


def predicate_of_root_name(tree: Tree, verb: int) -> bool:
    """A past tense the parse hung as a reduced clause on a name that it made the root of
    a sentence with no verb of its own, set off from the name by a comma, and going on to
    an infinitive as only an active verb does: in "Trump, who is vying for it, tweeted on
    Friday to say …" the verb is the sentence's predicate ("the engineers, Lee and Berg,
    found in the rubble" is a reduced passive). So is a verb the tagger itself read as a
    past tense hung on the subject of the sentence (``tagged_past_predicate``)."""
    if tagged_past_predicate(tree, verb):
        return True
    tokens = tree.tokens
    head = tokens[verb].head
    if tokens[head].dep != "ROOT" or tokens[head].pos not in NAME_HEADS:
        return False
    if verb == 0 or tokens[verb - 1].text != "," or tokens[verb].tag not in PAST_TAGS:
        return False
    return any(tokens[c].dep in PURPOSE_DEPS and tokens[c].tag == "VB" for c in tree.children[verb])


def tagged_past_predicate(tree: Tree, verb: int) -> bool:
    """A verb the tagger read as a past tense (not a participle) that the parse hung as a
    reduced clause on the noun before it, when that noun is a subject, the root or an
    apposition: in "a group of rabbis called for a boycott" and "a newspaper, the Herald,
    called on the mayor to resign" the verb is the predicate. A naming "called X" ("a PAC
    called Stop Trump") is a reduced clause whatever its tag."""
    tokens = tree.tokens
    token = tokens[verb]
    if token.tag != "VBD" or token.dep != "acl" or token.head > verb:
        return False
    if tokens[token.head].dep not in PREDICATE_HOST_DEPS:
        return False
    return not any(tokens[c].dep == "oprd" for c in tree.children[verb])
