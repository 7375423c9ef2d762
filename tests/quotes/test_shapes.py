"""Attributions without a speech verb's subject: evidential verbs, reporting passives,
stance nouns and adjectives, light verbs and "in the poll" sources (sentences written
for these tests; one spaCy load per session, see conftest)."""

from __future__ import annotations


def test_reporting_passive_has_no_speaker(spans) -> None:
    (quote,) = spans("The harbour master is expected to resign before the summer.")
    assert quote.cue == "is expected" and quote.speaker is None
    assert quote.speaker_start is None
    assert quote.text == "The harbour master is expected to resign before the summer"


def test_passive_without_a_complement_is_no_attribution(spans) -> None:
    assert spans("The harbour master was expected.") == ()


def test_evidential_verb_sources_the_clause_to_no_one(spans) -> None:
    (quote,) = spans("The new bridge appears to be safer than the old one.")
    assert quote.cue == "appears" and quote.speaker is None
    assert quote.text.startswith("The new bridge") and quote.text.endswith("old one")


def test_evidential_verb_needs_a_complement(spans) -> None:
    assert spans("He appeared on stage at nine.") == ()
    (quote,) = spans("The plan sounds like a gamble.")
    assert quote.cue == "sounds" and quote.text == "The plan sounds like a gamble"


def test_evidential_verb_before_a_cue_verb_leaves_it_to_that_verb(spans) -> None:
    (quote,) = spans("The council seemed to acknowledge that the tariffs were too high.")
    assert quote.cue == "to acknowledge" and quote.speaker_text == "The council"
    assert quote.text == "that the tariffs were too high"


def test_stance_noun_with_an_owner(spans) -> None:
    (quote,) = spans("The mayor's claim that the budget was balanced surprised the council.")
    assert quote.cue == "claim" and quote.speaker_text == "The mayor's"
    assert quote.text == "that the budget was balanced"
    (call,) = spans("The senator renewed her call for an inquiry into the port contract.")
    # the pronoun owner stands for the subject of the verb that voices the stance again
    assert call.cue == "call for" and call.speaker_text == "The senator"
    assert call.text == "an inquiry into the port contract"


def test_stance_noun_without_owner_or_clause_is_no_attribution(spans) -> None:
    assert spans("The call lasted an hour and the claim was filed.") == ()


def test_light_verb_subject_owns_the_noun(spans) -> None:
    (quote,) = spans("The auditor made the case that the accounts were incomplete.")
    assert quote.cue == "made the case" and quote.speaker_text == "The auditor"
    assert quote.text == "that the accounts were incomplete"


def test_light_verb_clause_after_the_listeners_is_the_content(spans) -> None:
    (quote,) = spans("The auditor made the case to the board that the accounts were incomplete.")
    assert quote.cue == "made the case" and quote.speaker_text == "The auditor"
    assert quote.text == "that the accounts were incomplete"


def test_light_cue_verb_and_its_noun_are_one_attribution(spans) -> None:
    (quote,) = spans("Residents voiced complaints that the ferry was always late.")
    assert quote.cue == "voiced complaints" and quote.text == "that the ferry was always late"


def test_stance_adjective(spans) -> None:
    (quote,) = spans("The farmers' union has been critical of the new water tariffs.")
    assert quote.cue == "been critical of" and quote.speaker_text == "The farmers' union"
    assert quote.text == "the new water tariffs"
    (eager,) = spans("The governor is eager to reopen the ferry line.")
    assert eager.cue == "is eager" and eager.text == "to reopen the ferry line"
    (upbeat,) = spans("The mayor is upbeat about the new port.")
    assert upbeat.cue == "is upbeat about" and upbeat.speaker_text == "The mayor"


def test_mere_likelihood_is_the_writers_own(spans) -> None:
    assert spans("The governor is likely to reopen the ferry line.") == ()


def test_in_a_poll_sources_the_sentence(spans) -> None:
    text = "In the latest regional poll, the Green candidate leads by six points."
    (quote,) = spans(text)
    assert quote.cue == "In" and quote.speaker_text == "the latest regional poll"
    assert quote.text == "the Green candidate leads by six points"


