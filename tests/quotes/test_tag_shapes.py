"""Speech tags after a quotation (``tags``): the quotation is what the tag's verb says even
when the parse hangs other words after the verb ("said of the bank", a relative clause in
the speaker's description), a further act may follow the tag, and a capitalised subject
the tagger misread is still a name. Sentences written for these tests."""

from __future__ import annotations

from newsgraph.quotes.cues import QuoteCues
from newsgraph.quotes.marks import QuotedRegion
from newsgraph.quotes.tags import QuoteTags, _named
from newsgraph.records import Token


def _tags() -> QuoteTags:
    cues = QuoteCues.load()
    closing = "".join(sorted({c for _, mark in cues.quote_marks for c in mark}))
    return QuoteTags(cues, closing)


def _token(text: str, pos: str, tag: str, dep: str = "nsubj") -> Token:
    return Token(
        i=0,
        text=text,
        lemma=text.lower(),
        pos=pos,
        tag=tag,
        dep=dep,
        head=0,
        start=0,
        end=len(text),
    )


def test_said_of_a_topic_after_a_quotation_says_the_quotation(spans, by_cue) -> None:
    text = (
        "“Who do they think they are?” the senator said of the bank in February, "
        "when the bank refused to pay the fine."
    )
    quote = by_cue(spans(text), "said")
    assert quote.text == "“Who do they think they are?”"
    assert quote.speaker_text == "the senator"
    assert quote.direct


def test_a_relative_clause_of_an_inverted_speaker_is_no_content(spans, by_cue) -> None:
    text = (
        "''When the company says, 'We can't do this,' I don't believe that,'' said Hany "
        "Farid, a professor at Dartmouth College, who co-developed the tracking system."
    )
    quote = by_cue(spans(text), "said")
    assert quote.text.startswith("''When the company says")
    assert quote.text.endswith("believe that,''")
    assert quote.speaker_text.startswith("Hany Farid")


def test_a_further_act_after_the_tag_keeps_the_tag(spans, by_cue) -> None:
    text = "“Go back to your seat,” Trump barked and a security guard escorted the reporter out."
    quote = by_cue(spans(text), "barked")
    assert quote.text == "“Go back to your seat,”"
    assert quote.speaker_text == "Trump"


def test_a_circumstance_after_the_tag_keeps_the_tag(spans, by_cue) -> None:
    text = "“Let me finish my answer, please,” Trump growled as the crowd booed."
    quote = by_cue(spans(text), "growled")
    assert quote.text == "“Let me finish my answer, please,”"
    assert quote.speaker_text == "Trump"


def test_a_capitalised_subject_read_as_a_verb_is_a_name() -> None:
    assert _named(_token("Trump", "VERB", "VB"))
    assert _named(_token("Haddon", "PROPN", "NNP"))
    assert _named(_token("she", "PRON", "PRP"))
    assert not _named(_token("barked", "VERB", "VBD"))


def test_only_a_sentence_opening_quotation_with_open_punctuation_is_tag_shaped() -> None:
    tags = _tags()
    text = "“We will build it before the winter comes,” she said."
    assert tags._tag_shaped(text, QuotedRegion(0, text.index(" she")))
    ended = "“We will build it before the winter comes.” She left."
    assert not tags._tag_shaped(ended, QuotedRegion(0, ended.index(" She")))
    inner = "In an interview with “Fox and Friends,” Trump pointed to China."
    start = inner.index("“")
    assert not tags._tag_shaped(inner, QuotedRegion(start, inner.index(" Trump")))
    title = "“Mercy Street,” returns this week."
    assert not tags._tag_shaped(title, QuotedRegion(0, title.index(" returns")))
