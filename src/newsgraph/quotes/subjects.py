"""Who performs a cue verb: its subject, or the one the parse hides.

A verb's own subject is the speaker unless the parse misplaces it: a speech act
coordinated with the clause it reports ("X said Y was A and called B") is X's; who does
an infinitive the parse gave no subject is read in ``infinitives`` ("it led Republicans
to say"); a participle on a document ("a statement saying") is the document's maker's,
and one on an object that cannot speak is the clause subject's ("made an attempt to …,
writing"); a dateline the parser also took as a subject gives way to the real one; a
subject the parse cut off by an apposition or an aside before the verb is found before
them ("Clinton, without naming him, accused …"); a quotation's own words are never the
speaker of the cue after it (``outside``); an inserted cue with its subject after it
("The contrast, said Doyle, would be clear") is that subject's; and who is "asked" in a
bare participle clause ("Asked whether …, Rubio said", also when tagged a past tense)
asked nothing unless a "by" names who asked. The parse also hides subjects in a verb it
hung on the noun before it as a reduced clause though the verb has an object ("Beruff, a
Scott ally, called the standards strong"), in a clause joined with no conjunction ("It
was no accident — Buck, a spokesman, told POLITICO …"), and in a participle after the
noun that does it ("ended with the mayor asking …", "left many voters saying …"); an
infinitive's "it" from a linking verb above ("it is fair to say") names no one. A
conjoined predicate goes with the verb above it of its own form ("Kasich says he'd sit
Putin down and tells the crowd …" is Kasich's), or with the name coordinated right
before it ("… with murder and Emanuel fired his chief"), or with the relative clause
before its comma ("a man who fights …, claims that …"), all read in ``coordination``; an
active predicate after a passive one ("officials were angered and predicted …") is its
subject's; "he's said he …" is a perfect the parse read as a passive, and so is "who's
argued …" or "who's called for …" (no one "is argued", and "call for" has no passive); a
subject the parse left before a verb with none, gave to a participle, read as a modal or
hung on the quotation before the cue ('“…,” X, a founder of …, tells Y') is found in
``orphans``; who does a participle (the noun before it, the clause right before its
comma) is read in ``participles``, who does a gerund after a preposition ("was booed
after telling …") in ``gerunds``; an act trailing an inserted cue ('…,” the source
recalled, adding …') is the inserted cue's."""

from __future__ import annotations

from .coordination import (
    conjunct,
    coordinated_subject,
    listed_after_relative,
    listed_in_clause,
    listed_predicate,
)
from .cues import QuoteCues
from .gerunds import clause_above, participle_patient, passive_doer
from .grammar import (
    FINITE_CLAUSE_DEPS,
    FINITE_TAGS,
    PASSIVE_DEPS,
    PAST_TAGS,
    SUBJECT_DEPS,
    VERB_POS,
    WHEN_ENTITIES,
)
from .infinitives import controller as infinitive_controller
from .infinitives import noun_infinitive
from .orphans import (
    CLOSING_QUOTE_TAG,
    after_quotation,
    conjunction_object,
    modal_name,
    participle_subject,
    predicate_of_root_name,
    subject_before,
)
from .outside import subject_after
from .participles import (
    absolute_subject,
    inverted_reporter,
    object_speaks,
    owner_voice,
    participle_doer,
    participle_owner,
    relative_host,
    set_off_participle,
)
from .tree import Tree

