"""Stories: online time-aware clustering of articles and merging of their events."""

from .cluster import StoryClusterer, StoryError, story_id_for
from .config import StoryConfig, choice_score, late_score, required_score
from .features import StoryDoc, doc_years
from .forms import WordForms
from .merge import dates_compatible, merge_events

__all__ = [
    "StoryClusterer",
    "StoryConfig",
    "StoryDoc",
    "StoryError",
    "WordForms",
    "choice_score",
    "dates_compatible",
    "doc_years",
    "late_score",
    "merge_events",
    "required_score",
    "story_id_for",
]
