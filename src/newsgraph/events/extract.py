"""Event extraction: lexicon patterns over the dependency parse, with actors, mode and evidence.

For every verb or event noun whose lemma the lexicon knows, the pattern whose
constraints (particle, object) fit is chosen; the source comes from the subject
(or the "by" agent of a passive, or the possessor of a nominal event), the target
from the object or the pattern's prepositions. Compound actors give one event
per actor. The mode records whether the text asserts the event or only reports,
denies, negates, hedges or plans it, and who claims it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from ..actors import ResolvedActors
from ..records import Actor, Event, Evidence, ParsedArticle, Token
from .codes import CameoTable
from .dating import dated, publication_date
from .lexicon import Lexicon, Pattern
from .modes import ModeCues
from .syntax import (
    ActorMap,
    Children,
    Tokens,
    argument,
    first_actor,
    owners,
    prep_objects,
    with_conjuncts,
)
from .syntax import (
    children as _children_of,
)

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
PREP_DEPS = frozenset({"prep", "dative", "agent"})
PRED_POS = frozenset({"VERB", "AUX"})
EVENT_NOUN_POS = frozenset({"NOUN"})
# Clause links through which an embedded clause inherits its subject.
CONTROL_DEPS = frozenset({"xcomp", "conj", "advcl", "acl", "acomp"})
PRONOUN_POS = frozenset({"PRON"})


Found = list[tuple[Event, tuple[int, str, str, str]]]


@dataclass(frozen=True, slots=True)
class _Frame:
    """What the parse says around a trigger before any pattern is chosen."""

    subjects: tuple[int, ...]
    objects: tuple[int, ...]
    passive: bool


class EventExtractor:
    """Turns one parsed article plus its resolved actors into Events. No I/O."""

    def __init__(self, table: CameoTable, lexicon: Lexicon, cues: ModeCues) -> None:
        self.table = table
        self.lexicon = lexicon
        self.cues = cues

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
        children = _children_of(tokens)
        events: list[Event] = []
        seen: set[tuple[int, str, str, str]] = set()
        folded: set[int] = set()  # embedded actions already coded into their head's event
        for token in tokens:
            if token.i in folded:
                continue
            if token.pos in PRED_POS:
                found = self._verb_events(parsed, token, children, actors, folded)
            elif token.pos in EVENT_NOUN_POS:
                found = self._noun_events(parsed, token, children, actors)
            else:
                continue
            for event, key in found:
                if key not in seen:
                    seen.add(key)
                    events.append(dated(event, key[0], date_of, dct))
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
        if not self.lexicon.verb_patterns(token.lemma):
            return []
        tokens = parsed.tokens
        frame = self._frame(tokens, token.i, children)
        particles = {
            tokens[c].lemma for c in children[token.i] if tokens[c].dep in ("prt", "prep", "dative")
        }
        preps = [c for c in children[token.i] if tokens[c].dep in PREP_DEPS | {"prt"}]
        argument_heads = list(frame.objects)
        for prep in preps:
            argument_heads.extend(c for c in children[prep] if tokens[c].dep == "pobj")
        complements = [c for c in children[token.i] if tokens[c].dep in ("xcomp", "ccomp", "oprd")]
        pattern = self.lexicon.match(
            "verb",
            token.lemma,
            particles=particles,
            arguments=[argument(tokens, a, children) for a in argument_heads],
            complements={tokens[c].lemma for c in complements},
        )
        if pattern is None:
            return []
        prep_targets = self._prep_targets(tokens, token.i, pattern, frame, children, actors)
        object_targets: list[int] = []
        if pattern.object_is_target:
            for o in frame.objects:
                object_targets.extend([o] if o in actors else owners(tokens, o, children, actors))
        targets = tuple(prep_targets or object_targets)
        if not targets and not pattern.target_preps:
            # No target the pattern names: a place or party in the clause ("lifted a curfew in X").
            targets = tuple(
                t
                for t in prep_objects(
                    tokens, token.i, tuple(self.cues.fallback_target_preps), children, PREP_DEPS
                )
                if t in actors and t not in frame.subjects
            )
        sources = frame.subjects
        if frame.passive:
            sources = tuple(prep_objects(tokens, token.i, ("by",), children, deps=PREP_DEPS))
        code = pattern.code_for(bool(prep_targets))
        if pattern.complement:
            for c in complements:
                embedded_frame = self._frame(tokens, c, children)
                embedded = self.lexicon.match(
                    "verb",
                    tokens[c].lemma,
                    arguments=[argument(tokens, o, children) for o in embedded_frame.objects],
                )
                combined = self.lexicon.compose(code, embedded.code) if embedded else None
                if combined is not None:
                    # "agreed to provide aid for X": one intent event, aimed at the action's target.
                    code = combined
                    folded.add(c)
                    if not targets and embedded is not None:
                        targets = tuple(
                            self._prep_targets(
                                tokens, c, embedded, embedded_frame, children, actors
                            )
                            or [o for o in embedded_frame.objects if o in actors]
                        )
                    break
        return self._build(parsed, token, pattern, code, sources, targets, children, actors)

    def _prep_targets(
        self,
        tokens: Tokens,
        i: int,
        pattern: Pattern,
        frame: _Frame,
        children: Children,
        actors: ActorMap,
    ) -> list[int]:
        """Targets named by the pattern's prepositions, on the verb or on its object."""
        preps = tuple(pattern.target_preps)
        if pattern.particle and pattern.particle not in ("up", "down", "out", "off", "back"):
            preps = (*preps, pattern.particle)
        if not preps:
            return []
        found = prep_objects(tokens, i, preps, children, deps=PREP_DEPS | {"prt"})
        for o in frame.objects:  # "sign a treaty with X", "exports of shells to X"
            found.extend(prep_objects(tokens, o, preps, children, deps=PREP_DEPS))
        return [t for t in dict.fromkeys(found) if t in actors]

    def _frame(self, tokens: Tokens, i: int, children: Children) -> _Frame:
        subjects = [c for c in children[i] if tokens[c].dep in SUBJECT_DEPS]
        passive_subjects = [c for c in children[i] if tokens[c].dep in PASSIVE_SUBJECT_DEPS]
        objects = [c for c in children[i] if tokens[c].dep in OBJECT_DEPS]
        if not subjects and not passive_subjects:
            subjects = list(self._inherited_subjects(tokens, i, children))
        return _Frame(
            subjects=tuple(with_conjuncts(tokens, subjects, children)),
            objects=tuple(with_conjuncts(tokens, objects or passive_subjects, children)),
            passive=bool(passive_subjects),
        )

    def _inherited_subjects(self, tokens: Tokens, i: int, children: Children) -> list[int]:
        """Subject of a controlled or coordinated clause: "urged China to cease" -> China."""
        current = i
        for _ in range(4):
            token = tokens[current]
            if token.dep not in CONTROL_DEPS or token.head == current:
                return []
            head = token.head
            if token.dep == "acl" and tokens[head].pos in ("NOUN", "PROPN"):
                return [head]
            if token.dep == "xcomp":
                objects = [c for c in children[head] if tokens[c].dep in OBJECT_DEPS]
                if objects:
                    return objects
            subjects = [c for c in children[head] if tokens[c].dep in SUBJECT_DEPS]
            if subjects:
                return subjects
            current = head
        return []

    # -- nouns ---------------------------------------------------------------------------

    def _noun_events(
        self, parsed: ParsedArticle, token: Token, children: Children, actors: ActorMap
    ) -> Found:
        if not self.lexicon.noun_patterns(token.lemma):
            return []
        tokens = parsed.tokens
        modifiers = [
            c
            for c in children[token.i]
            if tokens[c].dep in ("compound", "amod") and c not in actors
        ]
        of_objects = prep_objects(tokens, token.i, ("of", "for"), children, deps=PREP_DEPS)
        pattern = self.lexicon.match(
            "noun",
            token.lemma,
            arguments=[argument(tokens, a, children) for a in (*modifiers, *of_objects)],
        )
        if pattern is None:
            return []
        sources = list(owners(tokens, token.i, children, actors))
        sources.extend(
            s
            for s in prep_objects(tokens, token.i, ("by",), children, deps=PREP_DEPS)
            if s in actors
        )
        preps = tuple(pattern.target_preps)
        targets = [
            t
            for t in prep_objects(tokens, token.i, preps, children, deps=PREP_DEPS)
            if t in actors and t not in sources
        ]
        if not targets:  # "the deployment of troops to X": prepositions on the object noun
            for obj in of_objects:
                targets.extend(
                    t
                    for t in prep_objects(tokens, obj, preps, children, deps=PREP_DEPS)
                    if t in actors
                )
        code = pattern.code_for(bool(targets))
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
        source_actors = [a for s in dict.fromkeys(sources) for a in actors.get(s, ())] or [None]
        target_actors = [a for t in dict.fromkeys(targets) for a in actors.get(t, ())] or [None]
        mode, claimant = self._mode(parsed.tokens, trigger.i, children, actors)
        if (
            source_actors == [None]
            and claimant is not None
            and any(parsed.tokens[s].pos in PRONOUN_POS for s in sources)
        ):
            # "Hungary has said it will support ...": the pronoun is the speaker.
            source_actors = [claimant]
        if source_actors == [None] and target_actors == [None]:
            return []
        if pattern.reciprocal and target_actors == [None] and len(source_actors) > 1:
            # "Seoul and Washington signed agreements": each party acts toward the other.
            target_actors = list(source_actors)
        if mode == "future" and code_str[:2] not in ("01", "02", "03", "13"):
            # CAMEO and PLOVER code an announced action as the intent to act (03x, AGREE).
            code_str = self.lexicon.compose("030", code_str) or code_str
        code = self.table.get(code_str)
        sentence = parsed.sentences[trigger.sent]
        article = parsed.article
        evidence = Evidence(
            article_id=article.id,
            sentence=article.text[sentence.start : sentence.end],
            start=sentence.start,
            end=sentence.end,
            trigger=_trigger_text(parsed.tokens, trigger.i, pattern),
        )
        date, precision = publication_date(article.published)
        results = []
        for source in source_actors:
            for target in target_actors:
                if source is not None and target is not None and source.code == target.code:
                    continue
                pairs = [(source, target)]
                if pattern.reciprocal and source is not None and target is not None:
                    pairs.append((target, source))
                for src, tgt in pairs:
                    key = (trigger.i, code.code, _code(src), _code(tgt))
                    confidence = pattern.weight * (0.9 if src and tgt else 0.6)
                    event = Event(
                        id=_event_id(article.key, *key),
                        cameo=code.code,
                        root=code.root,
                        plover=code.plover,
                        quad_class=code.quad_class,
                        goldstein=code.goldstein,
                        source=src,
                        target=tgt,
                        mode=mode,
                        claimant=claimant,
                        date=date,
                        date_precision=precision,
                        evidence=(evidence,),
                        confidence=round(min(confidence, 1.0), 3),
                    )
                    results.append((event, key))
        return results

    def _mode(
        self, tokens: Tokens, i: int, children: Children, actors: ActorMap
    ) -> tuple[str, Actor | None]:
        """Mode and claimant from the trigger's own auxiliaries, then the clauses above it."""
        if any(tokens[c].dep == "neg" for c in children[i]):
            mode = "negated"
        elif any(
            tokens[c].dep in ("aux", "auxpass") and tokens[c].lemma in self.cues.hypothetical_aux
            for c in children[i]
        ) or any(
            tokens[c].dep == "mark" and tokens[c].lemma in self.cues.hypothetical_marks
            for c in children[i]
        ):
            mode = "hypothetical"
        elif any(
            tokens[c].dep == "aux" and tokens[c].lemma in self.cues.future_aux for c in children[i]
        ):
            mode = "future"
        else:
            mode = "asserted"
        current = i
        for _ in range(6):
            token = tokens[current]
            head = token.head
            if head == current:
                break
            head_token = tokens[head]
            if token.dep == "xcomp" and (
                head_token.lemma in self.cues.future_verbs
                or (head_token.pos == "ADJ" and head_token.lemma in self.cues.intent_adjectives)
            ):
                if mode == "asserted":
                    mode = "future"
            elif (
                token.dep in ("xcomp", "ccomp")
                and mode == "asserted"
                and any(p.complement for p in self.lexicon.verb_patterns(head_token.lemma))
            ):
                # The action someone urges, demands or pledges has not happened (yet).
                intent = any(p.root == "03" for p in self.lexicon.verb_patterns(head_token.lemma))
                mode = "future" if intent else "hypothetical"
            elif (
                token.dep in ("acl", "ccomp", "relcl")
                and head_token.lemma in self.cues.allegation_nouns
                and tokens[head_token.head].lemma in self.cues.dismissal_verbs
            ):
                # "Pyongyang denied allegations that it is shipping weapons": denied by Pyongyang.
                verb = head_token.head
                subjects = [c for c in children[verb] if tokens[c].dep in SUBJECT_DEPS]
                return "denied", first_actor(tokens, subjects, children, actors)
            elif token.dep in ("ccomp", "xcomp", "conj") and head_token.pos in PRED_POS:
                speaker = first_actor(
                    tokens,
                    [c for c in children[head] if tokens[c].dep in SUBJECT_DEPS],
                    children,
                    actors,
                )
                if head_token.lemma in self.cues.denial_verbs and token.dep == "ccomp":
                    return "denied", speaker
                if head_token.lemma in self.cues.speech_verbs and token.dep == "ccomp":
                    return ("reported" if mode == "asserted" else mode), speaker
            current = head
        attributed = self._according_to(tokens, i, children, actors)
        if attributed is not None:
            return ("reported" if mode == "asserted" else mode), attributed
        return mode, None

    def _according_to(
        self, tokens: Tokens, i: int, children: Children, actors: ActorMap
    ) -> Actor | None:
        """An "according to X" anywhere in the trigger's sentence (only that sentence is read)."""
        sentence = tokens[i].sent
        start, end = i, i + 1
        while start > 0 and tokens[start - 1].sent == sentence:
            start -= 1
        while end < len(tokens) and tokens[end].sent == sentence:
            end += 1
        for token in tokens[start:end]:
            if token.lemma not in self.cues.attribution_preps:
                continue
            for prep in children[token.i]:
                objects = [c for c in children[prep] if tokens[c].dep == "pobj"]
                actor = first_actor(tokens, objects, children, actors)
                if actor is not None:
                    return actor
        return None


def _trigger_text(tokens: Sequence[Token], i: int, pattern: Pattern) -> str:
    return f"{tokens[i].lemma} {pattern.particle}" if pattern.particle else tokens[i].lemma


def _code(actor: Actor | None) -> str:
    return actor.code if actor is not None else "-"


def _event_id(article_key: str, trigger: int, code: str, source: str, target: str) -> str:
    raw = f"{article_key}|{trigger}|{code}|{source}|{target}".encode()
    return hashlib.sha256(raw).hexdigest()[:24]
