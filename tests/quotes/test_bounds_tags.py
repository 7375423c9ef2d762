"""Content edges (``bounds``), speech tags after a quotation (``tags``) and a cue colon
before a paragraph break, on sentences written for these tests."""

from __future__ import annotations

from newsgraph.quotes.tags import _named_between
from newsgraph.quotes.tree import Tree
from newsgraph.records import Token


def test_writer_aside_after_a_reported_object_is_left_out(spans, by_cue) -> None:
    text = (
        "The senator criticized the harbour tax, which the council adopted in March "
        "after a long debate."
    )
    quote = by_cue(spans(text), "criticized")
    assert quote.text == "the harbour tax"


def test_quoted_aside_of_a_pronoun_is_its_own_act(spans, by_cue) -> None:
    text = 'The senator criticized the harbour tax, which she called "a tax on fishermen."'
    found = spans(text)
    assert by_cue(found, "criticized").text == "the harbour tax"
    called = by_cue(found, "called")
    assert called.speaker_text == "she" and called.text.endswith('fishermen."')


def test_an_aside_quoting_another_source_is_left_out(spans, by_cue) -> None:
    text = "The senator criticized the harbour tax, which the council called “a tax on fishermen.”"
    found = spans(text)
    assert by_cue(found, "criticized").text == "the harbour tax"
    assert by_cue(found, "called").speaker_text == "the council"


def test_a_base_form_after_the_content_goes_on_with_it(spans) -> None:
    (quote,) = spans("The mayor said residents should stay calm and call the coast guard.")
    assert quote.cue == "said" and quote.text.endswith("and call the coast guard")


def test_a_past_act_after_a_present_cue_is_a_further_act(spans, by_cue) -> None:
    found = spans("The mayor says the pier is safe and called for calm on Monday.")
    assert by_cue(found, "says").text == "the pier is safe"
    assert by_cue(found, "called for").speaker_text == "The mayor"


def test_a_clause_content_keeps_its_relative_clause(spans, by_cue) -> None:
    text = "The mayor said the ferry, which runs twice a day, will stop in May."
    quote = by_cue(spans(text), "said")
    assert "which runs twice a day" in quote.text and quote.text.endswith("in May")


def test_colon_cue_before_a_paragraph_break_takes_the_quotation_after_it(spans, by_cue) -> None:
    text = (
        "The harbour board made its case in March, and the fishermen's union responded:\n\n"
        '"The new tax will close every small boat yard on this coast within two years."'
    )
    quote = by_cue(spans(text), "responded")
    assert quote.speaker_text == "the fishermen's union"
    assert quote.text.startswith('"The new tax') and quote.direct


def test_speech_tag_with_a_verb_no_word_list_holds(spans) -> None:
    text = '"You have never once paid for a ferry ticket in your life," Mr. Holm shot back.'
    (quote,) = spans(text)
    assert quote.cue == "shot back" and quote.speaker_text == "Mr. Holm"
    assert quote.text.startswith('"You have never')


def test_title_before_a_verb_is_no_quote(spans) -> None:
    text = 'The documentary "Harbour Lights," returns to the festival this week.'
    assert not any(s.cue == "returns" for s in spans(text))


def test_quotation_ending_a_sentence_is_not_tagged_by_the_next_clause(spans) -> None:
    text = '"The ferry will run again in May." The crowd cheered loudly.'
    assert not any(s.cue == "cheered" for s in spans(text))


def test_as_clause_cue_sources_the_main_clause(spans, by_cue) -> None:
    text = (
        "As the Washington Post reported, the ferry company lost money in each of the last "
        "three years."
    )
    quote = by_cue(spans(text), "reported")
    assert quote.speaker_text == "the Washington Post"
    assert quote.text.startswith("the ferry company") and quote.text.endswith("years")


def test_temporal_as_clause_is_no_attribution(spans) -> None:
    text = "As the strike continues, the ferry company is losing money every week."
    assert not any(s.cue == "continues" for s in spans(text))


def test_ownerless_stance_noun_with_about_sources_its_object_to_no_one(spans, by_cue) -> None:
    text = "The mayor faced questions about the harbour budget at the meeting."
    quote = by_cue(spans(text), "questions about")
    assert quote.text.startswith("the harbour budget") and quote.speaker is None


def test_the_one_asked_is_not_the_speaker_of_the_question(spans, by_cue) -> None:
    text = "Asked whether the ferry would run in winter, the mayor said the council would decide."
    found = spans(text)
    asked = by_cue(found, "Asked")
    assert asked.speaker_start is None and asked.text.startswith("whether the ferry")
    assert by_cue(found, "said").speaker_text == "the mayor"


def test_a_pro_form_is_the_content_of_its_speech_verb(spans, by_cue) -> None:
    text = "The ferry will not run in winter, and the harbour master said so on Tuesday."
    quote = by_cue(spans(text), "said")
    assert quote.text == "so" and quote.speaker_text == "the harbour master"


