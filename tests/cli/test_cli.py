"""The CLI end to end on our own texts: ingest, idempotency, bad input, export, analyze."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

runner = CliRunner()

GOOD = (
    "GENEVA, March 4 (Meridian Wire) - Portugal and Spain signed an agreement on Tuesday to share "
    "water from the Tagus river, officials said.\n\nThe Spanish government condemned the "
    "drought measures announced by Morocco last week, according to a statement.\n"
)


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def messy_batch(tmp_path: Path) -> Path:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "01_good.txt").write_text(GOOD, encoding="utf-8")
    (batch / "02_empty.txt").write_bytes(b"")
    (batch / "03_binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (batch / "04_badutf8.txt").write_bytes(b"caf\xc3\x28 ok " * 30 + b"\x81\x8d" * 40)
    (batch / "05_nobody.html").write_text("<html><head><title>x</title></head><body></body></html>")
    with (batch / "06_huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (batch / "07_good.html").write_text(
        "<html><head><title>Talks in Rome</title></head><body><article><p>"
        + GOOD.replace("Portugal", "Italy").replace("\n\n", "</p><p>")
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    return batch


def test_bad_input_is_reported_and_good_input_stored(tmp_path: Path, messy_batch: Path) -> None:
    db = tmp_path / "store.db"
    result = runner.invoke(app, ["ingest", str(messy_batch), "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = result.output
    for name, reason in [
        ("02_empty.txt", "empty"),
        ("03_binary.txt", "binary"),
        ("04_badutf8.txt", "encoding"),
        ("05_nobody.html", "no_body"),
        ("06_huge.txt", "too_large"),
    ]:
        assert name in out and reason in out, (name, out)
    assert _count(db, "articles") == 2
    assert _count(db, "rejections") == 5
    assert _count(db, "events") >= 1


def test_ingest_twice_adds_nothing(tmp_path: Path, messy_batch: Path) -> None:
    db = tmp_path / "store.db"
    tables = ("articles", "events", "mentions", "rejections")
    runner.invoke(app, ["ingest", str(messy_batch), "--db", str(db)])
    first = {t: _count(db, t) for t in tables}
    result = runner.invoke(app, ["ingest", str(messy_batch), "--db", str(db)])
    assert result.exit_code == 0
    assert {t: _count(db, t) for t in tables} == first


def test_a_sidecar_beside_the_articles_is_named_when_not_read(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "01_good.txt").write_text(GOOD, encoding="utf-8")
    sidecar = batch / "meta.jsonl"
    sidecar.write_text('{"file": "01_good.txt", "published": "2024-03-05"}\n', encoding="utf-8")
    db = tmp_path / "store.db"
    result = runner.invoke(app, ["ingest", str(batch), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "is not read; pass --meta" in result.output and "meta.jsonl" in result.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT published FROM articles").fetchone()[0] != "2024-03-05"
    with_meta = runner.invoke(
        app, ["ingest", str(batch), "--meta", str(sidecar), "--db", str(tmp_path / "m.db")]
    )
    assert with_meta.exit_code == 0 and "is not read" not in with_meta.output


def test_malformed_jsonl_line_named_and_rest_stored(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "a", "text": GOOD})
        + "\n{broken\n"
        + json.dumps({"id": "b", "text": GOOD.replace("Spain", "France")})
        + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "store.db"
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(db)])
    assert result.exit_code == 0
    assert f"{feed}:2" in result.output and "malformed" in result.output
    assert _count(db, "articles") == 2


def test_missing_input_is_exit_1_and_bad_usage_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "no such file" in result.output
    assert runner.invoke(app, ["export", "events", "--format"]).exit_code == 2
    assert runner.invoke(app, ["frobnicate"]).exit_code == 2


def test_export_events_jsonl_and_csv(tmp_path: Path, messy_batch: Path) -> None:
    db = tmp_path / "store.db"
    runner.invoke(app, ["ingest", str(messy_batch), "--db", str(db)])
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["export", "events", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert events
    for event in events:
        evidence = event["evidence"][0]
        assert evidence["sentence"] and evidence["end"] > evidence["start"]
        assert event["mode"] in {
            "asserted",
            "reported",
            "denied",
            "negated",
            "hypothetical",
            "future",
            "historical",
        }
    csv_out = tmp_path / "events.csv"
    runner.invoke(app, ["export", "events", "--db", str(db), "-f", "csv", "-o", str(csv_out)])
    rows = list(csv.DictReader(io.StringIO(csv_out.read_text())))
    assert len(rows) == len(events)


def test_analyze_stdin_to_stdout() -> None:
    line = json.dumps({"id": "x1", "text": GOOD, "published": "2025-03-04"})
    result = runner.invoke(app, ["analyze", "-"], input=line + "\n")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout.splitlines()[0])
    assert document["id"] == "x1"
    assert document["published"] == "2025-03-04"
    text = document["text"]
    for entity in document["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
    for event in document["events"]:
        evidence = event["evidence"][0]
        assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]


def test_every_command_has_help_with_example() -> None:
    for command in (
        "analyze",
        "ingest",
        "export",
        "eval",
        "bench",
        "demo",
        "relink",
        "infer-dates",
    ):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Example: newsgraph" in result.output


def test_export_quotes(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(
        "Officials met in Rome on Monday to discuss the river treaty.\n\n"
        "“We will not accept any delay,” Italian Foreign Minister Carla Rossi said.\n",
        encoding="utf-8",
    )
    db = tmp_path / "store.db"
    assert runner.invoke(app, ["ingest", str(source), "--db", str(db)]).exit_code == 0
    out = tmp_path / "quotes.jsonl"
    result = runner.invoke(app, ["export", "quotes", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    quotes = [json.loads(line) for line in out.read_text().splitlines()]
    direct = [q for q in quotes if q["direct"]]
    assert direct and "accept any delay" in direct[0]["text"]
    assert direct[0]["speaker"]["code"] == "ITAGOV"
    csv_out = tmp_path / "quotes.csv"
    runner.invoke(app, ["export", "quotes", "--db", str(db), "-f", "csv", "-o", str(csv_out)])
    rows = list(csv.DictReader(io.StringIO(csv_out.read_text())))
    assert rows[0]["speaker_code"] == direct[0]["speaker"]["code"] or len(rows) == len(quotes)


def test_actors_lookup_by_date() -> None:
    result = runner.invoke(app, ["actors", "lookup", "Jens Stoltenberg", "--date", "2024-07-10"])
    assert result.exit_code == 0, result.output
    person = json.loads(result.stdout.splitlines()[0])
    assert person["role"]["org"] == "NATO"
    later = runner.invoke(app, ["actors", "lookup", "Jens Stoltenberg", "--date", "2024-11-08"])
    assert json.loads(later.stdout.splitlines()[0])["role"] is None
    assert runner.invoke(app, ["actors", "lookup", "Pyongyang"]).exit_code == 0
    assert runner.invoke(app, ["actors", "lookup", "no such actor xyz"]).exit_code == 1
    assert runner.invoke(app, ["actors", "lookup", "NATO", "--date", "soon"]).exit_code == 1


def test_demo_ingests_the_sample_corpus(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "20 articles in" in result.output and "claim:" in result.output
    assert _count(db, "articles") == 20


def test_data_option_extends_actors_for_lookup_and_analyze(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text(
        "version: 1\norganisations:\n  - org: QRF\n    name: Quarry Ridge Front\n"
        "    code: QRFREB\n    sector: REB\n    aliases: [Quarry Ridge Front]\n",
        encoding="utf-8",
    )
    found = runner.invoke(app, ["actors", "lookup", "Quarry Ridge Front", "--data", str(tmp_path)])
    assert found.exit_code == 0, found.output
    assert json.loads(found.stdout.splitlines()[0])["code"] == "QRFREB"
    assert runner.invoke(app, ["actors", "lookup", "Quarry Ridge Front"]).exit_code == 1
    line = json.dumps(
        {
            "id": "q1",
            "published": "2025-03-04",
            "text": "The Quarry Ridge Front attacked a police post in Kharkiv on Monday.",
        }
    )
    result = runner.invoke(app, ["analyze", "-", "--data", str(tmp_path)], input=line + "\n")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout.splitlines()[0])
    sources = {e["source"]["code"] for e in document["events"] if e["source"]}
    assert "QRFREB" in sources
    located = [e["location"] for e in document["events"] if e["location"]]
    assert {"name": "Kharkiv", "country": "UKR"} in located


def test_data_option_extends_quote_cues_and_time_lexicon(tmp_path: Path) -> None:
    (tmp_path / "cues.yaml").write_text("version: 1\nspeech_verbs: [mumble]\n", encoding="utf-8")
    (tmp_path / "days.yaml").write_text(
        "version: 1\nholidays:\n  unity day: 11-04\n", encoding="utf-8"
    )
    line = json.dumps(
        {
            "id": "m1",
            "published": "2025-03-04",
            "text": "The minister mumbled that the budget would be late. "
            "Police arrested protesters on Unity Day.",
        }
    )

    def analysed(*extra: str) -> dict:
        result = runner.invoke(app, ["analyze", "-", *extra], input=line + "\n")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout.splitlines()[0])

    plain, extended = analysed(), analysed("--data", str(tmp_path))
    assert not plain["quotes"] and not plain["timexes"]
    assert [q["cue"] for q in extended["quotes"]] == ["mumbled"]
    assert extended["quotes"][0]["text"] == "that the budget would be late"
    assert [(t["text"], t["value"]) for t in extended["timexes"]] == [("Unity Day", "2024-11-04")]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("version: 1\nverbs:\n  - bogus: 1\n", "bogus"),  # event patterns
        ("version: 1\nspeech_verbs: 3\n", "speech_verbs"),  # quote cues
        ("version: 1\nholidays: [1]\n", "holidays"),  # time lexicon
    ],
)
def test_malformed_stage_data_file_is_exit_1_naming_it(
    tmp_path: Path, content: str, says: str
) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["analyze", "-", "--data", str(bad)], input="")
    assert result.exit_code == 1, result.output
    assert "mine.yaml" in result.output and says in result.output
    assert "Traceback" not in result.output


def test_relink_takes_word_forms_from_data(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    forms = tmp_path / "forms.yaml"
    forms.write_text("version: 1\nforms:\n  blvd: boulevard\n", encoding="utf-8")
    line = json.dumps(
        {"id": "r1", "published": "2025-03-04", "text": "Crowds filled Sunset Blvd on Monday."}
    )
    ingested = runner.invoke(
        app, ["ingest", "-", "--db", str(db), "--data", str(forms)], input=line + "\n"
    )
    assert ingested.exit_code == 0, ingested.output
    relinked = runner.invoke(app, ["relink", "--db", str(db), "--data", str(forms)])
    assert relinked.exit_code == 0, relinked.output
    assert "relinked 1 articles" in relinked.output
    forms.write_text("version: 1\nforms:\n  mtn: mt\n", encoding="utf-8")
    refused = runner.invoke(app, ["relink", "--db", str(db), "--data", str(forms)])
    assert refused.exit_code == 1
    assert "forms.yaml" in refused.output and "short form" in refused.output


def test_bad_data_file_is_exit_1_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "odd.yaml"
    bad.write_text("version: 1\nsomething: []\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", "-", "--data", str(bad)], input="")
    assert result.exit_code == 1
    assert "odd.yaml" in result.output
