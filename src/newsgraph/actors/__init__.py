"""Actors: dictionary lookups plus the dependency parse turn mentions into CONTRACT Actors."""

from .dictionary import ActorDictionary, ActorEntry, DictionaryError, SectorEntry
from .resolve import ActorResolver, ResolvedActors

__all__ = [
    "ActorDictionary",
    "ActorEntry",
    "ActorResolver",
    "DictionaryError",
    "ResolvedActors",
    "SectorEntry",
]
