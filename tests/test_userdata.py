"""--data: user files are sorted by kind from their top-level keys, bad ones named."""

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.userdata import KIND_KEYS, collect_user_data, data_kinds


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("version: 1\norganisations: []\n", "actors"),
        ("version: 1\npeople: []\n", "people"),
        ("version: 1\nverbs: {}\n", "patterns"),
        ("version: 1\nplaces: []\n", "places"),
        ("version: 1\nexact_lines: []\n", "cleaning"),
        ("version: 1\ncue_nouns: [quip]\n", "quotes"),
        ("version: 1\ndenial_verbs: [gainsay]\ndismissal_verbs: [gainsay]\n", "modes"),
        ("version: 1\nholidays: {}\n", "timex"),
        ("version: 1\nforms: {}\n", "word_forms"),
    ],
)
def test_kind_comes_from_top_level_keys(tmp_path, text, kind):
    assert data_kinds(_write(tmp_path / "x.yaml", text)) == (kind,)


def test_shared_word_list_extends_every_stage_that_reads_it(tmp_path):
    shared = _write(tmp_path / "speech.yaml", "version: 1\nspeech_verbs: [mumble]\n")
    assert data_kinds(shared) == ("quotes", "modes")
    data = collect_user_data([shared])
    assert data.quote_files == data.mode_files == (shared,)
    # A key only one kind has aims the file at that kind.
    aimed = _write(
        tmp_path / "modes.yaml", "version: 1\nspeech_verbs: [mumble]\ndenial_verbs: []\n"
    )
    assert data_kinds(aimed) == ("modes",)


def test_directory_expands_to_sorted_yaml_files(tmp_path):
    _write(tmp_path / "b.yaml", "version: 1\nstates: []\n")
    _write(tmp_path / "a.yaml", "version: 1\norganisations: []\n")
    _write(tmp_path / "notes.txt", "not data")
    people = _write(tmp_path.parent / "people.yaml", "version: 1\npeople: []\n")
    data = collect_user_data([tmp_path, people])
    assert [p.name for p in data.actor_files] == ["a.yaml", "b.yaml"]
    assert data.people_files == (people,)
    assert data.pattern_files == data.place_files == data.cleaning_files == ()
    assert data.quote_files == data.timex_files == data.word_form_files == ()


def test_only_quote_cues_and_event_modes_share_keys():
    """Any other key marks one kind alone, so a file's kind follows from any of its keys."""
    seen: dict[str, str] = {}
    for kind, keys in KIND_KEYS.items():
        for key in keys:
            if key in seen:
                assert {seen[key], kind} == {"quotes", "modes"}, key
            seen[key] = kind


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version: 1\nfoo: []\n", "not those of any one kind"),
        ("version: 1\nplaces: []\npeople: []\n", "not those of any one kind"),
        ("version: 1\n", "not those of any one kind"),
        ("- a\n- b\n", "must be a YAML mapping"),
        ("key: [unclosed\n", "cannot read data file"),
    ],
)
def test_bad_file_is_refused_by_name(tmp_path, text, message):
    bad = _write(tmp_path / "bad.yaml", text)
    with pytest.raises(InputError, match=message) as info:
        collect_user_data([bad])
    assert "bad.yaml" in str(info.value)


def test_missing_path_and_empty_directory_are_refused(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        collect_user_data([tmp_path / "nope.yaml"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match=r"no \.yaml files"):
        collect_user_data([empty])
