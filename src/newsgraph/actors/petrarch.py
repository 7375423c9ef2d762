"""Import a PETRARCH/TABARI actor dictionary (``.actors`` text) into newsgraph's YAML formats.

Users own large PETRARCH dictionaries (Phoenix: about 60,000 lines). This reads one from a path
the user gives and writes people (``people.yaml`` format: dated roles) and extensions of known
states and organisations (``extends:`` entries for the actor dictionary). Lines it cannot use
become warnings naming ``file:line``; nothing is dropped silently. Format notes and what is
carried over: ``data/README.md``, section "Importing a PETRARCH dictionary".
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from .dictionary import CAMEO_CODE, ActorDictionary, normalise
from .people import PeopleRoster, date_bounds

# Titles of imported roles: PETRARCH codes say which actor, never which office.
DATED_TITLE = "PETRARCH role"
DEFAULT_TITLE = "PETRARCH default"
NULL_CODE = "---"
# "[USAGOV 890120-930120]", "[IGOUNO >070201]", "[JORELI <061231]", "[AFG]", "[---]".
_GROUP = re.compile(r"\[([^\[\]]*)\]")
_CODE = re.compile(r"(---|[A-Z0-9]+)(?:\s+(.*))?")
_RANGE = re.compile(r"(\d+)\s*-\s*(\d+)")
_BOUND = re.compile(r"([<>])\s*(\d+)")
# KEDS/TABARI/PETRARCH convention: two-digit years 00-30 are 20YY, others 19YY.
_PIVOT = 30


@dataclass(frozen=True, slots=True)
class PetrarchImport:
    """Converted entries (dicts shaped like the YAML files) plus every warning."""

    sources: tuple[str, ...]
    people: tuple[dict[str, Any], ...]
    states: tuple[dict[str, Any], ...]
    organisations: tuple[dict[str, Any], ...]
    warnings: tuple[str, ...]
    entries: int

    @property
    def roles(self) -> int:
        return sum(len(p["roles"]) for p in self.people)


@dataclass(slots=True)
class _Code:
    code: str
    start: str | None
    end: str | None
    where: str


@dataclass(slots=True)
class _Entry:
    phrase: str
    where: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[_Code] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Tables:
    """What the package data says about codes: states, organisations, CAMEO->PLOVER sectors."""

    states: frozenset[str]
    parts: dict[str, str]
    orgs: dict[str, tuple[str, str | None]]
    sectors: dict[str, str]


def convert_petrarch(
    path: Path,
    *more: Path,
    dictionary: ActorDictionary | None = None,
    roster: PeopleRoster | None = None,
) -> PetrarchImport:
    """Read one or more PETRARCH ``.actors`` files and convert what our formats can hold.

    Phrases the actor dictionary already knows and people already in the roster are skipped
    (with a warning when they disagree), so the output loads beside the package data.
    """
    dictionary = dictionary or ActorDictionary.load()
    roster = roster or PeopleRoster.load(known_codes=dictionary.codes)
    converter = _Converter(_package_tables(), dictionary, roster)
    sources = []
    for source in (path, *more):
        sources.append(str(source))
        for entry in _parse(Path(source), converter.warnings):
            converter.add(entry)
    return converter.result(tuple(sources))


def write_yaml(import_: PetrarchImport, out_dir: Path) -> tuple[Path, ...]:
    """Write ``people.yaml``, ``actors.yaml`` and ``warnings.txt`` into ``out_dir``."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        header = f"# Imported from PETRARCH dictionary {', '.join(import_.sources)}\n"
        people = {"version": 1, "titles": [DATED_TITLE, DEFAULT_TITLE]}
        people["people"] = list(import_.people)
        actors: dict[str, Any] = {"version": 1}
        if import_.states:
            actors["states"] = list(import_.states)
        if import_.organisations:
            actors["organisations"] = list(import_.organisations)
        written = []
        for name, data in (("people.yaml", people), ("actors.yaml", actors)):
            target = out / name
            text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
            target.write_text(header + text, "utf-8")
            written.append(target)
        target = out / "warnings.txt"
        target.write_text("".join(w + "\n" for w in import_.warnings), "utf-8")
        written.append(target)
    except OSError as exc:
        raise InputError(f"{out}: cannot write the PETRARCH import: {exc}") from exc
    return tuple(written)


# -- reading ----------------------------------------------------------------------------------


