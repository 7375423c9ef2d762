"""The time scorer compares TimeML values in one canonical notation."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.timex import canonical_value


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("1949-XX", "1949"),
        ("1949-XX-XX", "1949"),
        ("1998-10-XX", "1998-10"),
        ("198X", "198"),
        ("19XX", "19"),
        ("2000-W7", "2000-W07"),
        ("2000-W7-WE", "2000-W07-WE"),
    ],
)
def test_notational_variants_meet(written: str, canonical: str) -> None:
    assert canonical_value(written) == canonical


@pytest.mark.parametrize(
    "value", ["1998-02-23", "1998-02-23TNI", "2000-Q1", "P1Y", "PRESENT_REF", "XXXX-10-12"]
)
def test_distinct_values_stay_distinct(value: str) -> None:
    assert canonical_value(value) == value
    assert canonical_value("1998") != canonical_value("1998-02")
