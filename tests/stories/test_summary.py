from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.stories.summary import MIN_SENTENCE_WORDS, Member, sentences, summary


def test_abbreviations_initialisms_and_initials_do_not_end_sentences() -> None:
    text = (
        "Leaders meeting in Washington D.C. on Wednesday agreed to send more air defence. "
        "Gen. Ada Korvin met Ilse W. Marraby at 5 p.m. in the U.S. capital on Friday.\n"
        "A headline line of more than six words\n"
        "The talks, e.g. on shells, went on. Did they? Officials said the talks ended well!"
    )
    assert sentences(text) == [
        "Leaders meeting in Washington D.C. on Wednesday agreed to send more air defence.",
        "Gen. Ada Korvin met Ilse W. Marraby at 5 p.m. in the U.S. capital on Friday.",
        "The talks, e.g. on shells, went on.",  # "Did they?" is too short
        "Officials said the talks ended well!",
    ]
    assert sentences(text, 1) == sentences(text)[:1]


def test_a_summary_sentence_is_never_cut_at_an_abbreviation() -> None:
    text = "The summit in Washington D.C. ended with a pledge of air defence for Velmora."
    (row,) = summary([Member("a", None, text)])
    assert row == {"sentence": text, "article_id": "a"}


_PIECES = st.sampled_from(
    ["Mr.", "D.C.", "U.S.", "said", "the", "Velmora", "ships.", "port!", "why?", "3.5", "\n", "'"]
)


@given(st.lists(_PIECES, max_size=60))
def test_sentences_are_long_enough_pieces_of_the_text_in_order(words: list[str]) -> None:
    text = " ".join(words)
    position = 0
    for sentence in sentences(text):
        assert len(sentence.split()) >= MIN_SENTENCE_WORDS
        found = text.find(sentence, position)
        assert found >= position
        position = found + len(sentence)
