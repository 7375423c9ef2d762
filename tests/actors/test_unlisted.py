"""Names the dictionary lacks: misspelt states, towns from the gazetteer, peoples, and
unknown names behind a bare title."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.actors import ActorDictionary, DictionaryError
from newsgraph.actors.unlisted import Peoples, Spelling
from newsgraph.records import Article

DICTIONARY = ActorDictionary.load()
SPELLING = Spelling.build(DICTIONARY)
NAMES = sorted(
    key
    for key, entry in DICTIONARY.entries()
    if entry.kind == "state" and entry.via == "alias" and not entry.ambiguous
    and key.isalpha() and len(key) >= 8
)  # fmt: skip


@pytest.mark.parametrize(
    ("word", "code"),
    [("Ethopia", "ETH"), ("Afganistan", "AFG"), ("Quatar", "QAT"), ("Ghanians", "GHA")],
)
def test_a_letter_dropped_or_added_is_corrected(word: str, code: str) -> None:
    entry = SPELLING.correct(word)
    assert entry is not None and entry.code == code


@pytest.mark.parametrize("word", ["Siberia", "Monday", "Reuters", "Niger", "Koreas"])
def test_substitutions_and_short_or_unrelated_words_are_not(word: str) -> None:
    assert SPELLING.correct(word) is None


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(NAMES), st.data())
def test_dropping_a_letter_never_yields_another_state(name: str, data) -> None:
    position = data.draw(st.integers(0, len(name) - 1))
    misspelt = name[:position] + name[position + 1 :]
    entry = SPELLING.correct(misspelt)
    own = DICTIONARY.lookup(name)
    assert entry is None or DICTIONARY.lookup(misspelt) is not None or entry.code == own.code


def test_peoples_match_singular_plural_and_phrases(parser) -> None:
    peoples = Peoples.load()
    text = "Hutus and Islamic fundamentalists met Tamil refugees."
    tokens = parser.parse([Article(key="k", id="t", origin="t", text=text)])[0].tokens
    sizes = {t.text: peoples.match(text, tokens, t.i) for t in tokens}
    assert sizes["Hutus"] == 1 and sizes["Islamic"] == 2 and sizes["Tamil"] == 1
    assert sizes["met"] == 0


def test_peoples_file_is_validated(monkeypatch) -> None:
    monkeypatch.setattr("yaml.safe_load", lambda text: {"version": 1, "peoples": {"x": [1]}})
    with pytest.raises(DictionaryError, match=r"peoples\.yaml"):
        Peoples.load()


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # Misspelt states.
        ("Ethopia has agreed to reopen its border.", "Ethopia", "ETH"),
        ("Quatar's emir launched a mediation effort.", "Quatar's emir", "QATGOV"),
        # Towns the dictionary does not list: the country's civilians; a sector noun wins.
        ("Two bombers blew themselves up in Tel Aviv on Sunday.", "Tel Aviv", "ISRCVL"),
        ("Calgary police arrested two men on Friday.", "Calgary police", "CANCOP"),
        ("A roadside bomb near the town of Samarra killed a soldier.", "Samarra", "IRQCVL"),
        # Peoples take the state of their sentence; the sector noun they modify applies.
        ("Hutu rebels attacked a village in Burundi.", "Hutu rebels", "BDIREB"),
        ("Up to 100 ethnic Albanians demonstrated in Serbia.", "Albanians", "SRBCVL"),
        (
            "Islamic fundamentalists killed 12 people in Algeria.",
            "Islamic fundamentalists",
            "DZACVL",
        ),
        # Unknown names behind a bare title: the sentence's state, the title's sector.
        (
            "Judge Alejandro Rivera charged 28 Chilean officials.",
            "Judge Alejandro Rivera",
            "CHLJUD",
        ),
        (
            "President Dos Santos met UNITA leaders in Angola.",
            "President Dos Santos",
            "AGOGOV",
        ),
    ],
)
def test_unlisted_names_resolve(undated_codes, text: str, span: str, code: str) -> None:
    assert undated_codes(text).get(span) == code


def test_regions_and_rejected_names_stay_unresolved(undated_codes) -> None:
    found = undated_codes("Latin American leaders gathered in Lima.")
    assert "USA" not in {c[:3] for c in found.values()}
    assert found.get("Lima") == "PERCVL"


def test_gazetteer_alternate_names_are_not_read(undated_codes) -> None:
    # GeoNames lists "Victoria" as another name of Hong Kong; only a place's own name counts.
    found = undated_codes("Officials met in Victoria on Tuesday.")
    assert "HKG" not in {c[:3] for c in found.values()}


def test_plurals_of_listed_names_are_not_misspellings(undated_codes) -> None:
    found = undated_codes("Sales grew across the Americas and in Asia.")
    assert "USA" not in {c[:3] for c in found.values()}


def test_a_specific_title_sets_the_sector_of_a_known_person(undated_codes) -> None:
    found = undated_codes("General Michel Aoun rejected the accord in Beirut.")
    assert found.get("Michel Aoun", "").endswith("MIL")


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("A terror group based in Trinidad planned the attack.", "A terror group based in Trinidad",
         "TTOREB"),
        ("Hackers defaced nearly 3,000 Danish Web sites.", "Danish Web sites", "DNKJRN"),
    ],
)  # fmt: skip
def test_located_participles_and_compound_sector_words(
    undated_codes, text: str, span: str, code: str
) -> None:
    assert undated_codes(text).get(span) == code


def test_a_titled_surname_keeps_the_state_of_its_full_name(undated_codes) -> None:
    found = undated_codes(
        "Texas Judge Letitia Clark ruled on Friday.\n\n"
        "Most of the company's business is in Russia, Judge Clark said."
    )
    assert found.get("Judge Clark") == "USAJUD"


def test_a_named_persons_body_is_of_the_persons_state(undated_codes) -> None:
    found = undated_codes("Vladimir Putin's government rejected the offer on Monday.")
    assert found.get("Vladimir Putin's government") == "RUSGOV"
