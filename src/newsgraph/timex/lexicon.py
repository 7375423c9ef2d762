"""The vocabulary of time expressions, loaded from ``data/lexicon.yaml`` and validated.

Word lists (months, weekdays, number words, units, fixed expressions, NER rejections) are data
so they can grow without touching the grammar; a malformed entry fails loudly with the file,
the section and the key instead of silently never matching.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from ..errors import NewsgraphError

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_LEXICON = DATA_DIR / "lexicon.yaml"
SUPPORTED_VERSION = 1
TIMEX_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
# Values of ``fixed`` entries that the grammar resolves against the DCT instead of copying.
ANCHORED_VALUES = frozenset(
    {"WEEKEND", "THIS_WEEK", "THIS_YEAR", "THIS_MONTH", "THIS_QUARTER", "CURRENT_QUARTER", "TODAY"}
)
_UNIT_CODES = frozenset({"TS", "TM", "TH", "D", "W", "W2", "M", "Q", "Y", "DE", "CE", "MIL"})
_SEASONS = frozenset({"SP", "SU", "FA", "WI"})
_PARTS = frozenset({"MO", "AF", "EV", "NI", "MI"})
_POS = frozenset({"ADV", "ADJ", "NOUN", "PROPN", "VERB", "NUM"})
_VALUE = re.compile(r"^(PRESENT_REF|PAST_REF|FUTURE_REF|P\d+[DWMY]|PT\d+[HMS])$")
_MMDD = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
# Top-level keys of a lexicon file (user files with these keys extend the packaged one).
TOP_KEYS = frozenset(
    {
        "version",
        "months",
        "weekdays",
        "numbers",
        "ordinals",
        "units",
        "seasons",
        "parts_of_day",
        "shifts",
        "fixed",
        "triggers",
        "holidays",
        "floating_holidays",
        "strip_leading",
        "reject",
        "anaphoric",
        "definite_anaphoric",
        "forward_prepositions",
        "forward_verbs",
        "binding_prepositions",
        "period_verbs",
        "report_periods",
        "report_period_qualifiers",
        "fiscal_words",
        "word_classes",
    }
)
# Grammar word classes and the symbol each becomes (see newsgraph.timex.symbols).
WORD_CLASSES = MappingProxyType(
    {"ago": "AGO", "later": "LATER", "vague": "VAGUE", "mod": "MOD", "approx": "APPROX"}
    | {"fill": "FILL"}
)
_LIST_SECTIONS = frozenset(
    {
        "strip_leading",
        "reject",
        "forward_prepositions",
        "forward_verbs",
        "binding_prepositions",
        "period_verbs",
        "report_periods",
        "report_period_qualifiers",
        "fiscal_words",
    }
)


class LexiconError(NewsgraphError, ValueError):
    """A lexicon file is malformed; the message names the file, the entry and the problem."""

    def __init__(self, path: Path | str, entry: str, problem: str) -> None:
        self.path = str(path)
        super().__init__(f"{path}: {entry}: {problem}")


@dataclass(frozen=True, slots=True)
class TimexLexicon:
    """Read-only word tables the recognizer and the normalizer share."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, float]
    ordinals: Mapping[str, int]
    units: Mapping[str, str]
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    shifts: Mapping[str, int]
    fixed: Mapping[str, tuple[str, str]]
    triggers: Mapping[str, frozenset[str]]
    holidays: Mapping[str, tuple[int, int]]
    floating_holidays: Mapping[str, tuple[int, int, int]]
    strip_leading: frozenset[str]
    reject: tuple[re.Pattern[str], ...]
    anaphoric: Mapping[str, int]
    definite_anaphoric: Mapping[str, int]  # anaphoric only after "the": "the next morning"
    forward_prepositions: frozenset[str]
    forward_verbs: frozenset[str]
    binding_prepositions: frozenset[str]
    word_classes: Mapping[str, str]  # word -> grammar symbol kind ("ago" -> "AGO")
    period_verbs: frozenset[str] = frozenset()
    report_periods: frozenset[str] = frozenset()
    report_period_qualifiers: frozenset[str] = frozenset()
    fiscal_words: frozenset[str] = frozenset()

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> TimexLexicon:
        """The packaged lexicon, with entries of ``extra_paths`` added (later files win)."""
        merged: dict[str, Any] = {}
        for path in (DEFAULT_LEXICON, *extra_paths):
            for section, content in _read(path).items():
                if section == "word_classes":  # classes grow word by word across files
                    for name, words in content.items():
                        merged.setdefault(section, {}).setdefault(name, []).extend(words)
                elif isinstance(content, dict):
                    merged.setdefault(section, {}).update(content)
                elif isinstance(content, list):
                    merged.setdefault(section, []).extend(content)
        return _build(merged)

    def is_rejected(self, text: str) -> bool:
        lowered = " ".join(text.lower().split())
        return any(p.fullmatch(lowered) for p in self.reject)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(path, "file", f"cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(path, "file", "top level must be a mapping")
    if data.get("version") != SUPPORTED_VERSION:
        raise LexiconError(path, "version", f"must be {SUPPORTED_VERSION}")
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise LexiconError(path, ", ".join(sorted(unknown)), "unknown section")
    out: dict[str, Any] = {}
    for section, content in data.items():
        if section == "version":
            continue
        want = list if section in _LIST_SECTIONS else dict
        if not isinstance(content, want):
            raise LexiconError(path, section, f"must be a {want.__name__}")
        _validate(path, section, content)
        out[section] = content
    return out


def _check(ok: Callable[[Any], bool], problem: str) -> Callable[[Path, str, Any], None]:
    def check(path: Path, entry: str, value: Any) -> None:
        if not ok(value):
            raise LexiconError(path, entry, f"{problem}, got {value!r}")

    return check


_IS_INT = _check(lambda v: isinstance(v, int) and not isinstance(v, bool), "must be an integer")
_VALIDATORS: Mapping[str, Callable[[Path, str, Any], None]] = MappingProxyType(
    {
        "months": _check(lambda v: isinstance(v, int) and 1 <= v <= 12, "must be a month 1-12"),
        "weekdays": _check(lambda v: isinstance(v, int) and 1 <= v <= 7, "must be a weekday 1-7"),
        "numbers": _check(
            lambda v: isinstance(v, int | float) and not isinstance(v, bool) and v > 0,
            "must be a positive number",
        ),
        "ordinals": _IS_INT,
        "units": _check(lambda v: v in _UNIT_CODES, f"must be one of {sorted(_UNIT_CODES)}"),
        "seasons": _check(lambda v: v in _SEASONS, f"must be one of {sorted(_SEASONS)}"),
        "parts_of_day": _check(lambda v: v in _PARTS, f"must be one of {sorted(_PARTS)}"),
        "shifts": _check(lambda v: v in (-1, 0, 1), "must be -1, 0 or 1"),
        "anaphoric": _check(lambda v: v in (-1, 0, 1), "must be -1, 0 or 1"),
        "definite_anaphoric": _check(lambda v: v in (-1, 0, 1), "must be -1, 0 or 1"),
        "fixed": _check(
            lambda v: (
                isinstance(v, list)
                and len(v) == 2
                and v[0] in TIMEX_TYPES
                and (v[1] in ANCHORED_VALUES or bool(_VALUE.match(str(v[1]))))
            ),
            "must be [TYPE, TimeML value or anchored keyword]",
        ),
        "triggers": _check(
            lambda v: isinstance(v, list) and bool(v) and set(v) <= _POS,
            f"must be a non-empty list of {sorted(_POS)}",
        ),
        "holidays": _check(lambda v: bool(_MMDD.match(str(v))), "must be MM-DD"),
        "word_classes": _check(
            lambda v: (
                isinstance(v, list) and all(isinstance(w, str) and w and w == w.lower() for w in v)
            ),
            "must be a list of lower-case words",
        ),
        "floating_holidays": _check(
            lambda v: (
                isinstance(v, list)
                and len(v) == 3
                and all(isinstance(x, int) and not isinstance(x, bool) for x in v)
                and 1 <= v[0] <= 12
                and v[1] in (-1, 1, 2, 3, 4)
                and 1 <= v[2] <= 7
            ),
            "must be [month 1-12, nth 1-4 or -1 for the last, ISO weekday 1-7]",
        ),
    }
)


def _validate(path: Path, section: str, content: dict[str, Any] | list[Any]) -> None:
    if isinstance(content, list):
        for index, item in enumerate(content):
            entry = f"{section}[{index}]"
            if not isinstance(item, str) or not item:
                raise LexiconError(path, entry, "must be a non-empty string")
            if section == "reject":
                try:
                    re.compile(item)
                except re.error as exc:
                    raise LexiconError(path, entry, f"bad regular expression: {exc}") from exc
        return
    for key, value in content.items():
        entry = f"{section}.{key}"
        if not isinstance(key, str) or key != key.lower() or not key.strip():
            raise LexiconError(path, entry, "keys must be non-empty lower-case strings")
        if section == "word_classes" and key not in WORD_CLASSES:
            raise LexiconError(
                path, entry, f"unknown class, expected one of {sorted(WORD_CLASSES)}"
            )
        _VALIDATORS[section](path, entry, value)
    if section == "word_classes":
        seen: dict[str, str] = {}
        for name, words in content.items():
            for word in words:
                if seen.setdefault(word, name) != name:
                    raise LexiconError(path, f"{section}.{name}", f"{word!r} is also {seen[word]}")


def _build(merged: dict[str, Any]) -> TimexLexicon:
    def table(section: str) -> Mapping[str, Any]:
        return MappingProxyType(dict(merged.get(section, {})))

    return TimexLexicon(
        months=table("months"),
        weekdays=table("weekdays"),
        numbers=table("numbers"),
        ordinals=table("ordinals"),
        units=table("units"),
        seasons=table("seasons"),
        parts_of_day=table("parts_of_day"),
        shifts=table("shifts"),
        fixed=MappingProxyType({k: (v[0], v[1]) for k, v in merged.get("fixed", {}).items()}),
        triggers=MappingProxyType({k: frozenset(v) for k, v in merged.get("triggers", {}).items()}),
        holidays=MappingProxyType(
            {k: (int(v[:2]), int(v[3:])) for k, v in merged.get("holidays", {}).items()}
        ),
        floating_holidays=MappingProxyType(
            {k: (v[0], v[1], v[2]) for k, v in merged.get("floating_holidays", {}).items()}
        ),
        strip_leading=frozenset(merged.get("strip_leading", [])),
        reject=tuple(re.compile(p) for p in merged.get("reject", [])),
        anaphoric=table("anaphoric"),
        definite_anaphoric=table("definite_anaphoric"),
        forward_prepositions=frozenset(merged.get("forward_prepositions", [])),
        forward_verbs=frozenset(merged.get("forward_verbs", [])),
        binding_prepositions=frozenset(merged.get("binding_prepositions", [])),
        period_verbs=frozenset(merged.get("period_verbs", [])),
        report_periods=frozenset(merged.get("report_periods", [])),
        report_period_qualifiers=frozenset(merged.get("report_period_qualifiers", [])),
        fiscal_words=frozenset(merged.get("fiscal_words", [])),
        word_classes=MappingProxyType(
            {
                word: WORD_CLASSES[name]
                for name, words in merged.get("word_classes", {}).items()
                for word in words
            }
        ),
    )