def _parse(path: Path, warnings: list[str]) -> Iterable[_Entry]:
    """Entries in file order: a root phrase line, ``+`` synonyms, and indented code lines."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read PETRARCH dictionary: {exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        warnings.append(f"{path}: not UTF-8; read as Latin-1")
    entry: _Entry | None = None
    for number, line in enumerate(text.splitlines(), 1):
        where = f"{path}:{number}"
        if "---STOP---" in line:
            break
        body = re.split(r"[#;]", line, maxsplit=1)[0].rstrip()
        if not body.strip():
            continue
        if body[0] in " \t[":
            if entry is None:
                warnings.append(f"{where}: code line outside any entry: {line.strip()!r}")
                continue
            rest = _codes(body, where, entry.codes, warnings)
            if rest.strip():
                warnings.append(f"{where}: text outside brackets ignored: {rest.strip()!r}")
            continue
        if body.startswith("+"):
            if entry is None:
                warnings.append(f"{where}: synonym outside any entry: {line.strip()!r}")
                continue
            phrase, _, rest = body[1:].partition("[")
            if rest:
                _codes("[" + rest, where, entry.codes, warnings)
            if _phrase(phrase):
                entry.synonyms.append(_phrase(phrase))
            else:
                warnings.append(f"{where}: empty synonym")
            continue
        if entry is not None:
            yield entry
        phrase, _, rest = body.partition("[")
        entry = _Entry(_phrase(phrase), where)
        if rest:
            leftover = _codes("[" + rest, where, entry.codes, warnings)
            if leftover.strip():
                warnings.append(f"{where}: text outside brackets ignored: {leftover.strip()!r}")
    if entry is not None:
        yield entry


def _phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


def _codes(text: str, where: str, into: list[_Code], warnings: list[str]) -> str:
    """Parse every ``[CODE date]`` group of a line into ``into``; returns the text left over."""
    for group in _GROUP.findall(text):
        parsed = _code(group.strip(), where)
        if isinstance(parsed, str):
            warnings.append(parsed)
        else:
            into.append(parsed)
    leftover = _GROUP.sub(" ", text)
    if "[" in leftover or "]" in leftover:
        warnings.append(f"{where}: unbalanced bracket in {text.strip()!r}")
        leftover = leftover.replace("[", " ").replace("]", " ")
    return leftover


def _code(group: str, where: str) -> _Code | str:
    match = _CODE.fullmatch(group)
    if match is None:
        return f"{where}: cannot read code [{group}]"
    code, restriction = match.group(1), (match.group(2) or "").strip()
    if not restriction:
        return _Code(code, None, None, where)
    try:
        span = _RANGE.fullmatch(restriction)
        if span:
            start, end = _date(span.group(1)), _date(span.group(2))
            if date_bounds(start, end)[1] <= date_bounds(start, end)[0]:
                return f"{where}: [{group}] ends before it starts"
            return _Code(code, start, end, where)
        bound = _BOUND.fullmatch(restriction)
        if bound:
            day = _date(bound.group(2))
            if bound.group(1) == ">":
                return _Code(code, day, None, where)
            return _Code(code, None, day, where)
    except ValueError as exc:
        return f"{where}: [{group}]: {exc}"
    return f"{where}: [{group}]: date restriction is not >DATE, <DATE or DATE-DATE"


def _date(digits: str) -> str:
    """YYMMDD (pivot: 00-30 is 20YY) or YYYYMMDD as ISO; other lengths are refused."""
    if len(digits) == 6:
        year = int(digits[:2])
        year += 2000 if year <= _PIVOT else 1900
        month, day = int(digits[2:4]), int(digits[4:6])
    elif len(digits) == 8:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    else:
        raise ValueError(f"date {digits!r} is neither YYMMDD nor YYYYMMDD")
    return datetime.date(year, month, day).isoformat()


# -- converting -------------------------------------------------------------------------------


def _package_tables() -> _Tables:
    data = resources.files(__package__).joinpath("data")

    def read(name: str) -> dict[str, Any]:
        return yaml.safe_load(data.joinpath(name).read_text("utf-8"))

    state_entries = read("states.yaml")["states"]
    states = frozenset(e["code"] for e in state_entries)
    parts = {e["code"]: e["part_of"] for e in state_entries if e.get("part_of")}
    orgs = {
        e["code"]: (e["org"], e.get("sector")) for e in read("organisations.yaml")["organisations"]
    }
    pairs = [(e["cameo"][:3], e["sector"]) for e in read("sectors.yaml")["sectors"]]
    sectors: dict[str, str] = {}
    for cameo in {c for c, _ in pairs}:
        options = {s for c, s in pairs if c == cameo}
        if cameo in options:
            sectors[cameo] = cameo
        elif len(options) == 1:
            sectors[cameo] = options.pop()
    return _Tables(states, parts, orgs, sectors)


class _Converter:
    """Sorts parsed entries into people and state/organisation extensions, checking clashes."""

    def __init__(self, tables: _Tables, dictionary: ActorDictionary, roster: PeopleRoster) -> None:
        self.tables = tables
        self.dictionary = dictionary
        self.roster = roster
        self.warnings: list[str] = []
        self.people: dict[str, dict[str, Any]] = {}
        self.claims: dict[str, str] = {}  # normalised person name -> person key
        self.phrases: dict[str, str] = {}  # normalised actor phrase -> code, this import
        self.extensions: dict[tuple[str, str], dict[str, Any]] = {}
        self.entries = 0

    def add(self, entry: _Entry) -> None:
        self.entries += 1
        phrases = [p for p in dict.fromkeys([entry.phrase, *entry.synonyms]) if normalise(p)]
        codes = [c for c in entry.codes if c.code != NULL_CODE]
        if not phrases:
            self.warnings.append(f"{entry.where}: entry has no phrase")
            return
        if not codes:
            why = "null code [---]" if entry.codes else "no code"
            self.warnings.append(f"{entry.where}: {entry.phrase!r} has {why}; not carried over")
            return
        dated = [c for c in codes if c.start or c.end]
        known = self.dictionary.lookup(entry.phrase)
        if known is not None or (not dated and self._institutional(entry.phrase)):
            if dated:
                self.warnings.append(
                    f"{entry.where}: {entry.phrase!r} names an actor, not a person; its dated "
                    "codes are not carried over"
                )
            self._extension(phrases, codes[-1], entry.where)
            return
        self._person(entry, phrases, codes)

    def result(self, sources: tuple[str, ...]) -> PetrarchImport:
        ext = self.extensions
        return PetrarchImport(
            sources=sources,
            people=tuple(self.people.values()),
            states=tuple(e for (section, _), e in ext.items() if section == "states"),
            organisations=tuple(e for (section, _), e in ext.items() if section == "organisations"),
            warnings=tuple(self.warnings),
            entries=self.entries,
        )

    def _institutional(self, phrase: str) -> bool:
        """A phrase with one word, a sector word or an actor name in it is not a person."""
        words = phrase.split()
        if len(words) == 1:
            return True
        grams = (
            " ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
        )
        for gram in grams:
            actor = self.dictionary.lookup(gram)
            if self.dictionary.sector(gram) or (actor is not None and not actor.ambiguous):
                return True
        return False

    # -- states and organisations --------------------------------------------------------
    def _extension(self, phrases: list[str], code: _Code, where: str) -> None:
        target = self._split(code.code, where)
        if target is None:
            return
        base, kind, sector = target
        if kind == "organisation" and (sector is None or sector == self.tables.orgs[base][1]):
            section, key = "organisations", "aliases"
        elif kind == "state" and sector is None:
            section, key = "states", "aliases"
        elif kind == "state":
            section, key = "states", "institutions"
        else:
            self.warnings.append(
                f"{where}: {code.code} is a sector of organisation {base}; our format has no "
                "sectors of organisations, not carried over"
            )
            return
        for phrase in phrases:
            norm = normalise(phrase)
            known = self.dictionary.lookup(phrase)
            if known is not None:
                if known.code != base:
                    self.warnings.append(
                        f"{where}: {phrase!r} already means {known.code} in the actor dictionary; "
                        f"not moved to {code.code}"
                    )
                continue
            if norm in self.phrases:
                if self.phrases[norm] != base:
                    self.warnings.append(
                        f"{where}: {phrase!r} is already imported for {self.phrases[norm]}; "
                        f"not also for {code.code}"
                    )
                continue
            self.phrases[norm] = base
            entry = self.extensions.setdefault((section, base), {"extends": base})
            if key == "aliases":
                entry.setdefault("aliases", []).append(phrase)
            else:
                entry.setdefault("institutions", {}).setdefault(sector, []).append(phrase)

    def _split(self, code: str, where: str) -> tuple[str, str, str | None] | None:
        """(base code, state|organisation, PLOVER sector) of a CAMEO code, or None + warning."""
        if not CAMEO_CODE.fullmatch(code):
            self.warnings.append(f"{where}: {code} is not a CAMEO code (letters in 3s)")
            return None
        if code[:3] in self.tables.states:
            base, kind = code[:3], "state"
            if self.tables.parts.get(code[3:6]) == base:  # "GBRVGB": a dependency of GBR
                base = code[3:6]
        else:
            prefixes = [code[:n] for n in range(len(code), 2, -3) if code[:n] in self.tables.orgs]
            if not prefixes:
                self.warnings.append(f"{where}: {code}: no state or organisation code matches")
                return None
            base, kind = prefixes[0], "organisation"
        offset = 6 if kind == "state" and base != code[:3] else len(base)
        agent = code[offset : offset + 3]
        if not agent:
            return base, kind, None
        sector = self.tables.sectors.get(agent)
        if sector is None:
            self.warnings.append(f"{where}: {code}: agent {agent} has no PLOVER sector here")
            return None
        return base, kind, sector

    # -- people --------------------------------------------------------------------------
    def _person(self, entry: _Entry, phrases: list[str], codes: list[_Code]) -> None:
        names = [_display(p) for p in phrases]
        for name in names:
            if self.roster.lookup(name) is not None:
                self.warnings.append(
                    f"{entry.where}: {name!r} is already in people.yaml; entry not imported"
                )
                return
        roles = self._roles(codes, entry.where)
        if not roles:
            self.warnings.append(f"{entry.where}: {entry.phrase!r} has no usable role")
            return
        # The same phrase twice (PETRARCH files repeat entries) is the same person.
        owner = self.claims.get(normalise(names[0]), normalise(names[0]))
        person = self.people.setdefault(owner, {"name": names[0], "roles": []})
        for name in names:
            claimant = self.claims.setdefault(normalise(name), owner)
            if _own_form(person, normalise(name)) is None:
                person.setdefault("aliases", []).append(name)
            if claimant != owner:
                # Two entries share a synonym: both keep it, marked ambiguous.
                for shared in (self.people[claimant], person):
                    form = _own_form(shared, normalise(name))
                    marks = shared.setdefault("ambiguous", [])
                    if form is not None and form not in marks:
                        marks.append(form)
        person["roles"] = _merge(person["roles"] + roles, entry.where, self.warnings)

    def _roles(self, codes: list[_Code], where: str) -> list[dict[str, Any]]:
        undated = [c for c in codes if not (c.start or c.end)]
        for replaced in undated[:-1]:
            self.warnings.append(
                f"{replaced.where}: default code {replaced.code} is replaced by "
                f"{undated[-1].code} (PETRARCH keeps the last); not carried over"
            )
        roles = []
        for code in [c for c in codes if c.start or c.end] + undated[-1:]:
            target = self._split(code.code, code.where)
            if target is None:
                continue
            base, kind, sector = target
            role: dict[str, Any] = {"code": code.code}
            if kind == "organisation":
                role["org"] = self.tables.orgs[base][0]
            role["sector"] = sector
            role["title"] = DATED_TITLE if code.start or code.end else DEFAULT_TITLE
            if code.start:
                role["start"] = code.start
            if code.end:
                role["end"] = code.end
            roles.append(role)
        return roles


def _display(phrase: str) -> str:
    """PETRARCH writes names in capitals; people get their words capitalised for display."""
    if not phrase.isupper():
        return phrase
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), phrase.lower())


def _own_form(person: dict[str, Any], norm: str) -> str | None:
    for name in [person["name"], *person.get("aliases", [])]:
        if normalise(name) == norm:
            return name
    return None


def _merge(roles: list[dict[str, Any]], where: str, warnings: list[str]) -> list[dict[str, Any]]:
    """Unite overlapping spans of one code (PETRARCH allows them; our format does not)."""
    merged: list[dict[str, Any]] = []
    for role in sorted(roles, key=lambda r: (r["title"], r["code"], _span(r))):
        last = merged[-1] if merged else None
        if (
            last is not None
            and (last["title"], last["code"]) == (role["title"], role["code"])
            and _span(role)[0] <= _span(last)[1]
        ):
            if _span(role) != _span(last):
                warnings.append(
                    f"{where}: overlapping dates for {role['code']} merged into one span"
                )
            if _span(role)[1] > _span(last)[1]:
                if "end" in role:
                    last["end"] = role["end"]
                else:
                    last.pop("end", None)
            continue
        merged.append(dict(role))
    return merged


def _span(role: dict[str, Any]) -> tuple[datetime.date, datetime.date]:
    return date_bounds(role.get("start"), role.get("end"))


__all__ = ["PetrarchImport", "convert_petrarch", "write_yaml"]
