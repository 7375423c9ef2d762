"""Attributions that no speech verb's subject carries.

PolNeAR-style attribution is broader than speech: the writer also sources a clause to an
appearance ("the race appears closer", "the talks reportedly collapsed"), to an unnamed
crowd through a passive ("Trump is expected to win", "it is believed that ..."), to a
stance noun and its owner ("Trump's claim that ...", "her support for the bill", "she
made the case that ..."), to a stance adjective's holder ("the union has been critical
of the tariffs", "leaders willing to act", read in ``adjectives``), to a document or
speech event the sentence is read in ("In the latest poll, Clinton leads", "Clinton
leads in the latest poll", "In an interview, he lingered over ..."), to people a fronted
"to" names ("To many voters, it was a betrayal"; both read in ``frames``), or to the
subject of a multi-word cue ("X weighed in on Y", "X made it clear that ...", read in
``phrasal``), or, turned round, to the holder of a stance the subject receives ("the plan
drew criticism from rivals", read in ``received``, or from no one named: "Cruz faced
criticism for the loans", in ``unheld``), or to the subject or "by" source of a clause
on a noun set off as an aside ("…, a deal she once supported", in ``antecedents``); a
judging passive with its reason or charge reports it ("was criticized for …", "was
charged with …"); a passive's "by" the parse hung
further on is its source ("was declared the winner … by the networks"). A stance a
pronoun owns as a verb's object, or as the object of a verb's target preposition, is
voiced by that verb's subject ("Obama repeated his contention that …", "Cruz hit back at
critics over their attacks on …"); another's stance a cue verb acts on is that verb's
("Biden slammed Trump's claim that …", read as a verb cue). The passive of a verb of
publishing or attention with no source tells of an event ("the report was released").
Each shape here reads one of those from the parse and returns a ``Candidate`` like a
verb cue does; the word lists they need are in ``data/cues.yaml``.
"""

from __future__ import annotations

from ..records import ParsedArticle
from .adjectives import StanceAdjectives
from .agents import holding_group, stray_agent
from .antecedents import Antecedents
from .candidates import Candidate
from .cues import QuoteCues
from .frames import Frames, trimmed
from .grammar import AUX_DEPS, CLAUSE_POS, CLAUSE_SUBJECT_DEPS, NAME_POS
from .holders import StanceHolders
from .phrasal import PhrasalCues
from .received import ReceivedStances
from .subjects import Subjects
from .tree import Tree
from .unheld import UnheldStances

# Complements that make "seem"/"appear" a judgement: "seems ready", "appears to be",
# "seems that", "looks like".
EVIDENTIAL_DEPS = frozenset({"xcomp", "acomp", "ccomp", "oprd", "attr"})
EVIDENTIAL_PREPS = frozenset({"like", "as"})
# What a reporting passive needs beside its subject: "is expected to", "is said that",
# "is accused of", "is seen as".
PASSIVE_COMPLEMENTS = frozenset({"xcomp", "ccomp"})
# A predicate noun after a judging passive is the judgement: "X is considered an asset",
# "X was deemed ineligible"; after "found" or "proved" it is only an outcome.
JUDGED_DEPS = frozenset({"oprd"})
# What a judging passive is about: "is accused of", "is seen as", and the reason or charge
# it names: "has been criticized for …", "was blamed for …", "was charged with assault".
PASSIVE_PREPS = frozenset({"of", "as", "for", "with"})
# A clause set beside the attributed one keeps its own words ("…, and Y said …"), the
# source's own "by" phrase is no part of what it reported, and neither is the writer's
# adverbial clause after it ("he appears uneasy when asked about …").
CLAUSE_CUTS = frozenset({"conj", "cc", "agent", "advcl"})
# Verbs whose reduced clauses are never a sourced judgement: "a role expected to be filled".
REDUCED_DEPS = frozenset({"acl", "amod"})
# Clauses whose cue verb may leave its object to the noun they modify (``antecedents``).
ANTECEDENT_DEPS = frozenset({"relcl", "acl"})
# Where a stance-holder noun names its source: a predicate ("X is a critic of Y") or an
# apposition to a name ("X, a backer of Y"); the preposition that takes the stance's object.
AGENT_DEPS = frozenset({"attr", "appos"})
AGENT_PREPS = frozenset({"of", "for"})
# Prepositions that name a stance noun's owner: "criticism by the union", "calls from
# rivals to quit".
OWNER_PREPS = frozenset({"by", "from"})
# Prepositions giving the stance a doer acts on: "rallied in the hope that …", "has been
# operating under the assumption that …" (the verb's subject holds it).
GROUND_PREPS = frozenset({"in", "under"})
# A group a stance is held among owns it when the stance states a clause: "there's a sense
# among some that he might win", "the feeling among many Americans that …"; "in response
# to their unpopularity among conservatives" only places it.
GROUP_PREPS = frozenset({"among"})
# Prepositions whose object is what an ownerless stance noun is about: "accusations of
# fraud", "questions about her health" (the writer sources it to no one named).
OWNERLESS_PREPS = frozenset({"about"})
# Prepositions setting a pronoun-owned stance noun on a predicate: the pronoun stands for
# the predicate's subject ("Democrats were unsparing in their criticism of the plan").
TARGET_PREPS = frozenset(
    {"for", "on", "about", "as", "at", "against", "after", "upon", "over", "in"}
)


