"""Where a reported content starts and ends in the parse.

A cue's complement is the content, but not all of its subtree: a further speech act of
the same speaker ("…, adding that", "and tells the crowd …": a coordinated verb only in
the cue's own form; "said they should stay calm and call the coast guard" goes on with
what was said; also one the parse hung deeper in the content, ``trailing``) or of
another ("…, and those voters backed Sanders", ``joined``)
and a clause of its own the writer sets against it ("…, but for Republicans it is …"; not
"…, but that …") are left out, and so is what the writer adds about a reported object
after a comma ("criticized Clinton's email use, which an FBI inquiry called “careless”":
the source criticised the use, the rest, quotation and all, is another's). A
reported clause the parse left without its subject gets it back ("said the days when …
are gone"). The writer's source for the whole sentence is no part of a content either: a
closing "…, according to press reports", or a tag the parse hung on the cue as a second
complement ("He said that …, The Post reported"). A clause before the cue is no content
when a semicolon ends it ("He proposes X; she backs Y"), a colon or dash does while the
cue also reports a clause after it, or a subordinating word opens the cue's own clause
after it ('“…,” Ann said, after Bo said …'). A speech verb with no clause says what the
preposition after it takes ("concurred with the findings").
"""

from __future__ import annotations

from ..records import Token
from .candidates import TIMESTAMP_ENTITIES
from .cues import QuoteCues
from .grammar import (
    CLAUSE_SUBJECT_DEPS,
    HOLDER_ENTITIES,
    NAME_POS,
    PAST_TAGS,
    SUBJECT_DEPS,
    VERB_POS,
)
from .joined import joined_act, misread_object
from .trailing import deep_act, further_act
from .tree import Tree

# What the parse hangs a reported clause's subject on the cue as instead.
STRAY_SUBJECT_DEPS = frozenset({"npadvmod", "dobj"})
# The forms a further act shares with its cue ("said … and called"; a past tense and a
# participle count as one, the tagger confuses them, and so do the two present forms:
# "says the councils … and support").
FORM_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP", "VBG", "MD"})
PAST = "past"
PRESENT = "present"
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# The writer's additions to a reported object, set off by a comma after it: a relative
# clause ("Pope Francis, who preaches …"), an apposition or a participle clause.
OBJECT_ASIDE_DEPS = frozenset({"relcl", "acl", "appos"})
# What opens a comparison a cue verb closes ("closer than expected"), and what it has of
# its own when it reports something else ("than he said it would be").
COMPARISON_MARKS = frozenset({"than", "as"})
COMPARED_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp"})
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
# Prepositions after a speech verb that mostly name a listener or a medium, not a topic.
MEDIUM_PREPS = frozenset({"to", "on"})
# A bare object of these parts of speech after a topic preposition points at something
# present rather than naming what is said ("pointing to one", "pointed to him").
DEICTIC_POS = frozenset({"NUM", "PRON"})
# Punctuation that ends a clause before a cue as a sentence of its own ("X; she said Y").
CLAUSE_BREAKS = frozenset({";"})
# What ends a clause before a cue that also reports a clause after it ("X: she said Y").
SIDE_BREAKS = frozenset({":", "\u2014", "\u2013", "--", "-"})
ALL_BREAKS = CLAUSE_BREAKS | SIDE_BREAKS


