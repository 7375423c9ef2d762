"""Places: a gazetteer of place names, their reading in context, and the stage that gives
events their location."""

from .context import PlaceContext, article_context, qualifier, resolve
from .gazetteer import Gazetteer, GazetteerError, Place, place_key
from .locate import Locator

__all__ = [
    "Gazetteer",
    "GazetteerError",
    "Locator",
    "Place",
    "PlaceContext",
    "article_context",
    "place_key",
    "qualifier",
    "resolve",
]