class Shapes:
    """Finds the non-verbal and subjectless attribution shapes of one parsed article."""

    def __init__(self, cues: QuoteCues, keep_marks: frozenset[str]) -> None:
        self.cues = cues
        self.keep_marks = keep_marks
        self.cue_verbs = cues.cue_verbs  # the union once, not per token
        self.phrasal = PhrasalCues(cues)
        self.subjects = Subjects(cues)
        self.received = ReceivedStances(cues, self.subjects)
        self.adjectives = StanceAdjectives(cues, self.phrasal, keep_marks)
        self.frames = Frames(cues, keep_marks)
        self.antecedents = Antecedents(cues)
        self.unheld = UnheldStances(cues)
        self.holders = StanceHolders(cues, self.subjects)

    def find(self, parsed: ParsedArticle, tree: Tree, i: int) -> Candidate | None:
        """The attribution token ``i`` cues in one of the shapes, if any."""
        tokens = tree.tokens
        token = tokens[i]
        lemma = token.lemma.lower()
        if token.pos == "VERB" and token.dep in ANTECEDENT_DEPS:
            # "a deal she once supported", "a practice criticized by Miller"
            found = self.antecedents.find(tree, i)
            if found is not None:
                return found
        if token.pos == "VERB" and token.dep not in REDUCED_DEPS:
            if lemma in self.phrasal.verbs and (found := self._phrasal(tree, i)) is not None:
                return found
            if lemma in self.cues.evidential_verbs:
                return self._evidential(tree, i)
            if token.text.lower() in self.cues.stance_adjectives:
                return self.adjectives.participle(tree, i)  # "were irritated by"
            if lemma in self.cues.passive_verbs or lemma in self.cue_verbs:
                # "are found slain" reports nothing; "was found to be unsafe" does.
                strict = lemma in self.cues.passive_verbs or lemma in self.cues.clause_verbs
                return self._passive(tree, i, strict)
            return None
        if token.pos == "ADV" and lemma in self.cues.evidential_adverbs:
            head = token.head  # "The talks reportedly collapsed": sourced to no one named
            if head == i or tokens[head].pos not in CLAUSE_POS:
                return None
            return self._clause(tree, head, None, cue=i)
        if token.pos == "NOUN" and token.dep in AGENT_DEPS and lemma in self.cues.agent_nouns:
            return self._agent(tree, i)
        if token.pos == "NOUN" and lemma in self.cues.received_stances:
            received = self.received.find(tree, i)  # "the plan drew criticism from rivals"
            if received is not None:
                return received
        if token.pos == "NOUN" and lemma in self.cues.cue_nouns:
            # "Cruz faced criticism for the loans": received from no one named
            return self._nominal(tree, i) or self.unheld.find(tree, i)
        if token.pos == "ADJ" and lemma in self.cues.stance_adjectives:
            return self.adjectives.find(tree, i)
        if token.dep == "prep" and token.text.lower() == "in":
            return self.frames.in_source(parsed, tree, i)
        if token.dep == "prep" and token.text.lower() == "to":
            return self.frames.to_holder(parsed, tree, i)
        return None

    def _evidential(self, tree: Tree, verb: int) -> Candidate | None:
        """ "The race appears closer": the clause, subject to complement, sourced to no one.

        "The party seemed to acknowledge X" is the party's acknowledgement, read from the
        inner verb, so a complement that is itself a cue verb is left to it.
        """
        tokens = tree.tokens
        complement = None
        for c in tree.children[verb]:
            dep = tokens[c].dep
            if dep in EVIDENTIAL_DEPS or (
                dep == "prep" and tokens[c].text.lower() in EVIDENTIAL_PREPS
            ):
                complement = c
                break
        if complement is None:
            return None
        if tokens[complement].pos == "VERB" and tokens[complement].lemma in self.cue_verbs:
            return None
        return self._clause(tree, verb, None)

    def _passive(self, tree: Tree, verb: int, needs_complement: bool) -> Candidate | None:
        """ "X is expected to win", "it is believed that ...": an unnamed or "by" source.

        A reporting verb needs its complement or agent ("as expected" reports nothing);
        any other cue verb's passive reports its subject: "the report was released"."""
        tokens = tree.tokens
        kids = tree.children[verb]
        if not any(tokens[c].dep == "auxpass" for c in kids):
            return None
        agent = tree.child(verb, ("agent",))
        source = tree.child(agent, ("pobj",)) if agent is not None else None
        stop = None
        if source is None and (by := stray_agent(tree, verb)) is not None:
            source, stop = tree.child(by, ("pobj",)), by  # the source's words are not its report
        elif source is None and (among := holding_group(tree, verb)) is not None:
            source, stop = tree.child(among, ("pobj",)), among  # "is supported among veterans"
        lemma = tokens[verb].lemma.lower()
        if source is None and lemma in self.cues.event_passives:
            return None  # "the report was released Friday" tells of an event, not a report
        judged = lemma in self.cues.passive_verbs and lemma not in self.cues.clause_verbs
        if (
            needs_complement
            and source is None
            and not any(
                tokens[c].dep in PASSIVE_COMPLEMENTS
                or (judged and tokens[c].dep in JUDGED_DEPS)
                or (tokens[c].dep == "prep" and tokens[c].text.lower() in PASSIVE_PREPS)
                for c in kids
                if c > verb
            )
        ):
            return None
        return self._clause(tree, verb, source, stop=stop)

    def _clause(
        self,
        tree: Tree,
        verb: int,
        source: int | None,
        cue: int | None = None,
        stop: int | None = None,
    ) -> Candidate | None:
        """The clause from its subject to the verb's last word; the cue is the verb with
        its auxiliaries, or the ``cue`` token given ("reportedly"). A verb conjoined to
        another shares its subject, and the clause then runs from that subject: "Trump
        held a lead and appeared poised to win"."""
        tokens = tree.tokens
        subject = tree.subject(verb, CLAUSE_SUBJECT_DEPS)
        head = tokens[verb].head
        if subject is None and tokens[verb].dep == "conj" and head < verb:
            subject = tree.subject(head, CLAUSE_SUBJECT_DEPS)
        if subject is None:
            return None
        if tokens[subject].dep == "expl":  # "it is believed that X": X is the content
            clause = tree.child(verb, ("ccomp",))
            if clause is None:
                return None
            first, last = tree.left[clause], tree.right[clause] + 1
        else:
            first, last = tree.left[subject], tree.right[verb] + 1
            for c in tree.children[verb]:
                if c > verb and tokens[c].dep in CLAUSE_CUTS:
                    last = min(last, tree.left[c])
            if stop is not None:
                last = min(last, stop)
        cue_first = cue_last = verb if cue is None else cue
        while cue is None and cue_first > 0 and tokens[cue_first - 1].dep in AUX_DEPS:
            if tokens[cue_first - 1].head != verb:
                break
            cue_first -= 1
        return self._candidate(
            tree, (first, last), (cue_first, cue_last), source, unnamed=source is None, shortest=2
        )

    def _agent(self, tree: Tree, noun: int) -> Candidate | None:
        """ "X is a vocal critic of the deal", "X, an early backer of Sanders, ...".

        The stance is the source's whether stated as a predicate or an apposition; the object
        of the "of"/"for" right after the noun is the content.
        """
        tokens = tree.tokens
        head = tokens[noun].head
        if tokens[noun].dep == "attr":
            if tokens[head].lemma not in self.cues.linking_verbs:
                return None
            source = tree.subject(head)
        else:
            source = head if head < noun and tokens[head].pos in NAME_POS else None
        prep = noun + 1
        if source is None or prep >= len(tokens) or tokens[prep].head != noun:
            return None
        if tokens[prep].text.lower() not in AGENT_PREPS:
            return None
        pobj = tree.child(prep, ("pobj",))
        if pobj is None:
            return None
        return self._candidate(tree, (tree.left[pobj], tree.right[pobj] + 1), (noun, prep), source)

    def _nominal(self, tree: Tree, noun: int) -> Candidate | None:
        """ "Trump's claim that ...", "his call for talks", "complaints that the vote ...",
        "she made the case that ...".

        The owner (a possessive, a "by" or "from" phrase, or the subject of a light verb
        the noun is the object of) is the source; its complement the content. With no
        owner only a that-clause makes the noun an attribution, and then a group it is held
        among ("a sense among some that …") or the doer of a verb acting in or under it
        ("rallied in the hope that …") holds it.
        """
        tokens = tree.tokens
        owner = tree.child(noun, ("poss",))
        if owner is None:
            by = next(
                (c for c in tree.children[noun] if tokens[c].text.lower() in OWNER_PREPS),
                None,
            )
            owner = tree.child(by, ("pobj",)) if by is not None else None
        group = self._group(tree, noun) if owner is None else None
        cue_first, cue_last = noun, noun + 1
        verb = tokens[noun].head
        acted_on = False  # another's stance a non-cue verb's subject acts on
        if (
            owner is not None
            and tokens[noun].dep == "dobj"
            and tokens[verb].pos == "VERB"
            and (voice := self.subjects.of(tree, verb)) is not None
        ):
            if tokens[owner].pos != "PRON" and tokens[verb].lemma in self.cue_verbs:
                return None  # "Biden slammed Trump's claim that …": the verb's, read there
            # "Obama repeated his contention that …": the one who voices the stance now
            # is the verb's subject, whom the pronoun stands for.
            # "The council shelved the governor's plan to …" is no one voicing the plan
            # now: the content stays, its speaker is left unnamed ("faced
            # his party's criticism" is still the party's: the subject only receives it).
            acted_on = (
                tokens[owner].dep == "poss"
                and tokens[owner].pos != "PRON"
                and tokens[verb].lemma.lower() not in self.cues.receiving_verbs
            )
            if tokens[owner].pos == "PRON":
                owner = voice
        if (
            owner is not None
            and tokens[owner].pos == "PRON"
            and tokens[noun].dep == "pobj"
            and tokens[verb].text.lower() in TARGET_PREPS
        ):
            actor = tokens[verb].head
            if tokens[actor].pos == "VERB" and (voice := self.subjects.of(tree, actor)) is not None:
                owner = voice
        if (
            owner is None
            and tokens[noun].dep == "dobj"
            and tokens[verb].lemma.lower() in self.cues.light_verbs
        ):
            owner = tree.subject(verb)  # "she made the case that …"
            if (
                owner is None
                and tokens[verb].dep != "xcomp"
                and tree.child(verb, ("dative",)) is None
            ):
                # "…, raising questions about …"; but in "giving him a shot of energy" the
                # noun is a thing given, not a stance voiced
                owner = self.subjects.of(tree, verb)
            cue_first = verb
        content: tuple[int, int] | None = None
        # A clause is the content wherever it stands: in "made the case to voters that …"
        # the "to" phrase names the listeners.
        for c in tree.children[noun]:
            token = tokens[c]
            if c > noun and token.dep in ("acl", "ccomp") and token.pos in CLAUSE_POS:
                lead = tokens[tree.left[c]]
                that = lead.text.lower() == "that" and lead.dep == "mark"
                to = lead.tag == "TO" and owner is not None
                if that or to:
                    content = (tree.left[c], tree.right[c] + 1)
                    break
        if content is None and cue_first == verb:
            # "made the case to the board that …": the parse may hang the clause on the verb
            for c in tree.children[verb]:
                lead = tokens[tree.left[c]]
                if c > noun and tokens[c].dep == "ccomp" and lead.text.lower() == "that":
                    content = (tree.left[c], tree.right[c] + 1)
                    break
        stated = content is not None
        for c in tree.children[noun] if content is None else ():
            if (
                c > noun
                and (owner is not None or tokens[c].text.lower() in OWNERLESS_PREPS)
                and (pobj := self._prep_object(tree, c, noun)) is not None
            ):
                content = (tree.left[pobj], tree.right[pobj] + 1)
                cue_last = c + 1
                break
        if content is None:
            return None
        if owner is None and group is not None and stated and cue_first == noun:
            owner = group  # the clause stated: "a sense among some that …"
        if owner is None and tokens[noun].dep == "pobj" and verb != tokens[verb].head:
            # "X said in a statement that …": the clause hangs on the noun, the speaker is
            # the speech verb's subject and the cue runs from the verb to the noun.
            speech = tokens[verb].head
            if tokens[speech].pos == "VERB" and tokens[speech].lemma in self.cues.speech_verbs:
                owner = tree.subject(speech)
                cue_first = speech if owner is not None else cue_first
        if (
            owner is None
            and stated
            and tokens[noun].dep == "pobj"
            and tokens[verb].dep == "prep"
            and tokens[verb].text.lower() in GROUND_PREPS
            and tokens[actor := tokens[verb].head].pos == "VERB"
        ):
            owner = self.subjects.of(tree, actor)  # "rallied in the hope that …"
        if owner is None:
            owner = self.holders.of(tree, noun)  # "Republican calls for", "with an argument"
        if acted_on:
            owner = None
        return self._candidate(
            tree, content, (cue_first, cue_last - 1), owner, unnamed=owner is None
        )

    @staticmethod
    def _group(tree: Tree, noun: int) -> int | None:
        """The group an ownerless stance noun is held among ("a sense among some"), if the
        noun has an "among" phrase after it."""
        tokens = tree.tokens
        among = next(
            (
                c
                for c in tree.children[noun]
                if c > noun and tokens[c].dep == "prep" and tokens[c].text.lower() in GROUP_PREPS
            ),
            None,
        )
        return tree.child(among, ("pobj",)) if among is not None else None

    def _phrasal(self, tree: Tree, verb: int) -> Candidate | None:
        """ "X weighed in on the tariffs", "X took a shot at Y", "X made it clear that …".

        The phrase and its content are read in ``phrasal``; the verb's subject, or its
        controller's ("vowed to weigh in"), is the source, and without one the phrase is
        left alone.
        """
        tokens = tree.tokens
        source = tree.subject(verb)
        if source is None and tokens[verb].dep == "xcomp":
            source = tree.subject(tokens[verb].head)
        if source is None:
            source = self.subjects.perfect(tree, verb)  # "who's been pushing for …"
        if source is None:
            return None
        found = self.phrasal.find(tree, verb)
        if found is None:
            return None
        content, cue_last = found
        return self._candidate(tree, content, (verb, cue_last), source)

    def _prep_object(self, tree: Tree, prep: int, anchor: int) -> int | None:
        """The object of a content preposition right after the cue word ("critical of X",
        "her call for talks"), if ``prep`` is one."""
        return self.phrasal.prep_object(tree, prep) if prep == anchor + 1 else None

    def _candidate(
        self,
        tree: Tree,
        content: tuple[int, int],
        cue: tuple[int, int],
        source: int | None,
        *,
        unnamed: bool = False,
        shortest: int = 1,
    ) -> Candidate | None:
        """The candidate for a content range, cue and source root (see ``trimmed``)."""
        return trimmed(
            tree, content, cue, source, self.keep_marks, unnamed=unnamed, shortest=shortest
        )
