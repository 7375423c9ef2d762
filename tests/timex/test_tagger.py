"""Tagging parsed articles, event dates, and the lexicon's validation."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from newsgraph.nlp import Parser
from newsgraph.records import Article, ParsedArticle
from newsgraph.timex import LexiconError, TimexTagger


def parse(parser: Parser, text: str) -> ParsedArticle:
    return parser.parse([Article(key="k", id="t", origin="t", text=text)])[0]


def values(parser: Parser, tagger: TimexTagger, text: str, dct: str) -> dict[str, str]:
    parsed = parse(parser, text)
    found = tagger.tag(parsed, dt.date.fromisoformat(dct))
    for timex in found:
        assert text[timex.start : timex.end] == timex.text
    return {t.text: t.value for t in found}


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        (
            "The harbour authority closed the pier on Wednesday.",
            "2024-07-11",
            "Wednesday",
            "2024-07-10",
        ),
        (
            "On the 10th, local time, the ferry ran aground near the port.",
            "2024-07-11",
            "the 10th",
            "2024-07-10",
        ),
        (
            "The council will hold a meeting on the 11th to discuss the budget.",
            "2024-07-11",
            "the 11th",
            "2024-07-11",
        ),
        (
            "Protesters gathered outside the ministry on Saturday.",
            "2024-07-14",
            "Saturday",
            "2024-07-13",
        ),
        (
            "Exports fell sharply last month, the agency said.",
            "2024-07-14",
            "last month",
            "2024-06",
        ),
        (
            "The two leaders will meet this Friday in Geneva.",
            "2024-11-08",
            "this Friday",
            "2024-11-08",
        ),
        (
            "The agreement was signed on September 26 after long talks.",
            "2024-11-20",
            "September 26",
            "2024-09-26",
        ),
        ("Prices rose in mid-July as the drought spread.", "2024-08-20", "mid-July", "2024-07"),
        ("The region grew quickly in the 1990s.", "2024-08-20", "the 1990s", "199"),
        ("The project took three years to finish.", "2024-08-20", "three years", "P3Y"),
        ("Sales were weak earlier this year.", "2024-08-20", "earlier this year", "2024"),
        ("The mine is expected to reopen next year.", "2024-08-20", "next year", "2025"),
        (
            "Tourism recovered this summer, hotel owners said.",
            "2024-09-20",
            "this summer",
            "2024-SU",
        ),
        ("The minister is now in Brussels.", "2024-09-20", "now", "PRESENT_REF"),
    ],
)
def test_tag_resolves_against_the_dct(
    parser: Parser, tagger: TimexTagger, text: str, dct: str, expression: str, value: str
) -> None:
    assert values(parser, tagger, text, dct).get(expression) == value


def test_ages_and_plain_numbers_are_not_time(parser: Parser, tagger: TimexTagger) -> None:
    found = values(parser, tagger, "A 6-year-old boy was rescued by 45 volunteers.", "2024-07-11")
    assert found == {}


def test_without_dct_values_keep_unknown_parts(parser: Parser, tagger: TimexTagger) -> None:
    parsed = parse(parser, "The bridge reopened on July 10.")
    assert [t.value for t in tagger.tag(parsed, None)] == ["XXXX-07-10"]


def test_event_date_takes_the_governing_expression(parser: Parser, tagger: TimexTagger) -> None:
    text = "Rebels attacked the town on Wednesday, officials said on Friday."
    parsed = parse(parser, text)
    dct = dt.date(2024, 7, 12)
    timexes = tagger.tag(parsed, dct)
    attacked = next(t.i for t in parsed.tokens if t.text == "attacked")
    said = next(t.i for t in parsed.tokens if t.text == "said")
    assert tagger.event_date(parsed, timexes, attacked, dct) == ("2024-07-10", "day")
    assert tagger.event_date(parsed, timexes, said, dct) == ("2024-07-12", "day")


def test_event_date_precision_follows_the_expression(parser: Parser, tagger: TimexTagger) -> None:
    parsed = parse(parser, "The government raised taxes last month.")
    dct = dt.date(2024, 7, 14)
    raised = next(t.i for t in parsed.tokens if t.text == "raised")
    timexes = tagger.tag(parsed, dct)
    assert tagger.event_date(parsed, timexes, raised, dct) == ("2024-06", "month")


def test_event_date_falls_back_to_the_dct(parser: Parser, tagger: TimexTagger) -> None:
    parsed = parse(parser, "The army shelled the border village.")
    shelled = next(t.i for t in parsed.tokens if t.text == "shelled")
    assert tagger.event_date(parsed, (), shelled, dt.date(2024, 3, 2)) == ("2024-03-02", "day")
    assert tagger.event_date(parsed, (), shelled, None) == (None, "none")


def test_extra_lexicon_adds_words(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("version: 1\nholidays:\n  national day: 10-01\n", encoding="utf-8")
    tagger = TimexTagger.load([extra])
    assert tagger.lexicon.holidays["national day"] == (10, 1)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("version: 2\n", "version"),
        ("version: 1\nmonths:\n  smarch: 13\n", "months.smarch"),
        ("version: 1\nfixed:\n  soonish: [DATE, SOON]\n", "fixed.soonish"),
        ("version: 1\nreject:\n  - '(unclosed'\n", "reject[0]"),
        ("version: 1\ncolours:\n  red: 1\n", "colours"),
        ("version: 1\nanaphoric:\n  thence: 2\n", "anaphoric.thence"),
        ("version: 1\nforward_verbs:\n  plan: 1\n", "forward_verbs"),
        ("version: 1\nbinding_prepositions:\n  - ''\n", "binding_prepositions[0]"),
    ],
)
def test_bad_lexicon_files_are_named(tmp_path: Path, body: str, problem: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(body, encoding="utf-8")
    with pytest.raises(LexiconError, match=re.escape(problem)) as info:
        TimexTagger.load([bad])
    assert "bad.yaml" in str(info.value)


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        (  # a scheduling verb in the past tense still looks ahead: the nearest Saturday
            "The union planned a demonstration on Saturday outside the parliament.",
            "2024-10-25",
            "Saturday",
            "2024-10-26",
        ),
        (
            "The court postponed the hearing until Tuesday.",
            "2024-10-21",
            "Tuesday",
            "2024-10-22",
        ),
        (  # a possessive weekday names a day already past even in a future clause
            "The family will appeal Wednesday's ruling by the tribunal.",
            "2024-10-26",
            "Wednesday",
            "2024-10-23",
        ),
        (  # "in December" dates the past verb's own event: last December, not next
            "The mayor resigned in December after the audit.",
            "2024-10-20",
            "December",
            "2023-12",
        ),
        (  # anaphora: counted from the month named before, not from the DCT
            "The plant opened in March 2019. The following month, its workers went on strike.",
            "2024-10-20",
            "The following month",
            "2019-04",
        ),
        (
            "The club was founded in 1998 and won the league that year.",
            "2024-10-20",
            "that year",
            "1998",
        ),
    ],
)
def test_direction_and_anaphora_in_context(
    parser: Parser, tagger: TimexTagger, text: str, dct: str, expression: str, value: str
) -> None:
    assert values(parser, tagger, text, dct).get(expression) == value


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        (
            "The ferry ran aground on the 10th and was refloated on the 11th.",
            "2024-07-11",
            "the 11th",
            "2024-07-11",
        ),
        (
            "The ferry ran aground on the 10th and was refloated on the 11th.",
            "2024-07-11",
            "the 10th",
            "2024-07-10",
        ),
        (
            "The agreement was signed on September 26 after long talks.",
            "2024-09-27",
            "September 26",
            "2024-09-26",
        ),
        (  # an infinitive under a past verb may look back: the nearest Friday
            "The government staged celebrations to mark the anniversary on Friday.",
            "1999-03-13",
            "Friday",
            "1999-03-12",
        ),
        (  # the future of a past verb: the nearest Thursday, here the next one
            "Lawyers announced that the father would be traveling Thursday.",
            "2000-04-05",
            "Thursday",
            "2000-04-06",
        ),
        (  # a participle clause shares the tense of the verb it hangs from
            "The stock has fluctuated sharply, rising to a high in June from a low in March.",
            "1989-10-30",
            "March",
            "1989-03",
        ),
        (  # a year closed by a date is a fiscal year, a duration
            "For the year ended March 31, the company earned $2 million.",
            "1989-11-01",
            "the year",
            "P1Y",
        ),
        (  # the date a period ended on is past when the verb is
            "In the fiscal year ended Jan. 31, the company reported sales of $59 million.",
            "1989-10-31",
            "Jan. 31",
            "1989-01-31",
        ),
        (
            "The boy was found at sea on Thanksgiving Day by two fishermen.",
            "2000-01-07",
            "Thanksgiving Day",
            "1999-11-25",
        ),
    ],
)
def test_tense_periods_and_holidays_in_context(
    parser: Parser, tagger: TimexTagger, text: str, dct: str, expression: str, value: str
) -> None:
    assert values(parser, tagger, text, dct).get(expression) == value


def test_reporting_periods_are_found_in_quarterly_reports(
    parser: Parser, tagger: TimexTagger
) -> None:
    text = (
        "The company posted third-quarter net income of $5 million. "
        "Sales in the latest period rose 13%. In the year-ago period, it lost $2 million."
    )
    found = values(parser, tagger, text, "1989-10-26")
    assert found.get("the latest period") == "1989-Q3"
    assert found.get("the year-ago period") == "1988-Q3"
    plain = values(parser, tagger, "He stayed in the latest period of calm.", "1989-10-26")
    assert "the latest period" not in plain


def test_bad_floating_holiday_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nfloating_holidays:\n  harvest day: [13, 1, 1]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=re.escape("floating_holidays.harvest day")):
        TimexTagger.load([bad])


def test_numbers_naming_things_are_not_years(parser: Parser, tagger: TimexTagger) -> None:
    for text in (
        "The council passed Resolution 1441 after long talks.",
        "Interstate 1995 was closed after the storm.",
        "The army sent 1,500 troops to the border.",
    ):
        found = values(parser, tagger, text, "2024-07-11")
        assert not any(re.fullmatch(r"\d{4}", v) for v in found.values()), (text, found)
    assert values(parser, tagger, "He was born in 1961 in Ohio.", "2024-07-11") == {"1961": "1961"}


def test_a_day_of_month_is_not_swallowed_by_a_following_duration(
    parser: Parser, tagger: TimexTagger
) -> None:
    found = values(
        parser, tagger, "The deal closed on the 10th, two days after the vote.", "2024-07-11"
    )
    assert found.get("the 10th") == "2024-07-10"
    assert "P2D" in found.values()


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("version: 1\nword_classes:\n  sooner: [anon]\n", "word_classes.sooner"),
        ("version: 1\nword_classes:\n  ago: [Earlier]\n", "word_classes.ago"),
        ("version: 1\nword_classes:\n  ago: [hence]\n  later: [hence]\n", "'hence' is also ago"),
    ],
)
def test_bad_word_classes_are_named(tmp_path: Path, body: str, problem: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(body, encoding="utf-8")
    with pytest.raises(LexiconError, match=re.escape(problem)):
        TimexTagger.load([bad])


def test_extra_word_classes_extend_the_packaged_ones(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("version: 1\nword_classes:\n  approx: [circa]\n", encoding="utf-8")
    lexicon = TimexTagger.load([extra]).lexicon
    assert lexicon.word_classes["circa"] == "APPROX"
    assert lexicon.word_classes["about"] == "APPROX"


def test_event_date_through_a_preposition_the_parse_left_stranded(
    parser: Parser, tagger: TimexTagger
) -> None:
    # The parser reads "June" as part of the subject's name; "in" still hangs from "signed".
    text = (
        "Valdoria denied it, but in June leader Anna Berg and Prime Minister Tom Hale "
        "signed a pact."
    )
    parsed = parse(parser, text)
    dct = dt.date(2024, 7, 14)
    signed = next(t.i for t in parsed.tokens if t.text == "signed")
    timexes = tagger.tag(parsed, dct)
    assert tagger.event_date(parsed, timexes, signed, dct) == ("2024-06", "month")


def test_event_date_through_the_possessor_of_a_prepositional_object(
    parser: Parser, tagger: TimexTagger
) -> None:
    parsed = parse(parser, "At Tuesday's summit, the leaders condemned the shelling of Karvello.")
    dct = dt.date(2024, 7, 12)
    condemned = next(t.i for t in parsed.tokens if t.text == "condemned")
    timexes = tagger.tag(parsed, dct)
    assert tagger.event_date(parsed, timexes, condemned, dct) == ("2024-07-09", "day")
