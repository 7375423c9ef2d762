"""PETRARCH actor dictionary import: syntax quirks, conversion, warnings, and loadable output."""

from __future__ import annotations

import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.actors.dictionary import ActorDictionary
from newsgraph.actors.people import PeopleRoster
from newsgraph.actors.petrarch import PetrarchImport, convert_petrarch, write_yaml

# Written for these tests in the PETRARCH layout: root phrase, + synonyms, tab-indented codes.
SNIPPET = """\
# A comment line
EREWHON_  [AFG]
+ERRE_WHON_
+NOWHERE_LAND # trailing comment

ERRE_WHON_ARMY_
+ERRE_WHON_TROOPERS
\t[AFGMIL]

ALICE_EXAMPLE_  # a made-up official
+A._EXAMPLE_
\t[AFGELI 700101-991231]
\t[AFGGOV 000101-120630]
\t[AFGGOV 110101-130101]
\t[AFGELI]
BOB_SAMPLE_\t[USAGOV 19980101-20021231] [IGOWSTNAT  >070201]# two codes on the root line
CAROL_TEST_\t[IGOUNOKID]
DAN_PLACEHOLDER_
\t[AFGGOV >050101]
\t[ZZZGOV 100101-110101]
\t[AFGGOV 9008223-911221]
\t[AFGGOV 20121204]
\t[AFGGOV 120101-110101]
\t[---]
+ALICE_EXAMPLE_
UNKNOWN_THING_ [---]
NO_CODE_AT_ALL_
ERIN_CASE_ [MNCUSA]
FRANK_DEMO_ [AFGELI]
\t[AFGGOV]
---STOP---
IGNORED_AFTER_STOP_ [AFG]
"""


def _convert(
    tmp_path: Path, text: str, dictionary: ActorDictionary, roster: PeopleRoster
) -> PetrarchImport:
    path = tmp_path / "small.actors"
    path.write_text(text, "utf-8")
    return convert_petrarch(path, dictionary=dictionary, roster=roster)


def _person(result: PetrarchImport, name: str) -> dict:
    matches = [p for p in result.people if p["name"] == name]
    assert len(matches) == 1, [p["name"] for p in result.people]
    return matches[0]


def test_people_with_dated_and_default_roles(tmp_path, dictionary, roster) -> None:
    result = _convert(tmp_path, SNIPPET, dictionary, roster)
    alice = _person(result, "Alice Example")
    assert "A. Example" in alice["aliases"]
    roles = {(r["code"], r["title"], r.get("start"), r.get("end")) for r in alice["roles"]}
    assert ("AFGELI", "PETRARCH role", "1970-01-01", "1999-12-31") in roles
    # Two overlapping AFGGOV spans become one; two-digit years 00-30 are 20YY.
    assert ("AFGGOV", "PETRARCH role", "2000-01-01", "2013-01-01") in roles
    assert ("AFGELI", "PETRARCH default", None, None) in roles
    bob = _person(result, "Bob Sample")
    assert {r["code"]: r.get("org") for r in bob["roles"]} == {"USAGOV": None, "IGOWSTNAT": "NATO"}
    nato = next(r for r in bob["roles"] if r["code"] == "IGOWSTNAT")
    assert nato["start"] == "2007-02-01" and "end" not in nato


def test_state_aliases_and_institutions(tmp_path, dictionary, roster) -> None:
    result = _convert(tmp_path, SNIPPET, dictionary, roster)
    (afg,) = [s for s in result.states if s["extends"] == "AFG"]
    assert afg["aliases"] == ["EREWHON", "ERRE WHON", "NOWHERE LAND"]
    assert afg["institutions"] == {"MIL": ["ERRE WHON ARMY", "ERRE WHON TROOPERS"]}


def test_undated_person_with_an_organisation_code(tmp_path, dictionary, roster) -> None:
    result = _convert(tmp_path, SNIPPET, dictionary, roster)
    carol = _person(result, "Carol Test")
    assert carol["roles"] == [
        {"code": "IGOUNOKID", "org": "UNICEF", "sector": None, "title": "PETRARCH default"}
    ]
    assert not result.organisations  # a person's name is not made an alias of UNICEF


