"""Short forms of words spelled out ("Mt" → "mount") before story terms are counted.

Reports of one event abbreviate differently: one writes "Mt Cook", the next "Mount
Cook"; counted apart, the shared mountain weighs nothing. The table is data
(``data/word_forms.yaml``), checked on load, so users can see it and extend it with
their own files (``--data``: a file whose top-level key is ``forms``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from ..datafile import yaml_mapping
from .stored import StoryError

PACKAGE_FILE = "word_forms.yaml"
TOP_KEYS = frozenset({"version", "forms"})
SUPPORTED_VERSION = 1
_WORD = re.compile(r"[a-z][a-z.]*")


@dataclass(frozen=True, slots=True)
class WordForms:
    """Short form → full word, both lower case as ``stories.features`` counts words."""

    forms: Mapping[str, str]

    def full(self, word: str) -> str:
        """``word`` spelled out when it is a known short form, else ``word``."""
        return self.forms.get(word, word)

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> WordForms:
        """The packaged table with the entries of ``extra_paths`` added (later files win);
        raises ``StoryError`` naming the file and entry when one is malformed."""
        resource = resources.files("newsgraph.stories").joinpath("data", PACKAGE_FILE)
        merged = dict(cls.parse(resource.read_text(encoding="utf-8"), PACKAGE_FILE).forms)
        for path in extra_paths:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise StoryError(f"{path}: cannot read word forms: {exc}") from exc
            extra = cls.parse(text, str(path)).forms
            merged.update(extra)
            for short, full in extra.items():
                if full in merged:
                    raise StoryError(
                        f"{path}: forms entry {short!r}: {full!r} is a short form of an "
                        "earlier table"
                    )
            for short, full in merged.items():
                if full in extra:
                    raise StoryError(
                        f"{path}: forms entry {full!r} makes an earlier table's full word "
                        f"(for {short!r}) a short form"
                    )
        return cls(MappingProxyType(merged))

    @classmethod
    def parse(cls, text: str, source: str) -> WordForms:
        """A table from YAML ``text``; ``source`` names it in errors."""
        data = yaml_mapping(text, source, TOP_KEYS, {SUPPORTED_VERSION}, StoryError)
        forms = data.get("forms")
        if not isinstance(forms, dict) or not forms:
            raise StoryError(f"{source}: 'forms' must be a non-empty mapping")
        for short, full in forms.items():
            for word in (short, full):
                if not isinstance(word, str) or not _WORD.fullmatch(word):
                    raise StoryError(
                        f"{source}: forms entry {short!r}: {word!r} is not a lower-case word"
                    )
            if full in forms:
                raise StoryError(
                    f"{source}: forms entry {short!r}: {full!r} is itself a short form"
                )
        return cls(MappingProxyType(dict(forms)))


NO_FORMS = WordForms(MappingProxyType({}))

__all__ = ["NO_FORMS", "WordForms"]
