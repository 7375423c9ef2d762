"""Tags after a quotation whose speech verb the parse took for a noun: '“…,” the email
read.'"""

from __future__ import annotations

from newsgraph.nlp import Parser
from newsgraph.quotes import QuoteExtractor
from newsgraph.quotes.marks import quoted_regions
from newsgraph.quotes.nountags import NounTags
from newsgraph.quotes.tree import Tree
from newsgraph.records import Article


def _tags(tools, text: str) -> list[tuple[str, str, str]]:
    """(speaker, cue, content) of every noun-read tag the reader finds in ``text``."""
    parser, _, extractor = tools
    assert isinstance(extractor, QuoteExtractor) and isinstance(parser, Parser)
    parsed = parser.parse([Article(key="k", id="t", origin="test", text=text)])[0]
    tree = Tree.build(parsed.tokens)
    regions = quoted_regions(text, extractor.cues.quote_marks)
    reader = NounTags(extractor.cues, extractor.closing_chars)
    out = []
    for c in reader.found(parsed, tree, regions):
        first, last, _ = c.speaker
        speaker = text[tree.tokens[first].start : tree.tokens[last - 1].end]
        out.append((speaker, text[c.cue_start : c.cue_end], text[c.start : c.end]))
    return out


def test_a_tag_whose_verb_reads_as_a_noun(tools) -> None:
    text = (
        "The campaign wrote to donors on Monday.\n\n"
        "“Friend, let me be blunt. We can win this race in the fall,” the email read. "
        "It asked for money."
    )
    # The small English model takes this "read" for a noun, the phrase's head.
    assert _tags(tools, text) == [
        ("the email", "read", "“Friend, let me be blunt. We can win this race in the fall,”")
    ]


def test_a_noun_phrase_after_a_closed_quotation_is_no_tag(tools) -> None:
    for text in (
        "He gave a speech called “The Long Road Home for All of Us.” The speech states.",
        "“We will win this race in the fall,” the campaign manager said yesterday. It did.",
        "“We will win this race in the fall,” the statements\n",
    ):
        assert not _tags(tools, text), text


def test_a_number_heads_the_speaker_of_a_noun_read_tag(tools) -> None:
    text = (
        "“You seem to have picked a new standard for the harbour out of thin air,” the two write."
    )
    assert _tags(tools, text) == [
        (
            "the two",
            "write",
            "“You seem to have picked a new standard for the harbour out of thin air,”",
        )
    ]


def test_a_noun_read_tag_may_go_on_with_where_it_was_said(tools) -> None:
    text = (
        '"Today, the kingdom is one of the leading nations in combating terrorism and has been '
        'working closely with its allies on all fronts," the Saudis state in the white paper, '
        "which was being shared with lawmakers on Thursday."
    )
    found = _tags(tools, text)
    assert [(speaker, cue) for speaker, cue, _ in found] == [("the Saudis", "state")]
