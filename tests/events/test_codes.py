"""The CAMEO code table: packaged data facts, invariants, and validation of malformed tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.events.codes import (
    COLUMNS,
    ROOTS,
    CameoTable,
    CodeTableError,
    PloverVocabulary,
    penta_class_for_root,
    quad_class_for_root,
)

HEADER = "\t".join(COLUMNS)


@pytest.fixture(scope="module")
def vocabulary() -> PloverVocabulary:
    return PloverVocabulary.load()


def write_table(directory: Path, *rows: str, header: str = HEADER) -> Path:
    path = directory / "cameo.tsv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_packaged_table_has_all_roots_and_codes(table: CameoTable) -> None:
    assert [c.code for c in table.roots()] == list(ROOTS)
    assert len(table) > 250
    assert all(c.is_root for c in table.roots())
    levels = {len(c.code) for c in table}
    assert levels == {2, 3, 4}


@pytest.mark.parametrize(
    ("code", "goldstein", "plover", "mode"),
    [
        ("010", 0.0, None, None),
        ("015", 0.0, "AGREE", None),
        ("020", 3.0, "REQUEST", None),
        ("0256", -0.3, "REQUEST", "yield"),
        ("036", 4.0, "AGREE", None),
        ("042", 1.9, "CONSULT", "visit"),
        ("057", 8.0, "SUPPORT", None),
        ("072", 8.3, "AID", None),
        ("0841", 7.0, "RETREAT", "release"),
        ("0874", 10.0, "RETREAT", "withdraw"),
        ("081", 5.0, "CONCEDE", None),
        ("091", -2.0, "ACCUSE", "investigate"),
        ("111", -2.0, "ACCUSE", "disapprove"),
        ("112", -2.0, "ACCUSE", "disapprove"),
        ("1124", -2.0, "ACCUSE", "allege"),
        ("129", -5.0, "REJECT", None),
        ("138", -7.0, "THREATEN", "violence"),
        ("141", -6.5, "PROTEST", "demo"),
        ("154", -7.2, "MOBILIZE", "troops"),
        ("163", -8.0, "SANCTION", "discontinue"),
        ("173", -5.0, "COERCE", "arrest"),
        ("186", -10.0, "ASSAULT", "targeted"),
        ("190", -10.0, "ASSAULT", None),
        ("194", -10.0, "ASSAULT", "heavy-weapons"),
        ("195", -10.0, "ASSAULT", "aerial"),
        ("2042", -10.0, "ASSAULT", "unconventional"),
    ],
)
def test_spot_checks(
    table: CameoTable, code: str, goldstein: float, plover: str | None, mode: str | None
) -> None:
    entry = table.get(code)
    assert entry.goldstein == goldstein
    assert entry.plover == plover
    assert entry.plover_mode == mode
    assert entry.root == code[:2]


def test_detailed_codes_without_own_score_inherit_base(table: CameoTable) -> None:
    assert table.get("1213").goldstein == table.get("121").goldstein == -4.0
    assert table.get("1214").goldstein == -4.0


def test_quad_and_penta_classes_follow_roots(table: CameoTable) -> None:
    assert [quad_class_for_root(r) for r in ("01", "05", "06", "08", "09", "13", "14", "20")] == [
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]
    assert [penta_class_for_root(r) for r in ("01", "02", "03", "08", "12", "19")] == [
        0,
        0,
        1,
        2,
        3,
        4,
    ]
    # Phoenix PentaClass: reducing relations (16) is verbal conflict, other 14-20 material.
    assert [penta_class_for_root(r) for r in ("15", "16", "17")] == [4, 3, 4]
    assert quad_class_for_root("16") == 4
    for entry in table:
        assert entry.quad_class == quad_class_for_root(entry.root)
        assert entry.penta_class == penta_class_for_root(entry.root)
        assert -10.0 <= entry.goldstein <= 10.0


def test_goldstein_sign_matches_cooperation_or_conflict(table: CameoTable) -> None:
    # Material cooperation is positive and material conflict strongly negative throughout.
    for entry in table:
        if entry.quad_class == 2:
            assert entry.goldstein > 0, entry
        if entry.quad_class == 4:
            assert entry.goldstein <= -4.0, entry


def test_hierarchy_is_complete(table: CameoTable) -> None:
    for entry in table:
        if entry.parent is not None:
            assert entry.parent in table
    assert {c.code for c in table.children("19")} == {
        "190",
        "191",
        "192",
        "193",
        "194",
        "195",
        "196",
    }
    assert [c.code for c in table.children("204")] == ["2041", "2042"]


def test_plover_values_are_current_vocabulary(
    table: CameoTable, vocabulary: PloverVocabulary
) -> None:
    used = {c.plover for c in table if c.plover is not None}
    assert used == vocabulary.events  # every current PLOVER category is reachable
    assert "FIGHT" not in vocabulary.events  # a pre-2021 name, now ASSAULT
    for entry in table:
        if entry.plover_mode is not None:
            assert entry.plover is not None
            assert entry.plover_mode in vocabulary.modes[entry.plover]
        assert set(entry.plover_contexts) <= vocabulary.contexts
    assert table.get("094").plover_contexts == ("military", "legal")
    dropped = {c.code for c in table if c.plover is None}
    assert dropped and all(code.startswith("01") for code in dropped)


def test_lookup_errors_and_membership(table: CameoTable) -> None:
    assert "111" in table
    assert "999" not in table
    assert 111 not in table
    with pytest.raises(KeyError, match="'999'"):
        table.get("999")
    with pytest.raises(KeyError, match="leading zeros"):
        table.children("10x")


def test_small_valid_table_loads(tmp_path: Path) -> None:
    path = write_table(
        tmp_path,
        "# a comment line",
        "19\tFight\t-10.0\t4\tASSAULT\t-\tmilitary",
        "",
        "190\tUse force\t-10\t4\tASSAULT\t-\tmilitary,territory",
        "1901\tA detail\t-9.5\t4\tASSAULT\tfirearms\t-",
    )
    small = CameoTable.load(path)
    assert len(small) == 3
    assert small.get("1901").plover_mode == "firearms"
    assert small.get("190").plover_contexts == ("military", "territory")
    assert small.get("1901").parent == "190"
    assert small.source == str(path)


ROOT_19 = "19\tFight\t-10.0\t4\tASSAULT\t-\t-"


@pytest.mark.parametrize(
    ("rows", "line", "fragment"),
    [
        (["19\tFight\t-10.0\t4\tASSAULT"], 2, "expected 7 tab-separated fields, found 5"),
        ([ROOT_19, "1a0\tX\t0\t4\tASSAULT\t-\t-"], 3, "not 2 to 4 digits"),
        ([ROOT_19, "19000\tX\t0\t4\tASSAULT\t-\t-"], 3, "not 2 to 4 digits"),
        (["21\tX\t0\t4\tASSAULT\t-\t-"], 2, "root 21 is not one of 01-20"),
        ([ROOT_19, "190\t\t0\t4\tASSAULT\t-\t-"], 3, "empty name"),
        ([ROOT_19, "190\tX\tlow\t4\tASSAULT\t-\t-"], 3, "'low' is not a number"),
        ([ROOT_19, "190\tX\t-10.5\t4\tASSAULT\t-\t-"], 3, "not in [-10, 10]"),
        ([ROOT_19, "190\tX\tnan\t4\tASSAULT\t-\t-"], 3, "not in [-10, 10]"),
        ([ROOT_19, "190\tX\t-10\t3\tASSAULT\t-\t-"], 3, "root 19 is quad class 4"),
        ([ROOT_19, "190\tX\t-10\t4\tFIGHT\t-\t-"], 3, "unknown PLOVER event 'FIGHT'"),
        ([ROOT_19, "190\tX\t-10\t4\tASSAULT\tvisit\t-"], 3, "mode 'visit' not allowed"),
        ([ROOT_19, "190\tX\t-10\t4\t-\tvisit\t-"], 3, "mode without an event"),
        ([ROOT_19, "190\tX\t-10\t4\tASSAULT\t-\tmartian"], 3, "unknown PLOVER context"),
        ([ROOT_19, "19\tAgain\t-10\t4\tASSAULT\t-\t-"], 3, "duplicate code 19 (first on line 2)"),
        (["190\tX\t-10\t4\tASSAULT\t-\t-"], 2, "its root 19 is not in the table"),
        ([ROOT_19, "1901\tX\t-10\t4\tASSAULT\t-\t-"], 3, "its base code 190 is not in the table"),
    ],
)
def test_malformed_rows_are_rejected_with_file_and_line(
    tmp_path: Path, rows: list[str], line: int, fragment: str
) -> None:
    path = write_table(tmp_path, *rows)
    with pytest.raises(CodeTableError) as info:
        CameoTable.load(path)
    assert info.value.line == line
    assert info.value.path == str(path)
    assert f"{path}:{line}:" in str(info.value)
    assert fragment in str(info.value)


def test_bad_header_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(CodeTableError, match="header must be"):
        CameoTable.load(write_table(tmp_path, ROOT_19, header="code\tname\tscore"))
    empty = tmp_path / "empty.tsv"
    empty.write_text("# nothing here\n", encoding="utf-8")
    with pytest.raises(CodeTableError, match="no header"):
        CameoTable.load(empty)
    with pytest.raises(CodeTableError, match="no codes"):
        CameoTable.load(write_table(tmp_path))
    with pytest.raises(CodeTableError, match="cannot read"):
        CameoTable.load(tmp_path / "missing.tsv")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("version: 1\nevents: {}\ncontexts: []\n", "non-empty mapping"),
        ("version: 2\nevents: {AID: []}\ncontexts: []\n", "unsupported version"),
        ("version: 1\nevents: {Aid: []}\ncontexts: []\n", "upper case"),
        ("version: 1\nevents: {AID: nope}\ncontexts: []\n", "list of strings"),
        ("version: 1\nevents: {AID: []}\n", "exactly the keys"),
        ("version: 1\nevents: {AID: []}\ncontexts: [1]\n", "'contexts' must be"),
        ("version: 1\nevents: [AID\n", "cannot read"),
    ],
)
def test_malformed_vocabulary_is_rejected(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "plover.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CodeTableError, match=r"plover\.yaml") as info:
        PloverVocabulary.load(path)
    assert fragment in str(info.value)


@settings(max_examples=60, deadline=None)
@given(
    score=st.floats(min_value=-10.0, max_value=10.0, allow_nan=False),
    root=st.sampled_from(ROOTS),
)
def test_any_in_range_score_round_trips(
    tmp_path_factory: pytest.TempPathFactory, score: float, root: str
) -> None:
    quad = quad_class_for_root(root)
    path = write_table(tmp_path_factory.mktemp("t"), f"{root}\tRoot\t{score!r}\t{quad}\t-\t-\t-")
    entry = CameoTable.load(path).get(root)
    assert entry.goldstein == score
    assert entry.quad_class == quad


@settings(max_examples=40, deadline=None)
@given(score=st.floats(allow_nan=False).filter(lambda x: not -10.0 <= x <= 10.0))
def test_any_out_of_range_score_is_rejected(
    tmp_path_factory: pytest.TempPathFactory, score: float
) -> None:
    path = write_table(tmp_path_factory.mktemp("t"), f"14\tRoot\t{score!r}\t4\t-\t-\t-")
    with pytest.raises(CodeTableError, match="not in"):
        CameoTable.load(path)
