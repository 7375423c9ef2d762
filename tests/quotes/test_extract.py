"""Quote extraction on sentences written for these tests (one spaCy load per session)."""

from __future__ import annotations

from newsgraph.records import Actor, Article, QuoteSpeaker


def test_direct_quote_with_curly_marks_and_inserted_cue(spans) -> None:
    text = "“The harbour will reopen soon,” the mayor said, “and the ferries will run again.”"
    (quote,) = spans(text)
    assert quote.direct and quote.cue == "said" and quote.speaker_text == "the mayor"
    assert quote.text.startswith("“The harbour") and quote.text.endswith("again.”")


def test_direct_quote_with_straight_marks(spans) -> None:
    text = 'Maria Lopez said: "The river has never been this low in forty years."'
    (quote,) = spans(text)
    assert quote.direct and quote.text.startswith('"The river')
    assert isinstance(quote.speaker, QuoteSpeaker) and quote.speaker.name == "Maria Lopez"


def test_partial_quote_woven_into_paraphrase(spans) -> None:
    text = "Stoltenberg said “there is no doubt” that Moscow gets “substantial military help.”"
    (quote,) = spans(text)
    assert not quote.direct
    assert quote.text.startswith("“there is no doubt”") and "substantial" in quote.text


def test_according_to(spans) -> None:
    text = "Grain exports fell by a third last year, according to the farmers' union."
    (quote,) = spans(text)
    assert quote.cue == "according to" and quote.speaker_text == "the farmers' union"
    assert quote.text == "Grain exports fell by a third last year"


def test_pronoun_speaker_carried_from_named_one(spans) -> None:
    text = "Anna Berg opened the session in Oslo. Later she said the budget was balanced."
    (quote,) = spans(text)
    assert quote.speaker_text == "she"
    assert quote.speaker == QuoteSpeaker(text="Anna Berg", name="Anna Berg")


def test_organisation_statement(spans) -> None:
    text = (
        "In a statement, the Russian foreign ministry denounced the sanctions. "
        "The statement said the measures were illegal."
    )
    first, second = spans(text)
    assert first.cue == "denounced" and first.text == "the sanctions"
    assert isinstance(first.speaker, Actor) and first.speaker.country == "RUS"
    assert second.speaker_text == "The statement" and second.speaker == first.speaker


def test_scare_quotes_are_not_a_quote(spans) -> None:
    assert spans("The so-called “experts” were wrong about the harvest.") == ()


def test_attribution_inside_a_quote_is_part_of_it(spans) -> None:
    text = "“I think the vote was fair and we accept it,” the senator said."
    (quote,) = spans(text)
    assert quote.speaker_text == "the senator" and quote.text.startswith("“I think")


def test_extract_returns_contract_quotes(tools) -> None:
    parser, resolver, extractor = tools
    text = "The governor said the bridge would be repaired by June."
    parsed = parser.parse([Article(key="k", id="t", origin="test", text=text)])[0]
    (quote,) = extractor.extract(parsed, resolver.resolve(parsed))
    assert quote.text == "the bridge would be repaired by June" and quote.cue == "said"
    assert not quote.direct


def test_cue_inserted_in_paraphrase_covers_both_halves(spans) -> None:
    text = "The harbour, the mayor said, will reopen before the summer season."
    (quote,) = spans(text)
    assert quote.speaker_text == "the mayor" and not quote.direct
    assert quote.text.startswith("The harbour") and quote.text.endswith("summer season")


def test_quote_parsed_as_its_own_sentence_finds_the_cue_after_it(spans) -> None:
    (quote,) = spans("“Will the ferries ever run again?” Mayor Lind said.")
    assert quote.direct and quote.speaker_text == "Mayor Lind"
    assert quote.text == "“Will the ferries ever run again?”"


def test_second_half_after_a_described_speaker_joins_the_quote(spans) -> None:
    text = (
        "“The river is lower than ever,” said Tomas Varga, a hydrologist at the regional "
        "water board. “We have never measured anything like it.”"
    )
    (quote,) = spans(text)
    # The span marks the speaker with the description; the speaker is the name.
    assert quote.speaker_text == "Tomas Varga, a hydrologist at the regional water board"
    assert quote.speaker == QuoteSpeaker(text="Tomas Varga", name="Tomas Varga") and quote.direct
    assert quote.text.endswith("anything like it.”")


def test_two_apostrophe_marks_are_quotation_marks(spans) -> None:
    (quote,) = spans("''The budget is balanced,'' Ms. Holm said.")
    assert quote.direct and quote.text == "''The budget is balanced,''"
    assert quote.speaker_text == "Ms. Holm"


def test_attribution_inside_reported_speech_is_not_a_second_quote(spans) -> None:
    (quote,) = spans("The union said the workers want higher wages.")
    assert quote.cue == "said" and quote.text == "the workers want higher wages"


def test_trailing_speech_act_is_a_quote_of_its_own(spans) -> None:
    text = "The minister said the dam was safe, adding that inspections would continue."
    first, second = spans(text)
    assert first.text == "the dam was safe" and second.cue == "adding"
    assert second.speaker_text == "The minister" and second.text.startswith("that inspections")


