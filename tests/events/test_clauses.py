"""Which clauses give events of their own: time and condition clauses, the content of a demand
told by its object noun, statements that only report another event, names that denounce.
Sentences written for these tests; actors from the packaged resolver."""

from __future__ import annotations

import pytest

from newsgraph.records import Article, Event

Dyad = tuple[str | None, str | None, str | None]


def extract(tools, text: str) -> tuple[Event, ...]:
    parser, resolver, extractor = tools
    parsed = parser.parse([Article(key="k", id="t", origin="test", text=text)])[0]
    return extractor.extract(parsed, resolver.resolve(parsed))


def country(actor) -> str | None:
    return None if actor is None else (actor.country or actor.org)


def dyads(events: tuple[Event, ...]) -> list[Dyad]:
    return sorted(((e.plover, country(e.source), country(e.target)) for e in events), key=repr)


def test_when_clause_is_background(tools) -> None:
    text = "Syrian troops shelled the town when Turkish soldiers attacked Iraq."
    found = dyads(extract(tools, text))
    assert ("ASSAULT", "TUR", "IRQ") not in found
    assert any(source == "SYR" for _, source, _ in found)


def test_when_clause_alone_is_still_coded(tools) -> None:
    text = "Officials said it happened when Turkish soldiers attacked Iraq."
    assert ("ASSAULT", "TUR", "IRQ") in dyads(extract(tools, text))


def test_clause_of_a_demanded_noun_is_its_content(tools) -> None:
    text = "Poland demanded an admission by Moscow that Soviet forces killed Polish officers."
    assert dyads(extract(tools, text)) == [("REQUEST", "POL", "RUS")]


def test_clause_of_a_rejected_claim_stays_a_denied_event(tools) -> None:
    text = "Russia rejected claims that its troops attacked Georgia."
    events = extract(tools, text)
    assert any(e.plover == "ASSAULT" and e.mode == "denied" for e in events)


def test_demand_noun_clause_names_the_target(tools) -> None:
    text = "The United Nations reiterated its demand that Israel ease restrictions."
    assert ("REQUEST", "UN", "ISR") in dyads(extract(tools, text))


def test_prepositional_demand_clause_names_the_target(tools) -> None:
    text = "Kenyan rebels insisted on their demands that Uganda grant them more rights."
    assert ("REQUEST", "KEN", "UGA") in dyads(extract(tools, text))


def test_announcing_an_event_noun_is_that_event_only(tools) -> None:
    found = dyads(extract(tools, "Italy announced a suspension of air links with Serbia."))
    assert found == [("SANCTION", "ITA", "SRB")]


def test_statement_that_an_event_is_about_is_its_topic(tools) -> None:
    found = dyads(extract(tools, "Germany welcomed the latest statement by Japan."))
    assert found == [("SUPPORT", "DEU", "JPN")]


@pytest.mark.parametrize(
    "text",
    [
        "Iran called the United States a terrorist state.",
        "Iran described the United States as an aggressor.",
        "Iran branded the United States an occupying army.",
    ],
)
def test_calling_someone_a_name_denounces_them(tools, text: str) -> None:
    assert dyads(extract(tools, text)) == [("ACCUSE", "IRN", "USA")]


def test_phone_call_is_still_a_call(tools) -> None:
    assert ("CONSULT", "FRA", "DEU") in dyads(extract(tools, "France called Germany."))


def test_what_is_agreed_is_not_coded_apart(tools) -> None:
    text = "Jordan and Britain agreed to undertake joint military exercises."
    assert dyads(extract(tools, text)) == [("AGREE", "GBR", None), ("AGREE", "JOR", None)]


def test_agreeing_to_offer_aid_is_the_offer(tools) -> None:
    text = "North Korea and Russia agreed to offer each other military assistance."
    events = extract(tools, text)
    assert {e.cameo for e in events} == {"033"}
    assert dyads(events) == [("AGREE", "PRK", None), ("AGREE", "RUS", None)]


def test_participle_on_an_event_noun_is_the_clause_subjects_act(tools) -> None:
    text = "Iran demanded the withdrawal of American forces, calling them an occupying army."
    found = dyads(extract(tools, text))
    assert ("ACCUSE", "IRN", None) in found or ("ACCUSE", "IRN", "USA") in found
    assert all(source != "USA" for _, source, _ in found)


def test_clause_of_a_denounced_declaration_stays_an_event(tools) -> None:
    text = "Iran denounced the NATO declaration condemning Iranian weapons exports to Russia."
    found = dyads(extract(tools, text))
    assert ("ACCUSE", "IRN", "NATO") in found
    assert ("ACCUSE", "NATO", "IRN") in found


def test_event_noun_after_following_is_background(tools) -> None:
    text = "Kenya, following the peace deal with Somalia, praised Ethiopia."
    found = dyads(extract(tools, text))
    assert ("SUPPORT", "KEN", "ETH") in found
    assert all(target != "SOM" for _, _, target in found)


def test_apposition_of_an_argument_is_the_same_argument(tools) -> None:
    text = "Albania denounced as an ugly crime Serbia's suppression of the protests."
    assert all(plover != "COERCE" for plover, _, _ in dyads(extract(tools, text)))


def test_aim_of_a_protest_is_not_coded_apart(tools) -> None:
    text = "Chechen refugees continued a hunger strike in protest of the Russian refusal to talk."
    found = dyads(extract(tools, text))
    assert all(plover == "PROTEST" for plover, _, _ in found)


def test_clause_of_a_demand_noun_is_its_content(tools) -> None:
    text = "France said it would not meet the rebels' demands to release prisoners in Mali."
    assert all(plover != "RETREAT" for plover, _, _ in dyads(extract(tools, text)))


def test_issuing_a_reminder_is_a_demand(tools) -> None:
    text = "France issued a stern reminder to Iraq that it must cooperate with inspectors."
    assert dyads(extract(tools, text)) == [("REQUEST", "FRA", "IRQ")]


def test_denied_allegation_keeps_its_event(tools) -> None:
    text = "Pyongyang has repeatedly denied allegations that it is shipping weapons to Moscow."
    events = extract(tools, text)
    assert any(
        e.plover == "AID" and e.mode == "denied" and country(e.target) == "RUS" for e in events
    )


def test_an_act_that_raises_a_threat_does_not_make_it(tools) -> None:
    text = "China's support increased the threat Russia poses to Europe."
    assert all(
        not (plover == "THREATEN" and source == "CHN")
        for plover, source, _ in dyads(extract(tools, text))
    )
