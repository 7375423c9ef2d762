"""Publication date of an article, with where it came from.

Sources in order of trust: the record's metadata, the HTML page's metadata, the article's header
lines (time stamps and datelines), the URL path. Dates come out as ISO 8601 strings: a bare date
when only the day is known, a datetime when the time is known (with its UTC offset when the source
gives one). Nothing here invents a date: a string missing its day or year is not a date.

The grammar below is the Gregorian calendar's English vocabulary and the shape of news datelines;
it is code rather than data because it is fixed, not a tunable list. The cleaner
(``newsgraph.clean``) uses :func:`is_date_stamp` and :func:`split_dateline` so that both agree on
which header lines carry the date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from types import MappingProxyType
from urllib.parse import urlsplit

MONTHS: Mapping[str, int] = MappingProxyType(
    {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "may": 5,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)
MIN_YEAR, MAX_YEAR = 1900, 2100
HEADER_LINES = 6  # published_from_text looks at no more non-empty lines than this
YEAR_SEARCH_BACK = 8  # a yearless Feb 29 looks back this many years for a leap year

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20|21)\d{2}"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
_FULL_DATE = re.compile(
    r"(?<![\w.])(?:"
    rf"(?P<iso>(?P<iy>{_YEAR})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))"
    rf"|(?P<dot>(?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>{_YEAR}))"
    rf"|(?P<ymd>(?P<sy>{_YEAR})/(?P<sm>\d{{1,2}})/(?P<sd>\d{{1,2}}))"
    rf"|(?P<mdy>(?P<am>{_MONTH})\s+(?P<ad>{_DAY}),?\s+(?P<ay>{_YEAR}))"
    rf"|(?P<dmy>(?P<bd>{_DAY})\s+(?:of\s+)?(?P<bm>{_MONTH}),?\s+(?P<by>{_YEAR}))"
    r")(?!\d)",
    re.IGNORECASE,
)
_YEARLESS = re.compile(
    rf"(?P<mdy>(?P<am>{_MONTH})\s+(?P<ad>{_DAY}))|(?P<dmy>(?P<bd>{_DAY})\s+(?P<bm>{_MONTH}))",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[ap])\.?m\.?)?"
    r"(?:\s*(?P<tz>Z|(?:UTC|GMT)?\s*[+-](?:0?\d|1[0-4])(?::?[0-5]\d)?|UTC|GMT|(?-i:[A-Z]{2,5})\b))?"
    r"(?![\d:])",
    re.IGNORECASE,
)
_STAMP_LABEL = re.compile(
    r"^(?:(?:last\s+)?(?:first\s+)?(?:published|updated|posted|modified|date|dated)"
    r"(?:\s+(?:on|at))?\s*:?\s*)",
    re.IGNORECASE,
)
_STAMP_FILLER = re.compile(rf"(?:{_WEEKDAY}|\bat\b|\bon\b|[,|·•/–—-])", re.IGNORECASE)
# Between dateline and text: long dashes may touch words, a hyphen needs spaces ("US-German").
_DASH = r"(?:\s*(?:--|—|–)\s*|\s+-(?:\s+|$))"
_CAPS_PLACE = r"[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+){0,3}"
_TITLE_PLACE = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
# An agency in brackets is capitalised words or nothing (some feeds strip the name: "()").
_AGENCY = r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})?"
_REGION = r"(?:,\s*[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+){0,2})?"
_DATELINE_DATE = rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?)"
_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}){_REGION}"
    rf"(?:,?\s+(?P<date>(?i:{_DATELINE_DATE})))?"
    rf"(?:\s*\((?P<agency>{_AGENCY})\))?"
    rf"{_DASH}"
    rf"(?:(?P<after>(?i:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR}))"
    rf"(?:{_DASH}|\s*$))?"
)
_DATE_FIRST = re.compile(
    rf"^(?P<date>(?i:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR}))"
    rf"(?:\s*\((?P<agency>{_AGENCY})\))?"
    rf"{_DASH}"
)
_URL_DATES = (
    re.compile(rf"/(?P<y>{_YEAR})/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?:/|$|[^\d])"),
    re.compile(rf"(?<!\d)(?P<y>{_YEAR})[-_](?P<m>\d{{2}})[-_](?P<d>\d{{2}})(?!\d)"),
    re.compile(rf"(?<!\d)(?P<y>{_YEAR})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
)
_ISO_T = re.compile(r"(?<=\d)T(?=\d)")
_ISO_DATE_ONLY = re.compile(r"^\d{4}-?\d{2}-?\d{2}$")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_AMBIGUOUS_NUMERIC = re.compile(r"^\D*(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-]\d{2,4}\b")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009\u200b\ufeff]+")
DATEPARSER_SETTINGS: Mapping[str, object] = MappingProxyType(
    {
        "STRICT_PARSING": True,  # day, month and year must all be present: nothing is invented
        "PARSERS": ["custom-formats", "absolute-time"],  # no "3 days ago" relative to today
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
)


@dataclass(frozen=True, slots=True)
class Published:
    """A publication date (ISO 8601) and which source gave it."""

    value: str | None
    source: str  # "meta" | "html" | "text" | "url" | "none"


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at the start of a line: ``prefix`` to cut, ``rest`` the article text after it."""

    prefix: str
    rest: str
    place: str
    month: int | None
    day: int | None
    year: int | None


