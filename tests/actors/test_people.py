"""People with dated roles: package data, date-dependent lookups, and loader validation."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.actors.dictionary import ActorDictionary
from newsgraph.actors.people import PeopleError, PeopleRoster, Role

D = datetime.date.fromisoformat


def _role(roster: PeopleRoster, name: str, on: str) -> Role | None:
    found = roster.lookup(name, D(on)) or roster.lookup_surname(name, D(on))
    assert found is not None, name
    return found[1]


def test_package_roster_is_a_few_hundred_people(roster: PeopleRoster) -> None:
    assert len(roster) >= 300


def test_stoltenberg_leads_nato_until_rutte_takes_over(roster: PeopleRoster) -> None:
    role = _role(roster, "Stoltenberg", "2024-07-10")
    assert role is not None
    assert (role.org, role.sector, role.code) == ("NATO", "GOV", "IGOWSTNATGOV")
    assert _role(roster, "Jens Stoltenberg", "2024-11-08") is None
    rutte = _role(roster, "Rutte", "2024-11-08")
    assert rutte is not None and rutte.org == "NATO"
    # The handover day belongs to the successor: ends are exclusive.
    assert _role(roster, "Stoltenberg", "2024-10-01") is None
    assert _role(roster, "Rutte", "2024-09-30") is None  # between Dutch and NATO offices
    dutch = _role(roster, "Mark Rutte", "2020-01-01")
    assert dutch is not None and dutch.code == "NLDGOV"


def test_yoon_is_south_korean_government_in_2024(roster: PeopleRoster) -> None:
    role = _role(roster, "Yoon Suk Yeol", "2024-07-10")
    assert role is not None and role.code == "KORGOV" and role.country == "KOR"
    assert _role(roster, "Yoon Suk-yeol", "2025-06-10") is None


def test_kishida_then_ishiba(roster: PeopleRoster) -> None:
    role = _role(roster, "Fumio Kishida", "2024-03-01")
    assert role is not None and role.code == "JPNGOV" and role.title == "Prime Minister"
    assert _role(roster, "Kishida", "2025-02-01") is None
    ishiba = _role(roster, "Ishiba", "2025-02-01")
    assert ishiba is not None and ishiba.title == "Prime Minister"


def test_putin_prime_minister_then_president(roster: PeopleRoster) -> None:
    assert _role(roster, "Putin", "2010-06-01").title == "Prime Minister"  # type: ignore[union-attr]
    assert _role(roster, "Vladimir Putin", "2023-06-01").title == "President"  # type: ignore[union-attr]


def test_biden_and_trump_by_date(roster: PeopleRoster) -> None:
    assert _role(roster, "Biden", "2012-01-01").title == "Vice President"  # type: ignore[union-attr]
    assert _role(roster, "Joe Biden", "2022-01-01").title == "President"  # type: ignore[union-attr]
    assert _role(roster, "Joseph R. Biden", "2025-06-01") is None
    assert _role(roster, "Trump", "2019-01-01").code == "USAGOV"  # type: ignore[union-attr]
    assert _role(roster, "Donald Trump", "2022-01-01") is None
    assert _role(roster, "Donald J. Trump", "2025-06-01").title == "President"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "name",
    ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "volodymyr zelenskiy", "Zelenskyy", "Zelensky's"],
)
def test_zelensky_spellings(roster: PeopleRoster, name: str) -> None:
    role = _role(roster, name, "2023-05-01")
    assert role is not None and role.code == "UKRGOV"


def test_normalisation_folds_hyphens_accents_and_quotes(roster: PeopleRoster) -> None:
    for name in ("Kim Jong-un", "KIM JONG UN", "Kim Jong Un\u2019s"):
        found = roster.lookup(name, D("2020-01-01"))
        assert found is not None and found[0].name == "Kim Jong Un"
    assert roster.lookup("Recep Tayyip Erdogan") == roster.lookup("Recep Tayyip Erdoğan")


def test_common_surnames_never_resolve_alone(roster: PeopleRoster) -> None:
    assert roster.lookup_surname("Kim", D("2020-01-01")) is None
    assert roster.lookup_surname("Lee", D("2020-01-01")) is None
    # Shared by two people (Anders Fogh and Lars Løkke Rasmussen): not unique.
    assert roster.lookup_surname("Rasmussen", D("2012-01-01")) is None


def test_shared_name_resolved_by_date(roster: PeopleRoster) -> None:
    assert roster.lookup("King Abdullah", D("2012-01-01")) is None  # Saudi and Jordanian kings
    found = roster.lookup("King Abdullah", D("2020-01-01"))
    assert found is not None and found[0].name == "Abdullah II"


def test_most_senior_role_wins(roster: PeopleRoster) -> None:
    role = _role(roster, "Mohammed bin Salman", "2023-01-01")
    assert role is not None and role.title == "Crown Prince"
    assert _role(roster, "MBS", "2016-01-01").title == "Defence Minister"  # type: ignore[union-attr]


def test_without_a_date_the_latest_role(roster: PeopleRoster) -> None:
    found = roster.lookup("Jens Stoltenberg")
    assert found is not None and found[1] is not None and found[1].title == "Finance Minister"


def test_unknown_names(roster: PeopleRoster) -> None:
    assert roster.lookup("Nobody In Particular") is None
    assert roster.lookup("") is None
    assert roster.lookup_surname("") is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 1, 1)))
def test_lookup_never_raises(roster: PeopleRoster, name: str, on: datetime.date) -> None:
    for result in (roster.lookup(name, on), roster.lookup_surname(name, on), roster.lookup(name)):
        assert result is None or result[1] is None or result[1].code


# -- validation on user files -------------------------------------------------------------


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "people.yaml"
    path.write_text("version: 1\ntitles: [Mayor]\npeople:\n" + body, "utf-8")
    return path


ROLE = "      - {code: ESPGOV, title: Mayor, start: 2019-06, end: 2023-06-17}\n"
OVERLAP = "      - {code: ESPGOV, title: Mayor, start: 2022}\n"
GOOD = """  - name: Ana Example
    aliases: [Ana B. Example]
    surnames: [Example]
    roles:
      - {code: ESPGOV, title: Mayor, start: 2019-06, end: 2023-06-17}
