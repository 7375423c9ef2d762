"""Quote cues (speech verbs, voice nouns, pronouns, quotation marks) from data/cues.yaml.

Word lists are knowledge, so they live in a versioned data file; this module only
loads and checks it, and merges any user files given as extra paths.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import NewsgraphError

WORD_FIELDS = (
    "speech_verbs",
    "object_verbs",
    "addressee_verbs",
    "clause_verbs",
    "quote_only_verbs",
    "object_preps",
    "attribution_phrases",
    "voice_nouns",
    "person_pronouns",
    "organisation_pronouns",
    "relative_pronouns",
    "name_titles",
    "media_nouns",
    "media_sectors",
    "contrast_words",
    "evidential_verbs",
    "evidential_adverbs",
    "passive_verbs",
    "cue_nouns",
    "stance_adjectives",
    "light_verbs",
    "linking_verbs",
    "causative_verbs",
    "document_nouns",
    "attitude_verbs",
    "editorial_labels",
    "in_source_nouns",
    "in_event_nouns",
    "agent_nouns",
    "pro_forms",
    "impersonal_subjects",
    "naming_participles",
    "hyphenated_participles",
    "pointing_pronouns",
    "received_stances",
    "held_of_stances",
    "held_in_stances",
    "violent_stances",
    "violent_modifiers",
    "witness_verbs",
    "receiving_verbs",
    "in_stance_adjectives",
    "question_marks",
    "question_verbs",
    "publishing_verbs",
    "framing_verbs",
    "event_passives",
    "prep_object_verbs",
    "outcome_verbs",
    "office_verbs",
    "office_nouns",
    "rival_verbs",
    "attending_verbs",
    "note_labels",
    "told_nouns",
    "reason_preps",
    "controlling_passives",
    "errand_verbs",
)
# Quotation marks are one character, or two for typewriter styles ('' and ``).
MAX_MARK = 2
# A phrasal cue is a verb lemma and one to four words that hang on it ("weigh in on").
PHRASE_WORDS = (2, 5)
KNOWN_FIELDS = frozenset(
    {
        "version",
        *WORD_FIELDS,
        "quote_marks",
        "min_direct_words",
        "body_sectors",
        "listener_preps",
        "topic_preps",
        "phrasal_cues",
        "as_idioms",
    }
)
# Fields an extra file adds to rather than replaces.
MERGED_FIELDS = frozenset(
    {
        *WORD_FIELDS,
        "quote_marks",
        "body_sectors",
        "listener_preps",
        "topic_preps",
        "phrasal_cues",
        "as_idioms",
    }
)
# An "as" idiom is a verb lemma and one to three words after it ("sum it up").
IDIOM_WORDS = (2, 4)


class QuoteCuesError(NewsgraphError, ValueError):
    """A quote cue file is malformed; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class QuoteCues:
    """Everything the quote extractor needs to know about English attribution."""

    speech_verbs: frozenset[str]
    object_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    clause_verbs: frozenset[str]
    quote_only_verbs: frozenset[str]
    object_preps: frozenset[str]
    attribution_phrases: tuple[tuple[str, ...], ...]
    voice_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    organisation_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    name_titles: frozenset[str]
    media_nouns: frozenset[str]
    media_sectors: frozenset[str]
    contrast_words: frozenset[str]
    # Attribution without a speech verb's subject: "appears closer", "is expected to",
    # "Trump's claim that", "in the latest poll".
    evidential_verbs: frozenset[str]
    evidential_adverbs: frozenset[str]
    passive_verbs: frozenset[str]
    cue_nouns: frozenset[str]
    stance_adjectives: frozenset[str]
    light_verbs: frozenset[str]
    linking_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    document_nouns: frozenset[str]
    attitude_verbs: frozenset[str]
    editorial_labels: frozenset[str]
    in_source_nouns: frozenset[str]
    in_event_nouns: frozenset[str]
    # People named by the stance they hold: "X is a critic of Y", "X, a backer of Y".
    agent_nouns: frozenset[str]
    # Words that stand for a reported clause: "he said so", "they said yes".
    pro_forms: frozenset[str]
    # Subjects that name no speaker of what a colon introduces: "it gets better:", "here's".
    impersonal_subjects: frozenset[str]
    # Participles that give a label in a reduced clause: "a place known as Horgos".
    naming_participles: frozenset[str]
    # Participles hyphenated to who gives a label or stance: "self-described", "X-backed".
    hyphenated_participles: frozenset[str]
    # Pronouns that point at a thing or a clause and, standing alone as a speaker, name no
    # one: "That has convinced some activists …", "This shows …".
    pointing_pronouns: frozenset[str]
    # A stance received, whose holder is named after "from" (or "of" for backing): "has
    # the support of women", "drew criticism from rivals".
    received_stances: frozenset[str]
    held_of_stances: frozenset[str]
    # Stances whose "in … of" phrase on a clause is its subject's: "voted in favor of X".
    held_in_stances: frozenset[str]
    # Stances that also name violence, and modifiers that show they do: "deadly attack".
    violent_stances: frozenset[str]
    violent_modifiers: frozenset[str]
    # Verbs whose object does what a participle right after it says: "left voters saying".
    witness_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    # Stance adjectives whose object "in" also names: "confident in", "interested in".
    in_stance_adjectives: frozenset[str]
    # Words opening an indirect question: "asked the students if they …".
    question_marks: frozenset[str]
    question_verbs: frozenset[str]
    # Verbs that put a document out: "released a statement", "wrote an op-ed".
    publishing_verbs: frozenset[str]
    # Verbs that report a view only with their frame, as "verb preposition": "cast as".
    framing_verbs: frozenset[str]
    # Cue verbs whose agentless passive is an event, not a report: "the report was released".
    event_passives: frozenset[str]
    # Object verbs whose direct object is never what was said: "spoke Hebrew".
    prep_object_verbs: frozenset[str]
    # Verbs whose complement is an outcome they bring about: "helped push smugglers".
    outcome_verbs: frozenset[str]
    # Verbs of running for office and the offices they take as object: "seeking reelection"
    # names a race, not a stance; "rival" verbs take the one run against: "is challenging
    # Sen. Johnson".
    office_verbs: frozenset[str]
    office_nouns: frozenset[str]
    rival_verbs: frozenset[str]
    # Perceiving verbs whose purpose clause tells why someone came: "lined up to see him".
    attending_verbs: frozenset[str]
    # Labels opening the paper's own note, whose cues report no source: "Editor's note:".
    note_labels: frozenset[str]
    # What a telling verb tells, not whom: "told a joke", "tells the story of …".
    told_nouns: frozenset[str]
    # Prepositions giving why a target is attacked or pleaded with: "lashed out at Turkey
    # for shooting down a jet" (``reasons``).
    reason_preps: frozenset[str]
    # Passives whose subject does what the infinitive after them says: "was prompted to
    # say …" (``infinitives``).
    controlling_passives: frozenset[str]
    # Verbs of going somewhere whose purpose infinitive is the act itself: "went on to
    # endorse X", "visited NBC to discuss X" (``purposes``).
    errand_verbs: frozenset[str]
    quote_marks: tuple[tuple[str, str], ...]
    min_direct_words: int
    # (noun, PLOVER sector) pairs: "the ministry" of a country speaks for its government.
    body_sectors: tuple[tuple[str, str], ...] = ()
    # (verb, preposition) pairs that name a listener, occasion or span, not what was said:
    # "spoke to reporters", "spoke on condition of anonymity", "talked for an hour".
    listener_preps: frozenset[tuple[str, str]] = frozenset()
    # (verb, preposition) pairs whose object is what was said or believed, even where the
    # preposition mostly names a listener or a medium after other verbs: "pointed to the
    # polls", "hinted at a run", "insisted on a recount".
    topic_preps: frozenset[tuple[str, str]] = frozenset()
    # Multi-word cues led by a verb that cues nothing alone, as lemma sequences: "weigh in
    # on", "take shot at", "make clear", "distance from". See ``shapes.Shapes`` for how the
    # words are found in the parse and which part is the content.
    phrasal_cues: tuple[tuple[str, ...], ...] = ()
    # Idioms of an "as" clause that hand a sentence's words to its subject: "As X puts it,
    # …", "…, as one aide summed it up" (lemma, then the words after it; ``asidioms``).
    as_idioms: tuple[tuple[str, ...], ...] = ()

    def sector_of(self, noun: str) -> str | None:
        """The sector a body noun stands for ("ministry" → GOV), if any."""
        return next((sector for word, sector in self.body_sectors if word == noun), None)

    @property
    def cue_verbs(self) -> frozenset[str]:
        return self.speech_verbs | self.object_verbs

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> QuoteCues:
        """The packaged cues, with the word lists of each extra file added to them."""
        text = resources.files(__package__).joinpath("data/cues.yaml").read_text("utf-8")
        base = _parse("quotes/data/cues.yaml", text, complete=True)
        for path in extra_paths:
            try:
                extra_text = Path(path).read_text("utf-8")
            except OSError as exc:
                raise QuoteCuesError(f"{path}: cannot read quote cue file: {exc}") from exc
            extra = _parse(str(path), extra_text, complete=False)
            for name, values in extra.items():
                if name in MERGED_FIELDS:
                    base[name] = tuple(dict.fromkeys([*base[name], *values]))
                else:
                    base[name] = values
        return cls(
            **{
                name: frozenset(base[name]) for name in WORD_FIELDS if name != "attribution_phrases"
            },
            attribution_phrases=tuple(tuple(p.split()) for p in base["attribution_phrases"]),
            quote_marks=tuple(base["quote_marks"]),
            min_direct_words=base["min_direct_words"],
            body_sectors=tuple(base["body_sectors"]),
            listener_preps=frozenset(base["listener_preps"]),
            topic_preps=frozenset(base["topic_preps"]),
            phrasal_cues=tuple(base["phrasal_cues"]),
            as_idioms=tuple(base["as_idioms"]),
        )


