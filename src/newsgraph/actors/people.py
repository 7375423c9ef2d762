"""People with dated roles: the same name resolves to the office its holder had on a date.

The knowledge lives in ``data/people.yaml`` (format in ``data/README.md``, section "People");
this module validates it and answers name and surname lookups. "Stoltenberg" is NATO's
government until 2024-10-01 and nobody's afterwards, so lookups take the article's date.
Users add people with their own files in the same format (``PeopleRoster.load(extra_paths)``).
"""

from __future__ import annotations

import calendar
import datetime
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..datafile import yaml_mapping
from ..errors import NewsgraphError
from .dictionary import (
    CAMEO_CODE,
    ISO_CODE,
    ORG_ACRONYM,
    SECTOR_CODE,
    STATELESS_GROUP,
    normalise,
)
from .validation import check_keys, string_list, text_field

# Current office-holders (about 2010 on), then leaders of the late Cold War and after (1975-2010).
PACKAGE_FILES = ("people.yaml", "people_history.yaml")
SUPPORTED_VERSIONS = frozenset({1})
TOP_KEYS = frozenset({"version", "titles", "people"})
PERSON_KEYS = frozenset({"name", "aliases", "surnames", "surname_alone", "ambiguous", "roles"})
ROLE_KEYS = frozenset({"code", "country", "org", "sector", "title", "start", "end"})
# "2024", "2024-06" or "2024-06-17": a date is written only as precisely as it is known.
# Namesakes in office within two years of a date leave a bare surname ambiguous
# ("Rasmussen" in 2012: Anders Fogh at NATO, Lars Løkke out of office since 2011).
SURNAME_MARGIN = datetime.timedelta(days=730)
# Shortest surname read through a misspelling: shorter ones are too close to one another.
MIN_MISSPELT = 6
DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class PeopleError(NewsgraphError, ValueError):
    """A people file is unusable; the message names the file, the entry and the problem."""


@dataclass(frozen=True, slots=True)
class Role:
    """An office held between two dates; ``end`` is exclusive, None means open."""

    code: str
    country: str | None
    org: str | None
    sector: str | None
    title: str
    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class Person:
    """A named person; ``surnames`` may be used alone only when ``surname_alone``."""

    name: str
    aliases: tuple[str, ...]
    surnames: tuple[str, ...]
    roles: tuple[Role, ...]
    surname_alone: bool = True
    ambiguous: tuple[str, ...] = ()


def date_bounds(start: str | None, end: str | None) -> tuple[datetime.date, datetime.date]:
    """The half-open day interval of a role: a partial start opens on the first day of its
    period, a partial end closes after the last day of its period (lenient on both sides)."""
    low = _first_day(start) if start else datetime.date.min
    high = _after_last_day(end) if end else datetime.date.max
    return low, high


def _parts(text: str) -> tuple[int, int | None, int | None]:
    match = DATE.fullmatch(text)
    if match is None:
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        datetime.date(year, month or 1, day or 1)
    except ValueError as exc:
        raise ValueError(f"date {text!r} is not a calendar date: {exc}") from exc
    return year, month, day


def _first_day(text: str) -> datetime.date:
    year, month, day = _parts(text)
    return datetime.date(year, month or 1, day or 1)


def _after_last_day(text: str) -> datetime.date:
    year, month, day = _parts(text)
    if day is not None:
        return datetime.date(year, month or 1, day)  # a day-precise end is exclusive
    if month is None:
        return datetime.date(year, 12, 31) + datetime.timedelta(days=1)
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, last) + datetime.timedelta(days=1)


def valid_on(role: Role, on: datetime.date) -> bool:
    """True when the role was held on that day."""
    low, high = date_bounds(role.start, role.end)
    return low <= on < high


def _dated_role_near(person: Person, on: datetime.date, margin: datetime.timedelta) -> bool:
    """True when one of the person's dated roles was held within ``margin`` of the day."""
    for role in person.roles:
        if _timeless(role):
            continue
        low, high = date_bounds(role.start, role.end)
        if (low == datetime.date.min or on >= low - margin) and (
            high == datetime.date.max or on < high + margin
        ):
            return True
    return False


def _timeless(role: Role) -> bool:
    return role.start is None and role.end is None