def test_in_an_interview_the_subject_is_the_source(spans) -> None:
    text = "In an interview on Friday, the minister lingered over the coming harvest."
    (quote,) = spans(text)
    assert quote.speaker_text == "the minister" and quote.text == "lingered over the coming harvest"


def test_in_a_statement_with_a_speech_verb_is_that_verbs(spans) -> None:
    (quote,) = spans("In a statement, the ministry said the port would reopen.")
    assert quote.cue == "said" and quote.text == "the port would reopen"


def test_participle_on_a_noun_takes_the_noun_as_source(spans) -> None:
    (quote,) = spans("Local polls showing that the mayor is ahead surprised him.")
    assert quote.cue == "showing" and quote.speaker_text == "Local polls"
    assert quote.text == "that the mayor is ahead"


def test_predicate_after_the_object_is_part_of_what_was_said(spans) -> None:
    (quote,) = spans("The council described the plan as a costly mistake.")
    assert quote.cue == "described" and quote.text == "the plan as a costly mistake"


def test_cognition_verb_with_a_noun_object_is_no_attribution(spans) -> None:
    assert spans("The inspector found a crack in the dam.") == ()
    (quote,) = spans("The inspector found that the dam had a crack.")
    assert quote.cue == "found" and quote.text == "that the dam had a crack"


def test_listener_after_a_talk_verb_is_not_what_was_said(spans) -> None:
    assert spans("The mayor spoke to reporters on Tuesday.") == ()
    (quote,) = spans("The mayor spoke about the ferry strike.")
    assert quote.text == "the ferry strike" and quote.speaker_text == "The mayor"


def test_editorial_label_is_no_speaker(spans) -> None:
    assert spans("Correction: An earlier version misspelled the mayor's name.") == ()
    (quote,) = spans("Poll: Green candidate leads by six points")
    assert quote.cue == ":" and quote.speaker_text == "Poll"


def test_evidential_adverb_sources_the_clause_to_no_one(spans) -> None:
    (quote,) = spans("The talks reportedly collapsed after midnight.")
    assert quote.cue == "reportedly" and quote.speaker is None
    assert quote.text == "The talks reportedly collapsed after midnight"


def test_sequence_verb_cues_a_quotation_but_not_its_complement(spans) -> None:
    assert spans("The mayor continued to campaign in the north.") == ()
    (quote,) = spans("“We will rebuild the pier,” the mayor continued.")
    assert quote.direct and quote.cue == "continued" and quote.speaker_text == "the mayor"


def test_passive_of_a_cognition_verb_needs_a_complement(spans) -> None:
    assert spans("Two bodies were found in the harbour.") == ()
    (quote,) = spans("The ferry was found to be unsafe.")
    assert quote.cue == "was found" and quote.speaker is None


def test_passive_agent_of_an_object_verb_is_the_source(spans) -> None:
    (quote,) = spans("The plan was criticized by the farmers' union.")
    assert quote.speaker_text == "the farmers' union" and quote.text == "The plan was criticized"


def test_predicate_agent_noun_sources_its_object(spans) -> None:
    (quote,) = spans("Senator Ana Lopes is a vocal critic of the harbour tax.")
    assert quote.cue == "critic of" and quote.speaker_text == "Senator Ana Lopes"
    assert quote.text == "the harbour tax"


def test_appositive_agent_noun_sources_its_object(spans) -> None:
    found = spans("The fund is run by Mark Olsen, an early backer of the mayor.")
    (quote,) = [q for q in found if q.cue == "backer of"]
    assert quote.speaker_text == "Mark Olsen" and quote.text == "the mayor"


def test_agent_noun_without_its_object_is_no_attribution(spans) -> None:
    assert [q for q in spans("Ana Lopes is a critic.") if q.cue.startswith("critic")] == []


def test_stance_adjective_takes_a_with_object(spans) -> None:
    (quote,) = spans("The mayor was unhappy with the new budget.")
    assert quote.speaker_text == "The mayor" and quote.text == "the new budget"
    assert quote.cue == "was unhappy with"


