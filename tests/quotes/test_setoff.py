"""Attributions inside another content that keep their own: relative clauses set off in a
reported object (``setoff``), and a further act after an inserted cue ("“…,” X said, adding,
“…”", ``candidates``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from parse_rows import tokens_of

from newsgraph.quotes.candidates import Candidate
from newsgraph.quotes.setoff import restore_set_off
from newsgraph.records import Token


def _tokens(text: str) -> list[Token]:
    """Whitespace tokens of ``text``, one space apart (the rule reads only their offsets)."""
    return list(tokens_of([(w, w.lower(), "X", "dep", i) for i, w in enumerate(text.split())]))


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


TEXT = "The governor praised the harbour plan , which the mayor opposed ."


def _pair(text: str = TEXT) -> tuple[Candidate, Candidate, list[Token]]:
    """The governor's act on the plan and the mayor's act on ``which`` inside it."""
    tokens = _tokens(text)
    praised, opposed = _at(text, "praised"), _at(text, "opposed")
    outer = Candidate(praised[1] + 1, text.index(" ."), *praised, speaker=(0, 2, 1))
    mayor = text.split().index("mayor")
    relative = tokens[mayor - 2]  # "which" or "whose plan": the clause's own object
    inner = Candidate(relative.start, relative.end, *opposed, speaker=(mayor - 1, mayor + 1, mayor))
    return outer, inner, tokens


def test_set_off_clause_is_kept_and_ends_the_outer_content() -> None:
    outer, inner, tokens = _pair()
    kept = restore_set_off([outer], [outer, inner], TEXT, tokens)
    assert kept == [outer, inner]
    assert TEXT[outer.start : outer.end] == "the harbour plan"


def test_same_speaker_stays_nested() -> None:
    outer, inner, tokens = _pair()
    inner.speaker = outer.speaker
    assert restore_set_off([outer], [outer, inner], TEXT, tokens) == [outer]
    assert TEXT[outer.start : outer.end].endswith("opposed")


def test_restrictive_clause_without_comma_stays_nested() -> None:
    text = "The governor praised the harbour plan which the mayor opposed ."
    outer, inner, tokens = _pair(text)
    assert restore_set_off([outer], [outer, inner], text, tokens) == [outer]


def test_clause_outside_the_content_is_left_alone() -> None:
    outer, inner, tokens = _pair()
    outer.end = TEXT.index(" ,")
    assert restore_set_off([outer], [outer, inner], TEXT, tokens) == [outer]
    assert TEXT[outer.start : outer.end] == "the harbour plan"


def test_cut_never_splits_a_quotation() -> None:
    text = "The governor praised the “harbour plan , which the mayor opposed” ."
    outer, inner, tokens = _pair(text)
    assert restore_set_off([outer], [outer, inner], text, tokens) == [outer]


@given(
    st.sampled_from(["which", "whom", "who", "Which", "whose plan"]),
    st.sampled_from([",", "\u2014", "\u2013", "--", "-", "("]),
)
def test_any_relative_word_sets_off_the_clause(relative: str, mark: str) -> None:
    text = TEXT.replace(", which", f"{mark} {relative}")
    outer, inner, tokens = _pair(text)
    assert restore_set_off([outer], [outer, inner], text, tokens) == [outer, inner]
    assert text[outer.start : outer.end] == "the harbour plan"


def test_a_relative_word_after_its_preposition_sets_off_the_clause() -> None:
    text = "The governor praised the harbour plan , in which the mayor opposed ."
    tokens = _tokens(text)
    praised, opposed = _at(text, "praised"), _at(text, "opposed")
    outer = Candidate(praised[1] + 1, text.index(" ."), *praised, speaker=(0, 2, 1))
    mayor = text.split().index("mayor")
    inner = Candidate(*_at(text, "which"), *opposed, speaker=(mayor - 1, mayor + 1, mayor))
    assert restore_set_off([outer], [outer, inner], text, tokens) == [outer, inner]
    assert text[outer.start : outer.end] == "the harbour plan"


def test_parsed_sentence_gives_each_speaker_their_own(spans) -> None:
    text = "Lena Dahl said the budget cut the school program, which the union called “a disgrace.”"
    first, second = spans(text)
    assert first.speaker_text == "Lena Dahl" and first.text == "the budget cut the school program"
    assert second.speaker_text == "the union" and second.cue == "called"


def test_quote_before_said_is_not_what_adding_adds(spans) -> None:
    text = "“The port will stay open,” Lena Dahl said, adding: “We will not close it in winter.”"
    said, adding = spans(text)
    assert said.cue == "said" and said.text == "“The port will stay open,”"
    assert adding.cue == "adding" and adding.text == "“We will not close it in winter.”"
    assert said.speaker_text == adding.speaker_text == "Lena Dahl"


def test_quote_after_adding_is_not_joined_to_the_first_half(spans) -> None:
    text = "“The port will stay open,” she said, adding, “We will not close it in winter.”"
    said, adding = spans(text)
    assert said.text == "“The port will stay open,”"
    assert adding.text == "“We will not close it in winter.”"


def test_quote_split_by_its_cue_is_still_joined(spans) -> None:
    text = "“The port will stay open,” the mayor said, “and we will not close it in winter.”"
    (quote,) = spans(text)
    assert quote.text == text


def test_pronoun_clause_with_a_quoted_description_is_its_own() -> None:
    text = "The governor praised the harbour plan , which she called “ a gift ” ."
    tokens = _tokens(text)
    praised, called = _at(text, "praised"), _at(text, "called")
    outer = Candidate(praised[1] + 1, text.index(" ."), *praised, speaker=(0, 2, 1))
    she = text.split().index("she")
    which = tokens[she - 1]
    inner = Candidate(which.start, text.index(" ."), *called, speaker=(she, she + 1, she))
    tokens[she] = Token(she, "she", tokens[she].start, tokens[she].end, "she", "PRON", "", "", she)
    assert restore_set_off([outer], [outer, inner], text, tokens) == [outer, inner]
    assert text[outer.start : outer.end] == "the harbour plan"


def test_parsed_aside_of_the_same_speaker_is_a_second_act(spans) -> None:
    text = "Lena Dahl said the council cut the school program, which she called “a disgrace.”"
    first, second = spans(text)
    assert first.speaker_text == "Lena Dahl" and first.text == "the council cut the school program"
    assert second.cue == "called" and second.text.endswith("“a disgrace.”")
