"""Event extraction: lexicon patterns over the dependency parse, with actors, mode and evidence.

For every verb or event noun whose lemma the lexicon knows, the pattern whose
constraints (particle, object) fit is chosen; the source comes from the subject
(or the "by" agent of a passive, the possessor of a nominal event, or the subject
controlling the clause the noun is the object of), the target from the ordered
search in ``arguments.py`` (pattern prepositions, datives, objects, prepositional
and nested actors, complement clauses). Compound actors give one event per actor;
reciprocal events follow PLOVER: every party is a source and none a target (see
``parties.dyads``). What is coded once: a noun that is the content of a request, offer,
refusal or threat, a composed complement, a protest's stated purpose; background
(event nouns under "after"/"since", relative clauses) only when the sentence has
nothing else. The mode records whether the text asserts the event or only reports,
denies, negates, hedges or plans it, and who claims it (``modality.py``). Events
inside other events (content clauses, orders of an act, topics, aims) are in
``embedding.py``; who the parties are once a trigger is coded (reciprocal and joint
parties, the home government a protest is aimed at, the place standing in for an unnamed
attacker, restatements) in ``parties.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from ..actors import ResolvedActors
from ..deptree import dependents
from ..records import Event, ParsedArticle, Token
from .arguments import (
    actor_or_nested,
    addressees,
    find_targets,
    pronoun_owned,
    source_heads,
)
from .assemble import Found, event_records
from .codes import CameoTable
from .dating import dated
from .embedding import (
    aim_of,
    content_clauses,
    embedded_action,
    fold_arguments,
    gerund_topic,
    noun_contents,
    orders_event,
    purpose_clauses,
    query_for,
    reason_gerunds,
    topic_of_event,
    under_ability,
)
from .lexicon import Lexicon, Pattern
from .modality import ModeReader
from .modes import ModeCues
from .parties import (
    MATERIAL_CONFLICT,
    domestic_target,
    dyads,
    joined_verb,
    outermost,
    participle_subjects,
    partners,
    place_sources,
    restates,
    speaker_sources,
    speaker_subject,
    violent_verb,
)
from .syntax import (
    EVENT_NOUN_POS,
    MOD_DEPS,
    OBJECT_DEPS,
    PRED_POS,
    PREP_DEPS,
    PRONOUN_POS,
    SUBJECT_DEPS,
    ActorMap,
    Children,
    argument,
    argument_heads,
    clause_frame,
    depth,
    has_own_subject,
    in_background_clause,
    names_report_source,
    owners,
    prep_objects,
    through_partitives,
    under_preposition,
    with_conjuncts,
)

# Dependents that can fill a pattern's `complements`: clauses, object predicates, and
# predicative adjectives ("held X responsible", "said it is skeptical of the plan").
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "oprd", "acomp"})
STATEMENT = "010"  # CAMEO "make a public statement": a bare speech act
# The pattern behind an obligation demand ("X said Y must ..."): CAMEO 100 demand.
OBLIGATION = Pattern(code="100", kind="verb", lemmas=("must",), weight=0.8)


class EventExtractor:
    """Turns one parsed article plus its resolved actors into Events. No I/O."""

    def __init__(self, table: CameoTable, lexicon: Lexicon, cues: ModeCues) -> None:
        self.table = table
        self.lexicon = lexicon
        self.cues = cues
        self.modes = ModeReader(cues, lexicon)

    def extract(
        self,
        parsed: ParsedArticle,
        resolved: ResolvedActors,
        date_of: Callable[[int], tuple[str | None, str]] | None = None,
        dct: date | None = None,
    ) -> tuple[Event, ...]:
        """Events of one article; ``date_of(trigger)`` dates each from the time layer."""
        tokens = parsed.tokens
        # Every actor of each head: usually one, several for "Hungarian and Romanian officials".
        actors = {head: resolved.actors_at(head) for head in resolved.by_head}
        children = dependents(tokens)
        events: list[Event] = []
        seen: set[tuple[int, str, str, str]] = set()
        folded: set[int] = set()  # embedded actions already coded into their head's event
        actorless: Found = []
        found_in: set[int] = set()  # sentences with an event that names an actor
        kept: dict[int, list[Event]] = {}  # events by trigger, to spot restatements
        for token in tokens:
            if token.i in folded or under_ability(tokens, token.i, self.cues.ability_adjectives):
                continue
            if token.pos in PRED_POS:
                found = self._obligation(parsed, token, children, actors, folded)
                if not found:
                    found = self._verb_events(parsed, token, children, actors, folded)
            elif token.pos in EVENT_NOUN_POS:
                found = self._noun_events(parsed, token, children, actors, folded)
            else:
                continue
            for event, key in found:
                if (event.source is None and event.target is None) or in_background_clause(
                    tokens, key[0], children, self.cues.background_marks
                ):
                    actorless.append((event, key))
                elif key not in seen and not restates(tokens, key[0], event, kept):
                    seen.add(key)
                    found_in.add(tokens[key[0]].sent)
                    kept.setdefault(key[0], []).append(event)
                    events.append(dated(event, key[0], date_of, dct))
        # A sentence whose events name no actor, or sit only in relative clauses (background:
        # "rebels, who had taken him hostage, ..."), still reports what happened ("a car bomb
        # exploded in the market"): keep its single most confident, least embedded one.
        best: dict[int, tuple[tuple[float, int], Event, int]] = {}
        for event, key in actorless:
            sentence = tokens[key[0]].sent
            if sentence in found_in:
                continue
            rank = (event.confidence, -depth(tokens, key[0]))
            if sentence not in best or rank > best[sentence][0]:
                best[sentence] = (rank, event, key[0])
        for _, event, trigger in best.values():
            events.append(dated(event, trigger, date_of, dct))
        return tuple(events)

    # -- verbs ---------------------------------------------------------------------------

    def _verb_events(
        self,
        parsed: ParsedArticle,
        token: Token,
        children: Children,
        actors: ActorMap,
        folded: set[int],
    ) -> Found:
        tokens = parsed.tokens
        if not self.lexicon.verb_patterns(token.lemma) or gerund_topic(tokens, token.i, children):
            return []
        frame = clause_frame(tokens, token.i, children, self.cues.speech_verbs)
        particles = {
            tokens[c].lemma for c in children[token.i] if tokens[c].dep in ("prt", "prep", "dative")
        }
        arg_heads = through_partitives(
            tokens, argument_heads(tokens, token.i, children), children, self.cues.partitive_nouns
        )
        complements = [c for c in children[token.i] if tokens[c].dep in ("xcomp", "ccomp", "oprd")]
        arguments = [argument(tokens, a, children) for a in arg_heads]
        # A predicative adjective also names what the clause asserts ("is skeptical of").
        lemmas = {tokens[c].lemma for c in children[token.i] if tokens[c].dep in COMPLEMENT_DEPS}
        pattern = self.lexicon.match(
            "verb", token.lemma, particles=particles, arguments=arguments, complements=lemmas
        )
        if pattern is None:
            return []
        infinitive = any(tokens[c].dep == "xcomp" for c in complements)
        if infinitive and not (pattern.complement or pattern.objects or pattern.complements):
            # "agreed to lift the embargo (with strings attached)": the clause says what was
            # agreed, so a complement-taking sense wins over a particle-only one.
            taking = [
                p
                for p in self.lexicon.verb_patterns(token.lemma)
                if p.complement and p.match_score(particles, arguments, lemmas) is not None
            ]
            if taking:
                pattern = max(taking, key=lambda p: (p.specificity, p.weight))
        if orders_event(tokens, token.i, pattern, complements, children, self.lexicon, self.cues):
            return []
        nouns = self.lexicon.noun_patterns
        reported = complements or [o for o in frame.objects if nouns(tokens[o].lemma)]
        if pattern.code == STATEMENT and token.lemma in self.cues.speech_verbs and reported:
            # "announced that it has called off the strike", "announced a suspension of air
            # links": the speech verb only reports the embedded event or the event noun (which
            # take its speaker as claimant or source); it is no event of its own.
            return []
        fold_arguments(tokens, pattern, arg_heads, children, folded, self.cues)
        for c in complements:
            if tokens[c].lemma in pattern.complements:
                # "ordered the paper to suspend publication": the clause is what the order is.
                folded.add(c)
                folded.update(argument_heads(tokens, c, children))
        sources = frame.subjects
        sources = participle_subjects(tokens, token.i, children, actors, self.lexicon) or sources
        frame_objects = frame.objects
        if frame.passive:
            sources = tuple(prep_objects(tokens, token.i, ("by",), children, deps=PREP_DEPS))
            if not sources and token.lemma in self.cues.stative_participles:
                # "Israel is opposed to the plan": a stance of the subject, not a passive.
                sources, frame_objects = frame.objects, ()
        if pattern.root in self.cues.placed_roots:
            places = self.cues.place_nouns
            sources = tuple(place_sources(tokens, token.i, sources, children, actors, places))
        objects = through_partitives(tokens, frame_objects, children, self.cues.partitive_nouns)
        targets, named = find_targets(
            tokens, query_for(self.cues, token.i, pattern, objects, sources), children, actors
        )
        if not named and pattern.targeted_code is not None:
            # "fired shells at targets in X": aimed fire is an attack even at an unnamed target.
            aimed = self.table.get(pattern.targeted_code).quad_class == 4
            named = aimed and any(
                prep_objects(tokens, base, pattern.target_preps, children, deps=PREP_DEPS)
                for base in (token.i, *objects)
            )
        code = pattern.code_for(named)
        if code[:2] in self.cues.purpose_roots:
            folded.update(purpose_clauses(tokens, (token.i, *arg_heads), children))
        if pattern.complement:
            for c in complements:
                embedded_frame = clause_frame(tokens, c, children)
                embedded = embedded_action(
                    tokens, c, embedded_frame.objects, children, self.lexicon, self.cues
                )
                combined = self.lexicon.compose(code, embedded.code) if embedded else None
                if embedded is None or combined is None:
                    continue
                # "agreed to provide aid for X": one intent event, aimed at the action's target.
                code = combined
                folded.add(c)
                heads = argument_heads(tokens, c, children)
                fold_arguments(tokens, embedded, heads, children, folded, self.cues)
                # The addressee of "urged X to ..." or "demanded that X release ..." stays
                # the target; otherwise the target is that of the embedded action ("agreed
                # to lift sanctions on X").
                addressed = (
                    bool(frame.objects)
                    or any(tokens[d].dep == "dative" for d in children[token.i])
                    or (tokens[c].dep != "xcomp" and has_own_subject(tokens, c, children))
                )
                if not addressed or not targets:
                    query = query_for(self.cues, c, embedded, embedded_frame.objects, sources)
                    inner, _ = find_targets(tokens, query, children, actors)
                    targets = inner or targets
                break
        if not targets:
            heads = (token.i, *arg_heads, *complements)
            targets = aim_of(tokens, code, heads, sources, children, actors, self.cues)
        folded.update(reason_gerunds(tokens, token.i, children))
        roots = self.cues.content_roots
        # "would not meet their demands to release prisoners": a demand's clause is its content.
        reports = self.cues.allegation_nouns
        folded.update(noun_contents(tokens, arg_heads, children, self.lexicon, roots, reports))
        if code[:2] in roots:
            # What was demanded, refused or alleged did not (yet) happen as an event of its own.
            marks = self.cues.hypothetical_marks
            folded.update(
                content_clauses(tokens, token.i, children, marks, reports, self.lexicon, roots)
            )
        if pattern.reciprocal and not named:
            targets = partners(tokens, sources, targets, children, actors)
        return self._build(parsed, token, pattern, code, sources, targets, children, actors)

    def _obligation(
        self,
        parsed: ParsedArticle,
        token: Token,
        children: Children,
        actors: ActorMap,
        folded: set[int],
    ) -> Found:
        """A demand stated as an obligation: "X said (that) Y must do Z" is X demanding of Y."""
        tokens = parsed.tokens
        if token.lemma not in self.cues.speech_verbs:
            return []
        for clause in children[token.i]:
            if tokens[clause].dep != "ccomp" or not any(
                tokens[c].dep == "aux" and tokens[c].lemma in self.cues.obligation_aux
                for c in children[clause]
            ):
                continue
            subjects = [c for c in children[clause] if tokens[c].dep in SUBJECT_DEPS]
            targets = [
                t
                for s in with_conjuncts(tokens, subjects, children)
                for t in actor_or_nested(tokens, s, children, actors)
            ]
            if not targets:
                continue
            folded.add(clause)
            folded.update(content_clauses(tokens, token.i, children, self.cues.hypothetical_marks))
            heads = argument_heads(tokens, clause, children)
            fold_arguments(tokens, OBLIGATION, heads, children, folded, self.cues)
            frame = clause_frame(tokens, token.i, children)
            return self._build(
                parsed,
                token,
                OBLIGATION,
                OBLIGATION.code,
                frame.subjects,
                targets,
                children,
                actors,
            )
        return []

    # -- nouns ---------------------------------------------------------------------------

    def _noun_events(
        self,
        parsed: ParsedArticle,
        token: Token,
        children: Children,
        actors: ActorMap,
        folded: set[int],
    ) -> Found:
        if not self.lexicon.noun_patterns(token.lemma):
            return []
        tokens = parsed.tokens
        if under_preposition(tokens, token.i, self.cues.background_preps) or names_report_source(
            tokens, token.i, self.cues.attribution_preps
        ):
            return []
        modifiers = [c for c in children[token.i] if tokens[c].dep in MOD_DEPS and c not in actors]
        of_objects = prep_objects(tokens, token.i, ("of", "for"), children, deps=PREP_DEPS)
        pattern = self.lexicon.match(
            "noun",
            token.lemma,
            arguments=[argument(tokens, a, children) for a in (*modifiers, *of_objects)],
        )
        if (
            pattern is None
            or (
                # "welcomed Reagan's statement": a statement another event is about is its topic.
                pattern.code == STATEMENT
                and token.dep in OBJECT_DEPS
                and bool(self.lexicon.verb_patterns(tokens[token.head].lemma))
            )
            or (
                token.dep == "nsubj"
                and self.table.get(pattern.code).quad_class == MATERIAL_CONFLICT
                and violent_verb(tokens, token.head, children, self.lexicon, self.table)
            )
        ):
            return []
        # "a mediation effort between X and Y": a compound event noun is read through its head.
        # Any other noun modifier is not an event of its own ("invasion forces", "import curbs").
        anchor = token.i
        if token.dep == "compound" and tokens[token.head].pos in EVENT_NOUN_POS:
            if tokens[token.head].lemma not in self.cues.light_nouns or token.head in folded:
                return []
            anchor = token.head
        sources = list(owners(tokens, anchor, children, actors))
        sources.extend(
            s
            for s in prep_objects(tokens, anchor, ("by",), children, deps=PREP_DEPS)
            if s in actors
        )
        verb = joined_verb(tokens, anchor, pattern.root in self.cues.joined_roots)
        if not sources and verb is not None:
            # "urged China to cease its support for Russia", "thousands of Nigerians converged
            # for a rally": the act is the clause subject's (a quantity of people counts; an
            # act does not: "China's support increased the threat").
            sources = [
                s
                for s in clause_frame(tokens, verb, children).subjects
                if s in actors
                or tokens[s].pos in PRONOUN_POS
                or pronoun_owned(tokens, s, children)
                or tokens[s].lemma in self.cues.partitive_nouns
            ]
        if not sources and topic_of_event(tokens, anchor, self.lexicon):
            return []
        bases = [*of_objects, anchor] if anchor != token.i else of_objects
        targets, named = find_targets(
            tokens, query_for(self.cues, token.i, pattern, bases, sources), children, actors
        )
        if not targets and token.dep in OBJECT_DEPS:
            # "gave Putin a stern warning", "announced the deployment of troops to Liberia": the
            # verb's indirect object or directional phrase says whom the act is aimed at.
            preps = pattern.target_preps or (
                self.cues.fallback_target_preps - self.cues.locative_target_preps
            )
            targets = addressees(tokens, token.head, preps, children, actors, sources)
        code = pattern.code_for(named)
        if code[:2] in self.cues.purpose_roots:
            folded.update(purpose_clauses(tokens, (token.i,), children))
        if not targets and sources:
            targets = aim_of(tokens, code, (token.i,), sources, children, actors, self.cues)
        if pattern.reciprocal and not named:
            targets = partners(tokens, sources, targets, children, actors)
        return self._build(
            parsed, token, pattern, code, tuple(sources), tuple(targets), children, actors
        )

    # -- assembly ------------------------------------------------------------------------

    def _build(
        self,
        parsed: ParsedArticle,
        trigger: Token,
        pattern: Pattern,
        code_str: str,
        sources: Sequence[int],
        targets: Sequence[int],
        children: Children,
        actors: ActorMap,
    ) -> Found:
        sources = source_heads(parsed.tokens, sources, children, actors)
        source_actors = outermost([a for s in sources for a in actors.get(s, ())]) or [None]
        target_actors = outermost([a for t in targets for a in actors.get(t, ())]) or [None]
        mode, claimant = self.modes.read(parsed.tokens, trigger.i, children, actors)
        tokens = parsed.tokens
        if claimant is not None:
            # "Hungary has said it will support ...": a pronoun subject refers to the speaker,
            # unless it is blamed for what the speaker reports ("NATO recalls that it ...").
            speaking = speaker_subject(tokens, trigger.i, code_str, mode, self.cues)
            pronouns = any(
                tokens[s].pos in PRONOUN_POS or pronoun_owned(tokens, s, children) for s in sources
            )
            source_actors = speaker_sources(source_actors, claimant, speaking, pronouns)
        reciprocal = pattern.reciprocal
        parties = {a.code for a in source_actors if a is not None}
        if code_str == pattern.code and pattern.target_preps == ("with",) and len(parties) > 1:
            # "French and Egyptian warships launched war games" is "X held drills with Y":
            # the partnered action (joint exercise), done together by all of them.
            code_str, reciprocal = pattern.targeted_code or code_str, True
        if mode == "negated" and code_str[:2] in self.cues.refusable_roots:
            # CAMEO codes a cooperative act someone will not or did not do as a refusal
            # ("will not lift the sanctions" is 1244, "failed to reach agreement" 120).
            refusal = self.lexicon.compose("120", code_str)
            if refusal is not None:
                code_str = refusal
                mode = "reported" if claimant is not None else "asserted"
        if mode == "future" and code_str[:2] not in ("01", "02", "03", "13"):
            # CAMEO and PLOVER code an announced action as the intent to act (03x, AGREE).
            code_str = self.lexicon.compose("030", code_str) or code_str
        pairs = dyads(source_actors, target_actors, reciprocal)
        if code_str[:2] in self.cues.domestic_roots:
            pairs = [(s, t or domestic_target(s, actors)) for s, t in pairs]
        return event_records(
            parsed,
            trigger.i,
            pattern,
            self.table.get(code_str),
            pairs,
            mode,
            claimant,
            joint=reciprocal and len(pairs) > 1,
        )
