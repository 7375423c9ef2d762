"""The CAMEO event code table with Goldstein scores and PLOVER equivalents.

The table is data (``data/cameo.tsv``), validated on load against the PLOVER
vocabulary (``data/plover.yaml``), so a typo in a user-supplied table fails with
the file, line and problem instead of producing silently wrong events.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import yaml

from ..errors import NewsgraphError

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_TABLE = DATA_DIR / "cameo.tsv"
DEFAULT_VOCABULARY = DATA_DIR / "plover.yaml"

COLUMNS = (
    "code",
    "name",
    "goldstein",
    "quad_class",
    "plover_event",
    "plover_mode",
    "plover_context",
)
NONE_MARK = "-"
CONTEXT_SEPARATOR = ","
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
_CODE_RE = re.compile(r"\d{2,4}")
_HEADER = "\t".join(COLUMNS)


def quad_class_for_root(root: str) -> int:
    """CAMEO QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
    n = int(root)
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    if n <= 13:
        return 3
    return 4


# PentaClass as the Phoenix event data pipeline defines it: root 16 (reduce relations:
# sanctions, expulsions, aid cuts) is a verbal-conflict class 3, unlike in QuadClass.
PENTA_VERBAL_CONFLICT_ROOTS = frozenset({"16"})


def penta_class_for_root(root: str) -> int:
    """CAMEO PentaClass: 0 neutral (01-02), 1 verbal and 2 material cooperation, 3 verbal
    conflict (09-13 and 16), 4 material conflict (14-15, 17-20)."""
    n = int(root)
    if n <= 2:
        return 0
    if root in PENTA_VERBAL_CONFLICT_ROOTS:
        return 3
    return quad_class_for_root(root)


class CodeTableError(NewsgraphError, ValueError):
    """A CAMEO table or PLOVER vocabulary file is malformed; names the file, line and problem."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code and its PLOVER equivalent.

    ``plover`` is None for the few CAMEO codes that PLOVER dropped without a
    replacement (most of root 01, public statements); ``plover_context`` may hold
    several context tags joined by commas (see ``plover_contexts``).
    """

    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str
    plover: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def penta_class(self) -> int:
        """0: roots 01-02, 1: 03-05, 2: 06-08, 3: 09-13, 4: 14-20."""
        return penta_class_for_root(self.root)

    @property
    def plover_contexts(self) -> tuple[str, ...]:
        if self.plover_context is None:
            return ()
        return tuple(self.plover_context.split(CONTEXT_SEPARATOR))

    @property
    def parent(self) -> str | None:
        """The next more general code: base code for a detailed code, root for a base code."""
        if len(self.code) == 2:
            return None
        if len(self.code) == 4:
            return self.code[:3]
        return self.root

    @property
    def is_root(self) -> bool:
        return len(self.code) == 2


@dataclass(frozen=True, slots=True, eq=False)
class PloverVocabulary:
    """The PLOVER event categories, the modes each allows, and the context tags."""

    modes: Mapping[str, frozenset[str]]
    contexts: frozenset[str]

    @property
    def events(self) -> frozenset[str]:
        return frozenset(self.modes)

    @classmethod
    def load(cls, path: Path | None = None) -> PloverVocabulary:
        """Read and validate a vocabulary file (default: the packaged one)."""
        path = DEFAULT_VOCABULARY if path is None else Path(path)
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise CodeTableError(path, None, f"cannot read PLOVER vocabulary: {exc}") from exc
        if not isinstance(doc, dict) or set(doc) != {"version", "events", "contexts"}:
            raise CodeTableError(path, None, "expected exactly the keys version, events, contexts")
        if doc["version"] != 1:
            raise CodeTableError(path, None, f"unsupported version {doc['version']!r}")
        events, contexts = doc["events"], doc["contexts"]
        if not isinstance(events, dict) or not events:
            raise CodeTableError(path, None, "'events' must be a non-empty mapping")
        modes: dict[str, frozenset[str]] = {}
        for event, event_modes in events.items():
            if not isinstance(event, str) or not event.isupper():
                raise CodeTableError(path, None, f"event name {event!r} must be upper case")
            if not isinstance(event_modes, list) or not all(
                isinstance(m, str) and m for m in event_modes
            ):
                raise CodeTableError(path, None, f"modes of {event} must be a list of strings")
            modes[event] = frozenset(event_modes)
        if not isinstance(contexts, list) or not all(isinstance(c, str) and c for c in contexts):
            raise CodeTableError(path, None, "'contexts' must be a list of strings")
        return cls(modes=MappingProxyType(modes), contexts=frozenset(contexts))


def _optional(value: str) -> str | None:
    return None if value == NONE_MARK else value


