"""The normalizer and calendar anchoring: seed-like cases and property tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.timex import Context, Normalizer, anaphora, parse_dct
from newsgraph.timex.anchor import weekday, year_for

TIMEML_VALUE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(T?\d+(\.\d+)?[YMWDHS]|T?X[YMWDHS])"
    r"|[\dX]{2,4}(-([\dX]{2}(-[\dX]{2}(T(\d{2}(:\d{2})?|MO|AF|EV|NI|MI))?)?|W[\dX]{2}(-WE|-\d)?"
    r"|Q[\dX]|H\d|SP|SU|FA|WI))?)$"
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.mark.parametrize(
    ("text", "dct", "tense", "expected"),
    [
        ("Wednesday", "2024-07-11", "past", ("DATE", "2024-07-10")),
        ("the 10th", "2024-07-11", "past", ("DATE", "2024-07-10")),
        ("the 11th", "2024-07-11", "future", ("DATE", "2024-07-11")),
        ("the 12th", "2024-07-11", "past", ("DATE", "2024-06-12")),
        ("Saturday", "2024-07-14", "past", ("DATE", "2024-07-13")),
        ("last month", "2024-07-14", "past", ("DATE", "2024-06")),
        ("this Friday", "2024-11-08", "future", ("DATE", "2024-11-08")),
        ("September 26", "2024-11-08", "past", ("DATE", "2024-09-26")),
        ("Sept 26, 2024", "2024-11-08", "none", ("DATE", "2024-09-26")),
        ("Nov. 8", "2024-11-10", "past", ("DATE", "2024-11-08")),
        ("08.11.2024", "2024-11-10", "none", ("DATE", "2024-11-08")),
        ("2024-07-10", "2024-07-11", "none", ("DATE", "2024-07-10")),
        ("mid-July", "2024-08-02", "past", ("DATE", "2024-07")),
        ("the 1990s", "2024-08-02", "past", ("DATE", "199")),
        ("three years", "2024-08-02", "past", ("DURATION", "P3Y")),
        ("earlier this year", "2024-08-02", "past", ("DATE", "2024")),
        ("next year", "2024-08-02", "future", ("DATE", "2025")),
        ("this summer", "2024-08-02", "past", ("DATE", "2024-SU")),
        ("last summer", "2024-08-02", "past", ("DATE", "2023-SU")),
        ("yesterday", "2024-08-02", "past", ("DATE", "2024-08-01")),
        ("two days ago", "2024-08-02", "past", ("DATE", "2024-07-31")),
        ("last week", "2024-07-11", "past", ("DATE", "2024-W27")),
        ("this week", "2024-07-11", "present", ("DATE", "2024-W28")),
        ("in June", "2024-08-02", "past", ("DATE", "2024-06")),
        ("December", "2024-08-02", "future", ("DATE", "2024-12")),
        ("now", "2024-08-02", "present", ("DATE", "PRESENT_REF")),
        ("recently", "2024-08-02", "past", ("DATE", "PAST_REF")),
        ("the future", "2024-08-02", "none", ("DATE", "FUTURE_REF")),
        ("the third quarter", "2024-10-20", "past", ("DATE", "2024-Q3")),
        ("twenty four hours", "2024-10-20", "past", ("DURATION", "PT24H")),
        ("daily", "2024-10-20", "none", ("SET", "P1D")),
        ("9 a.m. Tuesday", "2024-10-23", "past", ("TIME", "2024-10-22T09:00")),
        ("the third quarter of 2011", "2024-10-20", "past", ("DATE", "2011-Q3")),
        ("Tuesday", "2024-10-21", "near", ("DATE", "2024-10-22")),
        ("Saturday", "2024-10-21", "near", ("DATE", "2024-10-19")),
    ],
)
def test_values(normalizer: Normalizer, text: str, dct: str, tense, expected) -> None:
    assert normalizer.normalize(text, Context(parse_dct(dct), tense)) == expected


def test_without_dct_the_anchored_parts_are_unknown(normalizer: Normalizer) -> None:
    assert normalizer.normalize("July 10", Context(None, "past")) == ("DATE", "XXXX-07-10")
    assert normalizer.normalize("the 10th", Context(None, "past")) == ("DATE", "XXXX-XX-10")


def test_words_that_are_no_time_are_refused(normalizer: Normalizer) -> None:
    assert normalizer.normalize("the minister", Context(dt.date(2024, 7, 1))) is None
    assert normalizer.normalize("the 45th", Context(dt.date(2024, 7, 1), "past")) is None


def test_parse_dct() -> None:
    assert parse_dct("2024-07-11T09:30:00+09:00") == dt.date(2024, 7, 11)
    assert parse_dct("2024-07-11") == dt.date(2024, 7, 11)
    assert parse_dct(None) is None
    assert parse_dct("11 July") is None
    assert parse_dct("2024-02-30") is None


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.integers(1, 7))
def test_past_weekday_lies_in_the_week_up_to_the_dct(dct: dt.date, iso_day: int) -> None:
    day = weekday(dct, iso_day, "past")
    assert day.isoweekday() == iso_day
    assert dct - dt.timedelta(days=6) <= day <= dct


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.sampled_from(WEEKDAYS))
def test_past_weekday_words_resolve_within_the_week(
    normalizer: Normalizer, dct: dt.date, name: str
) -> None:
    kind, value = normalizer.normalize(f"on {name}", Context(dct, "past"))
    day = dt.date.fromisoformat(value)
    assert kind == "DATE" and dct - dt.timedelta(days=6) <= day <= dct


PHRASES = st.sampled_from(
    [
        "Friday",
        "last Friday",
        "next Monday",
        "the 10th",
        "the 31st",
        "September 26",
        "March",
        "last month",
        "next year",
        "this week",
        "last week",
        "earlier this month",
        "the 1990s",
        "three years",
        "two weeks ago",
        "a year earlier",
        "the weekend",
        "last fall",
        "now",
        "Feb. 29",
        "the fourth quarter",
        "yesterday morning",
        "this morning",
        "tonight",
        "the first half",
        "five months ago",
        "10 days ago",
        "2004",
        "20th century",
        "daily",
        "the following month",
        "that year",
        "the previous Friday",
        "later that year",
        "Thanksgiving Day",
        "last Thanksgiving",
        "next Christmas",
        "the year two thousand",
        "nineteen ninety-six",
        "the last half of 1989",
        "the second half",
        "June last year",
        "this past spring",
        "this coming Sunday",
        "the year-ago third quarter",
        "the 1988 quarter",
        "the quarter a year ago",
        "the past several quarters",
        "seven a year ago",
        "the week of March 6",
        "the day before last Tuesday",
        "two days after Christmas",
        "sometime next year",
        "earlier in the year",
        "the next morning",
        "that night",
        "the current quarter",
        "the second day",
        "the fiscal second-quarter",
    ]
)


@given(
    PHRASES,
    st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31))),
    st.sampled_from(["past", "present", "future", "near", "none"]),
    st.one_of(st.none(), st.sampled_from(["1998", "2003-Q2", "2010-06", "2016-02-29"])),
)
def test_values_are_timeml(
    normalizer: Normalizer, phrase: str, dct: dt.date | None, tense, reference
) -> None:
    context = Context(dct, tense, reference=reference)
    result = normalizer.normalize(phrase, context)
    assert result is not None, phrase
    assert TIMEML_VALUE.match(result[1]), (phrase, dct, result)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("the following year", "2003", "2004"),
        ("that year", "2003-05-14", "2003"),
        ("later that year", "2003-05", "2003"),
        ("the following month", "2003-12", "2004-01"),
        ("the previous month", "2003-Q1", None),  # a quarter does not say which month
        ("that quarter", "2003-05", "2003-Q2"),
        ("the following quarter", "2003-Q4", "2004-Q1"),
        ("the previous Friday", "2024-10-25", "2024-10-18"),
        ("the following Monday", "2024-10-25", "2024-10-28"),
        ("the following day", "2024-12-31", "2025-01-01"),
        ("the previous week", "2024-10-25", "2024-W42"),
    ],
)
def test_anaphoric_expressions_count_from_the_reference(
    normalizer: Normalizer, text: str, reference: str, expected: str | None
) -> None:
    context = Context(dt.date(2024, 11, 8), "past", reference=reference)
    result = normalizer.normalize(text, context)
    if expected is None:  # falls back to the DCT rules
        assert result is not None and result[1] != reference
    else:
        assert result == ("DATE", expected)


def test_without_reference_anaphora_falls_back_to_the_dct(normalizer: Normalizer) -> None:
    context = Context(dt.date(2024, 11, 8), "past")
    assert normalizer.normalize("the following year", context) == ("DATE", "2025")


def test_reference_values_are_parsed_strictly() -> None:
    assert anaphora.Reference.parse("2003-13") is None
    assert anaphora.Reference.parse("PAST_REF") is None
    assert anaphora.Reference.parse("2003-Q3") == anaphora.Reference(2003, 3, None, None)
    assert anaphora.resolve(["UNIT", "UNIT"], "Y", 1, "2003") is None
    assert anaphora.resolve(["NUM", "UNIT"], "Y", 1, "2003") is None


def test_a_bound_tense_never_crosses_the_dct() -> None:
    dct = dt.date(2024, 10, 20)
    assert year_for(dct, 12, None, "past") == 2024  # loose: December is only weeks away
    assert year_for(dct, 12, None, "past", bound=True) == 2023
    assert year_for(dct, 3, None, "future", bound=True) == 2025


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.integers(1, 7))
def test_near_weekday_is_the_closest_one(dct: dt.date, iso_day: int) -> None:
    found = weekday(dct, iso_day, "near")
    assert found.isoweekday() == iso_day
    assert abs((found - dct).days) <= 3
