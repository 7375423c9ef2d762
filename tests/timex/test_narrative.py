"""The narrative state threaded through an article: reported quarters, anaphora, split spans."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp import Parser
from newsgraph.records import Article
from newsgraph.timex import TimexTagger


def tagged(parser: Parser, tagger: TimexTagger, text: str, dct: str) -> list[tuple[str, str]]:
    parsed = parser.parse([Article(key="k", id="t", origin="t", text=text)])[0]
    found = tagger.tag(parsed, dt.date.fromisoformat(dct))
    for timex in found:
        assert text[timex.start : timex.end] == timex.text
    return [(t.text, t.value) for t in found]


def test_a_fiscal_quarter_numbers_the_report(parser: Parser, tagger: TimexTagger) -> None:
    text = (
        "The airline reported higher profit for its fiscal first quarter ended Sept. 30. "
        "Net income rose to $133 million from $100 million a year earlier. "
        "Sales in the latest period rose 15%."
    )
    found = dict(tagged(parser, tagger, text, "1989-10-26"))
    assert found["a year earlier"] == "1988-Q1"
    assert found["the latest period"] == "1989-Q1"


def test_without_a_named_quarter_the_latest_calendar_quarter_is_reported(
    parser: Parser, tagger: TimexTagger
) -> None:
    text = "Net income rose to $133 million from $100 million a year earlier, the bank said."
    text += " Sales in the latest quarter rose 15%."
    found = dict(tagged(parser, tagger, text, "1989-10-26"))
    assert found["the latest quarter"] == "1989-Q3"


def test_the_next_company_of_a_round_up_reports_its_own_quarter(
    parser: Parser, tagger: TimexTagger
) -> None:
    text = (
        "The airline reported higher profit for its fiscal first quarter ended Sept. 30. "
        "Separately, the toy maker said third-quarter profit jumped 45% from a year earlier."
    )
    found = tagged(parser, tagger, text, "1989-10-26")
    assert found[-1] == ("a year earlier", "1988-Q3")


def test_a_quarter_merely_discussed_does_not_change_the_report(
    parser: Parser, tagger: TimexTagger
) -> None:
    text = (
        "The insurer reported third-quarter net income of $5 million. "
        "It has no estimate of the impact of the storm on fourth-quarter results. "
        "In the latest quarter, premiums rose 4%."
    )
    found = dict(tagged(parser, tagger, text, "1989-10-30"))
    assert found["fourth-quarter"] == "1989-Q4"
    assert found["the latest quarter"] == "1989-Q3"


def test_an_unlabelled_fiscal_quarter_is_found(parser: Parser, tagger: TimexTagger) -> None:
    text = "National Steel posted net income for the fiscal second-quarter of $8.6 million."
    assert ("the fiscal second-quarter", "1989-Q2") in tagged(parser, tagger, text, "1989-10-26")


def test_a_quarter_closed_by_a_date_takes_its_year(parser: Parser, tagger: TimexTagger) -> None:
    text = (
        "In the comparable year-ago quarter, the second quarter ended Oct. 31, the company "
        "had a loss of $12.5 million. Results for that quarter included a write-down."
    )
    found = dict(tagged(parser, tagger, text, "1989-10-27"))
    assert found["Oct. 31"] == "1988-10-31"
    assert found["the second quarter"] == "1988-Q2"
    assert found["that quarter"] == "1988-Q2"


def test_the_next_morning_follows_the_date_just_told(parser: Parser, tagger: TimexTagger) -> None:
    text = (
        "Lazaro Gonzalez was taken to a hospital on Monday. He appeared in court the next morning."
    )
    found = dict(tagged(parser, tagger, text, "2000-02-24"))
    assert found["Monday"] == "2000-02-21"
    assert found["the next morning"] == "2000-02-22"


def test_a_trailing_now_is_its_own_expression(parser: Parser, tagger: TimexTagger) -> None:
    text = "The case has dominated the city for almost five months now, she said."
    found = tagged(parser, tagger, text, "2000-04-14")
    assert ("now", "PRESENT_REF") in found
    assert any(value == "P5M" and "now" not in span for span, value in found)


def test_a_count_of_days_inside_a_verb_group_is_an_indefinite_future(
    parser: Parser, tagger: TimexTagger
) -> None:
    ahead = "Islam will one day be the second largest religion in the country."
    assert ("one day", "FUTURE_REF") in tagged(parser, tagger, ahead, "1998-03-03")
    span = "His successor had only been in the job one day."
    assert ("one day", "P1D") in tagged(parser, tagger, span, "1989-10-30")


def test_an_entity_that_is_no_expression_keeps_its_named_day(
    parser: Parser, tagger: TimexTagger
) -> None:
    text = "During the day Friday, the boy played in the yard with a puppy."
    assert ("Friday", "2000-01-07") in tagged(parser, tagger, text, "2000-01-07")


def test_the_current_quarter_is_the_one_under_way(parser: Parser, tagger: TimexTagger) -> None:
    text = (
        "The auction house reported a third-quarter loss. "
        "It said the current quarter had begun extremely well."
    )
    found = dict(tagged(parser, tagger, text, "1989-10-26"))
    assert found["the current quarter"] == "1989-Q4"


def test_an_unnamed_quarter_is_numbered_by_its_closing_date(
    parser: Parser, tagger: TimexTagger
) -> None:
    text = (
        "In the quarter ended July 31, the retailer had an average of 5.6 million shares "
        "outstanding. Sales rose from a year earlier."
    )
    found = dict(tagged(parser, tagger, text, "1989-10-30"))
    assert found["the quarter"] == "1989-Q2"
    assert found["a year earlier"] == "1988-Q2"


def test_without_dct_a_closed_quarter_keeps_unknown_parts(
    parser: Parser, tagger: TimexTagger
) -> None:
    text = "In the second quarter ended Oct. 31, 1988, the company lost $12.5 million."
    parsed = parser.parse([Article(key="k", id="t", origin="t", text=text)])[0]
    found = {t.text: t.value for t in tagger.tag(parsed, None)}
    assert found["the second quarter"] == "XXXX-Q2"
    assert found["Oct. 31"] == "XXXX-10-31"