class _Builder:
    """Collects and cross-checks people from every file before the tables are frozen."""

    def __init__(self, known_codes: frozenset[str] | None) -> None:
        self.known_codes = known_codes
        self.titles: list[str] = []
        self.people: list[tuple[Person, str]] = []
        self.names: dict[str, list[int]] = {}
        self.surnames: dict[str, list[int]] = {}

    def add_file(self, source: str, text: str) -> None:
        data = yaml_mapping(text, source, TOP_KEYS, SUPPORTED_VERSIONS, PeopleError)
        for title in _strings(data, "titles", source):
            if title not in self.titles:
                self.titles.append(title)
        people = data.get("people") or []
        if not isinstance(people, list):
            raise PeopleError(f"{source}: `people` must be a list of entries")
        for index, entry in enumerate(people):
            where = f"{source}: people[{index}]"
            if not isinstance(entry, dict):
                raise PeopleError(f"{where}: expected a mapping, got {entry!r}")
            self._person(entry, where)

    def _person(self, entry: dict[str, Any], where: str) -> None:
        _check_keys(entry, PERSON_KEYS, where, required=("name", "roles"))
        name = _text(entry, "name", where)
        where = f"{where} ({name})"
        aliases = tuple(dict.fromkeys(a for a in _strings(entry, "aliases", where) if a != name))
        surnames = tuple(_strings(entry, "surnames", where))
        alone = entry.get("surname_alone", True)
        if not isinstance(alone, bool):
            raise PeopleError(f"{where}: `surname_alone` must be true or false")
        ambiguous = tuple(_strings(entry, "ambiguous", where))
        own = {normalise(n) for n in (name, *aliases)}
        for phrase in ambiguous:
            if normalise(phrase) not in own:
                raise PeopleError(
                    f"{where}: ambiguous name {phrase!r} is not the name or an alias of this entry"
                )
        raw_roles = entry.get("roles")
        if not isinstance(raw_roles, list) or not raw_roles:
            raise PeopleError(f"{where}: `roles` must be a non-empty list")
        roles = tuple(self._role(r, f"{where}: roles[{i}]") for i, r in enumerate(raw_roles))
        _check_overlaps(roles, where)
        person = Person(name, aliases, surnames, roles, alone, ambiguous)
        index = len(self.people)
        self.people.append((person, where))
        marked = {normalise(a) for a in ambiguous}
        for phrase in (name, *aliases):
            key = _key(phrase, where)
            claimants = self.names.setdefault(key, [])
            if index in claimants:
                continue
            if claimants and not (
                key in marked and all(_marks(self.people[c][0], key) for c in claimants)
            ):
                other = self.people[claimants[0]]
                raise PeopleError(
                    f"{where}: name {phrase!r} is already used by {other[0].name} ({other[1]}); "
                    "list it under `ambiguous` in every entry that shares it"
                )
            claimants.append(index)
        for surname in surnames:
            claimants = self.surnames.setdefault(_key(surname, where), [])
            if index not in claimants:
                claimants.append(index)

    def _role(self, entry: Any, where: str) -> Role:
        if not isinstance(entry, dict):
            raise PeopleError(f"{where}: expected a mapping, got {entry!r}")
        _check_keys(entry, ROLE_KEYS, where, required=("code", "title"))
        code = _text(entry, "code", where)
        title = _text(entry, "title", where)
        where = f"{where} ({code} {title})"
        if not CAMEO_CODE.fullmatch(code):
            raise PeopleError(f"{where}: code {code!r} is not a CAMEO code (uppercase, in 3s)")
        if title not in self.titles:
            raise PeopleError(
                f"{where}: unknown title {title!r}; add it to `titles` (most senior first)"
            )
        org = _optional(entry, "org", where)
        country = _optional(entry, "country", where)
        sector = _optional(entry, "sector", where)
        if org is not None:
            if not ORG_ACRONYM.fullmatch(org):
                raise PeopleError(f"{where}: org {org!r} must be 2-12 letters or digits")
            self._check_known(code, where)
        elif code.startswith(STATELESS_GROUP) and country is None:
            # A transnational armed group's role ("IMGMOSALQREB"): of no state and no IGO.
            self._check_known(code, where)
            if sector is None:
                raise PeopleError(f"{where}: a role in a stateless group needs its `sector`")
        else:
            country = country or code[:3]
            if not code.startswith(country):
                raise PeopleError(f"{where}: code {code!r} does not start with country {country}")
            if sector is None and len(code) >= 6:
                sector = code[3:6]
            if self.known_codes is not None and country not in self.known_codes:
                raise PeopleError(f"{where}: country {country!r} is not in the actor dictionary")
        if country is not None and not ISO_CODE.fullmatch(country):
            raise PeopleError(f"{where}: country {country!r} is not an ISO alpha-3 code")
        if sector is not None and not SECTOR_CODE.fullmatch(sector):
            raise PeopleError(f"{where}: sector {sector!r} is not 3 uppercase letters")
        start = _date(entry, "start", where)
        end = _date(entry, "end", where)
        if start and end:
            low, high = date_bounds(start, end)
            if high <= low:
                raise PeopleError(f"{where}: end {end} is not after start {start}")
        return Role(code, country, org, sector, title, start, end)

    def _check_known(self, code: str, where: str) -> None:
        if self.known_codes is None:
            return
        prefixes = (code[:n] for n in range(len(code), 2, -3))
        if not any(p in self.known_codes for p in prefixes):
            raise PeopleError(
                f"{where}: no organisation code in the actor dictionary is a prefix of {code!r}"
            )

    def build(self) -> PeopleRoster:
        people = tuple(p for p, _ in self.people)
        names = {k: tuple(people[i] for i in v) for k, v in self.names.items()}
        surnames = {k: tuple(people[i] for i in v) for k, v in self.surnames.items()}
        ranks = {title: rank for rank, title in enumerate(self.titles)}
        return PeopleRoster(people, names, surnames, ranks)