def test_date_after_a_cue_is_not_its_content(spans) -> None:
    found = spans('"The bridge will open in June," Holm said on Monday.')
    (quote,) = found
    assert quote.speaker_text == "Holm" and quote.text.startswith('"The bridge will open')
    assert all(q.text != "Monday" for q in found)


def test_content_of_only_a_date_is_no_attribution(spans) -> None:
    assert [q for q in spans("The council voted on March 1.") if "March" in q.text] == []


def test_judging_verb_takes_its_object(spans) -> None:
    (quote,) = spans("The senator castigated the new harbour tax.")
    assert quote.cue == "castigated" and quote.speaker_text == "The senator"
    assert quote.text == "the new harbour tax"


def test_phrasal_cue_with_a_final_preposition(spans) -> None:
    (quote,) = spans("The harbour master weighed in on the new ferry timetable.")
    assert quote.cue == "weighed in on" and quote.speaker_text == "The harbour master"
    assert quote.text == "the new ferry timetable"


def test_phrasal_cue_skips_a_few_words_between_its_own(spans) -> None:
    (quote,) = spans("The senator took a few shots at her rival for the seat.")
    assert quote.cue == "took a few shots at" and quote.speaker_text == "The senator"
    assert quote.text == "her rival for the seat"
    (away,) = spans("The mayor distanced herself from the harbour plan.")
    assert away.cue == "distanced herself from" and away.text == "the harbour plan"


def test_phrasal_cue_with_a_clause(spans) -> None:
    (quote,) = spans("The minister made it clear that the port would stay open.")
    assert quote.cue == "made it clear" and quote.speaker_text == "The minister"
    assert quote.text == "that the port would stay open"


def test_phrasal_cue_with_an_unmarked_clause_hung_as_adverbial(spans) -> None:
    # The parser hangs "they would not back …" on "clear" as an adverbial clause.
    (quote,) = spans("The senators made it clear they would not back the treaty.")
    assert quote.cue == "made it clear" and quote.speaker_text == "The senators"
    assert quote.text == "they would not back the treaty"
    # … and "that the deal is dead" on "clear" as its clausal subject.
    (quote,) = spans("She has made clear that the deal is dead.")
    assert quote.cue == "made clear" and quote.speaker_text == "She"
    assert quote.text == "that the deal is dead"


def test_phrasal_cue_with_a_particle_and_an_object(spans) -> None:
    (quote,) = spans("The governor shrugged off the criticism from the unions.")
    assert quote.cue == "shrugged off" and quote.text == "the criticism from the unions"


def test_phrasal_verb_without_its_words_is_no_attribution(spans) -> None:
    assert spans("The senator took the ferry to the island.") == ()
    assert spans("The workers made the bridge stronger.") == ()


def test_sourcing_document_after_the_clause(spans) -> None:
    text = "The Green candidate leads the mayor by eight points in the latest survey."
    (quote,) = spans(text)
    assert quote.cue == "in" and quote.speaker_text == "the latest survey"
    assert quote.text == "The Green candidate leads the mayor by eight points"
    assert [q for q in spans("The mayor spent the winter in the harbour.")] == []


def test_verbs_of_putting_into_words_and_judging(spans) -> None:
    (quote,) = spans("The senator lambasted the harbour tax on Monday.")
    assert quote.cue == "lambasted" and quote.text == "the harbour tax"
    (invoked,) = spans("The mayor invoked the old town charter.")
    assert invoked.speaker_text == "The mayor" and invoked.text == "the old town charter"
    (clarified,) = spans("The minister clarified that the port would reopen.")
    assert clarified.cue == "clarified" and clarified.text == "that the port would reopen"


def test_decision_takes_its_infinitive(spans) -> None:
    (quote,) = spans("The council decided to close the ferry line.")
    assert quote.speaker_text == "The council" and quote.text == "to close the ferry line"


def test_speculation_noun_and_leaning_adjective(spans) -> None:
    (quote,) = spans("There was speculation that the mayor would resign.")
    assert quote.cue == "speculation" and quote.text == "that the mayor would resign"
    (leaning,) = spans("The farmers are inclined to back the harbour tax.")
    assert leaning.speaker_text == "The farmers" and leaning.text == "to back the harbour tax"


