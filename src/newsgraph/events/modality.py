"""The mode of an event (asserted, reported, denied, negated, hypothetical, future) and who
claims it, read from the trigger's auxiliaries and the clauses above it in the parse."""

from __future__ import annotations

from ..records import Actor
from .lexicon import Lexicon
from .modes import ModeCues
from .syntax import PRED_POS, SUBJECT_DEPS, ActorMap, Children, Tokens, first_actor, is_one_of

# Modals that make a clause a possibility rather than a plan (see _aux_only).
HEDGING_MODALS = frozenset({"may", "might", "could", "should", "can"})


class ModeReader:
    """Reads mode and claimant for one trigger; no state beyond the cue tables."""

    def __init__(self, cues: ModeCues, lexicon: Lexicon) -> None:
        self.cues = cues
        self.lexicon = lexicon

    def read(
        self, tokens: Tokens, i: int, children: Children, actors: ActorMap
    ) -> tuple[str, Actor | None]:
        """Mode and claimant of the event at token ``i``: its own auxiliaries first, then the
        clauses above it (a speech verb makes it reported, a denial denied, a pledge future)."""
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
            if token.dep == "xcomp" and head_token.lemma in self.cues.negating_verbs:
                # "failed to reach agreement": the embedded action did not happen.
                if mode == "asserted":
                    mode = "negated"
            elif token.dep == "xcomp" and (
                head_token.lemma in self.cues.future_verbs
                or (head_token.pos == "ADJ" and head_token.lemma in self.cues.intent_adjectives)
            ):
                if mode == "asserted":
                    mode = "future"
            elif (
                token.dep in ("xcomp", "ccomp")
                and mode == "asserted"
                and head_token.lemma not in self.cues.speech_verbs
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
                    if mode == "hypothetical" and _aux_only(tokens, i, children, "would"):
                        # "said they would boycott the talks": future in reported speech.
                        mode = "future"
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
            if not is_one_of(token, self.cues.attribution_preps):
                continue
            for prep in children[token.i]:
                objects = [c for c in children[prep] if tokens[c].dep == "pobj"]
                actor = first_actor(tokens, objects, children, actors)
                if actor is not None:
                    return actor
        return None


def _aux_only(tokens: Tokens, i: int, children: Children, lemma: str) -> bool:
    """True when ``lemma`` is the trigger's only modal and no "if"/"unless" governs it."""
    marks = [c for c in children[i] if tokens[c].dep in ("aux", "mark")]
    return any(tokens[c].lemma == lemma for c in marks) and not any(
        tokens[c].dep == "mark" or tokens[c].lemma in HEDGING_MODALS for c in marks
    )
