from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.stories import StoryDoc, StoryError
from newsgraph.stories.features import ENTITY_PREFIX, doc_counts
from newsgraph.stories.forms import NO_FORMS, WordForms


@pytest.fixture(scope="module")
def forms() -> WordForms:
    return WordForms.load()


def test_packaged_table_spells_out_places_and_ranks(forms: WordForms) -> None:
    assert forms.full("mt") == "mount"
    assert forms.full("ft") == "fort"
    assert forms.full("gov") == "governor"
    assert forms.full("mount") == "mount"
    # Forms with two readings in news are left alone.
    assert forms.full("st") == "st"
    assert forms.full("dr") == "dr"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz.", min_size=1, max_size=8))
def test_spelling_out_twice_changes_nothing(word: str) -> None:
    table = WordForms.load()
    assert table.full(table.full(word)) == table.full(word)


def test_mt_and_mount_count_as_one_name_and_one_term(forms: WordForms) -> None:
    short = StoryDoc("a", "Two climbers were stranded on Mt. Cook on Thursday.", None)
    full = StoryDoc("b", "Two climbers were stranded on Mount Cook on Thursday.", None)
    short_terms, short_names = doc_counts(short, 60, 5.0, forms)
    full_terms, full_names = doc_counts(full, 60, 5.0, forms)
    assert short_terms == full_terms
    assert short_names == full_names
    assert ENTITY_PREFIX + "mount cook" in short_names
    # Without the table they differ.
    assert doc_counts(short, 60, 5.0, NO_FORMS)[1] != full_names


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "forms.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_table_extends_the_packaged_one(tmp_path: Path) -> None:
    table = WordForms.load([_write(tmp_path, "version: 1\nforms:\n  blvd: boulevard\n")])
    assert table.full("blvd") == "boulevard"
    assert table.full("mt") == "mount"  # the packaged entries stay


def test_later_user_file_wins(tmp_path: Path) -> None:
    first = tmp_path / "a.yaml"
    first.write_text("version: 1\nforms:\n  blvd: boulevard\n", encoding="utf-8")
    second = tmp_path / "b.yaml"
    second.write_text("version: 1\nforms:\n  blvd: bulevard\n", encoding="utf-8")
    assert WordForms.load([first, second]).full("blvd") == "bulevard"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # "mount" is the packaged table's full word for "mt".
        ("version: 1\nforms:\n  mount: mountain\n", "makes an earlier table's full word"),
        ("version: 1\nforms:\n  mtn: mt\n", "'mt' is a short form of an earlier table"),
    ],
)
def test_user_entry_may_not_chain_with_the_packaged_table(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(StoryError, match=r"forms\.yaml") as error:
        WordForms.load([_write(tmp_path, text)])
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version: 1\nforms:\n  mt: mount\nextra: 1\n", "unknown top-level key(s) extra"),
        ("version: 2\nforms:\n  mt: mount\n", "unsupported version 2"),
        ("version: 1\nforms: {}\n", "non-empty mapping"),
        ("version: 1\nforms:\n  Mt: mount\n", "'Mt' is not a lower-case word"),
        ("version: 1\nforms:\n  mt: 3\n", "3 is not a lower-case word"),
        ("version: 1\nforms:\n  mt: mtn\n  mtn: mountain\n", "'mtn' is itself a short form"),
        ("- just\n- a list\n", "expected a mapping"),
        ("version: [1\n", "not valid YAML"),
    ],
)
def test_malformed_table_names_the_file_and_entry(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(StoryError, match=r"forms\.yaml") as error:
        WordForms.load([path])
    assert message in str(error.value)


def test_unreadable_table_is_a_story_error(tmp_path: Path) -> None:
    with pytest.raises(StoryError, match="cannot read word forms"):
        WordForms.load([tmp_path / "missing.yaml"])