def test_news_agency_relays_the_ministry(spans) -> None:
    text = (
        "On Monday, Valdoria's state news agency said that the defence ministry "
        "“firmly rejects” the report."
    )
    (quote,) = spans(text)
    assert quote.speaker_text == "the defence ministry"
    # The ministry of a state nobody knows: a government agent of no named country,
    # not the agency that relays it.
    speaker = quote.speaker
    assert isinstance(speaker, Actor) and speaker.sector == "GOV" and speaker.country is None


def test_a_relative_pronoun_on_a_described_name_speaks_with_the_name(spans) -> None:
    text = "Braynard, a South Carolina native who writes fiction, said the plan would work."
    writes = next(s for s in spans(text) if s.cue == "writes")
    assert writes.speaker_text == "Braynard, a South Carolina native who"
    (approves, _) = spans("The agency that approves visas declined to comment.")
    assert approves.speaker_text == "The agency that"  # no name: the noun phrase


def test_a_question_asked_relays_no_speech_act(spans) -> None:
    text = "Public Radio asked Clinton how the “average person should view the fees?”"
    (quote,) = spans(text)
    assert quote.cue == "asked" and quote.speaker_text == "Public Radio"


def test_ministry_after_a_country_agency_is_that_government(spans) -> None:
    text = (
        "Russia's state news agency TASS said that the foreign ministry “firmly rejects” the "
        "report. The ministry also says the sanctions are illegal."
    )
    first, second = spans(text)
    for quote in (first, second):
        assert isinstance(quote.speaker, Actor) and quote.speaker.code == "RUSGOV"


def test_passive_agent_is_the_speaker(spans) -> None:
    text = "Grain prices rose sharply in March, as reported by the farmers' union."
    (quote,) = spans(text)
    assert quote.speaker_text == "the farmers' union" and quote.text.startswith("Grain prices")


def test_object_of_a_speech_verb_is_what_was_said(spans) -> None:
    (quote,) = spans("The auditor noted the missing receipts.")
    assert quote.cue == "noted" and quote.text == "the missing receipts"
    assert spans("The auditor told the board.") == ()


def test_quote_right_after_the_cue_and_a_comma(spans) -> None:
    (quote,) = spans("The chairman says, “We will not sell the club.”")
    assert quote.direct and quote.text == "“We will not sell the club.”"


def test_unnamed_document_leaves_the_sentence_its_own_speaker(spans) -> None:
    text = "The Spanish government condemned the new tariffs, according to a statement."
    sourced, condemned = spans(text)
    assert sourced.cue == "according to" and sourced.speaker_text == "a statement"
    assert condemned.cue == "condemned" and condemned.text == "the new tariffs"
    assert isinstance(condemned.speaker, Actor) and condemned.speaker.country == "ESP"


def test_words_before_a_sentence_final_cue(spans) -> None:
    text = "Those who borrow heavily struggle, even with a good job, he said."
    (quote,) = spans(text)
    assert quote.speaker_text == "he" and quote.text.startswith("Those who borrow")
    assert quote.text.endswith("good job")
    (told,) = spans("The talks will resume after the holiday, the envoy told Reuters.")
    assert told.speaker_text == "the envoy" and told.text.startswith("The talks will resume")


def test_second_half_past_an_attribution_in_the_speaker_description(spans) -> None:
    text = (
        "“Ferries are late,” said Ana Ruiz, a fisherman who sells at the market, noting that "
        "tourists “come less every year”. “Nobody plans a holiday around a broken boat.”"
    )
    said, noting = spans(text)
    assert said.cue == "said" and said.text.endswith("around a broken boat.”")
    assert noting.cue == "noting" and noting.text == "that tourists “come less every year”"


def test_first_half_before_a_described_speaker_joins_the_quote(spans) -> None:
    text = (
        '"The harbour, the market, the old school," Ms. Holm, who chairs the board, said, '
        '"all of it was built by fishermen."'
    )
    (quote,) = spans(text)
    assert quote.speaker_text == "Ms. Holm" and quote.direct
    assert quote.text.startswith('"The harbour') and quote.text.endswith('fishermen."')


def test_quote_opening_the_next_paragraph_continues_the_quote(spans) -> None:
    text = (
        "“The pier is safe,” Ana Ruiz said.\n"
        "“We expect the ferries to run again by the end of the month.”"
    )
    (quote,) = spans(text)
    assert quote.speaker_text == "Ana Ruiz" and quote.text.endswith("end of the month.”")


def test_scene_setting_words_before_a_cue_are_not_what_was_said(spans) -> None:
    assert spans("In a short speech, the mayor declared.") == ()


def test_subject_of_the_reported_clause_the_parse_hung_on_the_cue(spans) -> None:
    text = (
        "Hemsley, the co-author of a book about the port, said the days when the town had "
        '"one shared newspaper" and a radio station are gone.'
    )
    (quote,) = spans(text)
    assert quote.speaker_text == "Hemsley, the co-author of a book about the port"
    assert quote.text.startswith("the days when") and quote.text.endswith("are gone")


def test_inserted_cue_clause_the_parse_did_not_attach(spans) -> None:
    text = "In particular, Will wrote, the harbour can handle twice as many ships."
    (quote,) = spans(text)
    assert quote.cue == "wrote" and quote.speaker_text == "Will"
    assert quote.text.startswith("In particular") and quote.text.endswith("many ships")
