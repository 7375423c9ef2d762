from __future__ import annotations

import pytest

from newsgraph.datafile import yaml_mapping


class DataError(ValueError):
    """Stands for a stage's own error type."""


KEYS = frozenset({"version", "words"})


def _read(text: str) -> dict:
    return yaml_mapping(text, "extra.yaml", KEYS, {1}, DataError)


def test_a_valid_file_is_its_mapping() -> None:
    assert _read("version: 1\nwords: [a, b]\n") == {"version": 1, "words": ["a", "b"]}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("version: [1\n", "not valid YAML"),
        ("- a\n- b\n", "expected a mapping with `version` at the top"),
        ("", "expected a mapping"),
        ("version: 1\nphrases: []\n", "unknown top-level key(s) phrases (allowed: version, words)"),
        ("words: []\n", "missing `version` (this reader reads 1)"),
        ("version: 3\n", "unsupported version 3 (this reader reads 1)"),
    ],
)
def test_errors_are_the_callers_type_and_name_the_file(text: str, problem: str) -> None:
    with pytest.raises(DataError) as caught:
        _read(text)
    assert str(caught.value).startswith("extra.yaml: ")
    assert problem in str(caught.value)
