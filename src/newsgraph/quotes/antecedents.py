"""Attributions whose content is the noun a clause of the cue modifies.

A stance verb in a relative clause with no object of its own says something about the
noun the clause hangs on: in "…, a deal she once supported" the deal is what she
supported. A reduced passive with a "by" source does the same: "…, a practice criticized
by civil rights advocates" is the advocates' criticism of the practice. Attribution
corpora mark that noun phrase (without the clause) as the content and the clause's
subject, or the "by" phrase, as the source.

Only a noun phrase the writer sets off as an aside after a comma or dash is read: there
the clause is the point of the aside, while a restrictive clause ("the only country they
know", "super PACs supported by the Kochs had …") mostly picks out a thing and is left
unmarked by the corpus. Verbs whose object is a thing made, found or put out ("the bill
he introduced", "a statement released by the FBI") and naming participles ("a place known
as Horgos", read in ``naming``) report no stance toward it.
"""

from __future__ import annotations

from .candidates import Candidate, speaker_of
from .cues import QuoteCues
from .grammar import AUX_DEPS, CLAUSE_SUBJECT_DEPS, CUE_PREFIX_DEPS, NAME_POS, SUBJECT_DEPS
from .tree import Tree

# A relative clause with any of these has a complement of its own, read as a verb cue.
OWN_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "dative"})
# A relative clause in the passive reports about its subject, not about the noun.
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass", "csubjpass"})
# Punctuation that sets an aside off from the clause before it (a parenthesis is left out:
# its aside is read into the speaker's description, ``candidates.described``).
SET_OFF = frozenset({",", "-", "--", "\u2014", "\u2013"})
# Relative words of place, time, reason and manner: the noun is no object of the verb.
ADVERBIAL_RELATIVES = frozenset({"where", "when", "why", "how", "whereby"})


class Antecedents:
    """Reads relative and reduced clauses of cue verbs (stateless beyond the cue lists)."""

    def __init__(self, cues: QuoteCues) -> None:
        self.cues = cues
        # Verbs whose object is a thing made, found or put out ("the bill he introduced",
        # "a statement released by the FBI"), not a stance's target; and labels.
        reporting = (
            cues.publishing_verbs
            | cues.event_passives
            | cues.clause_verbs
            | cues.question_verbs
            | cues.quote_only_verbs
            | cues.naming_participles
        )
        self.stance_verbs = cues.object_verbs - reporting

    def find(self, tree: Tree, verb: int) -> Candidate | None:
        """The attribution a cue verb's relative or reduced clause makes of its noun."""
        token = tree.tokens[verb]
        lemma = token.lemma.lower()
        if token.pos != "VERB" or lemma not in self.stance_verbs:
            return None
        if token.dep == "relcl":
            return self._gapped(tree, verb)
        if token.dep == "acl" and token.tag == "VBN":
            return self._reduced(tree, verb)
        return None

    def _gapped(self, tree: Tree, verb: int) -> Candidate | None:
        """ "…, a deal she once supported": the noun is the object the clause leaves out,
        the clause's subject the source."""
        tokens = tree.tokens
        kids = tree.children[verb]
        if any(tokens[c].dep in PASSIVE_DEPS for c in kids):
            return None
        if any(tokens[c].dep in OWN_COMPLEMENT_DEPS for c in kids):
            return None
        if any(tokens[c].text.lower() in ADVERBIAL_RELATIVES for c in kids):
            return None  # "the day he spoke", "the state where they vote"
        if any(
            tokens[c].dep == "prep" and tree.child(c, ("pobj",)) is not None
            for c in kids
            if c < verb
        ):
            return None  # "the cards on which they would vote"
        if not self._set_off(tree, tokens[verb].head):
            return None  # only a noun set off after a comma or dash: "…, a deal she backed"
        subject = tree.child(verb, SUBJECT_DEPS)
        if subject is None or not subject < verb:
            return None
        if tokens[subject].text.lower() in self.cues.relative_pronouns:
            return None  # "who endorsed Trump": a subject relative, read as a verb cue
        cue_last = verb
        stranded = verb + 1
        if (
            stranded < len(tokens)
            and tokens[stranded].head == verb
            and tokens[stranded].dep == "prep"
            and tokens[stranded].lemma in self.cues.object_preps
            and not tree.children[stranded]
        ):
            cue_last = stranded  # "…, an idea he railed against"
        return self._noun(tree, verb, cue_last, subject)

    def _reduced(self, tree: Tree, verb: int) -> Candidate | None:
        """ "…, a practice criticized by Miller": the "by" phrase is the source."""
        tokens = tree.tokens
        agent = tree.child(verb, ("agent",))
        source = tree.child(agent, ("pobj",)) if agent is not None else None
        if source is None or tokens[source].pos not in NAME_POS:
            return None
        if any(tokens[c].dep in AUX_DEPS for c in tree.children[verb]):
            return None
        if not self._set_off(tree, tokens[verb].head):
            return None  # "super PACs supported by X had …": no aside
        return self._noun(tree, verb, verb, source)

    def _set_off(self, tree: Tree, noun: int) -> bool:
        """A noun phrase set off after a comma or dash, as a writer adds an aside, and
        no clause's subject: "…, a deal she once supported"."""
        tokens = tree.tokens
        if tokens[noun].dep in CLAUSE_SUBJECT_DEPS:
            return False  # "By 2010, super PACs supported by X had …": a clause's subject
        before = tree.left[noun] - 1
        return before >= 0 and tokens[before].text in SET_OFF

    def _noun(self, tree: Tree, verb: int, cue_last: int, source: int) -> Candidate | None:
        """The candidate whose content is the modified noun's phrase up to the clause, its
        cue the verb with what it takes along before it ("once supported")."""
        tokens = tree.tokens
        head = tokens[verb].head
        if not head < verb or tokens[head].pos not in NAME_POS:
            return None
        first, last = tree.trim(tree.left[head], tree.left[verb])
        if first >= last or not first <= head < last:
            return None
        cue = (tree.leading(verb, CUE_PREFIX_DEPS), cue_last)
        return Candidate.over(tokens, (first, last), cue, speaker_of(tree, source))
