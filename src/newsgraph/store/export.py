"""Streaming exports of the store: articles and events as JSONL, CSV or Parquet.

Rows go out one at a time (Parquet in fixed-size batches), so memory stays flat
whatever the store's size. JSONL and Parquet keep the nested CONTRACT.md shapes;
CSV flattens actors to ``source_name, source_code, ...`` columns, keeps the
first evidence as columns and every list as a JSON string. A file output is
written beside its target and renamed into place, so a failed export never
leaves a truncated file behind.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..claims import build_claims, claim_id, proposition_key
from ..errors import NewsgraphError
from ..events.codes import CameoTable
from ..records import Actor, Evidence, Location
from .event_formats import write_gdelt, write_plover
from .links import STORY_FIELDS, merged_event_rows, story_rows
from .writer import Store

if TYPE_CHECKING:
    import pyarrow as pa

EXPORT_KINDS = ("articles", "events", "stories", "quotes", "claims")
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")
# Formats that exist for events only.
EVENT_ONLY_FORMATS = ("plover", "gdelt")
PARQUET_BATCH_ROWS = 1000

ARTICLE_FIELDS = (
    "id",
    "key",
    "origin",
    "url",
    "outlet",
    "author",
    "language",
    "published",
    "published_source",
    "title",
    "text",
    "removed",
    "word_count",
    "story_id",
    "duplicate_of",
)
EVENT_FIELDS = (
    "id",
    "article_id",
    "cameo",
    "root",
    "plover",
    "quad_class",
    "goldstein",
    "source",
    "target",
    "mode",
    "claimant",
    "claimants",
    "date",
    "date_precision",
    "location",
    "evidence",
    "confidence",
    "num_articles",
    "num_outlets",
    "story_id",
    "claims",
    "former_ids",
)
CLAIM_FIELDS = ("id", "proposition", "event", "asserted_by", "denied_by", "evidence")
QUOTE_FIELDS = ("article_id", "speaker", "text", "start", "end", "direct", "cue")
ACTOR_ROLES = ("source", "target", "claimant")
ACTOR_FIELDS = tuple(f.name for f in fields(Actor))
EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))
LOCATION_FIELDS = tuple(f.name for f in fields(Location))


class ExportError(NewsgraphError):
    """An export was asked for something that does not exist or cannot be written."""


def export(store: Store, kind: str, fmt: str, out: TextIO | Path) -> int:
    """Write every ``kind`` row of ``store`` to ``out`` as ``fmt``; returns the row count.

    ``out`` is a text stream or a file path; Parquet, being binary, needs a path.
    """
    if kind not in EXPORT_KINDS:
        raise ExportError(f"unknown export kind {kind!r}: choose one of {', '.join(EXPORT_KINDS)}")
    if fmt not in EXPORT_FORMATS:
        raise ExportError(
            f"unknown export format {fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}"
        )
    if fmt in EVENT_ONLY_FORMATS and kind != "events":
        raise ExportError(f"format {fmt!r} is for events only, not {kind!r}")
    rows = export_rows(store, kind)
    if fmt in EVENT_ONLY_FORMATS:
        return _write_event_format(store, rows, fmt, out)
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ExportError("parquet is a binary format: give a file path, not a text stream")
        with _replacing(out) as tmp:
            return _write_parquet(rows, kind, tmp)
    write_text = _write_jsonl if fmt == "jsonl" else _write_csv
    if isinstance(out, Path):
        with _replacing(out) as tmp, tmp.open("w", encoding="utf-8", newline="") as handle:
            return write_text(rows, kind, handle)
    return write_text(rows, kind, out)


def _write_event_format(
    store: Store, rows: Iterator[dict[str, Any]], fmt: str, out: TextIO | Path
) -> int:

    def write(handle: TextIO) -> int:
        if fmt == "plover":
            return write_plover(rows, CameoTable.load(), handle)
        urls = {article["id"]: article["url"] for article in store.articles()}
        return write_gdelt(rows, urls, handle)

    if isinstance(out, Path):
        with _replacing(out) as tmp, tmp.open("w", encoding="utf-8", newline="") as handle:
            return write(handle)
    return write(out)


def export_rows(store: Store, kind: str) -> Iterator[dict[str, Any]]:
    """The export documents of ``kind``, streamed, in the store's deterministic order."""
    if kind == "articles":
        for doc in store.articles():
            yield {name: doc[name] for name in ARTICLE_FIELDS}
    elif kind == "events":
        # One real-world event = one record with every supporting article (see link.py),
        # listing the claims (contested propositions) it belongs to.
        claimed = {claim["id"] for claim in build_claims(store.events(), CameoTable.load())}
        for doc in merged_event_rows(store):
            key = proposition_key(doc)
            in_claims = [claim_id(key)] if key is not None and claim_id(key) in claimed else []
            yield {name: in_claims if name == "claims" else doc[name] for name in EVENT_FIELDS}
    elif kind == "stories":
        for doc in story_rows(store):
            yield {name: doc[name] for name in STORY_FIELDS}
    elif kind == "claims":
        yield from build_claims(store.events(), CameoTable.load())
    elif kind == "quotes":
        for doc in store.quotes():
            yield {name: doc[name] for name in QUOTE_FIELDS}
    else:
        raise ExportError(f"unknown export kind {kind!r}: choose one of {', '.join(EXPORT_KINDS)}")


