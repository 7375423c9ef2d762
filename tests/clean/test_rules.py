"""CleaningRules: the packaged file loads, user files extend it, bad files fail by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.clean import CleaningRules, CleaningRulesError, clean_text
from newsgraph.errors import NewsgraphError

BODY = (
    "The city council of Marrow approved a new budget on Tuesday after a four-hour debate, "
    "the mayor's office said.\n\n"
)


def write(tmp_path: Path, text: str, name: str = "extra.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_packaged_rules_load_with_every_section() -> None:
    rules = CleaningRules.load()
    assert rules.sources == ("boilerplate.yaml",)
    assert rules.exact_lines["advertisement"] == "advertisement"
    assert {p.name for p in rules.patterns} >= {"read_time", "byline", "view_count", "credit"}
    assert "related stories" in rules.list_labels
    assert "other news" in rules.teaser_labels
    assert "the" in rules.stopwords and "no" in rules.stopwords
    assert rules.limits.max_boilerplate_words == 25


def test_user_file_adds_phrases_patterns_and_limits(tmp_path: Path) -> None:
    extra = write(
        tmp_path,
        "version: 1\n"
        "limits: {max_teaser_paragraphs: 1}\n"
        "exact_lines: {house: ['Marrow Gazette presents']}\n"
        "patterns:\n"
        "  - {name: house_footer, regex: '^Gazette desk: .*$'}\n"
        "teaser_labels: ['Also from the Gazette']\n",
    )
    rules = CleaningRules.load([extra])
    assert rules.sources == ("boilerplate.yaml", str(extra))
    assert rules.limits.max_teaser_paragraphs == 1
    assert "also from the gazette" in rules.teaser_labels
    cleaned = clean_text(
        "Marrow Gazette presents\n\n" + BODY + "Gazette desk: call 555", None, rules
    )
    assert cleaned.removed == ("Marrow Gazette presents", "Gazette desk: call 555")


def test_user_file_replaces_and_disables_patterns(tmp_path: Path) -> None:
    body = BODY + "3 min read\n\nBy Ana Ruiz"
    default = clean_text(body, None, CleaningRules.load())
    assert default.removed == ("3 min read", "By Ana Ruiz")
    extra = write(
        tmp_path,
        "version: 1\n"
        "disabled_patterns: [byline]\n"
        "patterns:\n  - {name: read_time, regex: '^never matches$'}\n",
    )
    custom = clean_text(body, None, CleaningRules.load([extra]))
    assert custom.removed == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version: 2\n", "unsupported version 2"),
        ("- a\n- b\n", "expected a mapping"),
        ("version: 1\nbogus: 1\n", "unknown top-level key(s) bogus"),
        ("version: 1\nlist_labels: [ok, no]\n", "list_labels[1]: must be a non-empty string"),
        ("version: 1\nlimits: {max_list_items: many}\n", "limits.max_list_items: must be"),
        ("version: 1\nlimits: {max_list_items: 2.5}\n", "limits.max_list_items: must be"),
        ("version: 1\nlimits: {nonsense: 3}\n", "limits.nonsense: unknown limit"),
        ("version: 1\npatterns:\n  - {name: broken, regex: '(unclosed'}\n", "(broken): invalid"),
        ("version: 1\npatterns:\n  - {name: m, regex: '{nobody} x'}\n", "unknown macro {nobody}"),
        ("version: 1\npatterns:\n  - {name: m, regex: x, colour: red}\n", "unknown keys"),
        ("version: 1\npatterns:\n  - just a string\n", "patterns[0]: must be a mapping"),
        ("version: 1\ndisabled_patterns: [no_such]\n", "no such patterns ['no_such']"),
        ("version: 1\nexact_lines: {ads: [' ']}\n", "exact_lines.ads[0]"),
        ("version: 1\nlink_residue: ['[']\n", "link_residue[0]: invalid regex"),
        ("version: [1\n", "not valid YAML"),
    ],
)
def test_invalid_user_file_names_file_and_entry(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(CleaningRulesError) as caught:
        CleaningRules.load([path])
    assert str(path) in str(caught.value)
    assert message in str(caught.value)
    assert isinstance(caught.value, NewsgraphError)


def test_missing_user_file_is_a_rules_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(CleaningRulesError, match=r"nope\.yaml: cannot read"):
        CleaningRules.load([missing])