class Bounds:
    """Reads content edges off one article's tree (stateless beyond the cue lists)."""

    def __init__(self, cues: QuoteCues, keep_marks: frozenset[str]) -> None:
        self.cues = cues
        self.keep_marks = keep_marks
        self.cue_verbs = cues.cue_verbs

    def part(self, tree: Tree, root: int) -> tuple[int, int]:
        """The subtree of a content's root, up to a further speech act of the same speaker:
        "says he'd sit down with Putin and tells the crowd …", "…, saying that …"; a noun
        object stops before the writer's aside after it ("the deal, which …")."""
        tokens = tree.tokens
        first, last = tree.left[root], tree.right[root] + 1
        misread = misread_object(tree, self.cues, root)
        if misread is not None:
            return misread
        nominal = tokens[root].pos in NAME_POS
        for child in tree.children[root]:
            if child < root:
                continue
            if (
                (further_act(tree, self.cue_verbs, child) and self._act_form(tree, root, child))
                or self._contrast(tree, child)
                or joined_act(tree, self.cues, child)
                or (nominal and self._aside(tree, child))
            ):
                last = min(last, tree.left[child])
        deep = self.deep_cut(tree, root, last)  # "… did not know what it was doing, and accused"
        if deep is not None:
            last = tree.left[deep]
        if nominal:
            # "few specifics beyond an op-ed in May, in which she called for …": an aside
            # hung deeper in the object that runs to its end is the writer's too.
            for j in range(root + 1, last):
                if tree.right[j] + 1 >= last and self._aside(tree, j):
                    last = tree.left[j]
                    break
        last = self._before_source(tree, first, last)
        while last - 1 > first and (
            tokens[last - 1].dep == "cc" or tokens[last - 1].pos in ("PUNCT", "CCONJ")
        ):
            if tokens[last - 1].text in self.keep_marks:
                break
            last -= 1
        return first, last

    def deep_cut(self, tree: Tree, root: int, last: int) -> int | None:
        """The verb of a further act of the speaker hung below the content's root
        (``trailing.deep_act``) in the cue's form, or None."""
        for j in range(root + 1, last):
            if deep_act(tree, self.cue_verbs, root, j, last) and self._act_form(tree, root, j):
                return j
        return None

    def _act_form(self, tree: Tree, root: int, verb: int) -> bool:
        """A verb coordinated after a content is the speaker's further act only in the
        cue's own form ("said he was tired and called for …", "saying … and urging") or in
        the past after a present cue ("says … and called"); in another form it goes on
        with the content's subject ("said they should stay calm and call the coast guard",
        "says the councils are raising aid and support the port"). A stance held goes on
        with the clause in any form: "said she was tired but still wanted a recount"."""
        tokens = tree.tokens
        if tokens[verb].dep != "conj":
            return True
        if tokens[verb].lemma in self.cues.attitude_verbs:
            return False
        cue, act = _forms(tree, tokens[root].head), _forms(tree, verb)
        return bool(cue & act) or (PRESENT in cue and PAST in act)

    def _before_source(self, tree: Tree, first: int, last: int) -> int:
        """Where a content ends before an attribution phrase that closes it: in "said he
        would have fired him, according to press reports" the phrase sources the whole
        sentence, the report of the speaker's words included."""
        tokens = tree.tokens
        for j in range(first + 1, last):
            if tokens[j - 1].text != "," or tree.right[j] + 1 < last:
                continue
            words = [t.text.lower() for t in tokens[j:last]]
            if any(tuple(words[: len(p)]) == p for p in self.cues.attribution_phrases):
                return j
        return last

    def reporting_tag(self, tree: Tree, verb: int, clause: int) -> bool:
        """A later clause of the cue that is the writer's source for the whole sentence:
        in 'He said that he was “comfortable,” The Post reported' the parse may hang the
        tag on "said" as a second complement; it is a cue verb with a subject of its own,
        set off by a comma after the cue's first clause."""
        tokens = tree.tokens
        token = tokens[clause]
        if token.lemma not in self.cue_verbs or token.pos not in VERB_POS:
            return False
        subject = tree.child(clause, SUBJECT_DEPS)
        if subject is None or not verb < subject < clause:
            return False
        earlier = [c for c in tree.children[verb] if verb < c < tree.left[clause] and c != clause]
        if not any(tokens[c].dep in ("ccomp", "xcomp") for c in earlier):
            return False
        before = [t.text for t in tokens[tree.left[clause] - 2 : tree.left[clause]]]
        return "," in before

    def apart(self, tree: Tree, verb: int, part: tuple[int, int], after: bool = False) -> bool:
        """A content before the cue that a semicolon ends is a sentence of its own the
        parse hung on the cue: in "He proposes X; she backs Y" what she backs is Y, and
        "He proposes X" is his act. When the cue reports a clause after it too (``after``),
        a colon or dash also ends the one before: "…—he hired a plane—people suspected
        that …"."""
        if part[1] > verb:
            return False
        tokens = tree.tokens
        if any(tokens[c].dep == "mark" and part[1] <= c < verb for c in tree.children[verb]):
            return True  # '“…,” Trump said, after Quick said …': the cue's clause opens later
        breaks = ALL_BREAKS if after else CLAUSE_BREAKS
        return any(t.text in breaks for t in tokens[part[1] : verb])

    def about(self, tree: Tree, verb: int, prep: int) -> bool:
        """A preposition right after a speech verb that takes what the verb is about as its
        object ("thinks of …", "bragged about …", "described as …"); "to" and "on" mostly
        name a listener or a medium ("added to", "posted on") and are left out, but for the
        verbs whose object they mark is a topic ("pointed to the polls")."""
        if prep >= len(tree.tokens):
            return False
        word = tree.tokens[prep].text.lower()
        return (
            word not in MEDIUM_PREPS or (tree.tokens[verb].lemma, word) in self.cues.topic_preps
        ) and targeted(tree, self.cues, verb, prep)

    def about_parts(self, tree: Tree, verb: int, prep: int) -> list[tuple[int, int]]:
        """What the preposition right after a speech verb governs, as its content ("marveled
        at the crowd"). After a topic preposition the object runs to its end: in "pointed to
        the example of Indiana, which took a hit …" the clause on the evidence is pointed to
        as well, not the writer's aside."""
        tokens = tree.tokens
        if (tokens[verb].lemma, tokens[prep].text.lower()) in self.cues.topic_preps:
            return [(tree.left[c], tree.right[c] + 1) for c in tree.children[prep]]
        return [self.part(tree, c) for c in tree.children[prep]]

    def compared(self, tree: Tree, verb: int) -> tuple[int, int] | None:
        """The clause a cue verb's comparison is about: in "the race is closer than
        pollsters expected", "numbers not as toxic as insiders believe" the pollsters
        expected a race less close, so the clause up to "than"/"as" is the content."""
        tokens = tree.tokens
        token = tokens[verb]
        if token.dep != "advcl" or token.head > verb:
            return None
        mark = tree.child(verb, ("mark",))
        if mark is None or tokens[mark].text.lower() not in COMPARISON_MARKS:
            return None
        if any(tokens[c].dep in COMPARED_OBJECT_DEPS for c in tree.children[verb]):
            return None
        if not self._comparative(tree, token.head, tokens[mark].text.lower()):
            return None  # "as the crowd applauded" is a time, not a comparison
        clause = token.head
        while tokens[clause].pos not in VERB_POS | {"AUX"} and tokens[clause].head != clause:
            clause = tokens[clause].head
        first, last = tree.trim(tree.left[clause], tree.left[verb], self.keep_marks)
        return (first, last) if last - first > 1 else None

    def _comparative(self, tree: Tree, head: int, mark: str) -> bool:
        """A comparison for "than" ("closer", "more delegates") or "as" ("as toxic")."""
        tokens = tree.tokens
        words = [head, *tree.children[head]]
        if mark == "than":
            return any(tokens[w].tag in COMPARATIVE_TAGS for w in words)
        return any(
            tokens[c].dep == "advmod" and tokens[c].text.lower() in ("as", "so")
            for c in tree.children[head]
        )

    def with_subject(
        self, tree: Tree, verb: int, clause: int, part: tuple[int, int]
    ) -> tuple[int, int]:
        """A reported clause the parse left without its subject, which hangs on the cue
        instead: in "said the days when … are gone" "the days" is the clause's. (A clause
        with a subject of its own keeps it: "told reporters it was over".)"""
        tokens = tree.tokens
        if part[0] <= verb:
            return part
        if any(tokens[c].dep in CLAUSE_SUBJECT_DEPS for c in tree.children[clause]):
            return part
        for child in tree.children[verb]:
            token = tokens[child]
            if (
                verb < child < part[0]
                and token.dep in STRAY_SUBJECT_DEPS
                and token.pos in NAME_POS
                and (
                    token.ent_type not in TIMESTAMP_ENTITIES
                    or tree.child(child, ("relcl", "acl", "prep")) is not None
                )  # "said Monday that", but "said the days when … are gone"
            ):
                return tree.left[child], part[1]
        return part

    def _contrast(self, tree: Tree, child: int) -> bool:
        """A clause the writer sets against the content: "…, but for Republicans it is …",
        "…, although he found evidence …". A conjunct without a subject of its own, or
        marked "that", goes on with what was said."""
        tokens = tree.tokens
        dep = tokens[child].dep
        if dep == "conj":
            if not self._own_clause(tree, child):
                return False  # "…, but couldn't provide them", "…, but that …": reported too
            words = (tokens[c] for c in tree.children[tokens[child].head] if c < child)
            return any(t.dep == "cc" and t.text.lower() in self.cues.contrast_words for t in words)
        if dep == "advcl":
            marks = (tokens[c] for c in tree.children[child] if tokens[c].dep == "mark")
            return any(t.text.lower() in self.cues.contrast_words for t in marks)
        return False

    def _own_clause(self, tree: Tree, verb: int) -> bool:
        """A clause with a subject of its own and no "that" marking it as reported."""
        tokens = tree.tokens
        kids = tree.children[verb]
        return any(tokens[c].dep in CLAUSE_SUBJECT_DEPS for c in kids) and not any(
            tokens[c].dep == "mark" and tokens[c].text.lower() == "that" for c in kids
        )

    def _aside(self, tree: Tree, child: int) -> bool:
        """The writer's aside on a reported object: a relative clause, apposition or
        participle clause after a comma ("the deal, which …", "Conason, who detailed …")
        that holds no quotation mark (a quoted description is the source's own) or that
        quotes another's speech act."""
        tokens = tree.tokens
        if tokens[child].dep not in OBJECT_ASIDE_DEPS:
            return False
        low = tree.left[child]
        if low == 0 or tokens[low - 1].text != ",":
            return False
        high = tree.right[child] + 1
        quoted = any(tokens[i].text in self.keep_marks for i in range(low, high))
        return not quoted or self._reports_another(tree, child, low, high)

    def _reports_another(self, tree: Tree, child: int, low: int, high: int) -> bool:
        """An aside holding a speech act of someone else: in "the email use, which an FBI
        inquiry called “careless”" the quotation is the inquiry's word, and in "Franklin
        Graham, who vowed not to buy “…”" it is Graham's, not the source's; in "the tax,
        which she called “a tax on fishermen”" the pronoun is the source (``setoff`` later
        makes such a clause a second act when its cue was found), and in "his plan,
        which includes “…”" a thing cites its own words."""
        tokens = tree.tokens
        for i in range(low, high):
            if tokens[i].pos not in VERB_POS or tokens[i].lemma not in self.cue_verbs:
                continue
            subject = tree.child(i, SUBJECT_DEPS)
            if subject is None:
                continue
            word = tokens[subject].text.lower()
            if word in self.cues.relative_pronouns:
                if _can_speak(tokens[tokens[child].head]):
                    return True
            elif word not in self.cues.person_pronouns:
                return True
        return False


