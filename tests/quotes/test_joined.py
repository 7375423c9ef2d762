"""Clauses joined to a reported content that are attributions of their own
(``quotes.joined``, applied by ``quotes.bounds``): a coordinated cue verb with a named
subject, an "as"/"after" clause with another's act, and a verb's object the parse read as
the subject of a coordinated clause. Trees are written out in the parser's shape; the
end-to-end cases run the parser.
"""

from __future__ import annotations

from parse_rows import tree_of

from newsgraph.quotes.joined import joined_act, misread_object, set_against

# (text, lemma, pos, tag, dep, head, entity)
Row = tuple[str, str, str, str, str, int, str]


def headed(row: Row, head: int) -> Row:
    """``row`` hung on ``head``."""
    text, lemma, pos, tag, dep, _, entity = row
    return text, lemma, pos, tag, dep, head, entity


def coordinated(subject: Row, mark: Row | None = None) -> list[Row]:
    """ "Voters said Wall Street hurts , and [mark] <subject> backed Sanders ." with
    "backed" coordinated with "hurts", the content's root."""
    rows: list[Row] = [
        ("Voters", "voter", "NOUN", "NNS", "nsubj", 1, ""),
        ("said", "say", "VERB", "VBD", "ROOT", 1, ""),
        ("Wall", "Wall", "PROPN", "NNP", "compound", 3, ""),
        ("Street", "Street", "PROPN", "NNP", "nsubj", 4, ""),
        ("hurts", "hurt", "VERB", "VBZ", "ccomp", 1, ""),
        (",", ",", "PUNCT", ",", "punct", 4, ""),
        ("and", "and", "CCONJ", "CC", "cc", 4, ""),
    ]
    if mark is not None:
        rows.append(mark)
    verb = len(rows) + 1
    rows += [
        headed(subject, verb),
        ("backed", "back", "VERB", "VBD", "conj", 4, ""),
        ("Sanders", "Sanders", "PROPN", "NNP", "dobj", verb, ""),
        (".", ".", "PUNCT", ".", "punct", 1, ""),
    ]
    if mark is not None:
        rows[7] = headed(mark, verb)
    return rows


NAMED: Row = ("voters", "voter", "NOUN", "NNS", "nsubj", 0, "")


def test_a_coordinated_cue_with_a_named_subject_is_an_act_of_its_own(cues, bounds) -> None:
    tree = tree_of(coordinated(NAMED))
    assert joined_act(tree, cues, 8)
    assert bounds.part(tree, 4) == (2, 5)  # "Wall Street hurts"


def test_a_pronoun_subject_goes_on_with_what_was_said(cues, bounds) -> None:
    tree = tree_of(coordinated(("he", "he", "PRON", "PRP", "nsubj", 0, "")))
    assert not joined_act(tree, cues, 8)
    assert bounds.part(tree, 4) == (2, 10)


def test_a_share_of_a_polled_group_is_the_poll_s_finding(cues) -> None:
    tree = tree_of(coordinated(("42%", "42%", "NOUN", "NN", "nsubj", 0, "PERCENT")))
    assert not joined_act(tree, cues, 8)


def test_a_clause_marked_that_is_reported_too(cues) -> None:
    rows = coordinated(NAMED, ("that", "that", "SCONJ", "IN", "mark", 0, ""))
    assert not joined_act(tree_of(rows), cues, 9)


def test_a_coordinated_verb_that_is_no_cue_stays(cues) -> None:
    rows = coordinated(NAMED)
    rows[8] = ("left", "leave", "VERB", "VBD", "conj", 4, "")
    assert not joined_act(tree_of(rows), cues, 8)


def beside(mark: str, subject: Row) -> list[Row]:
    """ "Cruz said he was fine <mark> <subject> yelled ." with "yelled" an adverbial
    clause of "was"."""
    return [
        ("Cruz", "Cruz", "PROPN", "NNP", "nsubj", 1, ""),
        ("said", "say", "VERB", "VBD", "ROOT", 1, ""),
        ("he", "he", "PRON", "PRP", "nsubj", 3, ""),
        ("was", "be", "AUX", "VBD", "ccomp", 1, ""),
        ("fine", "fine", "ADJ", "JJ", "acomp", 3, ""),
        (mark, mark, "SCONJ", "IN", "mark", 7, ""),
        headed(subject, 7),
        ("yelled", "yell", "VERB", "VBD", "advcl", 3, ""),
        (".", ".", "PUNCT", ".", "punct", 1, ""),
    ]


HECKLER: Row = ("hecklers", "heckler", "NOUN", "NNS", "nsubj", 0, "")


def test_another_s_act_set_beside_the_content_ends_it(cues, bounds) -> None:
    tree = tree_of(beside("as", HECKLER))
    assert set_against(tree, cues, 7)
    assert bounds.part(tree, 3) == (2, 5)  # "he was fine"


def test_a_reason_or_condition_stays_in_what_was_said(cues) -> None:
    assert not set_against(tree_of(beside("because", HECKLER)), cues, 7)
    assert not set_against(tree_of(beside("if", HECKLER)), cues, 7)
    pronoun: Row = ("they", "they", "PRON", "PRP", "nsubj", 0, "")
    assert not set_against(tree_of(beside("as", pronoun)), cues, 7)


def misread(cue: tuple[str, str]) -> list[Row]:
    """ "Toomey has not <cue> Trump and Kirk withdrew support ." with "Trump" read as a
    subject of "withdrew" and that clause hung on the cue."""
    word, lemma = cue
    return [
        ("Toomey", "Toomey", "PROPN", "NNP", "nsubj", 3, "PERSON"),
        ("has", "have", "AUX", "VBZ", "aux", 3, ""),
        ("not", "not", "PART", "RB", "neg", 3, ""),
        (word, lemma, "VERB", "VBN", "ROOT", 3, ""),
        ("Trump", "Trump", "PROPN", "NNP", "nsubj", 7, "PERSON"),
        ("and", "and", "CCONJ", "CC", "cc", 4, ""),
        ("Kirk", "Kirk", "PROPN", "NNP", "nsubj", 7, "PERSON"),
        ("withdrew", "withdraw", "VERB", "VBD", "ccomp", 3, ""),
        ("support", "support", "NOUN", "NN", "dobj", 7, ""),
        (".", ".", "PUNCT", ".", "punct", 3, ""),
    ]


def test_the_object_of_a_verb_taking_no_clause_is_its_first_conjunct(cues, bounds) -> None:
    tree = tree_of(misread(("endorsed", "endorse")))
    assert misread_object(tree, cues, 7) == (4, 5)
    assert bounds.part(tree, 7) == (4, 5)  # "Trump"


def test_a_speech_verb_reports_the_whole_clause(cues) -> None:
    assert misread_object(tree_of(misread(("said", "say"))), cues, 7) is None


def test_end_to_end_a_coordinated_act_is_a_quote_of_its_own(spans, by_cue) -> None:
    found = spans(
        "Most voters said that Wall Street hurts the economy, and those voters backed Mr. Sanders."
    )
    assert by_cue(found, "said").text == "that Wall Street hurts the economy"
    backed = by_cue(found, "backed")
    assert (backed.speaker_text, backed.text) == ("those voters", "Mr. Sanders")


def test_end_to_end_the_speaker_going_on_stays_in_the_content(spans, by_cue) -> None:
    found = spans("Trump said the caucus system is complex and he feels he can win New Hampshire.")
    assert by_cue(found, "said").text.endswith("he can win New Hampshire")
