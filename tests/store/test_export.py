"""Exports: the same rows in JSONL, CSV and Parquet, CONTRACT shapes, streamed, typed errors."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from newsgraph.link import Linker
from newsgraph.records import (
    Actor,
    AnalyzedArticle,
    Article,
    Event,
    Evidence,
    Location,
    event_document,
)
from newsgraph.store import EXPORT_FORMATS, EXPORT_KINDS, ExportError, Store
from newsgraph.store import export as export_module
from newsgraph.store.export import ARTICLE_FIELDS, EVENT_FIELDS, csv_columns, export, export_rows

NATO = Actor("North Atlantic Treaty Organization", "IGONAT", None, "NATO", None, "NATO")
KYIV = Actor("Ukraine", "UKRGOV", "UKR", None, "GOV", "Kyiv")
MOSCOW = Actor("Russia", "RUSGOV", "RUS", None, "GOV", "the Kremlin")


def analyzed(article_id: str, text: str, events: tuple[Event, ...] = ()) -> AnalyzedArticle:
    key = hashlib.sha256(text.encode()).hexdigest()
    return AnalyzedArticle(
        Article(
            key=key,
            id=article_id,
            origin=f"dir/{article_id}",
            text=text,
            removed=("Advertisement",),
            title=f'Title of {article_id}, with "quotes"',
            outlet="Wire, Inc.",
            author=None,
            published="2024-07-11",
            published_source="html",
        ),
        events=events,
    )


def event(article_id: str, sentence: str, n: int, **changes: Any) -> Event:
    fields: dict[str, Any] = {
        "id": f"{article_id}-e{n}",
        "cameo": "036",
        "root": "03",
        "plover": "CONSULT",
        "quad_class": 1,
        "goldstein": 4.0,
        "source": KYIV,
        "target": NATO,
        "mode": "asserted",
        "claimant": None,
        "date": "2024-07-10",
        "date_precision": "day",
        "evidence": (Evidence(article_id, sentence, 0, len(sentence), "meet"),),
        "confidence": 0.75,
        "location": Location("Washington", "USA"),
    }
    fields.update(changes)
    return Event(**fields)


FIRST = "Kyiv will meet NATO leaders in Washington, officials said."
SECOND = 'The Kremlin denied it had "any role" in the strike.\nOfficials disagreed.'


def corpus() -> list[AnalyzedArticle]:
    return [
        analyzed("b.txt", FIRST, (event("b.txt", FIRST, 0), event("b.txt", FIRST, 1, target=None))),
        analyzed(
            "a.html",
            SECOND,
            (
                event(
                    "a.html",
                    SECOND.splitlines()[0],
                    0,
                    source=MOSCOW,
                    target=None,
                    mode="denied",
                    claimant=MOSCOW,
                    location=None,
                    date=None,
                    date_precision="none",
                    cameo="190",
                    root="19",
                    plover="ASSAULT",
                    quad_class=4,
                    goldstein=-10.0,
                ),
            ),
        ),
        analyzed("c.txt", "A quiet day at the harbour with no events at all."),
    ]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.db") as opened:
        linker = Linker.open(opened)
        for item in corpus():
            opened.write(item)
            linker.link(item)
        yield opened


def jsonl(store: Store, kind: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    count = export(store, kind, "jsonl", out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == len(rows)
    return rows


def events_by_article(store: Store) -> list[dict[str, Any]]:
    """Merged events come in order of first report; tests compare them by article and id."""
    return sorted(jsonl(store, "events"), key=lambda r: (r["article_id"], r["id"]))


def test_event_rows_are_contract_events_plus_article_and_merge_fields(store: Store) -> None:
    rows = events_by_article(store)
    assert [tuple(row) for row in rows] == [EVENT_FIELDS] * 3
    assert [(r["article_id"], r["id"]) for r in rows] == [
        ("a.html", "a.html-e0"),
        ("b.txt", "b.txt-e0"),
        ("b.txt", "b.txt-e1"),
    ]
    originals = {e.id: e for item in corpus() for e in item.events}
    for row in rows:
        contract = {
            k: v
            for k, v in row.items()
            if k
            not in (
                "article_id",
                "num_articles",
                "num_outlets",
                "story_id",
                "claims",
                "claimants",
                "former_ids",
            )
        }
        document = event_document(originals[row["id"]])
        assert contract == document
        # One report: its claimant is the event's only one.
        assert row["claimants"] == ([document["claimant"]] if document["claimant"] else [])
        assert (row["num_articles"], row["num_outlets"], row["former_ids"]) == (1, 1, [])
        assert row["story_id"]


def test_article_rows_are_the_document_less_its_lists(store: Store) -> None:
    rows = jsonl(store, "articles")
    assert [row["id"] for row in rows] == ["a.html", "b.txt", "c.txt"]
    assert all(tuple(row) == ARTICLE_FIELDS for row in rows)
    assert rows[0]["text"] == SECOND
    assert rows[0]["removed"] == ["Advertisement"]
    assert rows[0]["story_id"] and rows[0]["duplicate_of"] is None
    assert not {"entities", "events", "quotes", "timexes"} & set(rows[0])


def test_exports_do_not_depend_on_insertion_order(store: Store, tmp_path: Path) -> None:
    with Store.open(tmp_path / "reversed.db") as other:
        for item in reversed(corpus()):
            other.write(item)
        # Story ids and merged events follow arrival order by design (online clustering);
        # everything stored per article must not.
        for kind in set(EXPORT_KINDS) - {"events", "stories", "articles"}:
            assert jsonl(other, kind) == jsonl(store, kind)
        strip = [{k: v for k, v in r.items() if k != "story_id"} for r in jsonl(store, "articles")]
        assert [
            {k: v for k, v in r.items() if k != "story_id"} for r in jsonl(other, "articles")
        ] == strip


def test_csv_flattens_actors_and_first_evidence_and_keeps_lists_as_json(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "events", "csv", out) == 3
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    assert tuple(reader.fieldnames or ()) == csv_columns("events")
    rows = sorted(reader, key=lambda r: (r["article_id"], r["id"]))
    denial, meeting, _ = rows
    assert (denial["source_name"], denial["source_code"], denial["source_country"]) == (
        "Russia",
        "RUSGOV",
        "RUS",
    )
    assert denial["target_code"] == "" and denial["location_name"] == ""
    assert denial["claimant_code"] == "RUSGOV" and denial["mode"] == "denied"
    assert (meeting["target_org"], meeting["target_country"]) == ("NATO", "")
    assert meeting["location_country"] == "USA"
    assert meeting["evidence_sentence"] == FIRST
    assert (meeting["evidence_start"], meeting["evidence_end"]) == ("0", str(len(FIRST)))
    assert (meeting["evidence_trigger"], meeting["evidence_article_id"]) == ("meet", "b.txt")
    assert json.loads(meeting["evidence"]) == json.loads(
        json.dumps(events_by_article(store)[1]["evidence"])
    )
    assert float(denial["goldstein"]) == -10.0
    for role in ("source", "target", "claimant"):
        assert {f"{role}_{f}" for f in ("name", "code", "country", "org", "sector")} <= set(
            csv_columns("events")
        )


def test_csv_articles_survive_commas_quotes_and_newlines(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "articles", "csv", out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["text"] == SECOND
    assert rows[0]["title"] == 'Title of a.html, with "quotes"'
    assert json.loads(rows[0]["removed"]) == ["Advertisement"]
    assert rows[0]["author"] == ""


@pytest.mark.parametrize("kind", ["articles", "events"])  # others hold JSON text in Parquet
def test_parquet_holds_the_same_rows_as_jsonl(store: Store, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "out" / f"{kind}.parquet"
    assert export(store, kind, "parquet", path) == len(jsonl(store, kind))
    assert pq.read_table(path).to_pylist() == jsonl(store, kind)
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_parquet_writes_in_batches_without_losing_the_tail(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "PARQUET_BATCH_ROWS", 2)
    path = tmp_path / "events.parquet"
    assert export(store, "events", "parquet", path) == 3
    assert pq.ParquetFile(path).metadata.num_rows == 3
    assert sorted(r["id"] for r in pq.read_table(path).to_pylist()) == [
        "a.html-e0",
        "b.txt-e0",
        "b.txt-e1",
    ]


def test_an_empty_store_exports_headers_and_a_typed_parquet(tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.db") as empty:
        out = io.StringIO()
        assert export(empty, "events", "csv", out) == 0
        assert out.getvalue().strip().split(",") == list(csv_columns("events"))
        assert export(empty, "articles", "parquet", tmp_path / "a.parquet") == 0
        assert pq.read_schema(tmp_path / "a.parquet").names == list(ARTICLE_FIELDS)


def test_a_path_output_is_written_whole_or_not_at_all(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "articles.jsonl"
    assert export(store, "articles", "jsonl", target) == 3
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3

    def broken_articles() -> Iterator[dict[str, Any]]:
        yield from list(Store.articles(store))[:1]
        raise RuntimeError("disk went away")

    monkeypatch.setattr(store, "articles", broken_articles)
    for fmt, name in (("jsonl", "articles.jsonl"), ("parquet", "articles.parquet")):
        with pytest.raises(RuntimeError, match="disk went away"):
            export(store, "articles", fmt, tmp_path / "out" / name)
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3  # old file kept intact
    assert sorted(p.name for p in target.parent.iterdir()) == ["articles.jsonl"]


def test_unknown_kind_or_format_lists_the_valid_ones(store: Store) -> None:
    with pytest.raises(
        ExportError, match="unknown export kind 'timelines': choose one of articles, events"
    ):
        export(store, "timelines", "jsonl", io.StringIO())
    with pytest.raises(
        ExportError, match="unknown export format 'xml': choose one of jsonl, csv, parquet"
    ):
        export(store, "events", "xml", io.StringIO())
    with pytest.raises(ExportError, match="unknown export kind"):
        list(export_rows(store, "timelines"))
    assert EXPORT_FORMATS == ("jsonl", "csv", "parquet", "plover", "gdelt")


def test_parquet_needs_a_path_not_a_text_stream(store: Store) -> None:
    with pytest.raises(ExportError, match="parquet is a binary format"):
        export(store, "events", "parquet", io.StringIO())


def test_an_unwritable_target_is_an_export_error(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot write the export"):
        export(store, "articles", "csv", blocker / "out.csv")


def test_plover_and_gdelt_event_formats(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "events", "plover", out) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert all(
        {"actor", "recipient", "event", "mode", "context", "text_info"} <= set(r) for r in records
    )
    out = io.StringIO()
    assert export(store, "events", "gdelt", out) == 3
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t"))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["GlobalEventID", "SQLDATE", "DatePrecision"] and len(body) == 3
    assert all(len(row) == len(header) for row in body)
    assert {row[header.index("SQLDATE")] for row in body} <= {"20240711", "20240710", ""}
    with pytest.raises(ExportError, match="events only"):
        export(store, "articles", "gdelt", io.StringIO())
