"""The actor dictionary: package data lookups, sector words, validation and user files."""

from __future__ import annotations

import time
from importlib import resources
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.actors.dictionary import (
    ActorDictionary,
    ActorEntry,
    DictionaryError,
    SectorEntry,
    normalise,
)
from newsgraph.actors.normalise import token_count
from newsgraph.errors import NewsgraphError

# fmt: off
UN_MEMBERS = (
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS",
    "BHR", "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA",
    "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN",
    "COL", "COM", "COG", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK",
    "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI",
    "FIN", "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB",
    "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA",
    "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO",
    "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL",
    "MRT", "MUS", "MEX", "FSM", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU",
    "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN",
    "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS", "RWA",
    "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP",
    "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE",
    "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA",
    "UKR", "ARE", "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB",
    "ZWE",
)
# fmt: on
UN_OBSERVERS = ("VAT", "PSE")


def _user_file(tmp_path: Path, text: str, name: str = "user.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- lookups against the package data ---------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "code", "via", "sector"),
    [
        ("DPRK", "PRK", "alias", None),
        ("Democratic People\u2019s Republic of Korea", "PRK", "alias", None),
        ("North Korean", "PRK", "demonym", None),
        ("North Koreans", "PRK", "demonym", None),
        ("Russians", "RUS", "demonym", None),
        ("Russians\u2019", "RUS", "demonym", None),
        ("Russia's", "RUS", "alias", None),
        ("the Kremlin", "RUS", "metonym", "GOV"),
        ("Kremlin", "RUS", "metonym", "GOV"),
        ("kyiv", "UKR", "metonym", "GOV"),
        ("Kiev", "UKR", "metonym", "GOV"),
        ("U.S.", "USA", "alias", None),
        ("United States of America", "USA", "alias", None),
        ("the White House", "USA", "metonym", "GOV"),
        ("Britain", "GBR", "alias", None),
        ("Downing Street", "GBR", "metonym", "GOV"),
        ("Türkiye", "TUR", "alias", None),
        ("Turkey", "TUR", "alias", None),
        ("Czech Republic", "CZE", "alias", None),
        ("Republic of Korea", "KOR", "alias", None),
        ("ROK", "KOR", "alias", None),
        ("Elysée", "FRA", "metonym", "GOV"),
        ("the Elysee", "FRA", "metonym", "GOV"),
        ("Guinea Bissau", "GNB", "alias", None),
        ("Knesset", "ISR", "metonym", "LEG"),
        ("Hamas", "PSE", "metonym", "REB"),
        ("  north   KOREA ", "PRK", "alias", None),
    ],
)
def test_state_lookups(
    dictionary: ActorDictionary, phrase: str, code: str, via: str, sector: str | None
) -> None:
    entry = dictionary.lookup(phrase)
    assert entry is not None, phrase
    assert (entry.code, entry.country, entry.kind) == (code, code, "state")
    assert (entry.via, entry.sector, entry.org) == (via, sector, None)


@pytest.mark.parametrize(
    ("phrase", "org", "code", "sector"),
    [
        ("NATO", "NATO", "IGOWSTNAT", None),
        ("North Atlantic Treaty Organization", "NATO", "IGOWSTNAT", None),
        ("U.N.", "UN", "IGOUNO", None),
        ("United Nations", "UN", "IGOUNO", None),
        ("UN Security Council", "UNSC", "IGOUNOUSC", "GOV"),
        ("European Union", "EU", "IGOEUREEC", None),
        ("European Parliament", "EP", "IGOEUREECPAR", "LEG"),
        ("International Court of Justice", "ICJ", "IGOUNOJUDICJ", "JUD"),
        ("the UN refugee agency", "UNHCR", "IGOUNOREFHCR", "REF"),
        ("African Union", "AU", "IGOAFRAFU", None),
    ],
)
def test_organisation_lookups(
    dictionary: ActorDictionary, phrase: str, org: str, code: str, sector: str | None
) -> None:
    entry = dictionary.lookup(phrase)
    assert entry is not None, phrase
    assert (entry.org, entry.code, entry.sector) == (org, code, sector)
    assert entry.country is None
    assert entry.kind == "organisation"


def test_dependency_is_folded_into_its_state(dictionary: ActorDictionary) -> None:
    entry = dictionary.lookup("Puerto Rico")
    assert entry is not None
    assert (entry.name, entry.code, entry.country) == ("Puerto Rico", "USAPRI", "USA")
    taiwan = dictionary.lookup("Taiwan")
    assert taiwan is not None and (taiwan.code, taiwan.country) == ("TWN", "TWN")


