""" "According to X" when the parse made the phrase the sentence's root (``quotes.according``):
its subject is what X says ("That's according to …"), else the rest of the sentence after
the comma that ends X (sentences written for these tests; one spaCy load per session)."""

from __future__ import annotations


def test_a_pointing_subject_of_a_root_phrase_is_the_content(spans, by_cue) -> None:
    text = (
        "Exports fell by a third last year. That’s according to shipping records through "
        "March 3 that the port authority is releasing on Monday."
    )
    quote = by_cue(spans(text), "according to")
    assert quote.text == "That"
    assert quote.speaker_text.startswith("shipping records")


def test_a_root_phrase_sources_the_rest_after_its_comma(spans, by_cue) -> None:
    text = (
        "Ports face a hard year. According to a 2019 survey by the Harbour Institute based "
        "on customs data from 2017, small ports that are private grow faster in Norway."
    )
    quote = by_cue(spans(text), "According to")
    assert quote.text == "small ports that are private grow faster in Norway"
    assert quote.speaker_text.startswith("a 2019 survey by the Harbour Institute")
    assert not quote.speaker_text.endswith(",")
