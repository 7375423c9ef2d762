"""Cleaning rules: the boilerplate knowledge of ``data/boilerplate.yaml`` plus user files.

The YAML is validated on load so that a typo in a user's rule file fails the run with the file and
entry named, instead of silently cleaning nothing. Regexes are compiled once here; the cleaning
steps only read the resulting frozen object.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..datafile import yaml_mapping
from ..errors import NewsgraphError

PACKAGE_FILE = "boilerplate.yaml"
SUPPORTED_VERSIONS = frozenset({1})
TOP_KEYS = frozenset(
    {
        "version",
        "limits",
        "macros",
        "exact_lines",
        "patterns",
        "disabled_patterns",
        "list_labels",
        "teaser_labels",
        "list_label_prefixes",
        "teaser_label_prefixes",
        "link_residue",
        "glued_suffixes",
        "location_line",
        "stopwords",
    }
)
PHRASE_LIST_KEYS = (
    "list_labels",
    "teaser_labels",
    "list_label_prefixes",
    "teaser_label_prefixes",
    "glued_suffixes",
    "stopwords",
)
PATTERN_KEYS = frozenset({"name", "regex", "max_words"})
_MACRO = re.compile(r"\{([a-z_]+)\}")
_SPACE = re.compile(r"\s+")
# Characters ignored around a phrase when comparing a line with the phrase lists.
PHRASE_STRIP = " \t:|-–—•·*#>»›[](){}\"'“”‘’"


class CleaningRulesError(NewsgraphError):
    """A boilerplate rule file is missing, unreadable or has an invalid entry."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Numeric knobs of the cleaner; see the comments in ``data/boilerplate.yaml``."""

    max_boilerplate_words: int = 25
    max_headline_words: int = 20
    max_question_headline_words: int = 12
    max_label_words: int = 6
    max_list_items: int = 10
    header_lines: int = 6
    max_teaser_paragraphs: int = 3
    teaser_relative_support: float = 0.5
    wrap_min_width: int = 40
    wrap_max_width: int = 100
    wrap_tolerance: int = 20
    location_max_words: int = 6


@dataclass(frozen=True, slots=True)
class LinePattern:
    """A named regex that marks a whole line as boilerplate (``max_words`` guards real prose)."""

    name: str
    regex: re.Pattern[str]
    max_words: int


def phrase_key(text: str) -> str:
    """Comparison form of a short line: casefolded, single-spaced, edge punctuation stripped."""
    text = text.replace("’", "'").replace("‘", "'")
    return _SPACE.sub(" ", text.strip(PHRASE_STRIP)).casefold()


@dataclass(frozen=True, slots=True)
class CleaningRules:
    """Validated, compiled boilerplate rules. Build with :meth:`load`."""

    sources: tuple[str, ...]
    limits: Limits
    exact_lines: Mapping[str, str] = field(hash=False)  # phrase key -> kind
    patterns: tuple[LinePattern, ...]
    list_labels: frozenset[str]
    teaser_labels: frozenset[str]
    list_label_prefixes: tuple[str, ...]
    teaser_label_prefixes: tuple[str, ...]
    link_residue: tuple[re.Pattern[str], ...]
    glued_suffixes: tuple[str, ...]
    location_line: re.Pattern[str]
    stopwords: frozenset[str]

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> CleaningRules:
        """The packaged rules, extended by each user file in order (later files win)."""
        resource = resources.files("newsgraph.clean").joinpath("data", PACKAGE_FILE)
        try:
            base_text = resource.read_text(encoding="utf-8")
        except OSError as exc:  # a broken installation, not a user error
            raise CleaningRulesError(f"{PACKAGE_FILE}: cannot read packaged rules: {exc}") from exc
        builder = _Builder()
        builder.add(PACKAGE_FILE, _parse(PACKAGE_FILE, base_text), complete=True)
        for path in extra_paths:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CleaningRulesError(f"{path}: cannot read cleaning rules: {exc}") from exc
            builder.add(str(path), _parse(str(path), text), complete=False)
        return builder.build()


def _parse(source: str, text: str) -> dict[str, Any]:
    data = yaml_mapping(text, source, TOP_KEYS, SUPPORTED_VERSIONS, CleaningRulesError)
    return data


