"""Publication dates: metadata strings, header lines and datelines, URLs, and their priority."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.pubdate import (
    Published,
    is_date_stamp,
    parse_published,
    published_from_text,
    published_from_url,
    resolve_published,
    split_dateline,
)

BODY = "The harbour council of Calvera voted on Tuesday to close the northern dock for repairs."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-07-11", "2024-07-11"),
        ("20240711", "2024-07-11"),
        ("2024-07-11 09:30", "2024-07-11T09:30:00"),
        ("2024-07-11T09:30:00+09:00", "2024-07-11T09:30:00+09:00"),
        ("2024-07-11T09:30:00.123Z", "2024-07-11T09:30:00+00:00"),
        ("Thu, 11 Jul 2024 09:30:00 +0200", "2024-07-11T09:30:00+02:00"),
        ("Thu, 11 Jul 2024 09:30:00 GMT", "2024-07-11T09:30:00+00:00"),
        ("July 11, 2024", "2024-07-11"),
        ("Jul. 11 2024", "2024-07-11"),
        ("11 July 2024", "2024-07-11"),
        ("11th of July, 2024", "2024-07-11"),
        ("Thursday, July 11, 2024 9:30 pm", "2024-07-11T21:30:00"),
        ("08.11.2024 19:34", "2024-11-08T19:34:00"),
        ("Published: Nov 8, 2024 | 19:34 GMT+2", "2024-11-08T19:34:00+02:00"),
        ("2024/07/11", "2024-07-11"),
        ("13/04/2024", "2024-04-13"),
        ("Jul 11th 2024, 9:30am EDT", "2024-07-11T09:30:00"),
        ("  2024-07-11\u00a0", "2024-07-11"),
    ],
)
def test_parse_published_formats(value: str, expected: str) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "yesterday",
        "3 days ago",
        "July 2024",
        "2024",
        "03/04/2024",
        "not a date",
        "31.02.2024",
    ],
)
def test_parse_published_refuses_to_invent(value: str) -> None:
    assert parse_published(value) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"19:34 08.11.2024\n\n{BODY}", "2024-11-08T19:34:00"),
        (f"08.11.2024, 19:34\n{BODY}", "2024-11-08T19:34:00"),
        (f"2024-07-11\n\n{BODY}", "2024-07-11"),
        (f"Updated: July 11, 2024 10:02 UTC\n{BODY}", "2024-07-11T10:02:00+00:00"),
        (f"VILNIUS, March 19, 2025 (Harbour Wire) - {BODY}", "2025-03-19"),
        (f"WASHINGTON (AP) — July 10, 2024\n{BODY}", "2024-07-10"),
        (f"July 10, 2024 — {BODY}", "2024-07-10"),
        (
            f"Share this article\n3 min read\nAD\nBy Ana Ruiz\n19:34 08.11.2024\n{BODY}",
            "2024-11-08T19:34:00",
        ),
    ],
)
def test_published_from_text_header_lines(text: str, expected: str) -> None:
    assert published_from_text(text) == expected


def test_yearless_dateline_takes_year_from_reference() -> None:
    text = f"Follow live\nBRUSSELS Nov. 8 () –\n{BODY}"
    assert published_from_text(text, date(2024, 11, 9)) == "2024-11-08"
    assert published_from_text(text, date(2024, 11, 7)) == "2024-11-08"  # reference + 1 day
    assert published_from_text(text, date(2024, 11, 6)) == "2023-11-08"
    assert published_from_text(text, date(2025, 1, 2)) == "2024-11-08"


def test_yearless_leap_day_looks_back_to_a_leap_year() -> None:
    assert (
        published_from_text(f"SEOUL, Feb. 29 (Yonhap) -- {BODY}", date(2027, 3, 1)) == "2024-02-29"
    )


def test_yearless_dateline_takes_year_from_full_date_elsewhere() -> None:
    text = f"SEOUL, July 11 (Yonhap) -- {BODY}\n\nThe accord signed on March 3, 2023 expires soon."
    assert published_from_text(text) == "2023-07-11"


def test_yearless_dateline_without_any_year_gives_nothing() -> None:
    assert published_from_text(f"SEOUL, July 11 (Yonhap) -- {BODY}") is None


def test_only_header_lines_are_scanned() -> None:
    late = "\n".join([BODY] * 6 + ["19:34 08.11.2024"])
    assert published_from_text(late) is None


def test_dates_inside_sentences_are_not_publication_dates() -> None:
    assert (
        published_from_text(f"The accord was signed on July 10, 2024 in Calvera.\n{BODY}") is None
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.test/world/2024/07/11/dock-closes", "2024-07-11"),
        ("https://news.test/world/2024/7/1/dock-closes", "2024-07-01"),
        ("https://news.test/a/20240711/dock-closes", "2024-07-11"),
        ("https://news.test/dock-closes-2024-07-11.html", "2024-07-11"),
        ("https://news.test/dock_2024_07_11", "2024-07-11"),
        ("https://news.test/2024/13/45/bad", None),
        ("https://news.test/article/123420240711", None),
        ("https://news.test/dock?date=2024-07-11", None),
        ("https://news.test/2024/07/dock", None),
        ("http://[broken", None),
    ],
)
def test_published_from_url(url: str, expected: str | None) -> None:
    assert published_from_url(url) == expected


def test_resolve_priority() -> None:
    stamp = f"19:34 08.11.2024\n{BODY}"
    url = "https://news.test/2024/11/07/dock"
    assert resolve_published("2024-11-08", "2024-11-01", stamp, url) == Published(
        "2024-11-08", "meta"
    )
    assert resolve_published(None, "2024-11-01", stamp, url) == Published("2024-11-01", "html")
    assert resolve_published("garbage", None, stamp, url) == Published(
        "2024-11-08T19:34:00", "text"
    )
    assert resolve_published(None, None, BODY, url) == Published("2024-11-07", "url")
    assert resolve_published(None, None, BODY, None) == Published(None, "none")
    assert resolve_published("", "", "", "") == Published(None, "none")


def test_bare_meta_date_is_kept_over_same_day_text_stamp() -> None:
    assert resolve_published("2024-11-08", None, f"19:34 08.11.2024\n{BODY}", None) == Published(
        "2024-11-08", "meta"
    )


def test_url_date_anchors_a_yearless_dateline() -> None:
    text = f"BRUSSELS Dec. 31 () –\n{BODY}"
    url = "https://news.test/2025/01/01/dock"
    assert resolve_published(None, None, text, url) == Published("2024-12-31", "text")


def test_stamp_and_dateline_helpers() -> None:
    assert is_date_stamp("19:34 08.11.2024")
    assert is_date_stamp("Posted on Monday, July 8, 2024 at 10:15")
    assert not is_date_stamp("Talks resumed on July 8, 2024 in Calvera")
    assert not is_date_stamp("Published 08.11.2024 | Updated 09.11.2024")
    dateline = split_dateline("KUALA LUMPUR (Harbour Wire) - Ministers met on Tuesday.")
    assert dateline is not None
    assert (dateline.prefix, dateline.rest, dateline.place) == (
        "KUALA LUMPUR (Harbour Wire) -",
        "Ministers met on Tuesday.",
        "KUALA LUMPUR",
    )
    assert dateline.month is None
    assert split_dateline("US-German talks resumed on Tuesday.") is None
    assert split_dateline("Calvera Port (pictured) - closed on Monday.") is None
    assert split_dateline("Calvera - the port closed") is None


# ---------------------------------------------------------------- properties

DATES = st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31))
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(day=DATES, hour=st.integers(0, 23), minute=st.integers(0, 59), offset=st.integers(-12, 14))
def test_metadata_formats_round_trip(day: date, hour: int, minute: int, offset: int) -> None:
    iso = day.isoformat()
    month = MONTH_NAMES[day.month - 1]
    assert parse_published(iso) == iso
    assert parse_published(f"{month} {day.day}, {day.year}") == iso
    assert parse_published(f"{day.day} {month} {day.year}") == iso
    assert parse_published(f"{month[:3]}. {day.day} {day.year}") == iso
    moment = datetime(
        day.year, day.month, day.day, hour, minute, tzinfo=timezone(timedelta(hours=offset))
    )
    expected = moment.isoformat()
    assert parse_published(moment.isoformat()) == expected
    assert parse_published(format_datetime(moment)) == expected
    assert parse_published(f"{iso} {hour:02d}:{minute:02d}") == f"{iso}T{hour:02d}:{minute:02d}:00"


@settings(max_examples=200, deadline=None)
@given(day=DATES, hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_header_formats_round_trip(day: date, hour: int, minute: int) -> None:
    iso = day.isoformat()
    month = MONTH_NAMES[day.month - 1]
    stamp = f"{hour:02d}:{minute:02d} {day.day:02d}.{day.month:02d}.{day.year}"
    assert published_from_text(f"{stamp}\n\n{BODY}") == f"{iso}T{hour:02d}:{minute:02d}:00"
    assert published_from_text(f"{iso}\n{BODY}") == iso
    dateline = f"CALVERA, {month} {day.day}, {day.year} (Harbour Wire) - {BODY}"
    assert published_from_text(dateline) == iso
    yearless = f"CALVERA {month[:3]}. {day.day} () –\n{BODY}"
    assert published_from_text(yearless, reference=day) == iso
    assert (
        published_from_url(f"https://news.test/{day.year}/{day.month:02d}/{day.day:02d}/x") == iso
    )


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=400), reference=st.none() | DATES)
def test_published_from_text_never_raises(text: str, reference: date | None) -> None:
    result = published_from_text(text, reference)
    assert result is None or date.fromisoformat(result[:10])


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(
        st.sampled_from(
            ["19:34", "08.11.2024", "Nov. 8", "SEOUL,", "(AP)", "--", "Feb 29", "31.02.2024"]
        )
        | st.text(alphabet="0123456789.:-/ ,()ADFJMNOSaceglnoprtuvy", max_size=30),
        max_size=8,
    )
)
def test_published_from_text_never_raises_on_date_like_noise(lines: list[str]) -> None:
    result = published_from_text("\n".join(lines), date(2024, 2, 28))
    assert result is None or date.fromisoformat(result[:10])


@settings(max_examples=200, deadline=None)
@given(value=st.text(max_size=60))
def test_parse_published_never_raises(value: str) -> None:
    result = parse_published(value)
    assert result is None or datetime.fromisoformat(result)
