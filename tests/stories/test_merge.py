from __future__ import annotations

import pytest

from newsgraph.stories import dates_compatible
from newsgraph.stories.merge import DAY_TOLERANCE, REPORT_LAG_DAYS, EventKey


def _key(date: str | None, published: str, mode: str = "asserted") -> EventKey:
    return EventKey("e", "11", "NATO", "PRK", mode, date, "day", published)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (None, "2024-07-10", True),
        ("2024-07", "2024-07-10", True),
        ("2024-06", "2024-07-10", False),
        ("2024-07-10", "2024-07-11", True),
        ("2024-07-10", "2024-07-12", False),
    ],
)
def test_exact_dates_fit_within_a_day(a: str | None, b: str, expected: bool) -> None:
    assert dates_compatible(a, b) is expected
    assert dates_compatible(b, a) is expected


def test_a_report_day_fits_an_exact_day_up_to_the_lag_before_it() -> None:
    exact = "2024-07-10"
    assert dates_compatible(exact, "2024-07-13", b_report_day=True)
    assert dates_compatible("2024-07-13", exact, a_report_day=True)
    assert dates_compatible(exact, f"2024-07-{10 + REPORT_LAG_DAYS}", b_report_day=True)
    assert not dates_compatible(exact, f"2024-07-{11 + REPORT_LAG_DAYS}", b_report_day=True)
    # A report tells of nothing later than its publication day (beyond time zones).
    assert dates_compatible(exact, f"2024-07-{10 - DAY_TOLERANCE:02d}", b_report_day=True)
    assert not dates_compatible(exact, "2024-07-05", b_report_day=True)
    assert not dates_compatible("2024-07-05", exact, a_report_day=True)


def test_two_report_days_fit_within_the_lag() -> None:
    assert dates_compatible("2024-07-11", "2024-07-14", True, True)
    assert dates_compatible("2024-07-14", "2024-07-11", True, True)
    assert not dates_compatible("2024-07-01", "2024-07-14", True, True)


def test_only_the_publication_day_of_something_that_happened_is_a_report_day() -> None:
    assert _key("2024-07-11", "2024-07-11").report_day
    assert _key("2024-07-11", "2024-07-11", mode="reported").report_day
    # A time expression dated it.
    assert not _key("2024-07-10", "2024-07-11").report_day
    # A planned or denied event's report day says nothing of when it would happen.
    assert not _key("2024-07-11", "2024-07-11", mode="future").report_day
    assert not _key("2024-07-11", "2024-07-11", mode="denied").report_day
    assert not _key(None, "2024-07-11").report_day
