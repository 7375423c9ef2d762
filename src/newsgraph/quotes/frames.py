"""Attributions framed by a phrase set off before or after the clause: a document or
speech event it is read in ("In the latest poll, Clinton leads", "Clinton leads in the
latest poll", "In an interview, he lingered over ...") or people a fronted "to" names
("To many voters, it was a betrayal").

A poll named only as "the polls" is a standing, no finding ("he slid in the polls"); a
bare singular is an idiom ("In exchange, …"); a date owns no event ("In Saturday's call,
Pelosi …" is Pelosi's). The nouns are data (``in_source_nouns`` and ``in_event_nouns`` in
data/cues.yaml).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import ParsedArticle, Token
from .candidates import Candidate, speaker_of
from .cues import QuoteCues
from .grammar import CLAUSE_POS, CLAUSE_SUBJECT_DEPS, HOLDER_ENTITIES, WHEN_ENTITIES
from .tree import Tree

# Pronouns that name a thing or a clause, not people: "To that, Kasich joked …".
NOT_PEOPLE = frozenset({"that", "this", "these", "those", "it", "which", "what"})
# Words that stand for people as a noun phrase of their own after "to": a pronoun, or a
# quantifier whose noun is left out ("To many, …", "To some, …").
FUSED_HEAD_POS = frozenset({"PRON", "ADJ", "DET"})
# Articles of an amount of people rather than a named thing: "a lot of readers".
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# Relative pronouns: a clause they lead is an aside on a noun, not a finding of its own.
RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})
# How a clause's object and the phrases on it hang below its verb: "held a lead over X".
OBJECT_CHAIN_DEPS = frozenset({"dobj", "pobj", "prep", "attr"})
# One named poll or document, not polls in general.
SINGULAR_TAGS = frozenset({"NN", "NNP"})
# How many links up from a noun its clause's verb may stand.
CLAUSE_REACH = 4


class Frames:
    """Finds "in"/"to" framed attributions in one parse (stateless beyond the cue lists)."""

    def __init__(self, cues: QuoteCues, keep_marks: frozenset[str]) -> None:
        self.cues = cues
        self.keep_marks = keep_marks
        self.cue_verbs = cues.cue_verbs

    def in_source(self, parsed: ParsedArticle, tree: Tree, prep: int) -> Candidate | None:
        """ "In the latest poll, Clinton leads": the rest of the sentence is the poll's;
        "In an interview, Trump dwelled on …": the subject's, in the speech event named.

        Only where the phrase is set off (a comma after it) and hangs on a verb that is no
        cue of its own, with no speech verb in the rest ("In an interview, X said …" is
        the verb's attribution), unless a counted share of those polled says it ("In the
        poll, 31% of voters said …" is the poll's finding).
        """
        tokens = tree.tokens
        pobj = tree.child(prep, ("pobj",))
        head = tokens[prep].head
        if pobj is None:
            return None
        if (
            tokens[head].pos not in CLAUSE_POS
            and tokens[head].dep != "ROOT"
            and tokens[pobj].tag in SINGULAR_TAGS
            and (prep > head + 1 or _named(tree, pobj))
        ):
            # "Clinton held a lead over Obama in a CNN poll": the parse hung the phrase on
            # the clause's object; one poll frames the clause its verb heads. Polls in the
            # plural mostly tell a standing ("he has a lead in statewide polls"), and a
            # phrase right after its noun is that noun's ("a change in the platform")
            # unless it names a poll by its maker ("had 38 percent support in a Fox poll").
            head = _clause_of(tree, head)
        # The parse may take the clause's verb for a modifier and hang the phrase on a noun
        # as the root: "In the survey, 71 percent of voters approved of Obama".
        if tokens[head].pos not in CLAUSE_POS and tokens[head].dep != "ROOT":
            return None
        noun = tokens[pobj].lemma.lower()
        event = noun in self.cues.in_event_nouns
        if not event and noun not in self.cues.in_source_nouns:
            return None
        if tokens[pobj].tag == "NN" and not tree.children[pobj]:
            return None  # a bare singular is an idiom, no document: "In exchange, …"
        # "In a CNN poll, 31% of Republicans said …": a share of those polled answered in
        # the poll, which is the source of the whole finding.
        answered = not event and self._share_says(tree, head)
        if tokens[head].lemma in self.cue_verbs and not answered:
            return None
        sentence = parsed.sentences[tokens[prep].sent]
        low, high = tree.left[prep], tree.right[prep] + 1
        fronted = low == sentence.first_token or tokens[low - 1].text == ","
        if not fronted or high >= sentence.last_token or tokens[high].text != ",":
            if event:
                return None
            return self._in_source_after(tree, prep, pobj, head)
        before = tree.trim(sentence.first_token, low, self.keep_marks)
        after = tree.trim(high, sentence.last_token, self.keep_marks)
        first, last = max(before, after, key=lambda r: r[1] - r[0])
        if last - first < 2 or (not answered and self._speech_verb_in(tokens, first, last)):
            return None
        source = _owner(tree, pobj)
        if source is None and event:
            # "In an interview, Mr. Trump dwelled on …": he is the source, the rest his.
            source = tree.subject(head)
            if source is None:
                return None
            if first <= source < last:
                first = tree.trim(tree.right[source] + 1, last, self.keep_marks)[0]
        if source is None:
            source = pobj
        return self._candidate(tree, (first, last), (prep, prep), source, shortest=2)

    def to_holder(self, parsed: ParsedArticle, tree: Tree, prep: int) -> Candidate | None:
        """ "To Ms. Gil, skateboarding is a cry of dissent", "To me, it was a mistake": a
        fronted "to" naming people sources the rest of the sentence to them.
        """
        tokens = tree.tokens
        pobj = tree.child(prep, ("pobj",))
        if pobj is None or not (_names_people(tokens[pobj]) or _share_of_people(tree, pobj)):
            return None
        sentence = parsed.sentences[tokens[prep].sent]
        low, high = tree.left[prep], tree.right[prep] + 1
        first, last = tree.trim(sentence.first_token, prep)
        # Only at the start, after a conjunction at most ("But to them, …"); "according
        # to X" and "speaking to X" are no one's view.
        if last - first > 1 or (last > first and tokens[first].pos != "CCONJ"):
            return None
        if low != prep or high >= sentence.last_token:
            return None
        if tokens[high].text != ",":
            return None
        first, last = tree.trim(high, sentence.last_token, self.keep_marks)
        if self._speaker_in(tree, tokens[prep].head):
            return None  # "To voters, Kasich said that …" is the speech verb's
        return self._candidate(tree, (first, last), (prep, prep), pobj, shortest=3)

    def _speaker_in(self, tree: Tree, verb: int) -> bool:
        """Whether the verb the "to" phrase hangs on is a speech verb with someone as its
        subject: that attribution is the verb's. A speech verb deeper in the clause ("so
        long as they do not threaten …") or with a thing as subject ("To them, it signals
        a new phase") leaves the view the holder's."""
        tokens = tree.tokens
        if tokens[verb].pos != "VERB" or tokens[verb].lemma not in self.cues.speech_verbs:
            return False
        subject = tree.subject(verb)
        return subject is None or (
            tokens[subject].text.lower() not in self.cues.impersonal_subjects
        )

    def _in_source_after(self, tree: Tree, prep: int, pobj: int, head: int) -> Candidate | None:
        """ "Trump leads Clinton by eight points in the survey", "it is a mistake in his
        view": a document or mind named after the clause sources the clause up to it.

        Only where the phrase follows its verb and that verb's subject, so the clause is
        whole before it.
        """
        tokens = tree.tokens
        subject = tree.subject(head, CLAUSE_SUBJECT_DEPS)
        if prep < head or subject is None or subject > head or tokens[subject].dep == "expl":
            return None
        if _unspecified(tree, pobj):
            return None  # "he slid in the polls" tells a standing, no one poll's finding
        if any(tokens[t].tag in RELATIVE_TAGS for t in range(tree.left[subject], subject + 1)):
            return None  # "Rubio, who is third in many polls": the clause is only a relative
        low = tree.left[prep]
        first, last = tree.trim(tree.left[subject], low, self.keep_marks)
        if last - first < 3 or self._speech_verb_in(tokens, first, last):
            return None
        source = _owner(tree, pobj)
        return self._candidate(
            tree, (first, last), (prep, prep), pobj if source is None else source, shortest=3
        )

    def _share_says(self, tree: Tree, verb: int) -> bool:
        """A speech verb whose subject is a counted share: "31% of Republicans said"."""
        tokens = tree.tokens
        if tokens[verb].lemma not in self.cues.speech_verbs:
            return False
        subject = tree.subject(verb)
        return subject is not None and (
            tokens[subject].pos == "NUM"
            or any(tokens[c].dep == "nummod" for c in tree.children[subject])
        )

    def _speech_verb_in(self, tokens: Sequence[Token], first: int, last: int) -> bool:
        """Whether a speech verb stands in tokens [first, last): its attribution is then the
        verb's, not the phrase's."""
        return any(
            tokens[i].pos == "VERB" and tokens[i].lemma in self.cues.speech_verbs
            for i in range(first, last)
        )

    def _candidate(
        self,
        tree: Tree,
        content: tuple[int, int],
        cue: tuple[int, int],
        source: int | None,
        *,
        shortest: int = 1,
    ) -> Candidate | None:
        """The candidate for a content range, cue and source root (see ``trimmed``)."""
        return trimmed(tree, content, cue, source, self.keep_marks, shortest=shortest)


def trimmed(
    tree: Tree,
    content: tuple[int, int],
    cue: tuple[int, int],
    source: int | None,
    keep: frozenset[str],
    *,
    unnamed: bool = False,
    shortest: int = 1,
) -> Candidate | None:
    """The candidate for a content token range (trimmed of edge punctuation but ``keep``;
    none if shorter than ``shortest`` tokens), a cue from its first to its last token, and
    the source's root token."""
    tokens = tree.tokens
    first, last = tree.trim(*content, keep=keep)
    if last - first < shortest:
        return None
    speaker = speaker_of(tree, source) if source is not None else None
    return Candidate.over(tokens, (first, last), cue, speaker, unnamed=unnamed)


def _clause_of(tree: Tree, noun: int) -> int:
    """The verb whose object (or whose object's modifier) ``noun`` is, else ``noun``."""
    tokens = tree.tokens
    current = noun
    for _ in range(CLAUSE_REACH):
        token = tokens[current]
        if token.pos in CLAUSE_POS or token.dep not in OBJECT_CHAIN_DEPS:
            break
        current = token.head
    return current if tokens[current].pos in CLAUSE_POS else noun


def _names_people(token: Token) -> bool:
    """A person, a group or a people: a name, a pronoun, a plural noun ("voters"), or a
    quantifier standing for people with no noun of its own ("To many, …", "To some")."""
    if token.ent_type:
        return token.ent_type in HOLDER_ENTITIES
    if token.pos in FUSED_HEAD_POS:
        return token.text.lower() not in NOT_PEOPLE
    return token.pos == "NOUN" and token.tag == "NNS"


def _share_of_people(tree: Tree, noun: int) -> bool:
    """An indefinite amount of people: "To a lot of readers", "to a number of critics";
    "the shock of the establishment" names a feeling, no holders."""
    tokens = tree.tokens
    det = tree.child(noun, ("det",))
    if det is None or tokens[det].text.lower() not in INDEFINITE_ARTICLES:
        return False
    of = next((c for c in tree.children[noun] if tokens[c].text.lower() == "of"), None)
    people = tree.child(of, ("pobj",)) if of is not None else None
    return people is not None and _names_people(tokens[people])


def _owner(tree: Tree, noun: int) -> int | None:
    """The possessive that owns a document or event noun, unless it only dates it: "in
    Saturday's call, Pelosi …" is Pelosi's call."""
    owner = tree.child(noun, ("poss",))
    if owner is None or tree.tokens[owner].ent_type in WHEN_ENTITIES:  # "Saturday's call"
        return None
    return owner


def _unspecified(tree: Tree, noun: int) -> bool:
    """Whether a noun names no particular document ("in the polls", "in polls"): nothing
    modifies it but "the"."""
    return all(
        tree.tokens[c].dep == "det" and tree.tokens[c].text.lower() == "the"
        for c in tree.children[noun]
    )


def _named(tree: Tree, noun: int) -> bool:
    """A document named by its maker: "a Fox poll", "the RealClearPolitics average"."""
    return any(
        tree.tokens[c].dep == "compound" and tree.tokens[c].pos == "PROPN"
        for c in tree.children[noun]
    )
