"""Shared checks for the actor data files: each loader passes its own error type."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def names(values: Iterable[object]) -> str:
    return ", ".join(sorted(str(v) for v in values))


def check_keys(
    entry: Mapping[str, Any],
    allowed: frozenset[str],
    where: str,
    required: tuple[str, ...],
    error: type[Exception],
) -> None:
    """Unknown keys and missing required keys fail, naming the entry and the allowed keys."""
    unknown = set(entry) - allowed
    if unknown:
        raise error(f"{where}: unknown key(s) {names(unknown)}; allowed: {names(allowed)}")
    for key in required:
        if key not in entry:
            raise error(f"{where}: missing required key `{key}`")


def text_field(entry: Mapping[str, Any], key: str, where: str, error: type[Exception]) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise error(f"{where}: `{key}` must be a non-empty string, got {value!r}")
    return value.strip()


def string_list(
    entry: Mapping[str, Any], key: str, where: str, error: type[Exception]
) -> list[str]:
    """An optional list of non-empty strings (absent: empty), stripped."""
    value = entry.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise error(f"{where}: `{key}` must be a list of non-empty strings")
    return [v.strip() for v in value]
