"""Where arguments sit beyond the plain subject and object, and who a pronoun subject of a
reported event is. Sentences written for these tests; actors from the packaged resolver."""

from __future__ import annotations

from importlib import resources

import pytest

from newsgraph.events.modes import ModeCues, ModeCuesError
from newsgraph.records import Article, Event


def extract(tools, text: str) -> tuple[Event, ...]:
    parser, resolver, extractor = tools
    parsed = parser.parse([Article(key="k", id="t", origin="test", text=text)])[0]
    return extractor.extract(parsed, resolver.resolve(parsed))


def country(actor) -> str | None:
    return None if actor is None else (actor.country or actor.org)


def event(found: tuple[Event, ...], trigger: str) -> Event:
    matching = [e for e in found if e.evidence[0].trigger == trigger]
    assert matching, [e.evidence[0].trigger for e in found]
    return matching[0]


# -- targets -------------------------------------------------------------------------------


def test_target_through_a_participle_on_the_object(tools) -> None:
    lifted = event(extract(tools, "The United States lifted a travel ban imposed on Cuba."), "lift")
    assert country(lifted.target) == "CUB"


def test_place_of_the_event_yields_to_the_pattern_phrase(tools) -> None:
    text = "Kenyan lawyers filed a lawsuit in a Paris court against Uganda."
    assert country(event(extract(tools, text), "file").target) == "UGA"


def test_place_is_the_target_when_nothing_else_is_named(tools) -> None:
    text = "Police arrested dozens of students in Kenya."
    assert country(event(extract(tools, text), "arrest").target) == "KEN"


def test_indirect_object_of_the_verb_is_the_target_of_its_event_noun(tools) -> None:
    warning = event(extract(tools, "Germany gave Iran a stern warning."), "warning")
    assert (country(warning.source), country(warning.target)) == ("DEU", "IRN")


def test_directional_phrase_of_the_verb_is_the_target_of_its_event_noun(tools) -> None:
    text = "Nigeria announced the deployment of troops to Liberia."
    deployment = event(extract(tools, text), "deployment")
    assert (country(deployment.source), country(deployment.target)) == ("NGA", "LBR")


def test_owner_of_the_act_is_the_target_not_the_weapons_it_concerns(tools) -> None:
    text = "Canada condemned Iran's exports of artillery shells and ballistic missiles."
    found = [e for e in extract(tools, text) if e.evidence[0].trigger == "condemn"]
    assert [(country(e.source), country(e.target)) for e in found] == [("CAN", "IRN")]


def test_aid_is_aimed_at_whom_its_purpose_clause_names(tools) -> None:
    text = "Japan gave ten million dollars to help Haiti recover from the storm."
    given = event(extract(tools, text), "give")
    assert (given.plover, country(given.target)) == ("AID", "HTI")


def test_actor_named_as_an_example_of_the_object_is_the_target(tools) -> None:
    urged = event(extract(tools, "France urged partners like Japan to impose sanctions."), "urge")
    assert country(urged.target) == "JPN"


# -- a pronoun subject of a reported event -------------------------------------------------


def test_pronoun_resolved_to_the_speaker_is_named_as_the_speaker(tools) -> None:
    visit = event(extract(tools, "Merkel said she would visit Poland in May."), "visit")
    assert visit.source is not None and visit.source.text == "Merkel"
    assert country(visit.target) == "POL"


def test_speaker_announcing_its_own_act_is_its_source(tools) -> None:
    boycott = event(extract(tools, "Germany says it will boycott the summit."), "boycott")
    assert country(boycott.source) == "DEU"


def test_speaker_is_not_the_one_it_reports_violating_a_norm(tools) -> None:
    text = "Germany recalls that it breaches several United Nations resolutions."
    breach = event(extract(tools, text), "breach")
    assert breach.source is None
    assert country(breach.claimant) == "DEU"
    assert breach.mode == "reported"


def test_speaker_admitting_a_violation_is_its_source(tools) -> None:
    text = "Germany admitted that it had breached the treaty."
    assert country(event(extract(tools, text), "breach").source) == "DEU"


def test_speaker_denying_a_violation_is_its_source(tools) -> None:
    breach = event(extract(tools, "Germany denied that it had breached the treaty."), "breach")
    assert (country(breach.source), breach.mode) == ("DEU", "denied")


# -- cue file validation -------------------------------------------------------------------


def test_locative_preps_must_be_fallback_preps(tmp_path) -> None:
    packaged = resources.files("newsgraph.events").joinpath("data/modes.yaml")
    text = packaged.read_text(encoding="utf-8").replace(
        "locative_target_preps: [in, at]", "locative_target_preps: [in, near]"
    )
    broken = tmp_path / "modes.yaml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(ModeCuesError, match="locative_target_preps"):
        ModeCues.parse(broken.read_text(), str(broken))
