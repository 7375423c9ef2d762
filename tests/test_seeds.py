"""Acceptance on the five real seed articles in ../shared/seeds (skipped when absent).

No seed text is written here: the checks are structural (counts, dates from the
sidecar, idempotency, evidence offsets).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
runner = CliRunner()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    args = ["ingest", str(SEEDS), "--meta", str(SEEDS / "meta.jsonl"), "--db", str(db)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return db


def test_five_articles_with_meta_dates(seeded: Path) -> None:
    meta = {
        json.loads(line)["file"]: json.loads(line)["published"]
        for line in (SEEDS / "meta.jsonl").read_text().splitlines()
    }
    with Store.open(seeded) as store:
        articles = {a["id"]: a for a in store.articles()}
    assert set(articles) == set(meta)
    for name, published in meta.items():
        assert articles[name]["published"][:10] == published[:10]
        assert articles[name]["published_source"] == "meta"


def test_noise_removed_and_paragraphs_kept(seeded: Path) -> None:
    with Store.open(seeded) as store:
        articles = {a["id"]: a for a in store.articles()}
    for name, article in articles.items():
        raw = (SEEDS / name).read_text(encoding="utf-8")
        removed = article["removed"]
        assert removed, f"{name}: nothing removed"
        kept = [p for p in article["text"].split("\n") if p.strip()]
        raw_lines = [p.strip() for p in raw.split("\n") if p.strip()]
        # Every long real paragraph of the raw file survives, unless it was removed on purpose.
        for line in raw_lines:
            if len(line.split()) >= 25 and line not in removed:
                assert any(line in k for k in kept), (name, line[:60])
        # Removed lines are short crumbs, or the one teaser paragraph of the pasted story.
        long_removed = [r for r in removed if len(r.split()) >= 25]
        assert len(long_removed) <= 1, (name, long_removed)


def test_ingest_again_adds_nothing(seeded: Path) -> None:
    with Store.open(seeded) as store:
        before = store.counts()
    result = runner.invoke(
        app, ["ingest", str(SEEDS), "--meta", str(SEEDS / "meta.jsonl"), "--db", str(seeded)]
    )
    assert result.exit_code == 0
    with Store.open(seeded) as store:
        assert store.counts() == before


def test_events_carry_evidence_offsets(seeded: Path) -> None:
    with Store.open(seeded) as store:
        articles = {a["id"]: a["text"] for a in store.articles()}
        events = list(store.events())
    assert len(events) >= 20
    codes = {(e["source"] or {}).get("org") for e in events if e["root"] == "11"}
    assert "NATO" in codes  # NATO's condemnations are found
    for event in events:
        for evidence in event["evidence"]:
            text = articles[evidence["article_id"]]
            assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]


def test_stories_and_the_summit_condemnation_merged(seeded: Path) -> None:
    result = runner.invoke(app, ["export", "stories", "--db", str(seeded)])
    stories = sorted(sorted(json.loads(line)["articles"]) for line in result.stdout.splitlines())
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert stories == [names[:2], names[2:]]
    events = [
        json.loads(line)
        for line in runner.invoke(
            app, ["export", "events", "--db", str(seeded)]
        ).stdout.splitlines()
    ]
    condemnations = [
        e
        for e in events
        if e["root"] == "11"
        and (e["source"] or {}).get("org") == "NATO"
        and (e["target"] or {}).get("country") == "PRK"
        and e["date"] == "2024-07-10"
    ]
    assert condemnations, "NATO's 2024-07-10 condemnation of North Korea not found"
    sources = {ev["article_id"] for ev in condemnations[0]["evidence"]}
    assert {names[2], names[3]} <= sources
