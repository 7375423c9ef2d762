"""Quote speakers become claimants of the events stated in their words."""

from __future__ import annotations

from newsgraph.attribution import attribute
from newsgraph.records import Actor, Event, Evidence, Quote, QuoteSpeaker

NATO = Actor("NATO", "IGOWSTNAT", org="NATO", text="NATO")
IRAN = Actor("Iran", "IRN", country="IRN", text="Iran")
RUSSIA = Actor("Russia", "RUS", country="RUS", text="Russia")
USA = Actor("United States", "USA", country="USA", text="Washington")
OUTLET = Actor("Ukrinform", "UKRJRN", country="UKR", sector="JRN", text="Ukrinform")


def event(
    cameo: str,
    source: Actor | None,
    target: Actor | None,
    trigger: str,
    start: int = 0,
    mode: str = "asserted",
    claimant: Actor | None = None,
) -> Event:
    return Event(
        id=f"{cameo}-{trigger}-{start}",
        cameo=cameo,
        root=cameo[:2],
        plover=None,
        quad_class=2,
        goldstein=0.0,
        source=source,
        target=target,
        mode=mode,  # type: ignore[arg-type]
        claimant=claimant,
        date=None,
        date_precision="none",  # type: ignore[arg-type]
        evidence=(Evidence("a", "…", start, start + 60, trigger),),
        confidence=0.5,
    )


def quote(start: int, end: int, text: str, speaker: Actor | QuoteSpeaker | None) -> Quote:
    return Quote(speaker=speaker, text=text, start=start, end=end, direct=True, cue="said")


def test_event_in_another_actors_quote_is_reported_by_that_actor() -> None:
    supplies = event("072", IRAN, RUSSIA, "supplies")
    (found,) = attribute([supplies], [quote(0, 40, "that Iran supplies Russia with drones", NATO)])
    assert found.mode == "reported" and found.claimant == NATO
    assert found.id == supplies.id  # same event, now attributed


def test_actors_own_act_in_its_quote_stays_asserted() -> None:
    condemn = event("111", NATO, IRAN, "condemn")
    (found,) = attribute([condemn], [quote(0, 40, "we condemn Iran", NATO)])
    assert found == condemn


def test_no_claimant_from_unknown_speakers_outlets_or_quotes_elsewhere() -> None:
    supplies = event("072", IRAN, RUSSIA, "supplies", start=100)
    quotes = [
        quote(100, 140, "Iran supplies Russia", QuoteSpeaker("a diplomat", "a diplomat")),
        quote(100, 140, "Iran supplies Russia", OUTLET),
        quote(0, 40, "Iran supplies Russia", USA),  # another sentence
        quote(100, 140, "the weather was fine", USA),  # trigger not in the quoted words
    ]
    assert attribute([supplies], quotes) == (supplies,)


def test_events_with_their_own_claimant_or_mode_are_left_alone() -> None:
    denied = event("072", IRAN, RUSSIA, "supplies", mode="denied", claimant=IRAN)
    reported = event("072", IRAN, RUSSIA, "supplies", mode="reported", claimant=NATO)
    quotes = [quote(0, 40, "Iran supplies Russia", USA)]
    assert attribute([denied, reported], quotes) == (denied, reported)