def test_phrasal_cue_of_a_cue_verb_that_finds_nothing_alone(spans) -> None:
    (quote,) = spans("The union has not called for him to resign.")
    assert quote.cue == "called for" and quote.text == "him to resign"
    (pointed,) = spans("As proof, the mayor pointed to the rising ferry fares.")
    assert pointed.cue == "pointed to" and pointed.text == "the rising ferry fares"


def test_conjoined_evidential_verb_shares_the_subject(spans) -> None:
    text = "The mayor held a wide lead and appeared poised to win the vote."
    (quote,) = spans(text)
    assert quote.cue == "appeared" and quote.speaker is None
    assert quote.text == "The mayor held a wide lead and appeared poised to win the vote"


def test_judging_passive_with_a_predicate_noun(spans) -> None:
    (quote,) = spans("The harbour is considered an asset for the town.")
    assert quote.cue == "is considered" and quote.speaker is None
    assert quote.text == "The harbour is considered an asset for the town"
    assert spans("The ferry was proved a failure.") == ()


def test_light_verb_with_words_aimed_at_something(spans) -> None:
    (quote,) = spans("The senator had harsh words for the harbour board.")
    assert quote.speaker_text == "The senator" and quote.text == "the harbour board"
    assert quote.cue.startswith("had") and quote.cue.endswith("words for")
    (mention,) = spans("The mayor made no mention of the ferry strike.")
    assert mention.speaker_text == "The mayor" and mention.text == "the ferry strike"


def test_phrasal_cue_around_the_verbs_object(spans) -> None:
    (quote,) = spans("The mayor ruled the idea out.")
    assert quote.cue == "ruled the idea out" and quote.text == "the idea"
    (away,) = spans("The mayor distanced herself from the harbour plan.")
    assert away.text == "the harbour plan"


def test_fronted_to_names_whose_view_the_sentence_is(spans) -> None:
    (quote,) = spans("To many voters, the harbour tax was a betrayal.")
    assert quote.cue == "To" and quote.speaker_text == "many voters"
    assert quote.text == "the harbour tax was a betrayal"
    assert spans("To date, the ferry has been late every week.") == ()
    (said,) = spans("To that, the mayor said the ferry was fine.")
    assert said.cue == "said" and said.speaker_text == "the mayor"


def test_phrasal_cue_of_thinking_or_joking_about_something(spans) -> None:
    (quote,) = spans("The mayor worried about the ferry fares.")
    assert quote.cue == "worried about" and quote.speaker_text == "The mayor"
    assert quote.text == "the ferry fares"
    (hint,) = spans("The senator hinted at a run for governor.")
    assert hint.cue == "hinted at" and hint.text == "a run for governor"


def test_verbs_of_musing_and_balking(spans) -> None:
    (quote,) = spans("The mayor pondered whether the ferry should run at night.")
    assert quote.cue == "pondered" and quote.text == "whether the ferry should run at night"
    (balked,) = spans("The council balked at the cost of the new pier.")
    assert balked.cue == "balked at" and balked.text == "the cost of the new pier"


def test_a_stance_a_pronoun_owns_is_voiced_by_the_subject_of_its_verb(spans) -> None:
    (claim,) = spans("The mayor withdrew his claim that the port was safe.")
    assert claim.cue == "claim" and claim.text == "that the port was safe"
    assert claim.speaker_text == "The mayor"  # not "his"
    (call,) = spans("The council dropped its call for a new bridge.")
    assert call.speaker_text == "The council" and call.text == "a new bridge"


def test_a_passive_agent_the_parse_hung_further_on_is_the_source(spans) -> None:
    text = "The mayor was declared the winner in three wards by the election board."
    (quote,) = spans(text)
    assert quote.speaker_text == "the election board"
    assert quote.text == "The mayor was declared the winner in three wards"
    # "by 2020" names when, not who
    (plan,) = spans("The plan was expected to pass by 2020.")
    assert plan.speaker_start is None


