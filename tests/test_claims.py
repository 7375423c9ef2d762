"""Claims gather who asserts and who denies one proposition across articles."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.claims import build_claims
from newsgraph.cli import app
from newsgraph.events.codes import CameoTable


def actor(code: str, country: str | None = None, org: str | None = None) -> dict:
    return {
        "name": code,
        "code": code,
        "country": country,
        "org": org,
        "sector": None,
        "text": code,
    }


def event(eid: str, cameo: str, source, target, mode: str, claimant=None, article="a", start=0):
    return {
        "id": eid,
        "cameo": cameo,
        "source": source,
        "target": target,
        "mode": mode,
        "claimant": claimant,
        "evidence": [
            {"article_id": article, "sentence": "s", "start": start, "end": 10, "trigger": "t"}
        ],
    }


IRN, RUS, EU = actor("IRN", "IRN"), actor("RUS", "RUS"), actor("IGOEUREEC", org="EU")


def test_assertions_and_denials_meet_across_articles() -> None:
    events = [
        event("e1", "072", IRN, RUS, "reported", claimant=EU, article="a"),
        event("e2", "0721", actor("IRNMIL", "IRN"), RUS, "denied", claimant=IRN, article="b"),
        event(
            "e3", "072", IRN, RUS, "reported", claimant=actor("USA", "USA"), article="c", start=5
        ),
        event("e4", "016", RUS, None, "reported", article="c", start=5),
        event("e5", "111", EU, IRN, "asserted", article="a"),
    ]
    (claim,) = list(build_claims(events, CameoTable.load()))
    assert claim["event"] == "e1"
    assert [a["code"] for a in claim["asserted_by"]] == ["IGOEUREEC", "USA"]
    assert sorted(a["code"] for a in claim["denied_by"]) == ["IRN", "RUS"]
    assert len(claim["evidence"]) == 3
    assert claim["proposition"].startswith("IRN — ")


def test_plain_facts_are_not_claims() -> None:
    events = [event("e1", "111", EU, IRN, "asserted")]
    assert list(build_claims(events, CameoTable.load())) == []


def test_exported_events_list_their_claims(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Drone deliveries\n\n"
        "The European Union says Iran has supplied Russia with drones, although Iran denies that."
        "\n\nOfficials in Brussels met on Monday.\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(article), "--db", str(db)]).exit_code == 0
    claims = [
        json.loads(line)
        for line in runner.invoke(app, ["export", "claims", "--db", str(db)]).stdout.splitlines()
    ]
    events = [
        json.loads(line)
        for line in runner.invoke(app, ["export", "events", "--db", str(db)]).stdout.splitlines()
    ]
    supply = [c for c in claims if c["proposition"].startswith("Iran")]
    assert supply and [a["code"][:3] for a in supply[0]["denied_by"]] == ["IRN"]
    assert any(supply[0]["id"] in e["claims"] for e in events)
