"""The verb/noun pattern lexicon that maps English predicates to CAMEO codes.

Patterns are data (``data/patterns.yaml`` plus any user files), validated on load
against the CAMEO table so that a typo in a lemma list or a code fails loudly with
the file and entry index instead of silently never firing. The schema and the
matching rules the extractor follows are documented in ``data/README.md``.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import yaml

from newsgraph.events.codes import DATA_DIR, CameoTable

from ..errors import NewsgraphError

DEFAULT_PATTERNS = DATA_DIR / "patterns.yaml"
SUPPORTED_VERSION = 1

Kind = Literal["verb", "noun"]
_SECTIONS: Mapping[str, Kind] = MappingProxyType({"verbs": "verb", "nouns": "noun"})
TOP_KEYS = frozenset({"version", "verbs", "nouns", "compose"})
_PATTERN_KEYS = frozenset(
    {
        "code",
        "lemmas",
        "particle",
        "objects",
        "not_objects",
        "complements",
        "target_preps",
        "object_is_target",
        "targeted_code",
        "reciprocal",
        "complement",
        "weight",
        "override",
    }
)
_VERB_ONLY_KEYS = frozenset({"particle", "complement", "complements", "object_is_target"})
_COMPOSE_KEYS = frozenset({"head", "embedded", "override"})
_MAX_PHRASE_WORDS = 2

_PatternKey = tuple[str, str, str | None, frozenset[str], frozenset[str]]


class LexiconError(NewsgraphError, ValueError):
    """A pattern file is malformed; the message names the file, the entry and the problem."""

    def __init__(self, path: Path | str, entry: str | None, problem: str) -> None:
        self.path = str(path)
        self.entry = entry
        self.problem = problem
        where = f"{self.path}: {entry}" if entry else self.path
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True, slots=True)
class Argument:
    """An argument noun of a predicate (object, prepositional object, or a noun's modifier)."""

    lemma: str
    modifiers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Pattern:
    """One lexicon entry: predicate lemmas with the constraints under which they denote ``code``.

    ``objects`` entries are a lemma ("treaty") or a two-word "modifier head" phrase
    ("humanitarian aid"); ``origin`` ("patterns.yaml#verbs[12]") says where it was defined.
    """

    code: str
    kind: Kind
    lemmas: tuple[str, ...]
    particle: str | None = None
    objects: tuple[str, ...] = ()
    not_objects: tuple[str, ...] = ()
    target_preps: tuple[str, ...] = ()
    reciprocal: bool = False
    complement: bool = False
    weight: float = 1.0
    complements: tuple[str, ...] = ()
    object_is_target: bool = True
    targeted_code: str | None = None
    origin: str = ""
    # Last word of every ``objects`` entry: rules out most arguments without splitting phrases.
    object_heads: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        heads = frozenset(obj.rsplit(" ", 1)[-1] for obj in self.objects)
        object.__setattr__(self, "object_heads", heads)

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def specificity(self) -> int:
        """Higher = more constrained, so it should win over a generic pattern for the same lemma."""
        return (
            2 * bool(self.particle)
            + 2 * bool(self.objects)
            + 2 * bool(self.complements)
            + bool(self.not_objects)
        )

    def object_score(self, head: str, modifiers: Iterable[str] = ()) -> int:
        """How well one argument noun satisfies ``objects``.

        2: a "modifier head" phrase matched, 1: a single lemma matched, 0: no match
        (or the pattern has no ``objects``). Candidates with higher scores should win.
        """
        if head not in self.object_heads:
            return 0
        mods = frozenset(modifiers)
        best = 0
        for obj in self.objects:
            words = obj.split(" ")
            if len(words) == 2:
                if words[1] == head and words[0] in mods:
                    return 2
            elif obj == head:
                best = 1
        return best

    def match_score(
        self,
        particles: Collection[str] = (),
        arguments: Iterable[Argument] = (),
        complements: Collection[str] = (),
    ) -> int | None:
        """None when a constraint fails, else the best ``object_score`` over the arguments.

        ``particles``: lemmas of the predicate's prt/prep children; ``arguments``: its
        argument nouns (see README.md); ``complements``: lemmas of its xcomp/ccomp/oprd heads.
        """
        if self.particle is not None and self.particle not in particles:
            return None
        if self.complements and not set(self.complements) & set(complements):
            return None
        args = tuple(arguments)
        if any(self.excludes(a.lemma) for a in args):
            return None
        if not self.objects:
            return 0
        score = max((self.object_score(a.lemma, a.modifiers) for a in args), default=0)
        return score or None

    def excludes(self, head: str) -> bool:
        """True when the argument noun is one of ``not_objects`` (the pattern must not fire)."""
        return head in self.not_objects

    def code_for(self, has_target: bool) -> str:
        """The code to emit: ``targeted_code`` when a target came through ``target_preps``."""
        if has_target and self.targeted_code is not None:
            return self.targeted_code
        return self.code


def _is_word(value: object) -> bool:
    """A single spaCy token lemma: lower case, no spaces or hyphens (spaCy splits on those)."""
    return (
        isinstance(value, str)
        and value != ""
        and value == value.lower()
        and value[0].isalpha()
        and all(ch.isalnum() or ch in "'." for ch in value)
    )


def _is_object(value: object) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value.split(" ")) <= _MAX_PHRASE_WORDS
        and all(_is_word(w) for w in value.split(" "))
    )


