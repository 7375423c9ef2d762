"""Cue words added as data in cues.yaml: acts the corpus sources as stances ("nominated",
"struck down"), owned aims and feelings ("her goal of"), agentless passives ("was meant
to") and a few stance adjectives and agent nouns."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The governor nominated a retired judge to the harbour board.",
            "The governor",
            "nominated",
            "a retired judge to the harbour board",
        ),
        (
            "The new rule prohibits fishing near the old pier.",
            "The new rule",
            "prohibits",
            "fishing near the old pier",
        ),
        (
            "The senator is eyeing a run for governor.",
            "The senator",
            "is eyeing",
            "a run for governor",
        ),
        ("The columnist trashed the stadium plan.", "The columnist", "trashed", "the stadium plan"),
        ("The critic panned the new opera house.", "The critic", "panned", "the new opera house"),
    ],
)
def test_object_verbs_of_choosing_and_facing(spans, text, speaker, cue, content) -> None:
    (found,) = spans(text)
    assert (found.speaker_text, found.cue, found.text) == (speaker, cue, content)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Voters are looking for a fighter.", "looking for", "a fighter"),
        ("The court struck down the parking rule.", "struck down", "the parking rule"),
        ("The council turned down the casino plan.", "turned down", "the casino plan"),
        ("The mayor has set her sights on the Senate.", "set her sights on", "the Senate"),
        ("The union warmed to the idea of a strike.", "warmed to", "the idea of a strike"),
    ],
)
def test_phrasal_cues_of_seeking_and_refusing(spans, text, cue, content) -> None:
    (found,) = spans(text)
    assert (found.cue, found.text) == (cue, content)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The governor's goal of a balanced budget slipped away.", "goal of", "a balanced budget"),
        ("Their anxiety about the closures grew.", "anxiety about", "the closures"),
        ("His passion for rail travel is well known.", "passion for", "rail travel"),
        ("The governor's signal to the unions was clear.", "signal to", "the unions"),
    ],
)
def test_owned_aims_and_feelings(spans, text, cue, content) -> None:
    (found,) = spans(text)
    assert (found.cue, found.text) == (cue, content)


def test_agentless_passives_of_purpose_and_permission(spans) -> None:
    (meant,) = spans("The levy was meant to curb traffic in the old town.")
    assert meant.cue == "was meant" and meant.speaker_text == ""
    (allowed,) = spans("Shop owners would be allowed to open on Sundays.")
    assert allowed.cue == "would be allowed"


def test_stance_adjectives_and_surrogates(spans, by_cue) -> None:
    (content,) = spans("The fishermen are content with the new quota.")
    assert content.speaker_text == "The fishermen" and content.text == "the new quota"
    (lukewarm,) = spans("The mayor was lukewarm on the bridge plan.")
    assert lukewarm.text == "the bridge plan"
    found = spans("Jane Doe, a surrogate for the governor, praised the budget.")
    assert by_cue(found, "surrogate for").speaker_text == "Jane Doe"
