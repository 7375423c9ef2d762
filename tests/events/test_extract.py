"""Event extraction on sentences written for these tests: arguments, reciprocity, modes.

One spaCy load per module. Actors are the packaged actor resolver's; the sentences
use country names it resolves, so a failure here points at event coding.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.events.modes import ModeCues
from newsgraph.records import Article, Event

Dyad = tuple[str | None, str | None, str | None]


def extract(tools, text: str, published: str | None = None, date_of=None) -> tuple[Event, ...]:
    parser, resolver, extractor = tools
    article = Article(key="k", id="t", origin="test", text=text, published=published)
    parsed = parser.parse([article])[0]
    dct = date.fromisoformat(published) if published else None
    found = extractor.extract(parsed, resolver.resolve(parsed), date_of, dct)
    for event in found:  # evidence always points at the sentence it quotes
        for evidence in event.evidence:
            assert text[evidence.start : evidence.end] == evidence.sentence
    return found


def country(actor) -> str | None:
    return None if actor is None else (actor.country or actor.org)


def dyads(events: tuple[Event, ...]) -> set[Dyad]:
    return {(e.plover, country(e.source), country(e.target)) for e in events}


# -- where the target is -------------------------------------------------------------------


def test_direct_object_target(tools) -> None:
    assert ("ACCUSE", "FRA", "BRA") in dyads(extract(tools, "France condemned Brazil."))


def test_dative_target(tools) -> None:
    found = dyads(extract(tools, "Norway will give Kenya a loan of ten million dollars."))
    assert ("AGREE", "NOR", "KEN") in found


def test_particle_phrase_target_in_complement(tools) -> None:
    found = extract(tools, "Peru has offered to hand over to Chile two suspects.")
    assert ("AGREE", "PER", "CHL") in dyads(found)


def test_prepositional_target_through_complement_chain(tools) -> None:
    text = "Canada has promised to continue military aid to Ghana."
    assert ("AGREE", "CAN", "GHA") in dyads(extract(tools, text))


def test_target_nested_as_possessor_of_the_object(tools) -> None:
    text = "The Dutch government praised Sweden's latest statement on fishing."
    assert ("SUPPORT", "NLD", "SWE") in dyads(extract(tools, text))


def test_target_nested_as_modifier_of_a_prepositional_object(tools) -> None:
    text = "Egypt has agreed to Turkish mediation in the border dispute."
    assert ("AGREE", "EGY", "TUR") in dyads(extract(tools, text))


def test_target_nested_in_a_place_phrase(tools) -> None:
    text = "Helicopters from Italy evacuated the wounded from the besieged Libyan town of Sirte."
    found = extract(tools, text)
    assert any(country(e.target) == "LBY" for e in found)


def test_owner_of_an_act_is_the_target_not_the_act_recipient(tools) -> None:
    # "condemned X's exports to Y": the condemnation is aimed at X; the exports go to Y.
    found = dyads(extract(tools, "Japan condemned Iran's weapons exports to Syria."))
    assert ("ACCUSE", "JPN", "IRN") in found
    assert ("ACCUSE", "JPN", "SYR") not in found
    # The condemned act is the content of the accusation, not coded again (PLOVER gold codes
    # "complained over X's air raids" as one ACCUSE).
    assert ("AID", "IRN", "SYR") not in found


def test_praised_act_is_still_coded(tools) -> None:
    found = dyads(extract(tools, "Japan praised Iran's release of the Syrian prisoners."))
    assert ("SUPPORT", "JPN", "IRN") in found
    assert any(plover == "RETREAT" and src == "IRN" for plover, src, _ in found)


def test_passive_agent_is_the_source(tools) -> None:
    found = dyads(extract(tools, "Chile was criticised by Argentina on Monday."))
    assert ("ACCUSE", "ARG", "CHL") in found


def test_subject_of_a_demanded_clause_is_the_target(tools) -> None:
    found = dyads(extract(tools, "Poland demanded that Belarus release the journalists."))
    assert ("REQUEST", "POL", "BLR") in found


def test_obligation_in_reported_speech_is_a_demand(tools) -> None:
    found = extract(tools, "Poland said on Tuesday that Hungary must return the stolen paintings.")
    assert ("REQUEST", "POL", "HUN") in dyads(found)
    # the obligation is the content of the demand, not a second event
    assert all(e.plover != "RETREAT" for e in found)


def test_event_noun_takes_the_controlling_subject(tools) -> None:
    text = "Germany decided to review its support for Ukraine's army."
    found = dyads(extract(tools, text))
    assert ("SUPPORT", "DEU", "UKR") in found
    # Under a request the clause is the request's content and is not coded on its own.
    text = "The ministers urged Germany to review its support for Ukraine's army."
    assert {p for p, _, _ in dyads(extract(tools, text))} == {"REQUEST"}


# -- reciprocal events ---------------------------------------------------------------------


def test_reciprocal_compound_subject_gives_each_party_without_recipient(tools) -> None:
    found = extract(tools, "Spain and Portugal signed a fisheries treaty on Friday.")
    assert dyads(found) == {("SUPPORT", "ESP", None), ("SUPPORT", "PRT", None)}


def test_reciprocal_meeting_partner_is_also_an_actor(tools) -> None:
    found = dyads(extract(tools, "Kenya held talks with Uganda on Monday."))
    assert ("CONSULT", "KEN", None) in found and ("CONSULT", "UGA", None) in found
    assert ("CONSULT", "KEN", "UGA") not in found


def test_agreeing_on_a_deal_is_agree_signing_it_support(tools) -> None:
    agreed = dyads(extract(tools, "Chile and Peru have agreed upon a new trade pact."))
    assert agreed == {("AGREE", "CHL", None), ("AGREE", "PER", None)}


# -- what is coded once --------------------------------------------------------------------


def test_rejected_request_is_one_event(tools) -> None:
    found = extract(tools, "Ghana rejected a Nigerian request for new talks.")
    assert dyads(found) == {("REJECT", "GHA", "NGA")}


def test_protest_purpose_is_not_a_separate_demand(tools) -> None:
    text = "Thousands of Chilean students demonstrated in Santiago calling for free education."
    plovers = {e.plover for e in extract(tools, text)}
    assert "PROTEST" in plovers and "REQUEST" not in plovers


def test_background_event_noun_is_not_coded(tools) -> None:
    text = "Mali declared a ceasefire after two weeks of battles with Niger."
    found = extract(tools, text)
    assert {e.plover for e in found} == {"RETREAT"}


def test_sentence_without_actors_keeps_one_event(tools) -> None:
    found = extract(tools, "A car bomb exploded near the market, killing four people.")
    assert len(found) == 1 and found[0].source is None and found[0].target is None


# -- modes ---------------------------------------------------------------------------------


def test_refusing_by_negation_is_a_rejection(tools) -> None:
    (event,) = [
        e for e in extract(tools, "Cuba will not lift the ban on imports.") if e.root == "12"
    ]
    assert event.plover == "REJECT" and event.mode == "asserted"


def test_failed_to_reach_agreement_is_a_rejection(tools) -> None:
    text = "Serbia and Kosovo failed to reach an agreement on Sunday."
    assert {e.plover for e in extract(tools, text)} == {"REJECT"}


def test_hypothetical_future_denied_and_reported(tools) -> None:
    maybe = extract(tools, "Analysts said Russia may provide Syria with weapons.")
    assert any(e.mode == "hypothetical" and country(e.target) == "SYR" for e in maybe)
    future = extract(tools, "Officials said Iraq would impose sanctions on Kuwait.")
    # an announced conflictual act is a threat (CAMEO 13, PLOVER THREATEN)
    assert any(e.mode == "future" and e.plover == "THREATEN" for e in future)
    denied = extract(tools, "Iran denied reports that it is sending drones to Russia.")
    assert any(
        e.mode == "denied" and country(e.claimant) == "IRN" and country(e.target) == "RUS"
        for e in denied
    )
    reported = extract(tools, "Kenya said Somalia attacked its border posts.")
    assert any(e.mode == "reported" and country(e.claimant) == "KEN" for e in reported)


def test_according_to_names_the_claimant(tools) -> None:
    # The extractor reads "according to X" itself (spaCy lemmatises the word as "accord").
    found = extract(tools, "Chad attacked Sudan, according to Egypt.")
    assert [(e.plover, e.mode, country(e.claimant)) for e in found] == [
        ("ASSAULT", "reported", "EGY")
    ]


def test_statement_a_report_comes_from_is_not_an_event(tools) -> None:
    text = "Peru condemned the raids, according to a statement on the Chilean government website."
    assert {e.plover for e in extract(tools, text)} == {"ACCUSE"}


def test_dates_from_the_time_layer_and_history(tools) -> None:
    text = "Belgium expelled two Russian diplomats."
    dated = extract(tools, text, "2024-05-10", lambda trigger: ("1999-03", "month"))
    assert dated and all(e.date == "1999-03" and e.mode == "historical" for e in dated)
    recent = extract(tools, text, "2024-05-10", lambda trigger: ("2024-05-09", "day"))
    assert recent and all(e.mode == "asserted" for e in recent)


# -- argument nouns and joint actions ------------------------------------------------------


def test_quantity_object_is_read_through_its_of_phrase(tools) -> None:
    found = dyads(extract(tools, "Sweden sent two tons of medicine to Yemen."))
    assert ("AID", "SWE", "YEM") in found


def test_several_parties_drilling_together_is_a_joint_exercise(tools) -> None:
    found = dyads(extract(tools, "Greek and Egyptian warships launched naval drills on Monday."))
    assert found == {("COOPERATE", "GRC", None), ("COOPERATE", "EGY", None)}


def test_considering_an_action_is_not_doing_it(tools) -> None:
    (event,) = extract(tools, "Japan is considering sending aid to Nepal.")
    assert event.cameo == "014" and event.source is not None and event.source.country == "JPN"


def test_mediation_effort_between_parties(tools) -> None:
    text = "Qatar launched a mediation effort between Sudan and Chad on Saturday."
    found = dyads(extract(tools, text))
    assert {("CONSULT", "QAT", "SDN"), ("CONSULT", "QAT", "TCD")} <= found


def test_event_in_a_relative_clause_is_background(tools) -> None:
    text = "Fiji rebels, who had kidnapped the minister, said they will release him."
    plovers = {e.plover for e in extract(tools, text)}
    assert "ASSAULT" not in plovers and "AGREE" in plovers


def test_infinitive_of_purpose_or_plan_is_background(tools) -> None:
    text = "Kenya demanded that Uganda cancel its plans to sell tanks to Sudan."
    found = dyads(extract(tools, text))
    assert ("REQUEST", "KEN", "UGA") in found
    assert all(plover != "AID" for plover, _, _ in found)


def test_result_clause_restating_the_attack_is_one_event(tools) -> None:
    text = "Ethiopian troops shelled the Somali town of Baidoa, killing twenty people."
    assert [e.plover for e in extract(tools, text)] == ["ASSAULT"]


def test_calling_for_sanctions_against_someone_is_disapproval(tools) -> None:
    found = dyads(extract(tools, "Kenya called for sanctions against Sudan on Monday."))
    assert ("ACCUSE", "KEN", "SDN") in found


def test_speech_verb_only_reports_its_clause(tools) -> None:
    found = extract(tools, "Nigeria announced that it has called off the planned strike.")
    assert [(e.plover, e.mode, country(e.claimant)) for e in found] == [
        ("CONCEDE", "reported", "NGA")
    ]


def test_pronoun_owned_subject_refers_to_the_speaker(tools) -> None:
    text = "Armenia said on Tuesday that its forces had completed their withdrawal from Georgia."
    found = extract(tools, text)
    assert any(e.plover == "RETREAT" and country(e.source) == "ARM" for e in found)


# -- round 2: category classes ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian troops captured a rebel stronghold near the border after days of fighting.",
        "Somali forces retook the town from the militants on Sunday.",
    ],
)
def test_taking_a_place_in_combat_is_assault(tools, text: str) -> None:
    assert "ASSAULT" in {e.plover for e in extract(tools, text)}
    assert "COERCE" not in {e.plover for e in extract(tools, text)}


def test_annexing_territory_stays_occupation(tools) -> None:
    assert "COERCE" in {e.plover for e in extract(tools, "Armenia annexed the disputed territory.")}


def test_host_is_directional(tools) -> None:
    text = "The French president hosted the Kenyan president in Paris for an informal meeting."
    assert dyads(extract(tools, text)) == {("CONSULT", "FRA", "KEN")}


def test_welcome_given_to_a_visitor_is_hosting(tools) -> None:
    text = "The Kenyan president gave a warm welcome to the French prime minister."
    assert ("CONSULT", "KEN", "FRA") in dyads(extract(tools, text))


def test_telephone_call_has_two_parties(tools) -> None:
    text = "The Kenyan president telephoned the French president on Monday."
    assert dyads(extract(tools, text)) == {("CONSULT", "KEN", None), ("CONSULT", "FRA", None)}


def test_sharing_intelligence_is_directional(tools) -> None:
    text = "Kenya has shared intelligence with France about the smuggling network."
    assert ("COOPERATE", "KEN", "FRA") in dyads(extract(tools, text))


def test_exchanging_intelligence_is_mutual(tools) -> None:
    text = "Kenya exchanged intelligence with France."
    assert dyads(extract(tools, text)) == {("COOPERATE", "KEN", None), ("COOPERATE", "FRA", None)}


def test_opposing_a_plan_is_rejection(tools) -> None:
    found = dyads(extract(tools, "Kenya opposed the deployment of French troops."))
    assert any(plover == "REJECT" and src == "KEN" for plover, src, _ in found)
    assert all(plover not in ("ACCUSE", "MOBILIZE") for plover, _, _ in found)


def test_stative_participle_keeps_its_subject_as_source(tools) -> None:
    found = dyads(extract(tools, "Kenya is opposed to French mediation in the dispute."))
    assert ("REJECT", "KEN", "FRA") in found


def test_ordering_a_paper_to_close_is_coercion(tools) -> None:
    text = "The Kenyan government ordered the opposition newspaper to suspend publication."
    assert [e.plover for e in extract(tools, text)] == ["COERCE"]


def test_forcing_someone_to_leave_is_coercion(tools) -> None:
    found = dyads(extract(tools, "Kenya forced the French journalists to leave the country."))
    assert any(plover == "COERCE" and src == "KEN" for plover, src, _ in found)


def test_ordering_own_troops_out_is_not_expulsion(tools) -> None:
    found = extract(tools, "Kenya ordered its troops to leave Somalia.")
    assert "COERCE" not in {e.plover for e in found}


def test_ordered_act_is_coded_as_the_act_of_the_orderer(tools) -> None:
    found = dyads(extract(tools, "Kenya ordered the arrest of the French journalist."))
    assert ("COERCE", "KEN", "FRA") in found
    assert all(plover != "REQUEST" for plover, _, _ in found)


def test_order_with_a_clause_stays_a_demand(tools) -> None:
    found = dyads(extract(tools, "Kenya ordered Uganda to release the prisoners."))
    assert ("REQUEST", "KEN", "UGA") in found


def test_event_noun_inside_another_event_noun_is_its_topic(tools) -> None:
    text = "Kenya rejected French mediation in the negotiations with Uganda."
    found = dyads(extract(tools, text))
    assert all(plover != "CONSULT" for plover, _, _ in found)


def test_mode_cues_require_the_embedding_fields(tmp_path) -> None:
    from newsgraph.events.modes import ModeCuesError

    packaged = (Path(__file__).parents[2] / "src/newsgraph/events/data/modes.yaml").read_text()
    broken = tmp_path / "modes.yaml"
    broken.write_text(
        "\n".join(line for line in packaged.splitlines() if not line.startswith("causative_verbs"))
    )
    with pytest.raises(ModeCuesError, match="causative_verbs"):
        ModeCues.parse(broken.read_text(), str(broken))
    assert "order" in ModeCues.load().causative_verbs
    assert "oppose" in ModeCues.load().stative_participles


def test_source_is_the_actor_the_subject_belongs_to(tools) -> None:
    assert ("AID", "KEN", "UGA") in dyads(
        extract(tools, "Doctors from Kenya donated medicine to Uganda.")
    )


def test_opponents_are_not_the_source(tools) -> None:
    found = extract(tools, "Protesters against Israel marched in London.")
    assert all(country(e.source) != "ISR" for e in found)


def test_forcing_an_organisation_out_is_an_expulsion(tools) -> None:
    found = dyads(extract(tools, "Kenya ordered the French aid agency to leave the country."))
    assert ("SANCTION", "KEN", "FRA") in found


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Kenya demanded that France refuse to recognise Somalia.", "REQUEST", "REJECT"),
        ("Kenya demanded that France match Germany's support for Uganda.", "REQUEST", "SUPPORT"),
        ("Kenya accused France of ignoring the treaty with Uganda.", "ACCUSE", "REJECT"),
        ("Kenya threatened to strike unless Uganda lifted the curfew.", "THREATEN", "CONCEDE"),
    ],
)
def test_content_of_a_demand_or_accusation_is_not_an_event(
    tools, text: str, kept: str, dropped: str
) -> None:
    found = {e.plover for e in extract(tools, text)}
    assert kept in found
    assert dropped not in found


def test_protest_is_aimed_at_what_its_purpose_names(tools) -> None:
    text = "Kenyan students began a hunger strike to protest against Uganda's decision."
    assert ("PROTEST", "KEN", "UGA") in dyads(extract(tools, text))


def test_threat_is_aimed_at_the_subject_of_its_condition(tools) -> None:
    text = "Kenya threatened to close the border unless Uganda withdrew its troops."
    found = dyads(extract(tools, text))
    assert any(p == "THREATEN" and s == "KEN" and t == "UGA" for p, s, t in found)


def test_event_whose_target_is_its_source_is_kept(tools) -> None:
    found = extract(tools, "Iraqi Kurds demonstrated in Kirkuk calling for independence from Iraq.")
    assert "PROTEST" in {e.plover for e in found}


def test_event_noun_under_about_is_a_topic(tools) -> None:
    text = "Kenya shared intelligence with France about contacts between Somalia and Uganda."
    assert {e.plover for e in extract(tools, text)} == {"COOPERATE"}


def test_subjectless_gerund_qualifying_a_noun_is_a_topic(tools) -> None:
    text = "Kenyan students protested against the decision of sending troops to Somalia."
    assert "AID" not in {e.plover for e in extract(tools, text)}
    assert "MOBILIZE" not in {e.plover for e in extract(tools, text)}


def test_aimed_fire_at_targets_in_a_place_targets_that_place(tools) -> None:
    found = dyads(extract(tools, "Kenyan tanks fired shells at targets in Somalia."))
    assert ("ASSAULT", "KEN", "SOM") in found