class _EntryParser:
    """Validates one raw YAML entry into a Pattern; every error names file and entry."""

    def __init__(self, path: Path, table: CameoTable) -> None:
        self.path = path
        self.table = table

    def fail(self, entry: str, problem: str) -> LexiconError:
        return LexiconError(self.path, entry, problem)

    def words(
        self, entry: str, raw: dict[str, Any], key: str, *, phrases: bool = False
    ) -> tuple[str, ...]:
        value = raw.get(key, [])
        if not isinstance(value, list):
            raise self.fail(entry, f"'{key}' must be a list, got {type(value).__name__}")
        check = _is_object if phrases else _is_word
        for item in value:
            if not check(item):
                what = "a lemma or a two-word 'modifier head' phrase" if phrases else "a lemma"
                raise self.fail(
                    entry,
                    f"'{key}' item {item!r} is not {what} "
                    '(lower case, no hyphens; quote YAML words such as "on"/"off")',
                )
        if len(set(value)) != len(value):
            dupes = sorted({v for v in value if value.count(v) > 1})
            raise self.fail(entry, f"'{key}' repeats {', '.join(dupes)}")
        return tuple(value)

    def code(self, entry: str, value: object, key: str) -> str:
        if not isinstance(value, str):
            raise self.fail(
                entry, f"'{key}' must be a quoted string such as \"057\", got {value!r}"
            )
        if value not in self.table:
            raise self.fail(entry, f"'{key}' {value!r} is not a code in {self.table.source}")
        return value

    def flag(self, entry: str, raw: dict[str, Any], key: str, default: bool) -> bool:
        value = raw.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(entry, f"'{key}' must be true or false, got {value!r}")
        return value

    def parse(self, kind: Kind, entry: str, raw: object) -> tuple[Pattern, bool]:
        if not isinstance(raw, dict):
            raise self.fail(entry, "each pattern must be a mapping")
        unknown = sorted(set(map(str, raw)) - _PATTERN_KEYS)
        if unknown:
            raise self.fail(entry, f"unknown key(s) {', '.join(unknown)}")
        if kind == "noun":
            verb_only = sorted(set(raw) & _VERB_ONLY_KEYS)
            if verb_only:
                raise self.fail(entry, f"key(s) {', '.join(verb_only)} apply to verbs only")
        if "code" not in raw:
            raise self.fail(entry, "missing 'code'")
        code = self.code(entry, raw["code"], "code")
        entry = f"{entry} (code {code})"
        lemmas = self.words(entry, raw, "lemmas")
        if not lemmas:
            raise self.fail(entry, "'lemmas' must list at least one lemma")
        particle = raw.get("particle")
        if particle is not None and not _is_word(particle):
            raise self.fail(entry, f"'particle' {particle!r} is not a single lower-case word")
        objects = self.words(entry, raw, "objects", phrases=True)
        not_objects = self.words(entry, raw, "not_objects")
        overlap = sorted(set(objects) & set(not_objects))
        if overlap:
            raise self.fail(entry, f"{', '.join(overlap)} in both 'objects' and 'not_objects'")
        target_preps = self.words(entry, raw, "target_preps")
        targeted = raw.get("targeted_code")
        targeted_code = None if targeted is None else self.code(entry, targeted, "targeted_code")
        if targeted_code is not None and not target_preps:
            raise self.fail(entry, "'targeted_code' needs 'target_preps' to find the target")
        weight = raw.get("weight", 1.0)
        if (
            isinstance(weight, bool)
            or not isinstance(weight, int | float)
            or not math.isfinite(weight)
            or not 0.0 < weight <= 1.0
        ):
            raise self.fail(entry, f"'weight' must be a number in (0, 1], got {weight!r}")
        pattern = Pattern(
            code=code,
            kind=kind,
            lemmas=lemmas,
            particle=particle,
            objects=objects,
            not_objects=not_objects,
            target_preps=target_preps,
            reciprocal=self.flag(entry, raw, "reciprocal", False),
            complement=self.flag(entry, raw, "complement", False),
            weight=float(weight),
            complements=self.words(entry, raw, "complements"),
            object_is_target=self.flag(entry, raw, "object_is_target", not objects),
            targeted_code=targeted_code,
            origin=f"{self.path.name}#{entry.split(' ')[0]}",
        )
        return pattern, self.flag(entry, raw, "override", False)