# Links through which a verb without a subject inherits its governor's: "..., adding that".
INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp"})
# A speech act trailing a content, with no subject of its own: "…, adding that", "and tells".
TRAILING_ACT_DEPS = frozenset({"conj", "advcl"})
# "'s" is "is" or "has": "he's said he …" is a perfect the parse may read as a passive.
CONTRACTED_HAS = frozenset({"'s", "\u2019s"})
# Subjects a contracted "has" is read with before a phrasal cue ("who's called for").
PERSON_SUBJECTS = frozenset({"he", "she"})
# Where a bare past participle heading its own clause stands ("Asked whether …, Rubio
# said"); what makes one part of a finite clause instead ("he was asked") is
# FINITE_CLAUSE_DEPS. The parse may tag it a past tense (PAST_TAGS); the words that open a
# participle clause before it ("when asked").
BARE_PARTICIPLE_DEPS = frozenset({"advcl", "ROOT", "conj", "acl"})
SUBORDINATORS = frozenset({"when", "if", "once", "after", "before", "while", "as", "until"})
NOUN_OBJECT_DEPS = frozenset({"dobj"})
NOUN_HEADS = frozenset({"PROPN", "NOUN"})
# A verb coordinated after a passive is active when it takes one of these, in a form of its
# own: "were angered and predicted it would …".
FINITE_FORM_TAGS = FINITE_TAGS | {"VB"}
ACTIVE_OBJECT_DEPS = frozenset({"ccomp", "dobj"})
# Word classes opening the speaker after an inverted inserted cue: "…, said Jim Doyle, …".
INVERTED_START_POS = frozenset({"PROPN", "DET", "NOUN", "ADJ"})
# What a name sets off by commas after it: an apposition, a relative or reduced clause.
SET_OFF_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "conj"})


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
            # "he was told that": the subject heard it, did not say it; but "he's said he
            # …" is "he has said", which the parse read as "he is said".
            return self.perfect(tree, verb)
        current = verb
        joined = False  # reached ``current`` as the first of coordinated predicates
        for _ in range(4):
            reporter = self._reporter(tree, current)
            if reporter is not None:
                return reporter
            subject = tree.subject(current, SUBJECT_DEPS)
            if subject is not None:
                return subject
            if current != verb:
                # '“…,” said Skelly, explaining …': the name the parse missed; "Trump was
                # understated, not once referring to …": a named passive subject
                trailed = inverted_reporter(tree, verb, current, self.cues)
                if trailed is None:
                    trailed = participle_patient(tree, verb, current, self.cues)
                if trailed is not None:
                    return trailed
            if joined and (patient := _passive_first(tree, verb, current)) is not None:
                return patient  # "FBI officials were angered by the deal and predicted …"
            if current == verb and (misplaced := _misplaced(tree, verb)) is not None:
                return misplaced
            token = tokens[current]
            if token.head == current:
                return None
            head = tokens[token.head]
            controller = infinitive_controller(tree, current, self.cues)
            if controller is not None:
                return controller  # "led Republicans to say", "prompted him to call"
            if current == verb and (doer := self._participle_doer(tree, verb)) is not None:
                return doer
            if current == verb and (host := relative_host(tree, verb, self.cues)) is not None:
                current = host  # "Rubio had a moment that could play big, denouncing …"
                continue
            if current == verb and self._asyndetic(tree, verb):
                # "It wasn't an accident — Brendan Buck, a spokesman, told POLITICO …":
                # a clause joined with no conjunction has its subject right before it.
                found = self.adjacent(tree, verb, joined=True)
                if found is not None:
                    return found
            if (listed := listed_in_clause(tree, current)) is not None:
                return listed  # "when Kelly speculated about X, referred to Y and …"
            if token.dep == "conj" and (listed := listed_in_clause(tree, token.head)):
                return listed  # "…, referred to Y and considered Z"
            if token.dep == "conj":
                if (coordinated := coordinated_subject(tree, current)) is not None:
                    return coordinated
                if (relative := listed_after_relative(tree, current)) is not None:
                    return relative  # "a man who fights …, claims that …"
                current = conjunct(tree, current)
                joined = True
            elif token.dep in INHERIT_DEPS:
                current = token.head
            elif token.dep == "acomp" and token.pos == "ADJ" and current != verb:
                current = token.head  # "voters are more likely to say": the linking verb's
            elif (
                (token.dep == "relcl" or noun_infinitive(tree, current))
                and token.tag == "VB"
                and head.dep == "dobj"
                and tree.child(current, ("aux",)) is not None
            ):
                # "Deacon had nothing bad to say about Sanders", "have no evidence to
                # suggest that …": the infinitive on an object is its clause subject's
                current = head.head
            elif token.dep == "pcomp" and head.dep == "prep" and head.head != head.i:
                # "by saying": the prepositional phrase's verb, also past the words it
                # hangs on ("has been the most aggressive in denouncing", "In addition
                # to stating that …, Clinton")
                current = clause_above(tree, head.head)
                if (patient := passive_doer(tree, current)) is not None:
                    return patient  # "was booed after telling holdouts that …"
            elif token.dep == "acl" and head.lemma in self.cues.document_nouns:
                owner = tree.child(head.i, ("poss",))
                if owner is not None:
                    return owner_voice(tree, head.i, owner)  # "his statement saying"
                if head.dep in SUBJECT_DEPS or object_speaks(tree, head.i):
                    return head.i  # "a statement saying …" as the subject: the document
                if head.dep not in ("dobj", "pobj"):
                    return None
                current = head.head if head.dep == "dobj" else tokens[head.head].head
            elif self._finite_acl(tree, current):
                return head.i  # "Beruff, a Scott ally, called the standards strong"
            elif token.dep == "acl" and token.tag == "VBG" and head.pos in NOUN_HEADS:
                # "polls showing that …", "hackers backing Assad"; but in "Trump made a
                # third attempt to deflect it, writing …" the attempt's maker writes.
                return participle_owner(tree, current, self.cues)
            else:
                return None
        return None

    def _participle_doer(self, tree: Tree, verb: int) -> int | None:
        """Who does a participle the parse gave the subject of the clause it hangs on: the
        noun right before it ("ended with the mayor asking …", "left voters saying …"), the
        noun of the "with" phrase it completes ("…, with O'Malley calling Trump a
        fascist"), or the subject of the clause right before its comma ("…, when
        protesters interrupted her speech, shouting …")."""
        doer = participle_doer(tree, verb, self.cues)
        if doer is None:
            doer = absolute_subject(tree, verb)
        if doer is None:
            doer = set_off_participle(tree, verb, self.cues)
        return doer

    def perfect(self, tree: Tree, verb: int) -> int | None:
        """The subject of a verb after "'s" the parse read as a passive "is" though the
        verb takes what only an active one does: a clause with its own subject ("He's
        said he gets …"), an object ("she's called it a hoax"), or an infinitive a
        reporting passive does not take ("he's wanted to run"; "he's said to be ill" is
        passive); a progressive ("who's been pushing for …") is never passive. Public for
        the phrasal cues, which read the subject themselves."""
        tokens = tree.tokens
        marker = tree.child(verb, ("auxpass",))
        subject = tree.child(verb, ("nsubjpass",))
        if marker is None or subject is None or tokens[marker].text not in CONTRACTED_HAS:
            return None
        if not subject < marker < verb:
            return None
        if tokens[verb].tag == "VBG":
            return subject  # "who's been pushing for …": a progressive is never passive
        if tokens[verb].tag not in PAST_TAGS:
            return None
        if any(tokens[c].lemma == "be" and c != marker for c in tree.children[verb]):
            return None  # "it's been reported that …" is a passive
        lemma = tokens[verb].lemma
        if (
            lemma in self.cues.speech_verbs
            and lemma not in self.cues.passive_verbs
            and tokens[subject].text.lower() not in self.cues.impersonal_subjects - {"which"}
        ):
            return subject  # "who's argued for years that …": no one "is argued"
        if (
            verb + 1 < len(tokens)
            and tokens[verb + 1].head == verb
            and (lemma, tokens[verb + 1].text.lower()) in self.cues.phrasal_cues
            and tokens[subject].text.lower() in self.cues.relative_pronouns | PERSON_SUBJECTS
        ):
            return subject  # "who's called for tax hikes": the phrasal cue "call for"
        for c in tree.children[verb]:
            dep = tokens[c].dep
            if c < verb:
                continue
            if dep == "dobj" or (dep == "ccomp" and tree.child(c, SUBJECT_DEPS) is not None):
                return subject
            if dep == "xcomp" and tokens[verb].lemma not in self.cues.passive_verbs:
                return subject
        return None

    def _finite_acl(self, tree: Tree, verb: int) -> bool:
        """A past-tense verb the parse hung on the noun before it as a reduced clause
        though it takes an object or a clause as only a finite verb can: "Beruff, a Scott
        ally, called the standards strong", "a poll found last week that …"; a reduced
        passive ("the bill, opposed by Republicans") takes neither."""
        tokens = tree.tokens
        token = tokens[verb]
        if token.dep != "acl" or token.tag not in ("VBN", "VBD") or token.head > verb:
            return False
        kids = [tokens[c].dep for c in tree.children[verb]]
        if any(d in ("agent", "auxpass", "aux", "nsubj", "nsubjpass") for d in kids):
            return False
        if predicate_of_root_name(tree, verb):
            return True  # "Trump, who is vying …, tweeted on Friday to say …"
        return any(tokens[c].dep in ("dobj", "ccomp") and c > verb for c in tree.children[verb])

    def _asyndetic(self, tree: Tree, verb: int) -> bool:
        """A finite verb conjoined to an earlier one with no conjunction between them."""
        tokens = tree.tokens
        token = tokens[verb]
        if token.dep != "conj" or token.tag not in FINITE_TAGS or token.head > verb:
            return False
        return not any(
            tokens[c].dep in ("cc", "preconj") and token.head < c < verb
            for c in tree.children[token.head]
        )

    def adjacent(self, tree: Tree, verb: int, joined: bool = False) -> int | None:
        """The subject of a finite main verb the parse left without one, read from the
        words before it (``orphans``): "After …, Paul Ryan's office announced …"."""
        return subject_before(tree, verb, self.cues.relative_pronouns, joined)

    def inserted(self, tree: Tree, verb: int, subject: int) -> int | None:
        """The speaker after a cue inserted between commas with its subject inverted:
        "The contrast with Trump, said Doyle and others, would be clear" (the parse takes
        "The contrast" for the subject), or None when the cue is not so placed."""
        tokens = tree.tokens
        if not 0 < subject < verb or verb + 1 >= len(tokens) or tokens[verb - 1].text != ",":
            return None
        if tokens[verb].lemma not in self.cues.speech_verbs or tokens[verb].tag not in FINITE_TAGS:
            return None  # ", telling reporters …" is a participle of the clause before
        if tree.right[subject] != verb - 2 and not self._bare_comma(tree, subject, verb - 1):
            return None  # the subject runs right up to the comma before the cue
        if tree.left[subject] > 0 and tokens[tree.left[subject] - 1].tag == CLOSING_QUOTE_TAG:
            return None  # '“…,” X, a senator, told Fox News, …': X stands after the quotation
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

    def _bare_comma(self, tree: Tree, subject: int, comma: int) -> bool:
        """The comma before an inserted cue hung on a subject that has no description set
        off by commas ("And Trump, said Sunshine, …"); in "Rahm Emanuel, his chief of
        staff, urged …" the comma closes the apposition."""
        tokens = tree.tokens
        if tokens[comma].head != subject or tree.right[subject] != comma:
            return False
        return not any(tokens[c].dep in SET_OFF_DEPS for c in tree.children[subject])

    def addressed(self, tree: Tree, verb: int) -> bool:
        """A bare past participle of a verb of addressing heading a clause of its own
        ("Asked whether he would run, Rubio said …", "when asked about it"): its subject
        was addressed, and who asked is not said."""
        token = tree.tokens[verb]
        if token.tag not in PAST_TAGS or token.lemma not in self.cues.addressee_verbs:
            return False
        if token.dep not in BARE_PARTICIPLE_DEPS:
            return False
        if token.tag != "VBN" and not self._opens_clause(tree, verb):
            return False  # a past tense is a bare participle only where a clause opens
        return not any(
            tree.tokens[c].dep in FINITE_CLAUSE_DEPS or tree.tokens[c].dep == "agent"
            for c in tree.children[verb]
        )

    @staticmethod
    def _opens_clause(tree: Tree, verb: int) -> bool:
        """``verb`` opens its sentence or follows a subordinator ("Asked what …, she
        said", "when asked about it"), as a participle the parse tagged a past tense."""
        tokens = tree.tokens
        if verb == 0 or tokens[verb - 1].sent != tokens[verb].sent:
            return True
        return tokens[verb - 1].text.lower() in SUBORDINATORS

    def extraposed(self, tree: Tree, verb: int, subject: int) -> bool:
        """An infinitive whose subject is an "it" it inherits from a linking verb above:
        "it's hard to imagine him winning", "it is fair to say that …" name no one who
        imagines or says; in "It plans to raise rates", "It received a retainer to promote
        …" the "it" does."""
        tokens = tree.tokens
        if tokens[verb].tag != "VB" or tokens[subject].text.lower() != "it":
            return False
        above = tokens[tokens[subject].head]
        if tokens[subject].head == verb:
            return False
        # "it’s hard to know": the parser leaves a curly "’s" unlemmatised; "makes it hard
        # to see": "it" is the subject of the adjective itself
        return (
            above.lemma in self.cues.linking_verbs
            or above.text in CONTRACTED_HAS
            or (above.pos == "ADJ" and above.dep == "ccomp")
        )

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
        if self._inserted_act(tree, clause.i):
            return None  # '… ,” the source recalled, adding …': the source adds
        if token.dep == "advcl" and report.i > clause.i:
            # "Her friends have mocked him, calling him a buffoon, Susan said": a
            # participle inside what a later cue reports is part of it, its subject's
            return None
        return self.of(tree, report.i)

    def _inserted_act(self, tree: Tree, clause: int) -> bool:
        """A reported clause that is itself an inserted speech act, its subject opening
        after a comma or a quotation and its content before it: 'X said Y “would lose,”
        the source recalled'."""
        tokens = tree.tokens
        if tokens[clause].lemma not in self.cues.speech_verbs:
            return False
        subject = tree.child(clause, SUBJECT_DEPS)
        if subject is None or subject > clause or tree.left[subject] == 0:
            return False
        if any(tokens[c].dep == "ccomp" and c > clause for c in tree.children[clause]):
            return False
        opener = tokens[tree.left[subject] - 1]
        return opener.text == "," or opener.tag == CLOSING_QUOTE_TAG