def _marks(person: Person, key: str) -> bool:
    return any(normalise(a) == key for a in person.ambiguous)


def _check_overlaps(roles: tuple[Role, ...], where: str) -> None:
    by_office: dict[tuple[str, str], list[Role]] = {}
    for role in roles:
        by_office.setdefault((role.title, role.code), []).append(role)
    for (title, code), held in by_office.items():
        spans = sorted(((date_bounds(r.start, r.end), r) for r in held), key=lambda s: s[0])
        for (first, a), (second, b) in itertools.pairwise(spans):
            if second[0] < first[1]:
                raise PeopleError(
                    f"{where}: overlapping dates for {title} {code}: "
                    f"{a.start or '...'} to {a.end or '...'} and {b.start or '...'} to "
                    f"{b.end or '...'}"
                )


class PeopleRoster:
    """Name -> person tables, frozen after load; lookups pick the role held on a date."""

    def __init__(
        self,
        people: tuple[Person, ...],
        names: Mapping[str, tuple[Person, ...]],
        surnames: Mapping[str, tuple[Person, ...]],
        ranks: Mapping[str, int],
    ) -> None:
        self._people = people
        self._names = MappingProxyType(dict(names))
        self._surnames = MappingProxyType(dict(surnames))
        self._ranks = MappingProxyType(dict(ranks))
        # Each long surname with one letter dropped, for misspellings ("Mitterand").
        short: dict[str, set[str]] = {}
        for key in surnames:
            if len(key) >= MIN_MISSPELT and " " not in key:
                for i in range(len(key)):
                    short.setdefault(key[:i] + key[i + 1 :], set()).add(key)
        self._shortened = MappingProxyType({k: frozenset(v) for k, v in short.items()})

    @classmethod
    def load(
        cls, extra_paths: Sequence[Path] = (), known_codes: frozenset[str] | None = None
    ) -> PeopleRoster:
        """Package data, then each user file in order; ``known_codes`` checks role codes
        against the actor dictionary (pass ``ActorDictionary.load().codes``)."""
        builder = _Builder(known_codes)
        data = resources.files(__package__).joinpath("data")
        for name in PACKAGE_FILES:
            builder.add_file(f"actors/data/{name}", data.joinpath(name).read_text("utf-8"))
        for path in extra_paths:
            try:
                user_text = Path(path).read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise PeopleError(f"{path}: cannot read people file: {exc}") from exc
            builder.add_file(str(path), user_text)
        return builder.build()

    @property
    def people(self) -> tuple[Person, ...]:
        return self._people

    def lookup(
        self, name: str, on: datetime.date | None = None
    ) -> tuple[Person, Role | None] | None:
        """The person a full name or alias denotes, with the role held ``on`` that date
        (the most senior if several; None when none was held then). Without a date, the
        most recent role. A name shared by several people is answered only when exactly
        one of them held a role on the date."""
        return self._pick(self._names.get(normalise(name), ()), on)

    def lookup_surname(
        self, surname: str, on: datetime.date | None = None
    ) -> tuple[Person, Role | None] | None:
        """Like ``lookup`` for a lone surname ("Stoltenberg"): only for people whose surname
        may stand alone. A surname several people share ("Bush", "Clinton") answers only
        when the date leaves exactly one of them in a dated role and no namesake held one
        within two years; undated, only when they all held the same office."""
        found = self._surnames.get(normalise(surname), ())
        alone = [p for p in found if p.surname_alone]
        if not alone:
            return None
        if len(found) == 1:
            return found[0], self.role_on(found[0], on)
        if on is None:
            return self._same_office(found) if len(alone) == len(found) else None
        holders = [p for p in alone if _dated_role_near(p, on, datetime.timedelta())]
        if len(holders) != 1:
            return None
        # A namesake in office shortly before or after keeps a bare surname ambiguous.
        others = [p for p in found if p is not holders[0]]
        if any(_dated_role_near(p, on, SURNAME_MARGIN) for p in others):
            return None
        return holders[0], self.role_on(holders[0], on)

    def lookup_misspelt(
        self, surname: str, on: datetime.date | None = None
    ) -> tuple[Person, Role | None] | None:
        """``lookup_surname`` for a surname one dropped or added letter away from exactly one
        known surname ("Mitterand"); a known surname or a short one is no misspelling."""
        key = normalise(surname)
        if len(key) < MIN_MISSPELT or not key.isalpha() or key in self._surnames:
            return None
        near = set(self._shortened.get(key, ()))
        near.update(k for i in range(len(key)) if (k := key[:i] + key[i + 1 :]) in self._surnames)
        return self.lookup_surname(near.pop(), on) if len(near) == 1 else None

    def role_on(self, person: Person, on: datetime.date | None) -> Role | None:
        """The most senior role held on the date; dated roles win over undated defaults."""
        if on is None:
            if not person.roles:
                return None
            return max(person.roles, key=lambda r: (date_bounds(r.start, r.end)[1], -self._rank(r)))
        held = [r for r in person.roles if not _timeless(r) and valid_on(r, on)]
        if not held:
            held = [r for r in person.roles if _timeless(r)]
        return min(held, key=self._rank) if held else None

    def previous_role(self, person: Person, on: datetime.date) -> Role | None:
        """The state office the person left most recently before the date (None if none):
        someone out of office is still reported as a former office-holder of that state."""
        ended = [
            r
            for r in person.roles
            if r.country is not None and r.end is not None and date_bounds(r.start, r.end)[1] <= on
        ]
        return max(ended, key=lambda r: date_bounds(r.start, r.end)[1], default=None)

    def _same_office(self, found: tuple[Person, ...]) -> tuple[Person, Role | None] | None:
        """Undated text: namesakes whose latest roles share one code ("President Bush") still
        name one actor; the most recent of them is returned. Otherwise no answer."""
        latest = [(p, r) for p in found if (r := self.role_on(p, None)) is not None]
        if len(latest) != len(found) or len({r.code for _, r in latest}) != 1:
            return None
        return max(latest, key=lambda pr: date_bounds(pr[1].start, pr[1].end)[1])

    def _rank(self, role: Role) -> int:
        return self._ranks.get(role.title, len(self._ranks))

    def _pick(
        self, found: tuple[Person, ...], on: datetime.date | None
    ) -> tuple[Person, Role | None] | None:
        if len(found) == 1:
            return found[0], self.role_on(found[0], on)
        if not found:
            return None
        if on is None:
            return self._same_office(found)
        held = [(p, self.role_on(p, on)) for p in found]
        dated = [(p, r) for p, r in held if r is not None and not _timeless(r)]
        return dated[0] if len(dated) == 1 else None

    def __len__(self) -> int:
        return len(self._people)


def _check_keys(
    entry: Mapping[str, Any], allowed: frozenset[str], where: str, required: tuple[str, ...]
) -> None:
    check_keys(entry, allowed, where, required, PeopleError)


def _text(entry: Mapping[str, Any], key: str, where: str) -> str:
    return text_field(entry, key, where, PeopleError)


def _optional(entry: Mapping[str, Any], key: str, where: str) -> str | None:
    return None if entry.get(key) is None else _text(entry, key, where)


def _strings(entry: Mapping[str, Any], key: str, where: str) -> list[str]:
    return string_list(entry, key, where, PeopleError)


def _date(entry: Mapping[str, Any], key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, int | str):
        text = str(value).strip()
        try:
            _parts(text)
        except ValueError as exc:
            raise PeopleError(f"{where}: `{key}`: {exc}") from exc
        return text
    raise PeopleError(f"{where}: `{key}` must be a date (YYYY, YYYY-MM or YYYY-MM-DD)")


def _key(phrase: str, where: str) -> str:
    key = normalise(phrase)
    if not key:
        raise PeopleError(f"{where}: name {phrase!r} is empty once normalised")
    return key
