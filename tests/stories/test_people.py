from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.stories.features import StoryDoc, doc_people
from newsgraph.stories.people import (
    DocPeople,
    about_someone_else,
    add_people,
    name_keys,
    story_protagonists,
)


def test_name_keys_are_the_words_without_possessive_or_case() -> None:
    assert name_keys("Jamal Williams") == {"jamal", "williams"}
    assert name_keys("Williams’s") == {"williams"}
    assert name_keys("Mary O'Brien") == {"mary", "o'brien"}
    assert name_keys("J. Smith") == {"smith"}
    assert name_keys("  ") == frozenset()


@given(st.lists(st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True), min_size=1, max_size=3))
def test_a_full_name_shares_a_key_with_each_of_its_words(words: list[str]) -> None:
    full = name_keys(" ".join(words))
    assert all(name_keys(word) <= full for word in words)


def test_family_name_first_and_alone_are_one_person() -> None:
    text = "President Yoon Suk Yeol arrived. Yoon met the premier. " + "Words. " * 30
    people = (("Yoon Suk Yeol", text.index("Yoon")), ("Yoon", text.index("Yoon met")))
    found = doc_people(StoryDoc("k", text, people=people), lead_tokens=20, repeats=2)
    assert found.protagonists == {"yoon"}


def test_protagonists_are_the_name_words_the_lead_repeats() -> None:
    text = (
        "Tackle Jamal Williams was arrested early Sunday. Williams was stopped on a freeway. "
        + "More words follow here. " * 20
        + "Coach Ann Smith said nothing. Smith left."
    )
    people = (
        ("Jamal Williams", text.index("Jamal")),
        ("Williams", text.index("Williams was")),
        ("Ann Smith", text.index("Ann Smith")),
        ("Smith", text.rindex("Smith")),
    )
    found = doc_people(StoryDoc("k", text, people=people), lead_tokens=20, repeats=2)
    assert found.protagonists == {"williams"}
    assert found.named == {"jamal", "williams", "ann", "smith"}


def test_the_lead_counts_from_a_headline_that_is_not_part_of_the_text() -> None:
    text = "Williams was stopped on a freeway. " + "More words follow. " * 30 + "Williams"
    people = (("Williams", 0), ("Williams", text.rindex("Williams")))
    doc = StoryDoc("k", text, title="A long headline with many words in it", people=people)
    # The headline's eight words push the last mention out of a ten-word lead.
    assert doc_people(doc, lead_tokens=10, repeats=2).protagonists == frozenset()
    assert doc_people(doc, lead_tokens=10, repeats=1).protagonists == {"williams"}


def test_an_article_about_a_person_the_story_never_named_is_about_someone_else() -> None:
    story_leads = {"jackson": 4}
    story_people = {"jackson": 5, "smith": 1}
    williams = DocPeople(frozenset({"williams"}), frozenset({"williams", "jackson"}))
    assert about_someone_else(williams, story_leads, story_people, size=5, share=0.7)
    # A follow-up whose lead repeats someone the story named is the same story.
    smith = DocPeople(frozenset({"smith"}), frozenset({"smith"}))
    assert not about_someone_else(smith, story_leads, story_people, size=5, share=0.7)
    # No protagonist on either side: nothing to compare.
    nobody = DocPeople(frozenset(), frozenset({"williams"}))
    assert not about_someone_else(nobody, story_leads, story_people, size=5, share=0.7)
    assert not about_someone_else(williams, {"jackson": 2}, story_people, size=5, share=0.7)


def test_story_protagonists_need_the_share_of_members() -> None:
    assert story_protagonists({"a": 3, "b": 1}, size=4, share=0.7) == {"a"}
    assert story_protagonists({"a": 3}, size=0, share=0.7) == set()


def test_add_people_counts_members_once_and_stays_bounded() -> None:
    counts = add_people({"a": 2, "b": 1}, ["b", "b", "c"], keep=2)
    assert counts == {"a": 2, "b": 2}
    assert list(add_people({}, ["z", "y"], keep=5)) == ["y", "z"]