def test_inserted_cue_with_the_speaker_after_it(spans, by_cue) -> None:
    text = (
        "The contrast with the mayor, said Jim Doyle and others, would be clear since "
        "the mayor has no record on the harbour."
    )
    quote = by_cue(spans(text), "said")
    assert quote.speaker_text.startswith("Jim Doyle")


def test_a_participle_after_a_comma_keeps_the_clause_subject(spans, by_cue) -> None:
    text = "The mayor praised the ferry crews, telling reporters the service had never been better."
    quote = by_cue(spans(text), "telling")
    assert quote.speaker_text == "The mayor"


def test_a_quotation_after_the_cue_is_its_content(spans, by_cue) -> None:
    text = (
        "When asked whether the ferry would be sold, the mayor replied, "
        "“Well, maybe so. Maybe that is why we would never do it.”"
    )
    quote = by_cue(spans(text), "replied")
    assert quote.text.startswith("“Well, maybe so") and quote.speaker_text == "the mayor"


def test_a_cue_quotation_split_by_a_sentence_end_is_two_quotes(spans, by_cue) -> None:
    text = "“Look at what you did,” Franken said. Silverman responded, “Thank God for the edit.”"
    found = spans(text)
    said = by_cue(found, "said")
    assert said.text == "“Look at what you did,”"
    assert by_cue(found, "responded").speaker_text == "Silverman"


def _token(i: int, text: str, start: int, pos: str, dep: str, head: int) -> Token:
    return Token(i, text, start, start + len(text), text.lower(), pos, "", dep, head)


def test_the_one_phrase_before_a_tag_verb_is_its_speaker_when_hung_elsewhere() -> None:
    # '“We lost,” Olsen, 58, told AFP': the parse hung "Olsen" on the quotation's verb.
    words = [
        ("“", "PUNCT", "punct", 2),
        ("We", "PRON", "nsubj", 2),
        ("lost", "VERB", "ROOT", 2),
        (",", "PUNCT", "punct", 2),
        ("”", "PUNCT", "punct", 2),
        ("Olsen", "PROPN", "npadvmod", 2),
        (",", "PUNCT", "punct", 5),
        ("58", "NUM", "appos", 5),
        (",", "PUNCT", "punct", 5),
        ("told", "VERB", "conj", 2),
        ("AFP", "PROPN", "dobj", 9),
    ]
    tokens, start = [], 0
    for i, (text, pos, dep, head) in enumerate(words):
        tokens.append(_token(i, text, start, pos, dep, head))
        start += len(text) + 1
    tree = Tree.build(tuple(tokens))
    assert _named_between(tree, tokens[4].end, 9) == 5
    # words that are no one phrase ("Olsen, 58, told" before "AFP") name no speaker
    assert _named_between(tree, tokens[4].end, 10) is None


def test_added_reports_a_clause_not_a_thing_added(spans, by_cue) -> None:
    assert not spans("The mayor added a new ferry to the schedule.")
    assert by_cue(spans("The mayor added that the pier was safe."), "added").text == (
        "that the pier was safe"
    )


def test_a_contrast_with_a_subject_of_its_own_is_the_writers(spans) -> None:
    (quote,) = spans(
        "The mayor said the emails were personal, but for the council it is a scandal."
    )
    assert quote.text == "the emails were personal"


def test_a_reported_or_subjectless_contrast_goes_on_with_the_content(spans) -> None:
    (quote,) = spans("The mayor said the pier was safe, but that the ferries would stop in May.")
    assert quote.text.endswith("but that the ferries would stop in May")
    (quote,) = spans("The mayor said the pier was safe but could not say when it would reopen.")
    assert quote.text.endswith("could not say when it would reopen")


def test_whom_or_how_a_quotation_was_said_is_no_content(spans) -> None:
    for tail in ("to reporters", "with a smile"):
        (quote,) = spans(f"“The pier is safe for every ferry,” Ana Ruiz said {tail}.")
        assert quote.cue == "said" and quote.text == "“The pier is safe for every ferry,”"


def test_a_verbal_attack_after_a_content_is_an_act_of_its_own(spans, by_cue) -> None:
    text = "The mayor spent the week touting her harbour plan and pounding the council on taxes."
    found = spans(text)
    assert by_cue(found, "touting").text == "her harbour plan"
    assert by_cue(found, "pounding").speaker_text == "The mayor"


def test_tag_whose_speaker_the_parse_hung_on_the_quotation(spans) -> None:
    text = (
        "“We will win this election and then we will fix the roads,” Ramos, 58, "
        "told AFP in an interview."
    )
    (quote,) = spans(text)
    assert quote.cue == "told" and quote.speaker_text.startswith("Ramos")
    assert quote.text.startswith("“We will win")
