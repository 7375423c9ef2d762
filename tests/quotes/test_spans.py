"""Quotations no cue covers: which attributed quote they continue, on hand-built spans."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.quotes import QuoteCues, quoted_regions
from newsgraph.quotes.spans import QuoteSpan, _sentence_ends, continue_quotes
from newsgraph.records import QuoteSpeaker

PAIRS = QuoteCues.load().quote_marks
MIN_WORDS = QuoteCues.load().min_direct_words


def _span(text: str, content: str, cue: str, speaker: str, direct: bool) -> QuoteSpan:
    """An attribution of ``content`` by ``speaker`` with ``cue``, each the first match."""
    start = text.index(content)
    cue_start = text.index(cue)
    speaker_start = text.index(speaker)
    return QuoteSpan(
        start=start,
        end=start + len(content),
        text=content,
        cue=cue,
        cue_start=cue_start,
        cue_end=cue_start + len(cue),
        direct=direct,
        speaker=QuoteSpeaker(text=speaker, name=speaker),
        speaker_text=speaker,
        speaker_start=speaker_start,
        speaker_end=speaker_start + len(speaker),
    )


def _continue(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    return continue_quotes(text, quoted_regions(text, PAIRS), spans, MIN_WORDS)


def test_second_half_after_a_relative_clause_attribution_joins_the_quote() -> None:
    text = (
        "“The pier is safe,” said Ana Ruiz, who noted that the beams were new. "
        "“We expect the ferries to run again soon.”"
    )
    # the speaker's mention covers the description set off after the name, as extracted
    speaker = "Ana Ruiz, who noted that the beams were new"
    said = _span(text, "“The pier is safe,”", "said", speaker, direct=True)
    noted = _span(text, "that the beams were new", "noted", "who", direct=False)
    joined, kept = _continue(text, [said, noted])
    assert joined.cue == "said" and joined.text.endswith("run again soon.”")
    assert kept == noted


def test_anothers_attribution_left_inside_a_joined_quote_is_part_of_it() -> None:
    text = (
        "“The pier is safe,” said Ana Ruiz, who is regarded as a hawk on the harbor. "
        "“We expect the ferries to run again soon.”"
    )
    said = _span(text, "“The pier is safe,”", "said", "Ana Ruiz", direct=True)
    regarded = replace(
        _span(text, "who is regarded as a hawk", "is regarded", "who", direct=False),
        speaker=None,
        speaker_text="",
        speaker_start=None,
        speaker_end=None,
    )
    (joined,) = _continue(text, [said, regarded])
    assert joined.cue == "said" and joined.text.endswith("run again soon.”")


def test_attribution_in_a_later_sentence_stops_the_join() -> None:
    text = (
        "“The pier is safe,” said Ana Ruiz. Then Tom Berg argued that the beams were old. "
        "“We expect the ferries to run again soon.”"
    )
    said = _span(text, "“The pier is safe,”", "said", "Ana Ruiz", direct=True)
    argued = _span(text, "that the beams were old", "argued", "Tom Berg", direct=False)
    first, second = _continue(text, [said, argued])
    assert first == said  # the quotation goes on with what Tom Berg argued, right before it
    assert second.cue == "argued" and second.start == argued.start
    assert second.text.endswith("run again soon.”")


def test_quotation_in_a_later_sentence_after_a_tag_is_a_quote_of_its_own() -> None:
    text = (
        "“The pier is safe,” said Ana Ruiz. Then Tom Berg argued that the beams were old, "
        "the paper reported. “We expect the ferries to run again soon.”"
    )
    said = _span(text, "“The pier is safe,”", "said", "Ana Ruiz", direct=True)
    argued = _span(text, "that the beams were old", "argued", "Tom Berg", direct=False)
    out = _continue(text, [said, argued])
    assert out[0] == said and out[1] == argued
    assert out[2].cue == "" and out[2].speaker == argued.speaker


def test_quotation_ending_the_content_sentence_extends_it() -> None:
    text = "Ana Ruiz told them that the islanders were “tired of waiting for the ferry.”"
    told = _span(text, "that the islanders were", "told", "Ana Ruiz", direct=False)
    (out,) = _continue(text, [told])
    assert out.start == told.start and out.text.endswith("for the ferry.”")


def test_quotation_after_a_comma_is_a_new_act_not_the_content() -> None:
    text = "Ana Ruiz thanked the crew and then, turning to the crowd, “We will sail at dawn.”"
    thanked = _span(text, "the crew", "thanked", "Ana Ruiz", direct=False)
    first, second = _continue(text, [thanked])
    assert first == thanked and second.text == "“We will sail at dawn.”"


def test_quotation_opening_the_next_paragraph_after_a_cue_clause() -> None:
    text = "“The pier is safe,” Ana Ruiz said.\n“We expect the ferries to run again soon.”"
    said = _span(text, "“The pier is safe,”", "said", "Ana Ruiz", direct=True)
    (out,) = _continue(text, [said])
    assert out.text.endswith("run again soon.”") and out.cue == "said"


def test_quotation_in_the_next_paragraph_after_paraphrase_stands_alone() -> None:
    text = "Ana Ruiz said the pier was safe.\n“We expect the ferries to run again soon.”"
    said = _span(text, "the pier was safe", "said", "Ana Ruiz", direct=False)
    first, second = _continue(text, [said])
    assert first == said and second.cue == "" and second.speaker == said.speaker


def test_a_signed_pull_quote_ends_with_its_signature() -> None:
    text = (
        "“The pier is safe for every ferry.” ― Ana Ruiz\n“We expect the ferries to run again soon.”"
    )
    signed = _span(text, "“The pier is safe for every ferry.”", "―", "Ana Ruiz", direct=True)
    first, second = _continue(text, [signed])
    assert first == signed
    assert second.text == "“We expect the ferries to run again soon.”" and second.cue == ""


ABBREVIATIONS = frozenset({"ms.", "mr.", "sen."})


def test_a_titles_stop_in_the_cue_clause_ends_no_sentence() -> None:
    text = (
        "“We need a new pier,” said Ms. Ruiz, referring to the harbor plan. "
        "“Give us the funds and we will finish it.”"
    )
    said = _span(text, "“We need a new pier,”", "said", "Ms. Ruiz", direct=True)
    referring = _span(text, "the harbor plan", "referring to", "Ms. Ruiz", direct=False)
    regions = quoted_regions(text, PAIRS)
    joined, kept = continue_quotes(text, regions, [said, referring], MIN_WORDS, ABBREVIATIONS)
    assert joined.cue == "said" and joined.text.endswith("we will finish it.”")
    assert kept == referring
    # Without knowing the title, its stop reads as the end of a sentence: the quotation
    # goes on with the content right before it instead.
    first, second = continue_quotes(text, regions, [said, referring], MIN_WORDS)
    assert first == said and second.cue == "referring to"


def test_an_initials_stop_in_the_cue_clause_ends_no_sentence() -> None:
    text = (
        "“The pier is safe,” said Ana J. Ruiz, who noted the beams were new. "
        "“We expect the ferries to run again soon.”"
    )
    speaker = "Ana J. Ruiz, who noted the beams were new"
    said = _span(text, "“The pier is safe,”", "said", speaker, direct=True)
    noted = _span(text, "the beams were new", "noted", "who", direct=False)
    joined, _ = continue_quotes(
        text, quoted_regions(text, PAIRS), [said, noted], MIN_WORDS, ABBREVIATIONS
    )
    assert joined.text.endswith("run again soon.”")


def test_a_quote_whose_content_the_parse_ran_past_its_cue_still_takes_its_second_half() -> None:
    text = (
        "“The pier is safe,” Ana Ruiz told a crowd that the town counted at 3,000. "
        "“We expect the ferries to run again soon.”"
    )
    # The parse read "that the town counted …" as what was told, after the quotation.
    told = _span(
        text,
        "“The pier is safe,” Ana Ruiz told a crowd that the town counted at 3,000",
        "told",
        "Ana Ruiz",
        direct=False,
    )
    (joined,) = _continue(text, [told])
    assert joined.cue == "told" and joined.text.endswith("run again soon.”")


@given(st.text(alphabet=st.characters(blacklist_characters=".?!"), max_size=80))
def test_text_without_end_punctuation_ends_no_sentence(text: str) -> None:
    assert not _sentence_ends(text, 0, len(text), ABBREVIATIONS)


@given(st.sampled_from([".", "?", "!"]), st.sampled_from(["", "”", '"']))
def test_end_punctuation_before_a_capital_ends_a_sentence(mark: str, closing: str) -> None:
    text = f"the pier is safe{mark}{closing} Then"
    assert _sentence_ends(text, 0, len(text), ABBREVIATIONS)
    titled = f"said Ms{mark} Ruiz"
    assert _sentence_ends(titled, 0, len(titled), ABBREVIATIONS) == (mark != ".")


def test_a_title_in_quotation_marks_is_no_quote_of_its_own() -> None:
    text = (
        "“The pier is safe,” said Ana Ruiz.\n"
        "Later she appeared on “Morning Harbour With Tom Berg And Friends” to talk about it."
    )
    said = _span(text, "“The pier is safe,”", "said", "Ana Ruiz", direct=True)
    assert _continue(text, [said]) == [said]


def test_a_sentence_in_quotation_marks_after_a_quote_is_one_of_its_own() -> None:
    text = (
        "“The pier is safe,” said Ana Ruiz.\n"
        "Later she added on the radio “we expect the ferries to run again soon.”"
    )
    said = _span(text, "“The pier is safe,”", "said", "Ana Ruiz", direct=True)
    kept, added = _continue(text, [said])
    assert kept == said and added.text == "“we expect the ferries to run again soon.”"