def _forms(tree: Tree, verb: int) -> frozenset[str]:
    """The forms a verb shows in its own tag and its auxiliaries' ("has called": VBZ and
    past); none for a bare base form ("and accept it")."""
    tokens = tree.tokens
    tags = [tokens[verb].tag] + [
        tokens[c].tag for c in tree.children[verb] if tokens[c].dep in ("aux", "auxpass")
    ]
    return frozenset(_form(tag) for tag in tags if tag in FORM_TAGS)


def _form(tag: str) -> str:
    """One name for the tags the tagger confuses: past tense and participle, the two
    present forms."""
    if tag in PAST_TAGS:
        return PAST
    return PRESENT if tag in PRESENT_TAGS else tag


def _can_speak(token: Token) -> bool:
    """A name of a person or a body: "Franklin Graham", not "his plan"."""
    return token.pos == "PROPN" or token.ent_type in HOLDER_ENTITIES


def targeted(tree: Tree, cues: QuoteCues, verb: int, prep: int) -> bool:
    """A preposition after a cue that names what the cue is about ("pointed to the
    finding", "think about the number", "bragged about winning"), not whom it was said to or when
    ("said to reporters", "said on Tuesday")."""
    tokens = tree.tokens
    word = tokens[prep].text.lower()
    if tokens[prep].dep != "prep":
        return False
    pair = (tokens[verb].lemma, word)
    topical = pair in cues.topic_preps
    if not topical and (word not in cues.object_preps or pair in cues.listener_preps):
        return False
    objects = [c for c in tree.children[prep] if tokens[c].dep in ("pobj", "pcomp")]
    if topical:
        # "pointing to one and then the other", "pointed to him": a gesture, no topic
        objects = [c for c in objects if tokens[c].pos not in DEICTIC_POS or tree.children[c]]
    return any(tokens[c].ent_type not in TIMESTAMP_ENTITIES for c in objects)
