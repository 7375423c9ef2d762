"""Attribution: an event stated inside someone else's quote is that someone's claim.

The event extractor reads claimants from the clause above a trigger ("The United
States says North Korea has supplied Russia…"). A quote can carry the same stance
across sentences or with a cue the parse does not link to the trigger
("Stoltenberg said “there's no doubt” North Korea is providing…", a statement quoted
over several sentences). This stage runs after quote extraction and gives such
events the quote's speaker as claimant, so every export (events, claims, GDELT,
PLOVER) carries the same mode and claimant.

An event gets the speaker only when it was found stated as fact, without a claimant
of its own; the quoted words hold its trigger; the speaker is a coded actor; and the
speaker is neither the event's own source ("NATO condemned X" quoted from NATO is
NATO's act, not NATO's claim about someone) nor a news outlet relaying the words.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .records import Actor, Event, Quote

# Sectors that report others' words rather than take sides (PLOVER JRN: news media).
REPORTER_SECTORS = frozenset({"JRN"})


def _who(actor: Actor | None) -> str | None:
    """Country (or organisation) an actor stands for: the level a claim is stated at."""
    if actor is None:
        return None
    return actor.country or actor.org or actor.code[:3]


def _speaker(quote: Quote) -> Actor | None:
    speaker = quote.speaker
    if isinstance(speaker, Actor) and speaker.code and speaker.sector not in REPORTER_SECTORS:
        return speaker
    return None


def _quoting(event: Event, quotes: Sequence[Quote]) -> Actor | None:
    """The speaker of the quote that holds the event's trigger, if it is someone else."""
    evidence = event.evidence[0]
    words = evidence.trigger.lower().split()
    if not words:
        return None
    for quote in quotes:
        if quote.end <= evidence.start or quote.start >= evidence.end:
            continue
        if words[0] not in quote.text.lower():
            continue
        speaker = _speaker(quote)
        if speaker is None or _who(speaker) == _who(event.source):
            continue
        return speaker
    return None


def attribute(events: Sequence[Event], quotes: Sequence[Quote]) -> tuple[Event, ...]:
    """The article's events, those stated inside another actor's quote now reported by it."""
    if not quotes:
        return tuple(events)
    out = []
    for event in events:
        if event.mode == "asserted" and event.claimant is None and event.evidence:
            speaker = _quoting(event, quotes)
            if speaker is not None:
                event = dataclasses.replace(event, mode="reported", claimant=speaker)
        out.append(event)
    return tuple(out)