"""


def test_user_file_adds_people(tmp_path: Path) -> None:
    roster = PeopleRoster.load([_write(tmp_path, GOOD)], known_codes=frozenset({"ESP"}) | _codes())
    found = roster.lookup_surname("Example", D("2019-06-01"))
    assert found is not None and found[1] is not None and found[1].country == "ESP"
    assert roster.lookup("Ana B. Example", D("2023-06-17")) is not None
    assert roster.lookup("Ana B. Example", D("2023-06-17"))[1] is None  # type: ignore[index]


def _codes() -> frozenset[str]:
    return ActorDictionary.load().codes


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (GOOD.replace("surnames:", "surname:"), "unknown key(s) surname"),
        (GOOD.replace("end: 2023-06-17", "end: 2018-01-01"), "is not after start"),
        (GOOD.replace("2019-06", "2019-13"), "'2019-13' is not a calendar date"),
        (GOOD.replace("2019-06", "June 2019"), "is not YYYY"),
        (GOOD.replace("title: Mayor", "title: Mayr"), "unknown title 'Mayr'"),
        (GOOD.replace("ESPGOV", "QQQGOV"), "country 'QQQ' is not in the actor dictionary"),
        (GOOD.replace("code: ESPGOV", "code: IGOZZZGOV, org: ZZZ"), "no organisation code"),
        (GOOD.replace("code: ESPGOV", "code: espgov"), "not a CAMEO code"),
        (GOOD.replace("code: ESPGOV", "code: IMGMOSALQREB"), "stateless group needs its `sector`"),
        (GOOD.replace("code: ESPGOV", "code: IMGZZZREB, sector: REB"), "no organisation code"),
        (
            GOOD.replace(
                "end: 2023-06-17}",
                "end: 2023-06-17}\n      - {code: ESPGOV, title: Mayor, start: 2022}",
            ),
            "overlapping dates for Mayor ESPGOV",
        ),
        (GOOD + GOOD.replace("Ana Example", "Bea Example"), "'Ana B. Example' is already used"),
        (
            GOOD.replace(
                "roles:\n      - {code: ESPGOV, title: Mayor, start: 2019-06, end: 2023-06-17}\n",
                "roles: []\n",
            ),
            "non-empty list",
        ),
    ],
)
def test_validation_errors_name_file_entry_and_problem(
    tmp_path: Path, body: str, message: str
) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(PeopleError) as caught:
        PeopleRoster.load([path], known_codes=_codes())
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_shared_alias_allowed_when_marked_in_every_entry(tmp_path: Path) -> None:
    twin = GOOD.replace("Ana Example", "Bea Example").replace("2019-06", "2010")
    twin = twin.replace("end: 2023-06-17", "end: 2015")
    marked = (GOOD + twin).replace("    roles:", "    ambiguous: [Ana B. Example]\n    roles:")
    roster = PeopleRoster.load([_write(tmp_path, marked)], known_codes=_codes())
    assert roster.lookup("Ana B. Example", D("2012-05-01"))[0].name == "Bea Example"  # type: ignore[index]
    assert roster.lookup("Ana B. Example", D("2020-05-01"))[0].name == "Ana Example"  # type: ignore[index]
    # Undated: both held the same office (ESPGOV), so the name still denotes one actor;
    # the most recent holder is named.
    assert roster.lookup("Ana B. Example")[0].name == "Ana Example"  # type: ignore[index]
    other = marked.replace("code: ESPGOV", "code: FRAGOV", 1)
    roster = PeopleRoster.load([_write(tmp_path, other)], known_codes=_codes())
    assert roster.lookup("Ana B. Example") is None


def test_unreadable_and_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(PeopleError, match="cannot read"):
        PeopleRoster.load([tmp_path / "missing.yaml"])
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 2\npeople: []\n", "utf-8")
    with pytest.raises(PeopleError, match="unsupported version 2"):
        PeopleRoster.load([bad])
    bad.write_text("people: [\n", "utf-8")
    with pytest.raises(PeopleError, match="not valid YAML"):
        PeopleRoster.load([bad])


# --- Leaders of 1975-2010 (people_history.yaml) ---------------------------------------------
@pytest.mark.parametrize(
    ("name", "on", "code", "title"),
    [
        ("Ronald Reagan", "1985-06-01", "USAGOV", "President"),
        ("Mitterrand", "1990-01-01", "FRAGOV", "President"),
        ("Helmut Kohl", "1990-10-03", "DEUGOV", "Chancellor"),
        ("Gorbachev", "1987-01-01", "RUSGOV", "General Secretary"),
        ("Yeltsin", "1995-01-01", "RUSGOV", "President"),
        ("Abdelaziz Bouteflika", "2005-01-01", "DZAGOV", "President"),
        ("Mugabe", "1995-01-01", "ZWEGOV", "President"),
        ("Suharto", "1990-01-01", "IDNGOV", "President"),
        ("Jonas Savimbi", "1993-01-01", "AGOREB", "Leader"),
        ("Yasser Arafat", "2000-01-01", "PSEGOV", "Chairman"),
        ("Kofi Annan", "2003-01-01", "IGOUNOGOV", "Secretary-General"),
        ("Javier Solana", "1997-01-01", "IGOWSTNATGOV", "Secretary-General"),
        ("Javier Solana", "2005-01-01", "IGOEUREECGOV", "High Representative"),
    ],
)
def test_leaders_of_the_late_cold_war_and_after(
    roster: PeopleRoster, name: str, on: str, code: str, title: str
) -> None:
    role = _role(roster, name, on)
    assert role is not None and (role.code, role.title) == (code, title)


def test_shared_surnames_are_read_by_date(roster: PeopleRoster) -> None:
    bush_1990 = roster.lookup_surname("Bush", D("1990-06-01"))
    bush_2003 = roster.lookup_surname("Bush", D("2003-06-01"))
    assert bush_1990 is not None and bush_1990[0].name == "George H. W. Bush"
    assert bush_2003 is not None and bush_2003[0].name == "George W. Bush"
    clinton_1995 = roster.lookup_surname("Clinton", D("1995-06-01"))
    clinton_2010 = roster.lookup_surname("Clinton", D("2010-06-01"))
    assert clinton_1995 is not None and clinton_1995[0].name == "Bill Clinton"
    # Hillary Clinton's surname is marked not to stand alone: a bare "Clinton" in 2010 is
    # no one, while in 1995 it is the President.
    assert clinton_2010 is None
    # Both Kaczyński twins were in office in 2007: no answer.
    assert roster.lookup_surname("Kaczynski", D("2007-01-01")) is None
    # Undated: both Bushes were US presidents, so the surname still names one actor.
    undated = roster.lookup_surname("Bush")
    assert undated is not None and undated[1] is not None and undated[1].code == "USAGOV"


def test_previous_role_is_the_last_state_office_left(roster: PeopleRoster) -> None:
    found = roster.lookup("Jacques Chirac")
    assert found is not None
    left = roster.previous_role(found[0], D("2010-01-01"))
    assert left is not None and (left.code, left.title) == ("FRAGOV", "President")
    assert roster.previous_role(found[0], D("1970-01-01")) is None


def test_a_stateless_group_s_leader_has_no_country_and_no_org() -> None:
    roster = PeopleRoster.load(known_codes=_codes())
    found = roster.lookup("Osama bin Laden", D("2001-10-01"))
    assert found is not None and found[1] is not None
    role = found[1]
    assert (role.code, role.country, role.org, role.sector) == ("IMGMOSALQREB", None, None, "REB")