def _parse_row(
    path: Path, line_no: int, fields: list[str], vocabulary: PloverVocabulary
) -> CameoCode:
    """Turn one TSV row into a CameoCode, checking everything that is local to the row."""
    if len(fields) != len(COLUMNS):
        raise CodeTableError(
            path, line_no, f"expected {len(COLUMNS)} tab-separated fields, found {len(fields)}"
        )
    code, name, goldstein_text, quad_text, event_text, mode_text, context_text = (
        f.strip() for f in fields
    )
    if not _CODE_RE.fullmatch(code):
        raise CodeTableError(path, line_no, f"code {code!r} is not 2 to 4 digits")
    root = code[:2]
    if root not in ROOTS:
        raise CodeTableError(path, line_no, f"code {code}: root {root} is not one of 01-20")
    if not name:
        raise CodeTableError(path, line_no, f"code {code}: empty name")
    try:
        goldstein = float(goldstein_text)
    except ValueError:
        raise CodeTableError(
            path, line_no, f"code {code}: goldstein {goldstein_text!r} is not a number"
        ) from None
    if not math.isfinite(goldstein) or not -10.0 <= goldstein <= 10.0:
        raise CodeTableError(path, line_no, f"code {code}: goldstein {goldstein} not in [-10, 10]")
    expected_quad = quad_class_for_root(root)
    if quad_text != str(expected_quad):
        raise CodeTableError(
            path,
            line_no,
            f"code {code}: quad_class {quad_text!r} but root {root} is quad class {expected_quad}",
        )
    event, mode, context = _optional(event_text), _optional(mode_text), _optional(context_text)
    if event is not None and event not in vocabulary.modes:
        raise CodeTableError(path, line_no, f"code {code}: unknown PLOVER event {event!r}")
    if mode is not None:
        if event is None:
            raise CodeTableError(path, line_no, f"code {code}: PLOVER mode without an event")
        if mode not in vocabulary.modes[event]:
            allowed = ", ".join(sorted(vocabulary.modes[event])) or "none"
            raise CodeTableError(
                path,
                line_no,
                f"code {code}: mode {mode!r} not allowed for {event} (allowed: {allowed})",
            )
    if context is not None:
        for tag in context.split(CONTEXT_SEPARATOR):
            if tag not in vocabulary.contexts:
                raise CodeTableError(path, line_no, f"code {code}: unknown PLOVER context {tag!r}")
    return CameoCode(
        code=code,
        name=name,
        goldstein=goldstein,
        quad_class=expected_quad,
        root=root,
        plover=event,
        plover_mode=mode,
        plover_context=context,
    )


@dataclass(frozen=True, slots=True, eq=False)
class CameoTable:
    """All CAMEO codes of one table file, in file order, looked up by code string."""

    codes: Mapping[str, CameoCode]
    source: str

    @classmethod
    def load(
        cls, path: Path | None = None, vocabulary: PloverVocabulary | None = None
    ) -> CameoTable:
        """Read and validate a table (default: the packaged CAMEO table)."""
        path = DEFAULT_TABLE if path is None else Path(path)
        vocabulary = PloverVocabulary.load() if vocabulary is None else vocabulary
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CodeTableError(path, None, f"cannot read CAMEO table: {exc}") from exc
        codes: dict[str, CameoCode] = {}
        first_line: dict[str, int] = {}
        header_seen = False
        for line_no, raw in enumerate(lines, start=1):
            if not raw.strip() or raw.startswith("#"):
                continue
            fields = raw.split("\t")
            if not header_seen:
                if tuple(f.strip() for f in fields) != COLUMNS:
                    raise CodeTableError(path, line_no, f"header must be the columns {_HEADER!r}")
                header_seen = True
                continue
            entry = _parse_row(path, line_no, fields, vocabulary)
            if entry.code in codes:
                raise CodeTableError(
                    path,
                    line_no,
                    f"duplicate code {entry.code} (first on line {first_line[entry.code]})",
                )
            codes[entry.code] = entry
            first_line[entry.code] = line_no
        if not header_seen:
            raise CodeTableError(path, None, "empty table: no header line")
        if not codes:
            raise CodeTableError(path, None, "table has a header but no codes")
        for code, entry in codes.items():
            parent = entry.parent
            if parent is not None and parent not in codes:
                kind = "root" if len(parent) == 2 else "base code"
                raise CodeTableError(
                    path, first_line[code], f"code {code}: its {kind} {parent} is not in the table"
                )
        return cls(codes=MappingProxyType(codes), source=str(path))

    def get(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError:
            raise KeyError(
                f"unknown CAMEO code {code!r} (not in {self.source}); "
                "codes are 2-4 digit strings with leading zeros, e.g. '010', '0211'"
            ) from None

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self.codes

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self.codes.values())

    def __len__(self) -> int:
        return len(self.codes)

    def roots(self) -> tuple[CameoCode, ...]:
        return tuple(c for c in self.codes.values() if c.is_root)

    def children(self, code: str) -> tuple[CameoCode, ...]:
        """Codes whose parent is ``code`` (base codes of a root, detailed codes of a base code)."""
        self.get(code)
        return tuple(c for c in self.codes.values() if c.parent == code)