def parse_published(value: str) -> str | None:
    """Normalise a metadata date/datetime string to ISO 8601; None when it is not a full date."""
    text = _SPACES.sub(" ", value or "").strip()
    if not text:
        return None
    iso = _from_iso(text)
    if iso is not None:
        return iso
    stamp = _parse_stamp(text)
    if stamp is not None:
        return stamp
    if re.search(r"[A-Za-z]{3},? \d{1,2} [A-Za-z]{3} \d{4}|^\d{1,2} [A-Za-z]{3} \d{4} ", text):
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None and MIN_YEAR <= parsed.year <= MAX_YEAR:
            return _format(parsed, has_time=True)
    return _from_dateparser(text)


def published_from_text(text: str, reference: date | None = None) -> str | None:
    """Date from the article's first non-empty lines: time stamps, ISO dates and datelines.

    A dateline without a year ("SEOUL, July 11 (Yonhap) --") takes the most recent such date not
    after ``reference`` + 1 day; without a reference, the year of a full date elsewhere in the
    text; otherwise it gives no date.
    """
    lines = [line for line in (_SPACES.sub(" ", raw).strip() for raw in text.splitlines()) if line]
    for position, line in enumerate(lines[:HEADER_LINES]):
        stamp = _parse_stamp(line)
        if stamp is not None:
            return stamp
        dateline = split_dateline(line)
        if dateline is None or dateline.month is None or dateline.day is None:
            continue
        if dateline.year is not None:
            found = _make_date(dateline.year, dateline.month, dateline.day)
        elif reference is not None:
            found = _nearest_before(dateline.month, dateline.day, reference + timedelta(days=1))
        else:
            year = _year_elsewhere(lines, position)
            found = _make_date(year, dateline.month, dateline.day) if year else None
        if found is not None:
            return found.isoformat()
    return None


def published_from_url(url: str) -> str | None:
    """A date in the URL path: ``/2024/07/11/``, ``/20240711/`` or ``2024-07-11``."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            found = _make_date(int(match["y"]), int(match["m"]), int(match["d"]))
            if found is not None:
                return found.isoformat()
    return None


def resolve_published(meta: str | None, html: str | None, text: str, url: str | None) -> Published:
    """The most trusted date available: meta > html > text > url > none.

    Metadata wins even when it is a bare date and the text has a time stamp on the same day: the
    publisher's own date is trusted over a stamp whose time zone the text does not state.
    """
    for source, raw in (("meta", meta), ("html", html)):
        value = parse_published(raw) if raw else None
        if value is not None:
            return Published(value, source)
    from_url = published_from_url(url) if url else None
    reference = date.fromisoformat(from_url) if from_url else None
    from_text = published_from_text(text or "", reference)
    if from_text is not None:
        return Published(from_text, "text")
    if from_url is not None:
        return Published(from_url, "url")
    return Published(None, "none")


def is_date_stamp(line: str) -> bool:
    """True when the whole line is a time stamp ("19:34 08.11.2024", "Updated: July 11, 2024")."""
    return _parse_stamp(_SPACES.sub(" ", line).strip()) is not None


def split_dateline(line: str) -> Dateline | None:
    """The dateline at the start of ``line`` ("BRUSSELS Nov. 8 () –", "SEOUL, July 11 (Yonhap) --").

    A place alone counts only in capitals and followed by a capitalised sentence
    ("WASHINGTON — The ..."); a title-case place needs a date or an agency in brackets.
    """
    match = _DATELINE.match(line)
    if match is not None:
        date_text = match["date"] or match["after"]
        rest = line[match.end() :].strip()
        place = match["place"]
        caps = place.isupper() and sum(char.isalpha() for char in place) >= 3
        sentence_follows = bool(rest) and (rest[0].isupper() or rest[0] in "\"“'‘")
        if date_text is None and match["agency"] is None and not (caps and sentence_follows):
            return None
        month, day, year = _date_parts(date_text)
        return Dateline(line[: match.end()].strip(), rest, match["place"], month, day, year)
    match = _DATE_FIRST.match(line)
    if match is None:
        return None
    month, day, year = _date_parts(match["date"])
    return Dateline(line[: match.end()].strip(), line[match.end() :].strip(), "", month, day, year)


def _date_parts(text: str | None) -> tuple[int | None, int | None, int | None]:
    if not text:
        return None, None, None
    full = _FULL_DATE.fullmatch(text.strip())
    if full is not None:
        parts = _full_parts(full)
        return (parts[1], parts[2], parts[0]) if parts else (None, None, None)
    partial = _YEARLESS.fullmatch(text.strip())
    if partial is None:
        return None, None, None
    month = partial["am"] or partial["bm"]
    day = partial["ad"] or partial["bd"]
    return _month_number(month), _day_number(day), None


def _full_parts(match: re.Match[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of a _FULL_DATE match."""
    if match["iso"]:
        return int(match["iy"]), int(match["im"]), int(match["id"])
    if match["dot"]:
        return int(match["dy"]), int(match["dm"]), int(match["dd"])
    if match["ymd"]:
        return int(match["sy"]), int(match["sm"]), int(match["sd"])
    if match["mdy"]:
        return int(match["ay"]), _month_number(match["am"]), _day_number(match["ad"])
    if match["dmy"]:
        return int(match["by"]), _month_number(match["bm"]), _day_number(match["bd"])
    return None


