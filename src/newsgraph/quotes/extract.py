"""Quote extraction: direct quotes and indirect speech, each with its cue and speaker.

Attribution is read from the dependency parse: a cue verb's subject is the
speaker and its clausal complement (or, for verbs like "denounce"/"call for",
its object) is the content; "according to X" makes the rest of the sentence X's
(``according``).
A cue inserted mid-sentence ("X, he said, Y") makes the whole clause the content;
a passive agent ("as reported by X") is the speaker; a news medium relaying a named
body's quoted speech act ("the agency said the ministry “denounces”…") yields to that
body. Who performs a cue verb when the parse misplaces its subject is read in
``subjects``. Attributions nested in another's content are part of it, not quotes of
their own (inside what an agentless passive reports, only a named speaker keeps a quote:
"Trump was asked what he thought …", ``nested``; a relative clause set off in it, ", which
Putin opposed", is its subject's own, ``setoff``).
Punctuation-set shapes (headline labels, inserted cue clauses, "As the Post reported,
…", "X said:") live in ``layout``; speech tags after a quotation with any verb ("“…,”
Trump shot back") in ``tags``; attributions no speech verb's subject carries
(appearances, reporting passives, stance nouns and adjectives, "in the poll") in
``shapes``; quotations a colon or comma introduces after any verb or a name ("X gloated:
“…”", "JONES: “…”") in ``colons``; labels given in a reduced clause ("a place known as
X") in ``naming``; where a content starts and ends (further acts, contrasts, the writer's
asides after a reported object, the clause a comparison is about: "closer than pollsters
expected") in ``bounds``; what an object verb's complements say and which object is only a
listener ("asked the students if …") in ``objects``; a reported clause hung below the
cue's own phrase ("said in a statement that …") in ``detached``. A pro-form is a content
too ("he said so"). Two cues sharing words read one act once ("has voiced support for" /
"voiced support for", ``acts``), and so do two giving the same words to the same speaker
(``twice``). Stance adjectives are read in ``adjectives``, "in"/"to"
frames in ``frames``; subjects the parse hung on other words in ``orphans`` and
``coordination`` (through ``subjects``); a long quotation no cue reaches takes the verb of
its sentence's clause before it, or of the sentence just before it ("X agreed. “…”"), in
``leads``. Headline verbs the tagger read as names ("X Chief Praises Y") are read in
``titleverbs``, "when asked about X" in ``asked``, stance nouns no one holds ("opposition to
X") in ``ownerless``, stories told ("told the story of …") in ``told``, the reason after a
cue's target ("lashed out at X for …") in ``reasons``; the paper's own notes ("Editor's
note:") report no one's words (``notes``).
Quotation marks then widen a content to the whole quotation, find the quote a cue
follows or precedes when the parser split them, join the halves of a quote split by
an inserted cue ("“…,” he said, “…”", also past a described speaker: "“…,” X, a
senator, said, “…”"), and turn long quoted passages with no verb of their own into
quotes of the speaker before them (``spans``). A speaker's offsets cover the
description set off after the name, as attribution corpora mark it; the speaker itself
is resolved from the name.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..actors.resolve import ResolvedActors
from ..records import ParsedArticle, Quote, Token
from .according import According
from .acts import one_per_act
from .adjectival import adjectival_act
from .asked import Asked
from .bounds import Bounds
from .candidates import (
    Candidate,
    dedupe,
    described,
    front_half,
    inside,
    is_direct,
    last_before,
    only_timestamp,
    outermost,
    quote_after,
    quote_before,
    speaker_of,
    widen,
)
from .colons import Colons
from .cues import QuoteCues
from .detached import detached_clause, host_clause
from .grammar import (
    CLAUSE_DEPS,
    CUE_PREFIX_DEPS,
    FINITE_TAGS,
    HOLDER_ENTITIES,
    SUBJECT_DEPS,
    VERB_POS,
)
from .infinitives import pressed_subject
from .labels import labelled
from .layout import Layout
from .leads import Leads
from .marks import QuotedRegion, quoted_regions
from .naming import Naming
from .nested import own_acts, relayed, unowned
from .notes import outside_notes
from .nountags import NounTags
from .objects import Objects
from .outside import name_between, subject_after, subject_outside, unquoted_relay
from .ownerless import Ownerless
from .purposes import drop_purposes
from .reasons import with_reason
from .setoff import restore_set_off
from .shapes import Shapes
from .spans import QuoteSpan, continue_quotes
from .speakers import SpeakerResolver
from .subjects import NOUN_OBJECT_DEPS, Subjects
from .tags import QuoteTags
from .titleverbs import TitleVerbs
from .told import told
from .trailing import hand_over
from .tree import Tree
from .twice import once

FINITE_DEPS = frozenset({"ccomp"})
# A relayed speech act's subject is one body or person; a plural one only when named.
RELAYED_ENTITIES = HOLDER_ENTITIES | {"GPE"}
# How the parse hangs a pro-form standing for the reported clause on its cue.
PRO_FORM_DEPS = frozenset({"advmod", "intj", "dobj", "npadvmod", "attr"})


class QuoteExtractor:
    """Holds only the loaded cues and stateless readers built on them; ``extract`` is a
    pure function of its inputs."""

    def __init__(self, cues: QuoteCues) -> None:
        self.cues = cues
        self.keep_marks = frozenset(m for pair in cues.quote_marks for m in pair)
        # Characters of closing marks, stripped to see how a quotation's last words end.
        closing = {c for _, mark in cues.quote_marks for c in mark}
        self.closing_chars = "".join(sorted(closing))
        self.cue_verbs = cues.cue_verbs  # the union once, not per token
        # Titles written with a stop ("Ms. Acosta"): that stop ends no sentence.
        self.abbreviations = frozenset(t for t in cues.name_titles if t.endswith("."))
        self.shapes = Shapes(cues, self.keep_marks)
        self.layout = Layout(cues, self.keep_marks)
        self.subjects = Subjects(cues)
        self.colons = Colons(cues, self.subjects)
        self.naming = Naming(cues)
        self.bounds = Bounds(cues, self.keep_marks)
        self.objects = Objects(cues, self.bounds, self.closing_chars)
        self.tags = QuoteTags(cues, self.closing_chars)
        self.leads = Leads(cues, self.subjects)
        self.noun_tags = NounTags(cues, self.closing_chars)
        self.according = According(cues, self.keep_marks)
        self.title_verbs = TitleVerbs(cues)
        self.asked = Asked(cues)
        self.ownerless = Ownerless(cues)

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> QuoteExtractor:
        return cls(QuoteCues.load(extra_paths))

    def extract(self, parsed: ParsedArticle, actors: ResolvedActors) -> tuple[Quote, ...]:
        return tuple(span.quote() for span in self.spans(parsed, actors))

    def spans(self, parsed: ParsedArticle, actors: ResolvedActors) -> tuple[QuoteSpan, ...]:
        """Every attribution of the article in text order, with speaker and cue offsets."""
        text = parsed.article.text
        if not parsed.tokens:
            return ()
        tree = Tree.build(parsed.tokens)
        regions = quoted_regions(text, self.cues.quote_marks)
        candidates = self._candidates(parsed, tree, regions)
        candidates = hand_over(candidates, tree, text, self.bounds)  # "…, and accused X"
        # Attributions inside a quotation ("I think ...") belong to the quoted speaker's words.
        candidates = [c for c in candidates if not inside(c.cue_start, regions)]
        candidates = outside_notes(candidates, text, tree.tokens, self.cues)  # "Editor's note:"
        for candidate in candidates:
            widen(candidate, text, regions)
            front_half(candidate, text, tree, regions, self.closing_chars)
        deduped = once(one_per_act(dedupe(candidates)))
        outer = restore_set_off(outermost(deduped, text), deduped, text, tree.tokens)
        outer = own_acts(outer, deduped, text, tree)  # "“…,” X said before adding: “…”"
        # "…, speaking on condition of anonymity to discuss X": a purpose, not a quote
        candidates = drop_purposes(unowned(outer, tree), tree, self.cues.errand_verbs)
        kept = {id(c) for c in candidates}
        nested = [c for c in deduped if id(c) not in kept]
        resolver = SpeakerResolver(self.cues, parsed, actors, tree)
        out: list[QuoteSpan] = []
        ordered = sorted(candidates, key=lambda c: (_position(c), c.start))
        for candidate in ordered:
            # "The Times reported Carter discussed X" is the Times' report; but in "KCNA said
            # the ministry “denounces” X" the quoted act has no attribution of its own to
            # carry the ministry's words, so the report stands for the ministry's.
            relay = relayed(candidate, nested, tree)
            span = self._span(candidate, text, tree, regions, resolver, relay)
            if not only_timestamp(span.start, span.end, parsed.tokens):
                out.append(span)
        return tuple(
            continue_quotes(text, regions, out, self.cues.min_direct_words, self.abbreviations)
        )

    # --- finding attributions -------------------------------------------------------------

    def _candidates(
        self, parsed: ParsedArticle, tree: Tree, regions: tuple[QuotedRegion, ...]
    ) -> list[Candidate]:
        tokens = parsed.tokens
        found: list[Candidate] = []
        for token in tokens:
            if token.pos in VERB_POS and token.lemma in self.cue_verbs:
                candidate = self._verb(parsed, tree, token.i, regions)
            else:
                candidate = self.according.find(parsed, tree, token.i)
            if candidate is None and token.pos in VERB_POS:
                candidate = (
                    self.layout.interposed(parsed, tree, token.i)
                    or self.layout.closing(parsed, tree, token.i)
                    or self.tags.tagged(parsed, tree, token.i, regions)
                    or self.asked.find(tree, token.i)
                )
            if candidate is None:
                candidate = self.shapes.find(parsed, tree, token.i)
            if candidate is None:
                candidate = self.naming.find(tree, token.i)
            if candidate is None:
                candidate = self.ownerless.find(tree, token.i)
            if candidate is None:  # "Trump accused Cruz of …" read as "accused Cruz"
                candidate = adjectival_act(tree, token.i, self.cue_verbs)
            if candidate is not None:
                found.append(candidate)
        # Before the headline labels: a label a quotation follows is read whole here.
        found.extend(self.colons.introduced(parsed, tree, regions))
        for sentence in parsed.sentences:
            candidate = labelled(
                self.cues, self.keep_marks, tree, sentence.first_token, sentence.last_token
            )
            if candidate is not None:
                found.append(candidate)
        found.extend(self.layout.signed(parsed, tree, regions))
        found.extend(self.noun_tags.found(parsed, tree, regions))
        found.extend(self.title_verbs.found(parsed, tree, found))
        # Last: a long quotation nothing above reached, governed by a clause before it.
        found.extend(self.leads.governed(parsed, tree, regions, found))
        return found

    def _verb(
        self, parsed: ParsedArticle, tree: Tree, verb: int, regions: tuple[QuotedRegion, ...]
    ) -> Candidate | None:
        tokens = tree.tokens
        text = parsed.article.text
        preceding = quote_before(text, tree, verb, regions, self.closing_chars)
        subject = self.subjects.of(tree, verb)
        if subject is None and preceding is not None:
            # '“…,” Bill Eastland, wearing a hat, said': the name the parse hung in the quote
            subject = subject_after(tree, verb) or name_between(
                tree, verb, text, preceding, self.closing_chars
            )
        elif subject is None:
            # "the mayor was prompted to say …": the passive's subject says it
            subject = self.subjects.adjacent(tree, verb) or pressed_subject(tree, verb, self.cues)
        elif subject is not None and inside(tokens[subject].start, regions):
            # '“Safety,” said Grimm', '“The fact …,” Huckabee said': the parser took words
            # of the quote as the subject; the speaker stands outside the quotation.
            subject = subject_outside(tree, verb, regions) or subject
        elif subject is not None:
            # "The contrast, said Doyle, would be clear": the name after an inserted cue
            # speaks; the words before it, taken for the subject, are what was said.
            subject = self.subjects.inserted(tree, verb, subject) or subject
        if subject is None:
            return None
        if (
            preceding is None
            and subject < tree.left[verb]
            and tokens[verb].tag in FINITE_TAGS
            and tokens[verb].dep in ("ROOT", "conj")
        ):
            # '“…,” Mr. Daniloff, now 81 and retired, said': the name the parse hung apart
            preceding = _quote_right_before(text, tree, subject, regions)
        lemma = tokens[verb].lemma
        cue_first, cue_last = self._cue_tokens(tree, verb)
        parts: list[tuple[int, int]] = []
        if lemma in self.cues.quote_only_verbs:
            pass  # "“…,” he continued": never "he continued to campaign"
        elif lemma in self.cues.speech_verbs:
            # A cognition verb reports its clause ("found that …"), not an xcomp ("proved
            # popular", "feels compelled to").
            deps = FINITE_DEPS if lemma in self.cues.clause_verbs else CLAUSE_DEPS
            parts = [
                self.bounds.with_subject(tree, verb, c, self.bounds.part(tree, c))
                for c in tree.children[verb]
                if tokens[c].dep in deps
                and not self.bounds.reporting_tag(tree, verb, c)
                and not self.bounds.apart(tree, verb, (tree.left[c], tree.right[c] + 1))
            ]
            # A cognition verb takes a noun object as what was said only from a study or a
            # document: "a 2009 paper found improvements", not "he found the keys".
            plain = lemma not in self.cues.object_verbs and (
                lemma not in self.cues.clause_verbs or self._document(tokens[subject])
            )
            if not parts and plain and lemma not in self.cues.addressee_verbs:
                # "CNN noted the sparse attendance": the object is what was said.
                parts = [
                    self.bounds.part(tree, c)
                    for c in tree.children[verb]
                    if c > verb and tokens[c].dep in NOUN_OBJECT_DEPS
                ]
        prep = verb + 1
        if not parts and lemma in self.cues.speech_verbs and self.bounds.about(tree, verb, prep):
            # "marveled at …", "thinks of …": the preposition's object, cued with it
            parts = self.bounds.about_parts(tree, verb, prep)
            cue_last = prep + 1
        if (
            not parts
            and lemma in self.cues.object_verbs
            and lemma not in self.cues.quote_only_verbs
        ):
            parts, cue_last = self.objects.read(tree, verb, cue_last)
            if preceding is not None and lemma in self.cues.addressee_verbs:
                # '“But why?” she asked him': the listener is no content, the quote is
                quotation = text[preceding.start : preceding.end]
                parts = self.objects.without_listener(tree, verb, parts, quotation)
        tagged = self.tags.quoted_part(text, tree, verb, subject, preceding, parts)
        if tagged:  # '“…?” Trump said of Apple': the quotation its tag follows
            parts, cue_last = tagged, verb + 1
        # "He pledged …, suggested that …": a clause before the cue holding its speaker is
        # a predicate of the speaker's own, no content
        after = any(p[0] > verb for p in parts)
        parts = [
            p
            for p in parts
            if not p[0] <= subject < p[1] <= verb and not self.bounds.apart(tree, verb, p, after)
        ]
        # "lashed out at Turkey for shooting down a jet": the reason is said too
        parts = with_reason(tree, verb, parts, self.cues.reason_preps)
        if parts and self.objects.vehicle(tree, verb, parts):
            return None  # "released a statement, saying …": the participle's quote
        if self.objects.unframed(tree, verb):
            return None  # "cast their ballots": only "cast him as a liar" says something
        if not parts and lemma in self.cues.speech_verbs:
            parts = [  # "he said so", "everyone said yes"
                (c, c + 1)
                for c in tree.children[verb]
                if c > verb
                and tokens[c].text.lower() in self.cues.pro_forms
                and tokens[c].dep in PRO_FORM_DEPS
            ]
        if (
            not parts
            and lemma in self.cues.speech_verbs
            and not (
                # '"Savage," she said, meaning …': the quotation alone (taken below)
                self.layout.opens_sentence(parsed, tree, verb, preceding)
                and quote_after(text, tree, verb, regions) is None
            )
            # '…, Trump replied, “Well, maybe so.”': the quotation the cue introduces
            and (preceding is not None or quote_after(text, tree, verb, regions) is None)
        ):
            parts = self.layout.inverted(parsed, tree, verb) or self.layout.fronted(
                parsed, tree, verb, subject, cue_first
            )
            if any(p[0] <= subject < p[1] <= verb for p in parts):
                return None  # "Clinton won Ohio, adding to her lead": her own act, not said
        if not parts and lemma in self.cues.speech_verbs:
            clause = (
                detached_clause(tree, verb)
                or told(tree, verb, self.cues.told_nouns)
                or host_clause(tree, verb)  # "after X told the Post he was …"
            )
            parts = [clause] if clause is not None else []  # "said in a statement that …"
        if not parts:
            compared = self.bounds.compared(tree, verb)
            if compared is not None:
                parts = [compared]  # "the race is closer than pollsters expected"
        if not parts:
            colon = self.layout.after_colon(parsed, tree, verb, regions)
            if colon is None and lemma in self.cues.speech_verbs:
                region = quote_after(text, tree, verb, regions) or preceding
                if region is not None:
                    colon = (region.start, region.end)
            if colon is None:
                return None
            start, end = colon
        else:
            first = min(p[0] for p in parts)
            last = max(p[1] for p in parts)
            first, last = tree.trim(first, last, self.keep_marks)
            if first >= last:
                return None
            start, end = tokens[first].start, tokens[last - 1].end
        # "Asked whether …, Rubio said": the one asked is no speaker, and the asker unnamed.
        speaker = (
            None
            if self.subjects.addressed(tree, verb) or self.subjects.extraposed(tree, verb, subject)
            else speaker_of(tree, subject)
        )
        return Candidate(
            start,
            end,
            tokens[cue_first].start,
            tokens[cue_last - 1].end,
            speaker,
            unquoted_relay(self._relay(tree, verb), tree, regions)
            if lemma in self.cues.speech_verbs
            else None,
        )

    def _antecedent(self, tree: Tree, candidate: Candidate, first: int, root: int) -> int:
        """Where a relative pronoun's mention starts: with the noun phrase it stands for
        ("Mr. McConnell, who has endorsed Mr. Trump"), so that the speaker's span holds
        both the name and the pronoun that speaks for it."""
        tokens = tree.tokens
        if tokens[root].text.lower() not in self.cues.relative_pronouns or first != root:
            return first
        clause = tokens[root].head
        if tokens[clause].dep != "relcl" or not tokens[clause].head < root:
            return first
        noun = tokens[clause].head
        if tokens[noun].dep == "appos" and tokens[tokens[noun].head].pos == "PROPN":
            noun = tokens[noun].head  # "Braynard, a native who writes …": the name's
        start = tree.left[noun]
        if tokens[start].start < candidate.end and candidate.start < tokens[root].start:
            return first  # the antecedent lies in the content: "… the bill, which …"
        return start

    def _document(self, token: Token) -> bool:
        """A study, poll or document speaking: "the survey found …"."""
        lemma = token.lemma.lower()
        return lemma in self.cues.in_source_nouns or lemma in self.cues.document_nouns

    def _relay(self, tree: Tree, verb: int) -> tuple[int, int, int] | None:
        """The named subject of a reported speech act: "said (that) the ministry denounces"."""
        tokens = tree.tokens
        clause = tree.child(verb, ("ccomp",))
        if clause is None or tokens[clause].lemma not in self.cue_verbs:
            return None
        if tokens[verb].lemma in self.cues.question_verbs:
            return None  # "asked how the public should view …" relays no one's act
        subject = tree.child(clause, SUBJECT_DEPS)
        if subject is None or tokens[subject].pos == "PRON":
            return None
        if tokens[subject].tag == "NNS" and tokens[subject].ent_type not in RELAYED_ENTITIES:
            return None  # "“… servers are seeing a pay cut,” Fox News reported"
        return speaker_of(tree, subject)

    def _cue_tokens(self, tree: Tree, verb: int) -> tuple[int, int]:
        """The verb with the auxiliaries and adverbs right before it: "has also said"."""
        return tree.leading(verb, CUE_PREFIX_DEPS), verb + 1

    # --- quotation marks ------------------------------------------------------------------

    def _span(
        self,
        candidate: Candidate,
        text: str,
        tree: Tree,
        regions: tuple[QuotedRegion, ...],
        resolver: SpeakerResolver,
        relay: tuple[int, int, int] | None = None,
    ) -> QuoteSpan:
        """The quote with its resolved speaker; a news medium's report of ``relay``'s act
        is ``relay``'s."""
        speaker = None
        speaker_text, speaker_start, speaker_end = "", None, None
        if candidate.speaker is not None:
            first, last, root = candidate.speaker
            resolved = resolver.at(first).resolve(first, last, root)
            if relay is not None and resolver.is_medium(resolved, root):
                first, last, root = relay
                resolved = resolver.at(first).resolve(first, last, root)
            speaker = resolved.speaker
            first, last = described(tree, candidate, first, last, root)
            first = self._antecedent(tree, candidate, first, root)
            speaker_start, speaker_end = tree.tokens[first].start, tree.tokens[last - 1].end
            speaker_text = text[speaker_start:speaker_end]
            if last - first == 1 and speaker_text.lower() in self.cues.pointing_pronouns:
                # "That has convinced activists …": a pointing word names no speaker
                speaker, speaker_text, speaker_start, speaker_end = None, "", None, None
        return QuoteSpan(
            start=candidate.start,
            end=candidate.end,
            text=text[candidate.start : candidate.end],
            cue=text[candidate.cue_start : candidate.cue_end],
            cue_start=candidate.cue_start,
            cue_end=candidate.cue_end,
            direct=is_direct(candidate, text, regions),
            speaker=speaker,
            speaker_text=speaker_text,
            speaker_start=speaker_start,
            speaker_end=speaker_end,
        )


def _quote_right_before(
    text: str, tree: Tree, subject: int, regions: tuple[QuotedRegion, ...]
) -> QuotedRegion | None:
    """The quotation that ends right before the speaker's name, with only punctuation
    between, in the same paragraph."""
    start = tree.tokens[tree.left[subject]].start
    found = last_before(regions, start)
    return None if found is None or text[found.end : start].strip(" ,") else found


def _position(candidate: Candidate) -> int:
    return candidate.speaker[0] if candidate.speaker is not None else 0
