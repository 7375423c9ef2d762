"""Teaser stories pasted into articles, and the property that real paragraphs survive cleaning."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.clean import CleaningRules, clean_text
from newsgraph.clean.teasers import content_words, is_inline_link, label_kind, vocabulary

TITLE = "Farmers in Orvan valley block highway over flood losses"
ARTICLE = [
    "Farmers in the Orvan valley blocked the main highway with tractors for a third day on "
    "Wednesday, demanding compensation for crops ruined by the spring floods, regional officials "
    "said.",
    "The farmers say the regional government promised flood compensation in June but has paid "
    "nothing, and that many of them cannot afford seed for the next harvest.",
    "Regional officials said payments to the Orvan farmers would start next month once the damage "
    "to each farm had been assessed.",
]
RESUMED = [
    "The farmers' union said the highway blockade would continue until the first compensation "
    "payments reached the valley, and that more tractors would join on Thursday.",
    "Police said the blockade of the highway had been peaceful and that traffic was being "
    "diverted through the villages of the valley.",
]
TEASER_HEADLINE = "Stadium roof repairs finished ahead of cup final"
TEASER_SUMMARY = (
    "Workers finished repairing the roof of the national stadium ahead of next month's cup final, "
    "the football federation said, after storms tore off panels in January."
)
TEASER_MORE = (
    "The federation said the stadium roof repairs cost twice the original estimate and that "
    "the cup final would be played in front of a full crowd."
)


@pytest.fixture(scope="module")
def rules() -> CleaningRules:
    return CleaningRules.load()


def body(*parts: str) -> str:
    return "\n\n".join(parts)


def test_label_kinds(rules: CleaningRules) -> None:
    assert label_kind("RELATED STORIES", rules) == "list"
    assert label_kind("Most Read:", rules) == "list"
    assert label_kind("More on this story", rules) == "list"
    assert label_kind("Other Topics of Interest", rules) == "teaser"
    assert label_kind("More from the Orvan Courier", rules) == "teaser"
    assert label_kind("You may also like", rules) == "teaser"
    assert label_kind("Other news arrived later.", rules) is None
    assert label_kind("Related companies lost contracts, officials said", rules) is None


def test_inline_link(rules: CleaningRules) -> None:
    assert is_inline_link("Read more: Why the valley floods every spring", rules)
    assert is_inline_link("Related | Stadium roof repairs finished", rules)
    assert not is_inline_link("Officials said: the road will reopen on Friday.", rules)
    assert not is_inline_link("Read more: " + " ".join(["word"] * 30), rules)


def test_content_words_fold_plurals_possessives_and_stopwords(rules: CleaningRules) -> None:
    words = content_words(
        "The farmers' union and the farmer's cities said 12 tractors", rules.stopwords
    )
    assert words == frozenset({"farmer", "union", "city", "tractor"})


def test_vocabulary_support_separates_foreign_paragraph(rules: CleaningRules) -> None:
    vocab = vocabulary([TITLE, *ARTICLE, RESUMED[1]], rules.stopwords)
    on_topic = vocab.support(content_words(RESUMED[0], rules.stopwords))
    foreign = vocab.support(content_words(TEASER_SUMMARY, rules.stopwords))
    assert foreign < rules.limits.teaser_relative_support * vocab.baseline < on_topic


def test_teaser_headline_above_label_and_summary_go(rules: CleaningRules) -> None:
    text = body(*ARTICLE, f"{TEASER_HEADLINE}\nOther news\n{TEASER_SUMMARY}", *RESUMED)
    cleaned = clean_text(text, TITLE, rules)
    assert cleaned.removed == (TEASER_HEADLINE, "Other news", TEASER_SUMMARY)
    assert cleaned.text == body(*ARTICLE, *RESUMED)


def test_teaser_headline_repeated_below_the_label(rules: CleaningRules) -> None:
    text = body(
        *ARTICLE[:2],
        f"{TEASER_HEADLINE}\nOther Topics of Interest",
        TEASER_HEADLINE,
        TEASER_SUMMARY,
        *RESUMED,
        ARTICLE[2],
    )
    cleaned = clean_text(text, None, rules)
    assert cleaned.removed == (
        TEASER_HEADLINE,
        "Other Topics of Interest",
        TEASER_HEADLINE,
        TEASER_SUMMARY,
    )
    assert cleaned.text == body(*ARTICLE[:2], *RESUMED, ARTICLE[2])


def test_two_summary_paragraphs_go_when_they_share_the_teaser_vocabulary(
    rules: CleaningRules,
) -> None:
    text = body(
        *ARTICLE, "You may also like", TEASER_HEADLINE, TEASER_SUMMARY, TEASER_MORE, *RESUMED
    )
    cleaned = clean_text(text, TITLE, rules)
    assert cleaned.text == body(*ARTICLE, *RESUMED)
    assert cleaned.removed[-2:] == (TEASER_SUMMARY, TEASER_MORE)


def test_teaser_at_the_end_of_the_article(rules: CleaningRules) -> None:
    text = body(*ARTICLE, *RESUMED, "More from the Orvan Courier", TEASER_HEADLINE, TEASER_SUMMARY)
    cleaned = clean_text(text, TITLE, rules)
    assert cleaned.text == body(*ARTICLE, *RESUMED)


def test_teaser_without_headline(rules: CleaningRules) -> None:
    text = body(*ARTICLE, "Recommended", TEASER_SUMMARY, *RESUMED)
    cleaned = clean_text(text, TITLE, rules)
    assert cleaned.removed == ("Recommended", TEASER_SUMMARY)


def test_article_paragraph_on_a_new_subtopic_after_a_teaser_stays(rules: CleaningRules) -> None:
    new_subtopic = (
        "Economists warned that food prices could rise sharply if harvest losses are confirmed, "
        "adding pressure on the central bank."
    )
    text = body(
        *ARTICLE, f"{TEASER_HEADLINE}\nOther news\n{TEASER_SUMMARY}", new_subtopic, *RESUMED
    )
    cleaned = clean_text(text, TITLE, rules)
    assert cleaned.text == body(*ARTICLE, new_subtopic, *RESUMED)


def test_at_most_max_teaser_paragraphs_go(tmp_path: Path, rules: CleaningRules) -> None:
    extra = tmp_path / "one.yaml"
    extra.write_text("version: 1\nlimits: {max_teaser_paragraphs: 1}\n", encoding="utf-8")
    strict = CleaningRules.load([extra])
    text = body(
        *ARTICLE, "You may also like", TEASER_HEADLINE, TEASER_SUMMARY, TEASER_MORE, *RESUMED
    )
    assert TEASER_MORE in clean_text(text, TITLE, strict).text
    assert TEASER_MORE not in clean_text(text, TITLE, rules).text


def test_real_subheading_above_a_list_label_stays(rules: CleaningRules) -> None:
    text = body(ARTICLE[0], "Blockade enters third day", "Related", RESUMED[0])
    cleaned = clean_text(text, TITLE, rules)
    assert "Blockade enters third day" in cleaned.text
    assert cleaned.removed == ("Related",)


# ---------------------------------------------------------------- no real paragraph is ever lost

# Words that boilerplate rules look for, mixed with ordinary news vocabulary.
WORDS = (
    "the", "council", "advertisement", "related", "comments", "share", "print", "read", "more",
    "follow", "live", "views", "minutes", "harbour", "farmers", "said", "police", "officials",
    "minister", "talks", "border", "valley", "storm", "agreed", "on", "Tuesday", "with", "and",
    "of", "to", "in", "by", "a", "an", "contract", "union", "election", "budget", "rise", "fall",
    "court", "ruled", "that",
)  # fmt: skip
CRUMBS = (
    "AD",
    "Advertisement",
    "Sponsored",
    "Share this article",
    "Add Comment",
    "Print",
    "Comments",
    "2 min read",
    "By Ana Ruiz | 1,204 views",
    "Tomas Brandt Views",
    "Edited by Jonas Weller.",
    "To report an error, contact desk@valley-news.test",
    "You can also highlight the text and press Ctrl + Enter",
    "Follow our live coverage of the valley floods",
    "Most Read\nHarbour tolls to rise in spring\nBus drivers vote on new contract",
    "RELATED STORIES\nStorm closes ferry routesOpens in new window ]",
)


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=13, max_size=40))
    return " ".join(words).capitalize() + draw(st.sampled_from([".", "!", "?", ".”"]))


@settings(max_examples=150, deadline=None)
@given(
    real=st.lists(paragraphs(), min_size=1, max_size=8),
    crumbs=st.lists(st.sampled_from(CRUMBS), max_size=8),
    order=st.randoms(use_true_random=False),
    separator=st.sampled_from(["\n\n", "\n"]),
)
def test_real_paragraphs_survive_and_crumbs_go(
    real: list[str], crumbs: list[str], order: random.Random, separator: str
) -> None:
    rules = CleaningRules.load()
    pieces = [("real", p) for p in real] + [("crumb", c) for c in crumbs]
    order.shuffle(pieces)
    text = separator.join(piece for _, piece in pieces)
    cleaned = clean_text(text, None, rules)
    assert cleaned.text.split("\n\n") == [p for kind, p in pieces if kind == "real"]
    removed = [line for kind, piece in pieces if kind == "crumb" for line in piece.split("\n")]
    assert list(cleaned.removed) == removed
