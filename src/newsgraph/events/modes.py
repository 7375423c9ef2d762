"""Mode cues (reported, denied, hypothetical, future) loaded from data/modes.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..datafile import yaml_mapping
from ..errors import NewsgraphError

_LIST_FIELDS = (
    "speech_verbs",
    "denial_verbs",
    "dismissal_verbs",
    "allegation_nouns",
    "hypothetical_aux",
    "hypothetical_marks",
    "future_aux",
    "future_verbs",
    "intent_adjectives",
    "ability_adjectives",
    "attribution_preps",
    "fallback_target_preps",
    "locative_target_preps",
    "presupposing_roots",
    "obligation_aux",
    "background_preps",
    "negating_verbs",
    "refusable_roots",
    "purpose_roots",
    "aimed_roots",
    "aspectual_verbs",
    "partitive_nouns",
    "light_nouns",
    "background_marks",
    "causative_verbs",
    "stative_participles",
    "content_roots",
    "domestic_roots",
    "placed_roots",
    "place_nouns",
    "joined_roots",
    "self_blame_codes",
    "admission_verbs",
)


class ModeCuesError(NewsgraphError, ValueError):
    """The mode cue file is malformed; the message names the file and field."""


@dataclass(frozen=True, slots=True)
class ModeCues:
    speech_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    dismissal_verbs: frozenset[str]
    allegation_nouns: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_marks: frozenset[str]
    future_aux: frozenset[str]
    future_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    ability_adjectives: frozenset[str]
    attribution_preps: frozenset[str]
    fallback_target_preps: frozenset[str]
    locative_target_preps: frozenset[str]
    presupposing_roots: frozenset[str]
    obligation_aux: frozenset[str]
    background_preps: frozenset[str]
    negating_verbs: frozenset[str]
    refusable_roots: frozenset[str]
    purpose_roots: frozenset[str]
    aimed_roots: frozenset[str]
    aspectual_verbs: frozenset[str]
    partitive_nouns: frozenset[str]
    light_nouns: frozenset[str]
    background_marks: frozenset[str]
    causative_verbs: frozenset[str]
    stative_participles: frozenset[str]
    content_roots: frozenset[str]
    domestic_roots: frozenset[str]
    placed_roots: frozenset[str]
    place_nouns: frozenset[str]
    joined_roots: frozenset[str]
    self_blame_codes: frozenset[str]
    admission_verbs: frozenset[str]

    @classmethod
    def load(cls, path: Path | None = None) -> ModeCues:
        if path is None:
            source = "events/data/modes.yaml"
            text = resources.files(__package__).joinpath("data/modes.yaml").read_text("utf-8")
        else:
            source, text = str(path), path.read_text("utf-8")
        data = yaml_mapping(text, source, {"version", *_LIST_FIELDS}, {1}, ModeCuesError)
        values = {}
        for name in _LIST_FIELDS:
            words = data.get(name)
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise ModeCuesError(f"{source}: {name} must be a list of words")
            values[name] = frozenset(w.lower() for w in words)
        missing = values["denial_verbs"] - values["dismissal_verbs"]
        if missing:
            raise ModeCuesError(f"{source}: dismissal_verbs must include {sorted(missing)}")
        stray = values["locative_target_preps"] - values["fallback_target_preps"]
        if stray:
            raise ModeCuesError(
                f"{source}: locative_target_preps not in fallback_target_preps: {sorted(stray)}"
            )
        return cls(**values)