def test_judging_passive_with_the_reason_or_charge_it_names(spans) -> None:
    (criticized,) = spans("The mayor has been criticized for closing the harbour early.")
    assert criticized.cue == "has been criticized" and criticized.speaker is None
    assert criticized.text == "The mayor has been criticized for closing the harbour early"
    (charged,) = spans("A council clerk was charged with fraud last week.")
    assert charged.cue == "was charged" and charged.text.startswith("A council clerk")


def test_what_an_apology_is_for_is_the_content_and_to_whom_is_not(spans) -> None:
    (quote,) = spans("The senator apologized for the remarks.")
    assert quote.cue == "apologized for" and quote.text == "the remarks"
    assert spans("The senator apologized to the voters.") == ()


def test_a_poll_the_parse_hung_on_the_clauses_object_frames_the_clause(spans) -> None:
    text = "The mayor held a ten-point lead over his rival among older voters in a Gazette poll."
    (quote,) = spans(text)
    assert quote.cue == "in" and quote.speaker_text == "a Gazette poll"
    assert quote.text == "The mayor held a ten-point lead over his rival among older voters"
    # a phrase right after its noun is that noun's
    assert spans("The mayor forced a change in the party platform last spring.") == ()


def test_a_counted_share_answering_in_a_poll_is_the_polls_finding(spans) -> None:
    text = "In a Gazette poll released Monday, 31% of voters said they backed the harbour plan."
    (quote,) = spans(text)
    assert quote.cue == "In" and quote.speaker_text == "a Gazette poll released Monday"
    assert quote.text == "31% of voters said they backed the harbour plan"


def test_pronoun_owning_a_stance_in_a_predicate_stands_for_its_subject(spans) -> None:
    quotes = spans("The governors were unsparing in their criticism of the new tariffs.")
    assert [q.speaker_text for q in quotes] == ["The governors"]


def test_stance_held_among_a_group_is_the_groups_when_it_states_a_clause(spans) -> None:
    (quote,) = spans("There is a sense among some farmers that he might be winning them in Iowa.")
    assert quote.cue == "sense" and quote.speaker_text == "some farmers"
    assert quote.text == "that he might be winning them in Iowa"
    (quote,) = spans(
        "They were emblematic of the feeling among many Americans that the country is "
        "sliding away from its values."
    )
    assert quote.speaker_text == "many Americans"


def test_group_without_a_stated_clause_owns_no_stance(spans) -> None:
    assert spans("There was criticism among teachers of the new rules.") == ()


def test_holding_back_a_stance_is_voicing_it(spans) -> None:
    (quote,) = spans("The council avoided all mention of the deficit.")
    assert quote.cue == "avoided all mention of" and quote.speaker_text == "The council"
    assert quote.text == "the deficit"


def test_light_verb_participle_takes_its_doer_from_the_clause(spans) -> None:
    (quote,) = spans("The governor toured the plant, offering dire warnings about the new tariffs.")
    assert quote.cue == "offering dire warnings about"
    assert quote.speaker_text == "The governor" and quote.text == "the new tariffs"


def test_a_thing_given_or_a_controlled_light_verb_borrows_no_doer(spans) -> None:
    assert spans("The win in Iowa boosted the senator, giving him a big shot of momentum.") == ()
    assert (
        spans("The mayor, who needs to make new appeals to young voters, toured the plant.") == ()
    )


def test_stance_a_doer_acts_in_or_under_is_the_doers(spans) -> None:
    (quote,) = spans(
        "He avoided alienating voters in hopes that the two newcomers would flame out."
    )
    assert quote.cue == "hopes" and quote.speaker_text == "He"
    assert quote.text == "that the two newcomers would flame out"
    (quote,) = spans(
        "Her team has been operating under the assumption that the bridge will reopen."
    )
    assert quote.speaker_text == "Her team" and quote.text == "that the bridge will reopen"


def test_agentless_supposed_to_states_an_obligation_not_a_report(spans) -> None:
    assert spans("All releasable emails are supposed to be made public by Jan. 29.") == ()
    (quote,) = spans("The harbour master is expected to resign before the summer.")
    assert quote.cue == "is expected"