def test_every_unusable_line_is_a_warning_with_file_and_line(tmp_path, dictionary, roster) -> None:
    result = _convert(tmp_path, SNIPPET, dictionary, roster)
    text = "\n".join(result.warnings)
    src = str(tmp_path / "small.actors")
    for line, fragment in [
        (20, "ZZZGOV: no state or organisation code matches"),
        (21, "'9008223' is neither YYMMDD nor YYYYMMDD"),
        (22, "[AFGGOV 20121204]: date restriction is not"),
        (23, "[AFGGOV 120101-110101] ends before it starts"),
        (26, "'UNKNOWN THING' has null code"),
        (27, "'NO CODE AT ALL' has no code"),
        (28, "MNCUSA: no state or organisation code matches"),
        (29, "default code AFGELI is replaced by AFGGOV"),
    ]:
        assert any(w.startswith(f"{src}:{line}: ") and fragment in w for w in result.warnings), (
            line,
            fragment,
        )
    assert "overlapping dates for AFGGOV merged" in text
    assert all(w.startswith(src) for w in result.warnings)
    assert "IGNORED" not in text and all(
        "IGNORED" not in s.get("aliases", []) for s in result.states
    )


def test_shared_synonym_is_marked_ambiguous_in_both(tmp_path, dictionary, roster) -> None:
    result = _convert(tmp_path, SNIPPET, dictionary, roster)
    dan = _person(result, "Dan Placeholder")
    alice = _person(result, "Alice Example")
    assert "Alice Example" in dan["ambiguous"] and "Alice Example" in alice["ambiguous"]


def test_known_people_and_phrases_are_not_duplicated(tmp_path, dictionary, roster) -> None:
    text = (
        "JENS_STOLTENBERG_\n\t[NORGOV >051017]\n"
        "AFGHANISTAN_ [AFG]\n+KABUL_\nHAMAS_ [PSEREB]\nHEZBOLLAH_ [SYRREB]\n"
    )
    result = _convert(tmp_path, text, dictionary, roster)
    assert not result.people and not result.states
    joined = "\n".join(result.warnings)
    assert "'Jens Stoltenberg' is already in people.yaml" in joined
    assert "'HEZBOLLAH' already means LBN in the actor dictionary; not moved to SYRREB" in joined
    assert "HAMAS" not in joined and "KABUL" not in joined  # same actor: nothing to say


def test_output_loads_beside_the_package_data(tmp_path, dictionary, roster) -> None:
    result = _convert(tmp_path, SNIPPET, dictionary, roster)
    written = write_yaml(result, tmp_path / "out")
    assert [p.name for p in written] == ["people.yaml", "actors.yaml", "warnings.txt"]
    extended = ActorDictionary.load([tmp_path / "out" / "actors.yaml"])
    assert extended.lookup("Nowhere Land").code == "AFG"  # type: ignore[union-attr]
    people = PeopleRoster.load([tmp_path / "out" / "people.yaml"], known_codes=extended.codes)
    # "Alice Example" is also Dan Placeholder's synonym, and both govern in 2005.
    assert people.lookup("Alice Example", datetime.date(2005, 5, 5)) is None
    found = people.lookup("A. Example", datetime.date(2005, 5, 5))
    assert found is not None and found[0].name == "Alice Example"
    found = people.lookup("Bob Sample", datetime.date(2010, 1, 1))
    assert found is not None and found[1] is not None and found[1].org == "NATO"
    assert len(people) == len(roster) + len(result.people)
    lines = (tmp_path / "out" / "warnings.txt").read_text("utf-8").splitlines()
    assert lines == list(result.warnings)


def test_non_utf8_file_is_read_with_a_warning(tmp_path, dictionary, roster) -> None:
    path = tmp_path / "latin.actors"
    path.write_bytes("JOS\xc9_EXEMPLO_ [AFGGOV >100101]\n".encode("latin-1"))
    result = convert_petrarch(path, dictionary=dictionary, roster=roster)
    assert _person(result, "José Exemplo")["roles"][0]["start"] == "2010-01-01"
    assert any("not UTF-8" in w for w in result.warnings)


_LINE = st.one_of(
    st.text(alphabet="ABCXYZ_+[]<>-#0123456789 \t", max_size=30),
    st.builds(
        lambda c, a, b: f"\t[{c} {a}-{b}]",
        st.sampled_from(["AFGGOV", "USAMIL", "IGOUNO", "QQQ", "---"]),
        st.text(alphabet="0123456789", min_size=5, max_size=9),
        st.text(alphabet="0123456789", min_size=5, max_size=9),
    ),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINE, max_size=12))
def test_arbitrary_lines_never_crash(tmp_path_factory, dictionary, roster, lines) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.actors"
    path.write_text("\n".join(lines), "utf-8")
    result = convert_petrarch(path, dictionary=dictionary, roster=roster)
    assert all(w.startswith(str(path)) for w in result.warnings)
