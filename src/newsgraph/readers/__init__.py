"""Readers: files, directories and JSONL into InputRecords, one Rejection per unusable record.

Readers never raise for a bad record: they yield a Rejection naming the file or
line and move on, so one broken input never costs the rest of the batch.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..records import InputRecord, Rejection
from .decode import DecodeError, decode_bytes
from .meta import load_meta

__all__ = ["iter_records", "load_meta", "read_file", "read_jsonl"]

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
RECORD_FIELDS = ("id", "url", "outlet", "title", "text", "html", "published", "language", "author")
STAGE = "read"


def iter_records(
    paths: Iterable[str | Path],
    max_bytes: int,
    meta: Mapping[str, Mapping[str, Any]] | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[InputRecord | Rejection]:
    """Every record under ``paths`` in a stable order ("-" reads JSONL from stdin)."""
    meta = meta or {}
    for raw in paths:
        if str(raw) == "-":
            yield from read_jsonl_stream(stdin or sys.stdin.buffer, "<stdin>", max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in _article_files(path):
                yield read_file(child, max_bytes, meta.get(child.name))
        elif path.is_file():
            if path.suffix.lower() in JSONL_SUFFIXES:
                yield from read_jsonl(path, max_bytes)
            else:
                yield read_file(path, max_bytes, meta.get(path.name))
        else:
            raise InputError(f"{path}: no such file or directory")


def _article_files(directory: Path) -> list[Path]:
    files = [
        p
        for p in directory.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
        and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES
    ]
    return sorted(files)


def read_file(
    path: Path, max_bytes: int, meta: Mapping[str, Any] | None = None
) -> InputRecord | Rejection:
    """One .txt/.html file as one record (id = file name unless the sidecar gives one)."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Rejection(
                origin, STAGE, "too_large", f"is {size:,} bytes, over the {max_bytes:,}-byte limit"
            )
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(origin, STAGE, "unreadable", f"cannot be read: {exc.strerror or exc}")
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        return Rejection(origin, STAGE, exc.code, exc.detail)
    extra = dict(meta or {})
    is_html = path.suffix.lower() in HTML_SUFFIXES or (
        path.suffix.lower() not in TEXT_SUFFIXES and decoded.text.lstrip()[:1] == "<"
    )
    body = {"html": decoded.text} if is_html else {"text": decoded.text}
    fields = {k: extra.get(k) for k in RECORD_FIELDS if k not in ("text", "html")}
    fields["id"] = fields.get("id") or path.name
    return _record(origin, {**fields, **body})


def read_jsonl(path: Path, max_bytes: int) -> Iterator[InputRecord | Rejection]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    with handle:
        yield from read_jsonl_stream(handle, str(path), max_bytes)


def read_jsonl_stream(
    handle: BinaryIO, name: str, max_bytes: int
) -> Iterator[InputRecord | Rejection]:
    """JSONL input records; each bad line becomes a Rejection naming ``name:line``."""
    for number, line in enumerate(_bounded_lines(handle, max_bytes), start=1):
        origin = f"{name}:{number}"
        if line is None:
            yield Rejection(
                origin, STAGE, "too_large", f"line is over the {max_bytes:,}-byte limit"
            )
            continue
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Rejection(
                origin, STAGE, "encoding", f"line is not valid UTF-8 (offset {exc.start})"
            )
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Rejection(
                origin, STAGE, "malformed", f"not valid JSON: {exc.msg} at column {exc.colno}"
            )
            continue
        if not isinstance(record, dict):
            yield Rejection(origin, STAGE, "malformed", "a record must be a JSON object")
            continue
        yield _record(origin, record)


def _bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; an over-long line yields None and is skipped, unread."""
    chunk = max_bytes + 1
    while True:
        line = handle.readline(chunk)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # discard the rest of the over-long line without holding it
                rest = handle.readline(chunk)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _record(origin: str, record: Mapping[str, Any]) -> InputRecord | Rejection:
    values: dict[str, str | None] = {}
    for name in RECORD_FIELDS:
        value = record.get(name)
        if value is None:
            values[name] = None
        elif isinstance(value, str):
            values[name] = value
        elif name == "id" and isinstance(value, int):
            values[name] = str(value)
        else:
            return Rejection(origin, STAGE, "malformed", f'field "{name}" must be a string')
    if not (values["text"] or "").strip() and not (values["html"] or "").strip():
        return Rejection(origin, STAGE, "empty", 'has no "text" or "html" content')
    return InputRecord(origin=origin, **values)