def _misplaced(tree: Tree, verb: int) -> int | None:
    """The subject of a cue verb the parse put elsewhere or misread, tried in turn: the
    first of predicates listed with commas ("Trump summed up Clinton as “terrible,”
    denounced her …"), a participle's ("Majorities of voters going to the polls said …"),
    a name read as a modal ("Will urged the electorate …"), a conjunction's object read
    as a preposition's ("… grew louder as Patti Davis, his daughter, attacked Trump"), a
    name hung on the quotation before the cue ('“…,” Brent Bozell III, founder of …,
    tells Breitbart News')."""
    for find in (
        listed_predicate,
        participle_subject,
        modal_name,
        conjunction_object,
        after_quotation,
    ):
        if (found := find(tree, verb)) is not None:
            return found
    return None


def _passive_first(tree: Tree, verb: int, first: int) -> int | None:
    """The subject of a passive predicate that an active one is coordinated with: in "FBI
    officials were angered by the deal and predicted it would …", "who are drawn to his
    message and feel that …" the officials predict. Only a verb that is active by what
    it takes (a clause or an object) and shows a finite form of its own; "was fined and
    sentenced" is one passive."""
    tokens = tree.tokens
    kids = tree.children[verb]
    finite = tokens[verb].tag in FINITE_FORM_TAGS or any(tokens[c].dep == "aux" for c in kids)
    if not finite or not any(tokens[c].dep in ACTIVE_OBJECT_DEPS and c > verb for c in kids):
        return None
    return tree.child(first, ("nsubjpass",))