@pytest.mark.parametrize("phrase", ["Georgia", "Georgian", "Jordan", "Chad", "Washington"])
def test_ambiguous_aliases_are_flagged(dictionary: ActorDictionary, phrase: str) -> None:
    entry = dictionary.lookup(phrase)
    assert entry is not None and entry.ambiguous


def test_unambiguous_aliases_are_not_flagged(dictionary: ActorDictionary) -> None:
    for phrase in ("Russia", "Jordanian", "Chadian", "Moscow"):
        entry = dictionary.lookup(phrase)
        assert entry is not None and not entry.ambiguous, phrase


@pytest.mark.parametrize("phrase", ["Jordans", "Chinas", "", "   ", "the", "'s", "alliance"])
def test_non_actors_are_not_found(dictionary: ActorDictionary, phrase: str) -> None:
    assert dictionary.lookup(phrase) is None


def test_generic_references_need_context(dictionary: ActorDictionary) -> None:
    candidates = dictionary.generic("the alliance")
    assert "NATO" in {c.org for c in candidates}
    assert all(c.via == "generic" for c in candidates)
    assert {c.org for c in dictionary.generic("the bloc")} >= {"EU", "ASEAN"}
    assert dictionary.lookup("the alliance") is None
    assert dictionary.generic("the weather") == ()


# -- sectors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "sector", "cameo"),
    [
        ("troops", "MIL", "MIL"),
        ("Foreign Ministry", "GOV", "GOV"),
        ("lawmakers", "LEG", "LEG"),
        ("prime minister", "GOV", "GOV"),
        ("ministries", "GOV", "GOV"),
        ("policemen", "COP", "COP"),
        ("forces", "MIL", "MIL"),
        ("businesses", "BUS", "BUS"),
        ("Defence Ministry", "GOV", "GOVMIL"),
        ("journalists", "JRN", "MED"),
        ("doctors", "MED", "HLH"),
        ("protesters", "CVL", "OPP"),
        ("rebels", "REB", "REB"),
        ("refugees", "REF", "REF"),
    ],
)
def test_sector_words(dictionary: ActorDictionary, phrase: str, sector: str, cameo: str) -> None:
    entry = dictionary.sector(phrase)
    assert isinstance(entry, SectorEntry), phrase
    assert (entry.sector, entry.cameo) == (sector, cameo)


def test_unknown_sector_words(dictionary: ActorDictionary) -> None:
    assert dictionary.sector("weather") is None
    assert dictionary.sector("") is None
    assert dictionary.sector("press") is not None  # "-ss" is not a plural


# -- coverage, size and speed ------------------------------------------------------------


def test_every_un_member_and_observer_is_present(dictionary: ActorDictionary) -> None:
    assert len(set(UN_MEMBERS)) == 193
    missing = (set(UN_MEMBERS) | set(UN_OBSERVERS)) - dictionary.codes
    assert not missing


def test_size_and_phrase_length(dictionary: ActorDictionary) -> None:
    assert len(dictionary) > 1000
    assert 4 <= dictionary.max_phrase_words <= 12


def test_load_is_fast() -> None:
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        ActorDictionary.load()
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.3


# -- validation ----------------------------------------------------------------------------

