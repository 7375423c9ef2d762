"""Another's stance a non-cue verb acts on (``quotes.shapes``; sentences written for these
tests, one spaCy load per session, see conftest)."""

from __future__ import annotations


def test_a_stance_acted_on_keeps_its_content_but_names_no_speaker(spans) -> None:
    (quote,) = spans("The council shelved the governor's plan to raise the sales tax.")
    assert quote.cue == "plan" and quote.text == "to raise the sales tax"
    assert quote.speaker_start is None


def test_a_pronoun_owned_stance_is_still_voiced_by_the_subject(spans) -> None:
    (quote,) = spans("The governor repeated his claim that the budget was balanced.")
    assert quote.speaker_text == "The governor"