class _Builder:
    """Accumulates rule files; each entry is validated as it arrives so errors name its file."""

    def __init__(self) -> None:
        self.sources: list[str] = []
        self.limits: dict[str, Any] = {}
        self.macros: dict[str, str] = {}
        self.exact: dict[str, str] = {}
        self.patterns: dict[str, tuple[str, str, int]] = {}  # name -> (source, regex, max_words)
        self.disabled: set[str] = set()
        self.lists: dict[str, list[str]] = {key: [] for key in PHRASE_LIST_KEYS}
        self.residue: list[tuple[str, str]] = []
        self.location: tuple[str, str] | None = None

    def add(self, source: str, data: dict[str, Any], complete: bool) -> None:
        self.sources.append(source)
        if complete:
            missing = sorted(TOP_KEYS - set(data) - {"disabled_patterns"})
            if missing:
                raise CleaningRulesError(f"{source}: missing keys {missing}")
        self._add_limits(source, data.get("limits", {}))
        for name, regex in _mapping(source, "macros", data.get("macros", {})).items():
            self.macros[name] = _string(source, f"macros.{name}", regex)
        for kind, phrases in _mapping(source, "exact_lines", data.get("exact_lines", {})).items():
            for i, phrase in enumerate(_list(source, f"exact_lines.{kind}", phrases)):
                self.exact[phrase_key(_string(source, f"exact_lines.{kind}[{i}]", phrase))] = kind
        for i, entry in enumerate(_list(source, "patterns", data.get("patterns", []))):
            self._add_pattern(source, i, entry)
        for i, name in enumerate(
            _list(source, "disabled_patterns", data.get("disabled_patterns", []))
        ):
            self.disabled.add(_string(source, f"disabled_patterns[{i}]", name))
        for key in PHRASE_LIST_KEYS:
            for i, phrase in enumerate(_list(source, key, data.get(key, []))):
                self.lists[key].append(phrase_key(_string(source, f"{key}[{i}]", phrase)))
        for i, regex in enumerate(_list(source, "link_residue", data.get("link_residue", []))):
            where = f"link_residue[{i}]"
            self.residue.append((f"{source}: {where}", _string(source, where, regex)))
        if "location_line" in data:
            regex = _string(source, "location_line", data["location_line"])
            self.location = (f"{source}: location_line", regex)

    def _add_limits(self, source: str, raw: Any) -> None:
        defaults = {f.name: f.default for f in dataclasses.fields(Limits)}
        for name, value in _mapping(source, "limits", raw).items():
            if name not in defaults:
                raise CleaningRulesError(
                    f"{source}: limits.{name}: unknown limit (known: {sorted(defaults)})"
                )
            expected = type(defaults[name])
            number_ok = isinstance(value, (int, float)) and not isinstance(value, bool)
            if not number_ok or (expected is int and not isinstance(value, int)) or value <= 0:
                raise CleaningRulesError(
                    f"{source}: limits.{name}: must be a positive {expected.__name__},"
                    f" got {value!r}"
                )
            self.limits[name] = expected(value)

    def _add_pattern(self, source: str, index: int, entry: Any) -> None:
        where = f"patterns[{index}]"
        if not isinstance(entry, dict):
            raise CleaningRulesError(f"{source}: {where}: must be a mapping with name and regex")
        unknown = sorted(set(entry) - PATTERN_KEYS)
        if unknown:
            raise CleaningRulesError(f"{source}: {where}: unknown keys {unknown}")
        name = _string(source, f"{where}.name", entry.get("name"))
        regex = _string(source, f"{where} ({name}).regex", entry.get("regex"))
        max_words = entry.get("max_words", 0)
        if not isinstance(max_words, int) or isinstance(max_words, bool) or max_words < 0:
            raise CleaningRulesError(
                f"{source}: {where} ({name}).max_words: must be a non-negative integer"
            )
        self.patterns[name] = (f"{source}: {where} ({name})", regex, max_words)

    def _expand(self, where: str, regex: str) -> re.Pattern[str]:
        def macro(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.macros:
                raise CleaningRulesError(f"{where}: unknown macro {{{name}}}")
            return self.macros[name]

        try:
            return re.compile(_MACRO.sub(macro, regex))
        except re.error as exc:
            raise CleaningRulesError(f"{where}: invalid regex: {exc}") from exc

    def build(self) -> CleaningRules:
        limits = Limits(**self.limits)
        unknown_disabled = sorted(self.disabled - set(self.patterns))
        if unknown_disabled:
            raise CleaningRulesError(
                f"{self.sources[-1]}: disabled_patterns: no such patterns {unknown_disabled}"
            )
        patterns = tuple(
            LinePattern(name, self._expand(where, regex), max_words or limits.max_boilerplate_words)
            for name, (where, regex, max_words) in self.patterns.items()
            if name not in self.disabled
        )
        if self.location is None:  # only reachable when the packaged file lost its entry
            raise CleaningRulesError(f"{self.sources[0]}: missing location_line")
        lists = {key: tuple(dict.fromkeys(values)) for key, values in self.lists.items()}
        for key in ("list_label_prefixes", "teaser_label_prefixes", "glued_suffixes"):
            empty = [p for p in lists[key] if not p]
            if empty:
                raise CleaningRulesError(f"{', '.join(self.sources)}: {key}: empty phrase")
        return CleaningRules(
            sources=tuple(self.sources),
            limits=limits,
            exact_lines=MappingProxyType(dict(self.exact)),
            patterns=patterns,
            list_labels=frozenset(lists["list_labels"]),
            teaser_labels=frozenset(lists["teaser_labels"]),
            # longest first, so "read more about" is tried before "more about"
            list_label_prefixes=tuple(sorted(lists["list_label_prefixes"], key=len, reverse=True)),
            teaser_label_prefixes=tuple(
                sorted(lists["teaser_label_prefixes"], key=len, reverse=True)
            ),
            link_residue=tuple(self._expand(where, regex) for where, regex in self.residue),
            glued_suffixes=tuple(sorted(lists["glued_suffixes"], key=len, reverse=True)),
            location_line=self._expand(*self.location),
            stopwords=frozenset(lists["stopwords"]),
        )


def _mapping(source: str, where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise CleaningRulesError(f"{source}: {where}: must be a mapping")
    return value


def _list(source: str, where: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise CleaningRulesError(f"{source}: {where}: must be a list")
    return value


def _string(source: str, where: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CleaningRulesError(f"{source}: {where}: must be a non-empty string, got {value!r}")
    return value
