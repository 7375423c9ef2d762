"""Mode cues (reported, denied, hypothetical, future) loaded from data/modes.yaml, extended
by users' files of the same lists (``--data``)."""

from __future__ import annotations

from collections.abc import Sequence
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
    "unplaced_roots",
    "place_nouns",
    "joined_roots",
    "self_blame_codes",
    "admission_verbs",
)


# Top-level keys of a mode cue file (user files with these keys extend the packaged one).
TOP_KEYS = frozenset({"version", *_LIST_FIELDS})
PACKAGED = "events/data/modes.yaml"


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
    unplaced_roots: frozenset[str]
    place_nouns: frozenset[str]
    joined_roots: frozenset[str]
    self_blame_codes: frozenset[str]
    admission_verbs: frozenset[str]

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> ModeCues:
        """The packaged cues with the word lists of ``extra_paths`` added to them (a user
        file holds any of the lists); raises ``ModeCuesError`` naming the file."""
        text = resources.files(__package__).joinpath("data/modes.yaml").read_text("utf-8")
        values = _lists(text, PACKAGED, complete=True)
        source = PACKAGED
        for path in extra_paths:
            try:
                extra_text = Path(path).read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ModeCuesError(f"{path}: cannot read mode cue file: {exc}") from exc
            for name, words in _lists(extra_text, str(path), complete=False).items():
                values[name] = values[name] | words
            source = str(path)
        _check(values, source)
        return cls(**values)

    @classmethod
    def parse(cls, text: str, source: str) -> ModeCues:
        """Cues from one complete file's ``text`` (every list present); ``source`` names it."""
        values = _lists(text, source, complete=True)
        _check(values, source)
        return cls(**values)


def _lists(text: str, source: str, complete: bool) -> dict[str, frozenset[str]]:
    data = yaml_mapping(text, source, TOP_KEYS, {1}, ModeCuesError)
    values = {}
    for name in _LIST_FIELDS:
        if name not in data and not complete:
            continue
        words = data.get(name)
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise ModeCuesError(f"{source}: {name} must be a list of words")
        values[name] = frozenset(w.lower() for w in words)
    return values


def _check(values: dict[str, frozenset[str]], source: str) -> None:
    """Lists that must agree: every denial verb also dismisses, locative prepositions are
    fallback ones. ``source`` is the last file read."""
    missing = values["denial_verbs"] - values["dismissal_verbs"]
    if missing:
        raise ModeCuesError(f"{source}: dismissal_verbs must include {sorted(missing)}")
    stray = values["locative_target_preps"] - values["fallback_target_preps"]
    if stray:
        raise ModeCuesError(
            f"{source}: locative_target_preps not in fallback_target_preps: {sorted(stray)}"
        )
