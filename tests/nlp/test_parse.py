"""The parser reads typographic apostrophes as the model learnt them; offsets and texts
stay the article's."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.nlp import PARSE_FOLD, _lemma
from newsgraph.records import Article


def _parsed(analyzer, text: str):
    return analyzer.parser.parse([Article(key="k", id="a", origin="test", text=text)])[0]


def test_curly_contractions_parse_like_straight_ones(analyzer) -> None:
    curly = _parsed(analyzer, "He’s said they won’t sign Russia’s plan.")
    straight = _parsed(analyzer, "He's said they won't sign Russia's plan.")
    assert [t.text for t in curly.tokens][:2] == ["He", "’s"]
    # The model alone tags "’s" a noun subject here; straightened, it is the auxiliary.
    assert [(t.pos, t.dep, t.head) for t in curly.tokens] == [
        (t.pos, t.dep, t.head) for t in straight.tokens
    ]
    lemmas = {t.text: t.lemma for t in curly.tokens}
    assert lemmas["’s"] in ("be", "have", "’s") and lemmas["n’t"] == "not"
    assert curly.tokens[1].lemma in ("be", "have")
    # The possessive keeps the article's spelling as its lemma.
    assert [t.lemma for t in curly.tokens if t.dep == "case"] == ["’s"]


def test_double_quotation_marks_glued_to_words_are_tokens_of_their_own(analyzer) -> None:
    glued = _parsed(analyzer, 'Ryan said,“Look at it.” Aides said:"No" to a “big”deal.')
    texts = [t.text for t in glued.tokens]
    assert texts[:5] == ["Ryan", "said", ",", "“", "Look"]
    assert texts[texts.index(":") - 1 : texts.index(":") + 3] == ["said", ":", '"', "No"]
    assert texts[texts.index("big") - 1 : texts.index("big") + 3] == ["“", "big", "”", "deal"]
    assert [t.text for t in _parsed(analyzer, 'A 5"4 board.').tokens][1] == '5"4'


def test_texts_and_offsets_are_the_articles(analyzer) -> None:
    text = "O’Brien met ‘the envoy’ in Kyiv on Monday."
    parsed = _parsed(analyzer, text)
    for token in parsed.tokens:
        assert text[token.start : token.end] == token.text
    assert "’" in "".join(t.text for t in parsed.tokens)
    for entity in parsed.entities:
        assert text[entity.start : entity.end] == entity.text


@given(st.text(alphabet="ab ’‘'\"“”.", max_size=40))
def test_fold_keeps_every_offset(text: str) -> None:
    folded = text.translate(PARSE_FOLD)
    assert len(folded) == len(text)
    assert all(a == b or a in "’‘" for a, b in zip(text, folded, strict=True))


def test_lemma_keeps_the_original_spelling_only_when_unchanged() -> None:
    assert _lemma("O'Brien", "O'Brien", "O’Brien") == "o’brien"
    assert _lemma("be", "'s", "’s") == "be"
    assert _lemma("Say", "said", "said") == "say"