def _parse(source: str, text: str, complete: bool) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise QuoteCuesError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") != 1:
        raise QuoteCuesError(f"{source}: expected a mapping with version: 1")
    unknown = set(data) - KNOWN_FIELDS
    if unknown:
        raise QuoteCuesError(f"{source}: unknown fields {sorted(unknown)}")
    out: dict[str, Any] = {}
    for name in WORD_FIELDS:
        if name not in data:
            if complete:
                raise QuoteCuesError(f"{source}: missing field {name}")
            continue
        words = data[name]
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise QuoteCuesError(f"{source}: {name} must be a list of non-empty words")
        out[name] = tuple(" ".join(w.lower().split()) for w in words)
    if "quote_marks" in data:
        marks = data["quote_marks"]
        if not isinstance(marks, list) or not all(
            isinstance(p, list)
            and len(p) == 2
            and all(isinstance(m, str) and 1 <= len(m) <= MAX_MARK for m in p)
            for p in marks
        ):
            raise QuoteCuesError(
                f"{source}: quote_marks must be a list of [open, close] marks of 1 to "
                f"{MAX_MARK} characters"
            )
        out["quote_marks"] = tuple((p[0], p[1]) for p in marks)
    elif complete:
        raise QuoteCuesError(f"{source}: missing field quote_marks")
    for name, read in (
        ("body_sectors", _body_sectors),
        ("listener_preps", partial(_verb_preps, name="listener_preps")),
        ("topic_preps", partial(_verb_preps, name="topic_preps")),
        ("phrasal_cues", _phrasal_cues),
        ("as_idioms", _as_idioms),
    ):
        if name in data:
            out[name] = read(source, data[name])
        elif complete:
            raise QuoteCuesError(f"{source}: missing field {name}")
    if "min_direct_words" in data:
        value = data["min_direct_words"]
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise QuoteCuesError(f"{source}: min_direct_words must be a positive integer")
        out["min_direct_words"] = value
    elif complete:
        raise QuoteCuesError(f"{source}: missing field min_direct_words")
    return out


