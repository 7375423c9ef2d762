"""The signature grammar: reporting periods, quarters, halves, spoken years, holidays, shifts."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.timex import Context, Normalizer, parse_dct
from newsgraph.timex.anchor import nth_weekday, year_for

TIMEML_VALUE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(T?\d+(\.\d+)?[YMWDHS]|T?X[YMWDHS])"
    r"|[\dX]{2,4}(-([\dX]{2}(-[\dX]{2}(T(\d{2}(:\d{2})?|MO|AF|EV|NI|MI))?)?|W[\dX]{2}(-WE|-\d)?"
    r"|Q[\dX]|H\d|SP|SU|FA|WI))?)$"
)


@pytest.mark.parametrize(
    ("text", "dct", "tense", "expected"),
    [
        ("the last half of 1989", "1989-10-26", "future", ("DATE", "1989-H2")),
        ("the second half of 1990", "1989-10-26", "future", ("DATE", "1990-H2")),
        ("the first half", "1989-10-26", "past", ("DATE", "1989-H1")),
        ("the last half of the '80s", "1989-10-26", "past", ("DATE", "198")),
        ("the second quarter", "1989-10-26", "past", ("DATE", "1989-Q2")),
        ("the 1988 second quarter", "1989-10-26", "past", ("DATE", "1988-Q2")),
        ("its fourth quarter", "1989-10-26", "past", ("DATE", "1989-Q4")),
        ("the year-ago third quarter", "1989-10-26", "past", ("DATE", "1988-Q3")),
        ("the year-earlier third quarter", "1989-10-26", "past", ("DATE", "1988-Q3")),
        ("the 1988 quarter", "1989-10-30", "past", ("DATE", "1988-Q3")),
        ("the quarter a year ago", "1989-10-26", "past", ("DATE", "1988-Q3")),
        ("seven a year ago", "1989-11-01", "past", ("DATE", "1988")),
        ("a decade ago", "1999-03-12", "past", ("DATE", "1989")),
        ("two decades ago", "1999-03-12", "past", ("DATE", "1979")),
        ("a century ago", "1999-03-12", "past", ("DATE", "1899")),
        ("the year two thousand", "1998-02-05", "future", ("DATE", "2000")),
        ("nineteen ninety-six", "1998-02-05", "past", ("DATE", "1996")),
        ("the winter of nineteen ninety-four", "1998-02-23", "past", ("DATE", "1994-WI")),
        ("twenty four hours", "1998-02-05", "past", ("DURATION", "PT24H")),
        ("June last year", "1998-02-19", "past", ("DATE", "1997-06")),
        ("January this year", "1998-02-19", "past", ("DATE", "1998-01")),
        ("this past spring", "1989-10-30", "past", ("DATE", "1989-SP")),
        ("this coming Sunday", "1998-03-05", "future", ("DATE", "1998-03-08")),
        ("earlier Sunday", "1998-03-22", "past", ("DATE", "1998-03-22")),
        ("later yesterday", "1989-10-27", "past", ("DATE", "1989-10-26")),
        ("the next year or so", "1989-11-02", "future", ("DATE", "1990")),
        ("sometime next year", "1989-10-30", "future", ("DATE", "1990")),
        ("eight trading days", "1989-10-30", "past", ("DURATION", "P8D")),
        ("an additional year", "1989-11-02", "future", ("DURATION", "P1Y")),
        ("the past several quarters", "1989-10-30", "past", ("DATE", "PAST_REF")),
        ("the next few days", "1991-02-25", "future", ("DURATION", "PXD")),
        ("coming months", "1998-02-06", "future", ("DATE", "FUTURE_REF")),
        ("the fiscal year", "1989-11-02", "future", ("DATE", "1989")),
        ("the full year", "1989-11-02", "future", ("DATE", "1989")),
        ("Thanksgiving Day", "2000-01-07", "past", ("DATE", "1999-11-25")),
        ("last Thanksgiving", "2000-02-10", "past", ("DATE", "1999-11-25")),
        ("next Thanksgiving", "2000-02-10", "none", ("DATE", "2000-11-23")),
        ("Memorial Day", "2024-06-10", "past", ("DATE", "2024-05-27")),
        ("Christmas", "2024-06-10", "future", ("DATE", "2024-12-25")),
        ("December", "1998-03-04", "future", ("DATE", "1998-12")),
        ("three days later", "1989-10-30", "past", ("DURATION", "P3D")),
        ("a few days later", "1989-10-27", "past", ("DURATION", "PXD")),
        ("a year from now", "1989-10-27", "future", ("DATE", "1990")),
        ("the week of March 6", "2000-02-24", "none", ("DATE", "2000-W10")),
        ("the day before last Tuesday", "2000-02-24", "past", ("DATE", "2000-02-21")),
        ("two days after Christmas", "2000-02-24", "past", ("DATE", "1999-12-27")),
        ("the 10th, two days", "2024-07-11", "past", None),
    ],
)
def test_values(normalizer: Normalizer, text: str, dct: str, tense, expected) -> None:
    assert normalizer.normalize(text, Context(parse_dct(dct), tense)) == expected


def test_reporting_periods_need_a_quarterly_report(normalizer: Normalizer) -> None:
    dct = dt.date(1989, 10, 26)
    report = Context(dct, "past", quarterly=True)
    assert normalizer.normalize("the latest period", report) == ("DATE", "1989-Q3")
    assert normalizer.normalize("the year-ago period", report) == ("DATE", "1988-Q3")
    assert normalizer.normalize("the 1988 period", report) == ("DATE", "1988-Q3")
    assert normalizer.normalize("the corresponding period last year", report) == (
        "DATE",
        "1988-Q3",
    )
    assert normalizer.normalize("the latest period", Context(dct, "past")) is None
    assert normalizer.normalize("the latest period", Context(None, "past", True)) == (
        "DATE",
        "XXXX-QX",
    )


def test_a_year_closed_by_a_date_is_a_fiscal_year(normalizer: Normalizer) -> None:
    dct = dt.date(1989, 11, 1)
    closed = Context(dct, "past", period=True)
    assert normalizer.normalize("the year", closed) == ("DURATION", "P1Y")
    assert normalizer.normalize("the fiscal year", Context(dct, "past", period=True)) == (
        "DURATION",
        "P1Y",
    )
    assert normalizer.normalize("the year", Context(dct, "past")) == ("DATE", "1989")


def test_a_named_fiscal_quarter_is_the_reported_one(normalizer: Normalizer) -> None:
    dct = dt.date(1989, 10, 26)
    report = Context(dct, "past", quarterly=True, reported=1)
    assert normalizer.normalize("the latest period", report) == ("DATE", "1989-Q1")
    assert normalizer.normalize("a year earlier", report) == ("DATE", "1988-Q1")
    assert normalizer.normalize("the quarter", report) == ("DATE", "1989-Q1")
    assert normalizer.normalize("the 1988 period", report) == ("DATE", "1988-Q1")
    # the quarter under way is the calendar's, whatever the report numbers
    assert normalizer.normalize("the current quarter", report) == ("DATE", "1989-Q4")
    assert normalizer.normalize("the quarter", Context(dct, "past")) == ("DATE", "1989-Q3")


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("earlier in the year", "past", ("DATE", "1989")),
        ("later in the day", "future", ("DATE", "1989-10-26")),
        ("the second day", "present", ("DATE", "1989-10-26")),
        ("the second day", "past", ("DATE", "XXXX-XX-XX")),
        ("almost five months now", "present", None),
        ("right now", "present", ("DATE", "PRESENT_REF")),
    ],
)
def test_days_within_units_and_the_present(
    normalizer: Normalizer, text: str, tense, expected
) -> None:
    assert normalizer.normalize(text, Context(dt.date(1989, 10, 26), tense)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the next morning", "2000-02-22"),
        ("the next day", "2000-02-22"),
        ("that night", "2000-02-21"),
        ("the following evening", "2000-02-22"),
        ("next week", "2000-W09"),  # without "the" it counts from the DCT
    ],
)
def test_days_and_parts_of_days_count_from_the_reference(
    normalizer: Normalizer, text: str, expected: str
) -> None:
    context = Context(dt.date(2000, 2, 24), "past", reference="2000-02-21")
    assert normalizer.normalize(text, context) == ("DATE", expected)


def test_that_quarter_is_the_latest_quarter_named(normalizer: Normalizer) -> None:
    context = Context(dt.date(1989, 10, 27), "past", reference="1988-10-31", quarter="1988-Q2")
    assert normalizer.normalize("that quarter", context) == ("DATE", "1988-Q2")
    no_quarter = Context(dt.date(1989, 10, 27), "past", reference="1988-10-31")
    assert normalizer.normalize("that quarter", no_quarter) == ("DATE", "1988-Q4")


def test_floating_holidays_without_dct_leave_the_day_unknown(normalizer: Normalizer) -> None:
    assert normalizer.normalize("Thanksgiving", Context(None, "past")) == ("DATE", "XXXX-11-XX")
    assert normalizer.normalize("Christmas Eve", Context(None, "past")) == ("DATE", "XXXX-12-24")


def test_a_future_verb_never_dates_the_past() -> None:
    dct = dt.date(1998, 3, 4)
    assert year_for(dct, 12, None, "future") == 1998
    assert year_for(dct, 2, 20, "future") == 1999


@given(st.integers(1900, 2100), st.integers(1, 12), st.sampled_from([-1, 1, 2, 3, 4]))
def test_nth_weekday_is_that_weekday_of_the_month(year: int, month: int, nth: int) -> None:
    for iso_day in range(1, 8):
        day = nth_weekday(year, month, nth, iso_day)
        assert (day.year, day.month, day.isoweekday()) == (year, month, iso_day)
        if nth > 0:
            assert (day.day - 1) // 7 == nth - 1
        else:
            assert (day + dt.timedelta(days=7)).month != month


VOCABULARY = (
    "the of a last next this past coming following ago earlier later before after year years"
    " quarter month week weeks day days decade century first second third fourth half period"
    " fiscal end few several recent June March Friday Sunday spring morning night today"
    " yesterday Christmas Thanksgiving nineteen ninety two thousand 1988 1990s 10th 31"
    " in current now that evening"
)
WORDS = st.sampled_from(VOCABULARY.split())


@given(
    st.lists(WORDS, min_size=1, max_size=5),
    st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 28))),
    st.sampled_from(["past", "present", "future", "near", "none"]),
    st.booleans(),
    st.booleans(),
    st.one_of(st.none(), st.integers(1, 4)),
    st.one_of(st.none(), st.sampled_from(["1998", "2003-Q2", "2016-02-29"])),
)
def test_any_word_sequence_gets_a_timeml_value_or_none(
    normalizer: Normalizer,
    words: list[str],
    dct: dt.date | None,
    tense,
    quarterly: bool,
    period: bool,
    reported: int | None,
    reference: str | None,
) -> None:
    quarter = reference if reference is not None and "Q" in reference else None
    context = Context(
        dct, tense, quarterly, reference, period=period, reported=reported, quarter=quarter
    )
    result = normalizer.normalize(" ".join(words), context)
    assert result is None or TIMEML_VALUE.match(result[1]), (words, dct, result)