def _write_jsonl(rows: Iterator[dict[str, Any]], kind: str, out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def csv_columns(kind: str) -> tuple[str, ...]:
    """The CSV header of ``kind``: nested fields flattened, lists kept as JSON."""
    if kind == "articles":
        return ARTICLE_FIELDS
    if kind == "stories":
        return STORY_FIELDS
    if kind == "claims":
        return (*CLAIM_FIELDS[:3], "asserted_by_codes", "denied_by_codes", *CLAIM_FIELDS[3:])
    if kind == "quotes":
        speaker = ("speaker_text", "speaker_name", "speaker_code", "speaker_country", "speaker_org")
        return (*QUOTE_FIELDS[:1], *speaker, *QUOTE_FIELDS[2:])
    columns: list[str] = []
    for name in EVENT_FIELDS:
        if name in ACTOR_ROLES:
            columns.extend(f"{name}_{field}" for field in ACTOR_FIELDS)
        elif name == "location":
            columns.extend(f"location_{field}" for field in LOCATION_FIELDS)
        elif name == "evidence":
            columns.extend(f"evidence_{field}" for field in EVIDENCE_FIELDS)
            columns.append("evidence")
        else:
            columns.append(name)
    return tuple(columns)


def csv_row(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """One export document flattened to ``csv_columns(kind)``."""
    if kind == "articles":
        return {**row, "removed": json.dumps(row["removed"], ensure_ascii=False)}
    if kind == "stories":
        return {
            k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
            for k, v in row.items()
        }
    if kind == "claims":
        flat_claim = {k: v for k, v in row.items() if k in CLAIM_FIELDS[:3]}
        for side in ("asserted_by", "denied_by"):
            flat_claim[f"{side}_codes"] = " ".join(a["code"] for a in row[side])
            flat_claim[side] = json.dumps(row[side], ensure_ascii=False)
        flat_claim["evidence"] = json.dumps(row["evidence"], ensure_ascii=False)
        return flat_claim
    if kind == "quotes":
        speaker = row["speaker"] or {}
        flat_quote = {k: v for k, v in row.items() if k != "speaker"}
        flat_quote.update(
            {f"speaker_{f}": speaker.get(f) for f in ("text", "name", "code", "country", "org")}
        )
        return flat_quote
    flat: dict[str, Any] = {}
    for name, value in row.items():
        if name in ACTOR_ROLES or name == "location":
            names = LOCATION_FIELDS if name == "location" else ACTOR_FIELDS
            flat.update({f"{name}_{field}": (value or {}).get(field) for field in names})
        elif name in ("claims", "former_ids"):
            flat[name] = json.dumps(value)
        elif name == "claimants":
            flat[name] = json.dumps(value, ensure_ascii=False)
        elif name == "evidence":
            first = value[0] if value else {}
            flat.update({f"evidence_{field}": first.get(field) for field in EVIDENCE_FIELDS})
            flat["evidence"] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


def _write_csv(rows: Iterator[dict[str, Any]], kind: str, out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=csv_columns(kind), lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(csv_row(kind, row))
        count += 1
    return count


def _write_parquet(rows: Iterator[dict[str, Any]], kind: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema(kind)
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            if kind == "quotes":
                row = {**row, "speaker": json.dumps(row["speaker"], ensure_ascii=False)}
            elif kind == "stories":
                row = {
                    k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                    for k, v in row.items()
                }
            elif kind == "claims":
                row = {
                    k: v if k in CLAIM_FIELDS[:3] else json.dumps(v, ensure_ascii=False)
                    for k, v in row.items()
                }
            batch.append(row)
            if len(batch) == PARQUET_BATCH_ROWS:
                writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch:
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def parquet_schema(kind: str) -> pa.Schema:
    """Arrow schema of ``kind``; nested records become structs, derived from records.py."""
    import pyarrow as pa

    def struct(record: type) -> pa.DataType:
        return pa.struct(
            [(f.name, _arrow_type(record, f.name, str(f.type))) for f in fields(record)]
        )

    string, integer, real = pa.string(), pa.int64(), pa.float64()
    if kind == "articles":
        types: dict[str, pa.DataType] = dict.fromkeys(ARTICLE_FIELDS, string)
        types.update(removed=pa.list_(string), word_count=integer)
        return pa.schema([(name, types[name]) for name in ARTICLE_FIELDS])
    if kind == "stories":
        story_types = dict.fromkeys(STORY_FIELDS, string)
        story_types.update(num_outlets=integer)
        return pa.schema([(name, story_types[name]) for name in STORY_FIELDS])
    if kind == "claims":
        # Lists of actors and evidence are kept as JSON strings in Parquet.
        return pa.schema([(name, string) for name in CLAIM_FIELDS])
    if kind == "quotes":
        # A speaker is an Actor or a bare {text, name}: kept as a JSON string in Parquet.
        quote_types = dict.fromkeys(QUOTE_FIELDS, string)
        quote_types.update(start=integer, end=integer, direct=pa.bool_())
        return pa.schema([(name, quote_types[name]) for name in QUOTE_FIELDS])
    actor = struct(Actor)
    types = dict.fromkeys(EVENT_FIELDS, string)
    types.update(
        source=actor,
        target=actor,
        claimant=actor,
        claimants=pa.list_(actor),
        location=struct(Location),
        evidence=pa.list_(struct(Evidence)),
        quad_class=integer,
        goldstein=real,
        confidence=real,
        num_articles=integer,
        num_outlets=integer,
        claims=pa.list_(string),
        former_ids=pa.list_(string),
    )
    return pa.schema([(name, types[name]) for name in EVENT_FIELDS])


def _arrow_type(record: type, name: str, annotation: str) -> pa.DataType:
    import pyarrow as pa

    by_annotation: dict[str, Callable[[], pa.DataType]] = {
        "str": pa.string,
        "str | None": pa.string,
        "int": pa.int64,
        "int | None": pa.int64,
        "float": pa.float64,
        "float | None": pa.float64,
        "bool": pa.bool_,
    }
    if annotation not in by_annotation:
        raise ExportError(
            f"{record.__name__}.{name}: no Parquet type for annotation {annotation!r}"
        )
    return by_annotation[annotation]()


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A sibling path to write to; it replaces ``path`` only if the block succeeds.

    Files are created by a plain open, so they get the user's usual permissions.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield tmp
        os.replace(tmp, path)
    except BaseException as exc:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportError(f"{path}: cannot write the export ({exc})") from exc
        raise