def _month_number(text: str) -> int:
    return MONTHS[text.strip(". ").lower()[:3]]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _parse_stamp(line: str) -> str | None:
    """ISO value of a line that is nothing but a date with optional label, weekday, time, zone."""
    if not line or len(line) > 80:
        return None
    body = _ISO_T.sub(" ", _STAMP_LABEL.sub("", line, count=1))
    dates = list(_FULL_DATE.finditer(body))
    if len(dates) != 1:
        return None
    found = dates[0]
    parts = _full_parts(found)
    day = _make_date(*parts) if parts else None
    if day is None:
        return None
    remainder = body[: found.start()] + " " + body[found.end() :]
    times = list(_TIME.finditer(remainder))
    if len(times) > 1:
        return None
    clock = times[0] if times else None
    if clock is not None:
        remainder = remainder[: clock.start()] + " " + remainder[clock.end() :]
    if _STAMP_FILLER.sub(" ", remainder).strip():
        return None  # words other than a date and a time: a sentence, not a stamp
    if clock is None:
        return day.isoformat()
    hour = int(clock["h"])
    if clock["ampm"]:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if clock["ampm"].lower() == "p" else 0)
    moment = datetime(day.year, day.month, day.day, hour, int(clock["mi"]), int(clock["s"] or 0))
    offset = _offset(clock["tz"])
    return _format(moment.replace(tzinfo=offset) if offset else moment, has_time=True)


def _offset(zone: str | None) -> timezone | None:
    """UTC offset of a zone token; None for named zones (EST, CET, ...) whose offset varies."""
    if not zone:
        return None
    token = zone.replace(" ", "").upper()
    if token in {"Z", "UTC", "GMT"}:
        return UTC
    match = re.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?", token)
    if match is None:
        return None
    minutes = int(match[2]) * 60 + int(match[3] or 0)
    return timezone(timedelta(minutes=-minutes if match[1] == "-" else minutes))


def _from_iso(text: str) -> str | None:
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    if _ISO_DATE_ONLY.match(text):
        return parsed.date().isoformat()
    return _format(parsed, has_time=True)


def _from_dateparser(text: str) -> str | None:
    """Last resort for odd formats; only with a four-digit year and an unambiguous day/month."""
    if not _HAS_YEAR.search(text) or len(text) > 100:
        return None
    numeric = _AMBIGUOUS_NUMERIC.match(text)
    if numeric is not None:
        a, b = int(numeric["a"]), int(numeric["b"])
        if a <= 12 and b <= 12 and a != b:
            return None  # 03/04/2024: March 4 or 3 April? Not ours to guess.
    import dateparser  # slow import, needed only for formats the code above does not know

    try:
        parsed = dateparser.parse(text, languages=["en"], settings=dict(DATEPARSER_SETTINGS))
    except (ValueError, TypeError, OverflowError):
        return None
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return _format(parsed, has_time=bool(_HAS_TIME.search(text)))


def _format(moment: datetime, has_time: bool) -> str:
    if not has_time:
        return moment.date().isoformat()
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        moment = moment.replace(tzinfo=timezone(moment.utcoffset()))  # type: ignore[arg-type]
    else:
        moment = moment.replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat()


def _make_date(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_before(month: int, day: int, limit: date) -> date | None:
    for year in range(limit.year, limit.year - YEAR_SEARCH_BACK - 1, -1):
        found = _make_date(year, month, day)
        if found is not None and found <= limit:
            return found
    return None


def _year_elsewhere(lines: list[str], skip: int) -> int | None:
    for position, line in enumerate(lines):
        if position == skip:
            continue
        for match in _FULL_DATE.finditer(line):
            parts = _full_parts(match)
            if parts and _make_date(*parts) is not None:
                return parts[0]
    return None