STATE = "version: 1\nstates:\n  - code: ZZA\n    name: Zedland\n"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("version: 1\ncountries: []\n", "unknown top-level key(s) countries"),
        ("states: []\n", "missing `version`"),
        ("version: 2\nstates: []\n", "unsupported version 2"),
        ("version: 1\nstates: {}\n", "`states` must be a list"),
        ("version: 1\nstates: [\n", "not valid YAML"),
        ("- just\n- a list\n", "expected a mapping"),
        (STATE + "    capital: Zed City\n", "unknown key(s) capital"),
        ("version: 1\nstates:\n  - name: Zedland\n", "missing required key `code`"),
        ("version: 1\nstates:\n  - code: Zza\n    name: Zedland\n", "not 3 uppercase letters"),
        ("version: 1\nstates:\n  - code: ZZAB\n    name: Zedland\n", "not 3 uppercase letters"),
        ("version: 1\nstates:\n  - code: PRK\n    name: Zedland\n", "duplicate code PRK"),
        (STATE + "    aliases: [DPRK]\n", "'DPRK' is already claimed by PRK"),
        (STATE + "    demonyms: [Russian]\n", "'Russian' is already claimed by RUS"),
        (STATE + "    aliases: 'Zed'\n", "`aliases` must be a list of non-empty strings"),
        (STATE + "    ambiguous_aliases: [Moscow]\n", "ambiguous alias 'Moscow' is not"),
        (STATE + "    institutions:\n      XYZ: [Zed Guard]\n", "unknown sector code 'XYZ'"),
        (STATE + "    part_of: ZZB\n", "part_of 'ZZB' is not a sovereign state code"),
        (
            "version: 1\norganisations:\n  - org: ZO\n    name: Zed Org\n    code: IGOZZO\n"
            "    sector: XYZ\n",
            "unknown sector code 'XYZ'",
        ),
        (
            "version: 1\norganisations:\n  - org: NATO\n    name: Zed Org\n    code: IGOZZO\n",
            "org 'NATO' is already used by IGOWSTNAT",
        ),
        (
            "version: 1\norganisations:\n  - org: ZO\n    name: Zed Org\n    code: IGOZZ\n",
            "is not a CAMEO code",
        ),
        (
            "version: 1\norganisations:\n  - org: null\n    name: Zed Org\n    code: IGOZZO\n",
            "`org`",
        ),
        (
            "version: 1\nsectors:\n  - sector: GOV\n    cameo: GOV\n    words: [troop]\n",
            "sector word 'troop' is already listed under MIL/MIL",
        ),
        (
            "version: 1\nsectors:\n  - sector: gov\n    cameo: GOV\n    words: [rifleman]\n",
            "not 3 uppercase letters",
        ),
        ("version: 1\nstates:\n  - extends: ZZZ\n    aliases: [Zed]\n", "no state with code 'ZZZ'"),
        (
            "version: 1\nstates:\n  - extends: IGOWSTNAT\n    aliases: [Zed]\n",
            "no state with code 'IGOWSTNAT'",
        ),
        ("version: 1\nstates:\n  - extends: PRK\n    name: Zed\n", "unknown key(s) name"),
        ("version: 1\nstates:\n  - extends: PRK\n    drop: [Moscow]\n", "cannot drop 'Moscow'"),
    ],
)
def test_validation_errors_name_file_and_problem(tmp_path: Path, text: str, problem: str) -> None:
    path = _user_file(tmp_path, text)
    with pytest.raises(DictionaryError) as caught:
        ActorDictionary.load([path])
    message = str(caught.value)
    assert str(path) in message
    assert problem in message


def test_conflicting_alias_names_both_entries(tmp_path: Path) -> None:
    path = _user_file(tmp_path, STATE + "    aliases: [Pyongyang]\n")
    with pytest.raises(DictionaryError, match=r"states\[0\] \(ZZA\).*actors/data/states.yaml"):
        ActorDictionary.load([path])


def test_conflict_between_two_user_files(tmp_path: Path) -> None:
    first = _user_file(tmp_path, STATE + "    aliases: [Zed]\n", "first.yaml")
    second = _user_file(
        tmp_path, "version: 1\nstates:\n  - code: ZZB\n    name: Zed\n", "second.yaml"
    )
    with pytest.raises(DictionaryError, match="already claimed by ZZA"):
        ActorDictionary.load([first, second])


def test_missing_user_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.yaml"
    with pytest.raises(DictionaryError, match=r"absent\.yaml"):
        ActorDictionary.load([path])


def test_dictionary_error_is_a_value_error_and_a_newsgraph_error() -> None:
    assert issubclass(DictionaryError, ValueError)
    assert issubclass(DictionaryError, NewsgraphError)


# -- user files ----------------------------------------------------------------------------

USER_FILE = """\
version: 1
states:
  - extends: PRK
    aliases: [DPRK, Hermit Kingdom]
    metonyms: [Ryongsong Residence]
  - extends: KOR
    drop: [Korea]
  - extends: PRK
    aliases: [Korea]
  - code: ZZA
    name: Zedland
    aliases: [Zed Republic]
    demonyms: [Zedlander]
    metonyms: [Zed City]
    ambiguous_aliases: [Zed City]
organisations:
  - org: PIF
    name: Pacific Islands Forum
    code: IGOPACPIF
    aliases: [PIF]
    generic_references: [the forum]
  - extends: IGOWSTNAT
    generic_references: [the Brussels-based alliance]
sectors:
  - sector: MIL
    cameo: MIL
    words: [rifleman]
"""


