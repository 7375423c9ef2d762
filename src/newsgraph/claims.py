"""Claims: one proposition, everyone who asserts it and everyone who denies it, across articles.

A proposition is an event's dyad and category ("North Korea — provide military aid —
Russia"), compared at the level analysts read it: country or organisation of
source and target, and the CAMEO base code. It becomes a claim when someone takes a
side on it:

- an event *reported* by a claimant ("The United States says North Korea has supplied
  Russia…") counts the claimant among those who assert it;
- an event *denied* ("Pyongyang denied allegations that it is shipping weapons…")
  counts the denier among those who deny it;
- a denial event (CAMEO 016 and the 12x rejections) in the same sentence as a
  reported proposition ("…, although both Russia and North Korea deny that") counts
  its source among the deniers of that proposition;
- an event stated inside a quote of another actor counts the quote's speaker among
  those who assert it: the pipeline's attribution stage (``attribution.py``) has
  already made it a reported event with the speaker as claimant.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .events.codes import CameoTable

DENIAL_CODES = frozenset({"016"})
CLAIM_MODES = frozenset({"reported", "denied"})


def _who(actor: dict[str, Any] | None) -> str | None:
    """Country (or organisation) an actor stands for: the level a proposition is stated at."""
    if not actor:
        return None
    return actor.get("country") or actor.get("org") or actor["code"][:3]


def _actor_key(actor: dict[str, Any]) -> str:
    return actor.get("code") or ""


@dataclass(slots=True)
class _Claim:
    """Accumulates one proposition while the events stream past."""

    key: tuple[str, str, str]
    proposition: str
    event: str
    asserted_by: dict[str, dict[str, Any]] = field(default_factory=dict)
    denied_by: dict[str, dict[str, Any]] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def document(self) -> dict[str, Any]:
        return {
            "id": claim_id(self.key),
            "proposition": self.proposition,
            "event": self.event,
            "asserted_by": list(self.asserted_by.values()),
            "denied_by": list(self.denied_by.values()),
            "evidence": self.evidence,
        }


def claim_id(key: tuple[str, str, str]) -> str:
    return hashlib.sha256("|".join(key).encode()).hexdigest()[:20]


def proposition_key(event: dict[str, Any]) -> tuple[str, str, str] | None:
    source, target = _who(event.get("source")), _who(event.get("target"))
    if source is None or target is None or source == target:
        return None
    return (source, event["cameo"][:3], target)


def build_claims(events: Iterable[dict[str, Any]], table: CameoTable) -> Iterator[dict[str, Any]]:
    """Claims from stored events (CONTRACT Event dicts), in first-seen order."""
    claims: dict[tuple[str, str, str], _Claim] = {}
    by_sentence: dict[tuple[str, int], list[tuple[str, str, str]]] = {}
    deniers: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for event in events:
        evidence = event["evidence"][0]
        sentence = (evidence["article_id"], evidence["start"])
        if event["cameo"] in DENIAL_CODES and event.get("source"):
            deniers.setdefault(sentence, []).append(event["source"])
        key = proposition_key(event)
        if key is None or event["mode"] not in CLAIM_MODES:
            continue
        claim = claims.get(key)
        if claim is None:
            claim = _Claim(key, _proposition(event, table), event["id"])
            claims[key] = claim
        claimant = event.get("claimant")
        if claimant:
            side = claim.denied_by if event["mode"] == "denied" else claim.asserted_by
            side.setdefault(_actor_key(claimant), claimant)
        claim.evidence.extend(event["evidence"])
        if event["mode"] == "reported":
            by_sentence.setdefault(sentence, []).append(key)
    for sentence, keys in by_sentence.items():
        for denier in deniers.get(sentence, ()):
            for key in keys:
                claims[key].denied_by.setdefault(_actor_key(denier), denier)
    for claim in claims.values():
        if claim.asserted_by or claim.denied_by:
            yield claim.document()


def _proposition(event: dict[str, Any], table: CameoTable) -> str:
    code = event["cameo"][:3]
    name = table.get(code).name if code in table else event["cameo"]
    return f"{event['source']['name']} — {name.lower()} — {event['target']['name']}"