def _read(path: Path) -> dict[str, Any]:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise LexiconError(path, None, f"cannot read pattern file: {exc}") from exc
    if not isinstance(doc, dict):
        raise LexiconError(path, None, "a pattern file must be a YAML mapping")
    unknown = sorted(set(map(str, doc)) - TOP_KEYS)
    if unknown:
        raise LexiconError(
            path,
            None,
            f"unknown top-level key(s) {', '.join(unknown)} (allowed: "
            f"{', '.join(sorted(TOP_KEYS))})",
        )
    if doc.get("version") != SUPPORTED_VERSION:
        raise LexiconError(
            path, None, f"'version' must be {SUPPORTED_VERSION}, got {doc.get('version')!r}"
        )
    for section in (*_SECTIONS, "compose"):
        if not isinstance(doc.get(section, []), list):
            raise LexiconError(path, None, f"'{section}' must be a list")
    return doc


class _Builder:
    """Accumulates patterns and compositions across files, enforcing uniqueness and overrides."""

    def __init__(self, table: CameoTable) -> None:
        self.table = table
        self.by_key: dict[_PatternKey, Pattern] = {}
        self.compose: dict[str, dict[str, str]] = {}
        self.compose_origin: dict[tuple[str, str], str] = {}

    def add_file(self, path: Path) -> None:
        doc = _read(path)
        parser = _EntryParser(path, self.table)
        for section, kind in _SECTIONS.items():
            for index, raw in enumerate(doc.get(section, [])):
                entry = f"{section}[{index}]"
                pattern, override = parser.parse(kind, entry, raw)
                self.add_pattern(path, entry, pattern, override)
        for index, raw in enumerate(doc.get("compose", [])):
            self.add_compose(parser, f"compose[{index}]", raw)

    def add_pattern(self, path: Path, entry: str, pattern: Pattern, override: bool) -> None:
        replaced = 0
        for lemma in pattern.lemmas:
            key = (
                pattern.kind,
                lemma,
                pattern.particle,
                frozenset(pattern.objects),
                frozenset(pattern.complements),
            )
            existing = self.by_key.get(key)
            if existing is not None and not override:
                same = (
                    "same code"
                    if existing.code == pattern.code
                    else (f"codes {existing.code} vs {pattern.code}")
                )
                raise LexiconError(
                    path,
                    f"{entry} (code {pattern.code})",
                    f"{pattern.kind} lemma {lemma!r} with the same particle and objects is "
                    f"already defined by {existing.origin} ({same}); remove one, or set "
                    "'override: true' on the later entry to replace the earlier one",
                )
            replaced += existing is not None
            self.by_key[key] = pattern
        if override and not replaced:
            raise LexiconError(
                path,
                f"{entry} (code {pattern.code})",
                "'override: true' but no earlier entry has the same lemma, particle and objects",
            )

    def add_compose(self, parser: _EntryParser, entry: str, raw: object) -> None:
        if not isinstance(raw, dict):
            raise parser.fail(entry, "each compose rule must be a mapping")
        unknown = sorted(set(map(str, raw)) - _COMPOSE_KEYS)
        if unknown:
            raise parser.fail(entry, f"unknown key(s) {', '.join(unknown)}")
        head = parser.code(entry, raw.get("head"), "head")
        override = parser.flag(entry, raw, "override", False)
        embedded = raw.get("embedded")
        if not isinstance(embedded, dict) or not embedded:
            raise parser.fail(entry, "'embedded' must be a non-empty mapping of code to code")
        block = self.compose.setdefault(head, {})
        for source, result in embedded.items():
            source = parser.code(entry, source, f"embedded key {source!r}")
            result = parser.code(entry, result, f"embedded[{source}]")
            origin = self.compose_origin.get((head, source))
            if origin is not None and not override:
                raise parser.fail(
                    entry,
                    f"head {head} + embedded {source} already composed by {origin}; "
                    "set 'override: true' to replace it",
                )
            block[source] = result
            self.compose_origin[(head, source)] = f"{parser.path.name}#{entry}"

    def build(self, sources: tuple[str, ...]) -> Lexicon:
        index: dict[tuple[Kind, str], list[Pattern]] = {}
        for (kind, lemma, *_), pattern in self.by_key.items():
            index.setdefault((kind, lemma), []).append(pattern)

        def ranked(patterns: list[Pattern]) -> tuple[Pattern, ...]:
            return tuple(sorted(patterns, key=lambda p: (-p.specificity, -p.weight, p.code)))

        verbs = {lemma: ranked(ps) for (kind, lemma), ps in index.items() if kind == "verb"}
        nouns = {lemma: ranked(ps) for (kind, lemma), ps in index.items() if kind == "noun"}
        unique: dict[int, Pattern] = {id(p): p for p in self.by_key.values()}
        compose = {head: MappingProxyType(dict(b)) for head, b in self.compose.items()}
        return Lexicon(
            patterns=tuple(unique.values()),
            verbs=MappingProxyType(verbs),
            nouns=MappingProxyType(nouns),
            compositions=MappingProxyType(compose),
            sources=sources,
        )


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """All patterns, indexed by lemma, plus the rules that compose embedded events."""

    patterns: tuple[Pattern, ...]
    verbs: Mapping[str, tuple[Pattern, ...]]
    nouns: Mapping[str, tuple[Pattern, ...]]
    compositions: Mapping[str, Mapping[str, str]]
    sources: tuple[str, ...]

    @classmethod
    def load(
        cls,
        table: CameoTable,
        extra_paths: Sequence[Path | str] = (),
        *,
        include_packaged: bool = True,
    ) -> Lexicon:
        """Read the packaged patterns, then each user file in order (later files may override)."""
        paths = ([DEFAULT_PATTERNS] if include_packaged else []) + [Path(p) for p in extra_paths]
        if not paths:
            raise LexiconError("<none>", None, "no pattern files to load")
        builder = _Builder(table)
        for path in paths:
            builder.add_file(path)
        return builder.build(tuple(str(p) for p in paths))

    def verb_patterns(self, lemma: str) -> tuple[Pattern, ...]:
        """Patterns for a verb lemma, most specific first (then higher weight)."""
        return self.verbs.get(lemma, ())

    def noun_patterns(self, lemma: str) -> tuple[Pattern, ...]:
        """Patterns for an event-noun lemma, most specific first (then higher weight)."""
        return self.nouns.get(lemma, ())

    def match(
        self,
        kind: Kind,
        lemma: str,
        *,
        particles: Collection[str] = (),
        arguments: Iterable[Argument] = (),
        complements: Collection[str] = (),
    ) -> Pattern | None:
        """The best pattern whose constraints hold for this predicate, or None.

        Ranking: object match quality (phrase > lemma > none), then specificity, then weight.
        """
        patterns = self.verb_patterns(lemma) if kind == "verb" else self.noun_patterns(lemma)
        args = tuple(arguments)
        best: tuple[int, int, float] | None = None
        chosen: Pattern | None = None
        for pattern in patterns:
            score = pattern.match_score(particles, args, complements)
            if score is None:
                continue
            rank = (score, pattern.specificity, pattern.weight)
            if best is None or rank > best:
                best, chosen = rank, pattern
        return chosen

    def roots_covered(self) -> frozenset[str]:
        """CAMEO roots that at least one pattern can produce (directly or as targeted code)."""
        return frozenset(code[:2] for code in self.codes_covered())

    def codes_covered(self) -> frozenset[str]:
        codes = {p.code for p in self.patterns}
        codes.update(p.targeted_code for p in self.patterns if p.targeted_code is not None)
        return frozenset(codes)

    def compose(self, head: str, embedded: str) -> str | None:
        """The code for a complement-taking head (e.g. a 03 pledge) whose embedded action is
        ``embedded`` (e.g. 072 military aid -> 0332), or None when no rule combines them.

        The longest head prefix with a rule block wins, then the longest embedded prefix.
        """
        for size in range(len(head), 1, -1):
            block = self.compositions.get(head[:size])
            if block is None:
                continue
            for esize in range(len(embedded), 1, -1):
                result = block.get(embedded[:esize])
                if result is not None:
                    return result
        return None

    def __len__(self) -> int:
        return len(self.patterns)