def test_user_file_adds_and_amends(tmp_path: Path) -> None:
    dictionary = ActorDictionary.load([_user_file(tmp_path, USER_FILE)])
    base = ActorDictionary.load()

    def code(phrase: str) -> str | None:
        entry = dictionary.lookup(phrase)
        return entry.code if entry else None

    assert code("Hermit Kingdom") == "PRK"
    assert code("DPRK") == "PRK"  # re-stating an alias of the extended code is fine
    assert code("Korea") == "PRK"  # moved with drop + extends
    assert code("Seoul") == "KOR"
    assert code("Zedlanders") == "ZZA"
    ryongsong = dictionary.lookup("Ryongsong Residence")
    assert ryongsong is not None and ryongsong.sector == "GOV"
    zed_city = dictionary.lookup("Zed City")
    assert zed_city is not None and zed_city.ambiguous and zed_city.via == "metonym"
    pif = dictionary.lookup("Pacific Islands Forum")
    assert pif is not None and (pif.org, pif.code, pif.country) == ("PIF", "IGOPACPIF", None)
    assert "PIF" in {c.org for c in dictionary.generic("the forum")}
    assert "NATO" in {c.org for c in dictionary.generic("Brussels-based alliance")}
    rifleman = dictionary.sector("riflemen")
    assert rifleman is not None and rifleman.sector == "MIL"
    assert "ZZA" in dictionary.codes and "IGOPACPIF" in dictionary.codes
    assert len(dictionary) > len(base)
    korea = base.lookup("Korea")
    assert korea is not None and korea.code == "KOR"


# -- normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("The  Kremlin", "kremlin"),
        ("Côte d\u2019Ivoire", "cote d'ivoire"),
        ("Guinea\u2013Bissau", "guinea bissau"),
        ("Russia\u2019s", "russia"),
        ("Russians'", "russians"),
        ("the", "the"),
        ("\u201cNATO\u201d", "nato"),
        ('"the Kremlin"', "kremlin"),
    ],
)
def test_normalise(phrase: str, key: str) -> None:
    assert normalise(phrase) == key


@given(text=st.text(max_size=60))
def test_lookups_never_raise(dictionary: ActorDictionary, text: str) -> None:
    entry = dictionary.lookup(text)
    assert entry is None or isinstance(entry, ActorEntry)
    assert isinstance(dictionary.generic(text), tuple)
    sector = dictionary.sector(text)
    assert sector is None or isinstance(sector, SectorEntry)


@given(phrase=st.sampled_from(["DPRK", "North Korean", "Kremlin", "NATO", "Russians", "U.S."]))
def test_lookup_ignores_case_and_spacing(dictionary: ActorDictionary, phrase: str) -> None:
    entry = dictionary.lookup(phrase)
    assert entry is not None
    assert dictionary.lookup(f"  {phrase.upper()} ") == entry
    assert dictionary.lookup(phrase.lower()) == entry


def test_scan_bound_covers_every_package_phrase() -> None:
    """The n-gram scan tries only max_words_from(first word) lengths: it must cover every
    phrase of the package data, or a long name would silently stop matching."""

    dictionary = ActorDictionary.load()
    data = resources.files("newsgraph.actors").joinpath("data")
    checked = 0
    for name in ("states.yaml", "organisations.yaml", "movements.yaml", "outlets.yaml"):
        content = yaml.safe_load(data.joinpath(name).read_text("utf-8"))
        for entry in [*content.get("states", []), *content.get("organisations", [])]:
            phrases = [entry.get("name"), *entry.get("aliases", []), *entry.get("demonyms", [])]
            phrases += entry.get("metonyms", [])
            for words in (entry.get("institutions") or {}).values():
                phrases += words
            for phrase in filter(None, phrases):
                key = normalise(phrase)
                if dictionary.lookup(phrase) is None:
                    continue  # dropped by a later `drop:`
                first = key.split(" ", 1)[0]
                assert dictionary.max_words_from(first) >= token_count(phrase) - (
                    1 if phrase.lower().startswith("the ") else 0
                ), phrase
                checked += 1
    assert checked > 2000


def test_transnational_armed_groups_have_neither_state_nor_org(
    dictionary: ActorDictionary,
) -> None:
    for phrase, code in (("al-Qaeda", "IMGMOSALQ"), ("Islamic State", "IMGMOSISI")):
        entry = dictionary.lookup(phrase)
        assert entry is not None
        assert (entry.code, entry.country, entry.org) == (code, None, None)


def test_a_stateless_group_may_leave_org_null(tmp_path: Path) -> None:
    text = "version: 1\norganisations:\n  - org: null\n    name: Zed Front\n    code: IMGZZF\n"
    entry = ActorDictionary.load([_user_file(tmp_path, text)]).lookup("Zed Front")
    assert entry is not None and (entry.code, entry.org) == ("IMGZZF", None)