def _body_sectors(source: str, value: Any) -> tuple[tuple[str, str], ...]:
    """``{GOV: [ministry, ...], ...}`` as (noun, sector) pairs; sectors are upper case codes."""
    if not isinstance(value, dict):
        raise QuoteCuesError(f"{source}: body_sectors must map a sector code to a list of nouns")
    pairs = []
    for sector, nouns in value.items():
        if not isinstance(sector, str) or not sector.isalpha() or not sector.isupper():
            raise QuoteCuesError(f"{source}: body_sectors key {sector!r} is not a sector code")
        if not isinstance(nouns, list) or not all(isinstance(n, str) and n.strip() for n in nouns):
            raise QuoteCuesError(f"{source}: body_sectors.{sector} must be a list of nouns")
        pairs.extend((" ".join(n.lower().split()), sector) for n in nouns)
    return tuple(pairs)


def _verb_preps(source: str, value: Any, name: str) -> tuple[tuple[str, str], ...]:
    """``{speak: [to, on], ...}`` as (verb lemma, preposition) pairs, lower case."""
    if not isinstance(value, dict):
        raise QuoteCuesError(f"{source}: {name} must map a verb to a list of prepositions")
    pairs = []
    for verb, preps in value.items():
        if not isinstance(verb, str) or not verb.strip():
            raise QuoteCuesError(f"{source}: {name} key {verb!r} is not a verb")
        if not isinstance(preps, list) or not all(isinstance(p, str) and p.strip() for p in preps):
            raise QuoteCuesError(f"{source}: {name}.{verb} must be a list of prepositions")
        pairs.extend((verb.strip().lower(), p.strip().lower()) for p in preps)
    return tuple(pairs)


def _phrasal_cues(source: str, value: Any) -> tuple[tuple[str, ...], ...]:
    """``["weigh in on", ...]`` as lemma tuples of two to five lower-case words each."""
    return _phrases(source, value, "phrasal_cues", PHRASE_WORDS)


def _as_idioms(source: str, value: Any) -> tuple[tuple[str, ...], ...]:
    """``["put it", "sum it up", ...]`` as lower-case word tuples of two to four words."""
    return _phrases(source, value, "as_idioms", IDIOM_WORDS)


def _phrases(
    source: str, value: Any, name: str, sizes: tuple[int, int]
) -> tuple[tuple[str, ...], ...]:
    """A list of verb-led phrases of ``sizes`` words (letters, hyphens and apostrophes) as
    lower-case word tuples, each once."""
    low, high = sizes
    if not isinstance(value, list):
        raise QuoteCuesError(f"{source}: {name} must be a list of phrases")
    phrases = []
    for entry in value:
        words = tuple(entry.lower().split()) if isinstance(entry, str) else ()
        if not low <= len(words) <= high or not all(
            w.replace("-", "").replace("'", "").isalpha() for w in words
        ):
            raise QuoteCuesError(
                f"{source}: {name} entry {entry!r} must be {low} to {high} words "
                "(a verb lemma, then the words that hang on it)"
            )
        phrases.append(words)
    return tuple(dict.fromkeys(phrases))
