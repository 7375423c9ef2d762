"""The ``--meta`` sidecar: JSONL lines ``{"file": NAME, ...}`` adding metadata to files by name."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import InputError

# The sidecar's usual name beside the articles it describes (the demo corpus, ../shared/seeds).
SIDECAR_NAME = "meta.jsonl"
META_FIELDS = frozenset({"id", "url", "outlet", "title", "published", "language", "author", "file"})


def load_meta(path: Path) -> Mapping[str, Mapping[str, Any]]:
    """Read a sidecar; any malformed line fails the whole run, naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read meta sidecar: {exc}") from exc
    entries: dict[str, Mapping[str, Any]] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("file"), str):
            raise InputError(f'{where}: expected an object with a "file" string')
        unknown = set(record) - META_FIELDS
        if unknown:
            raise InputError(f"{where}: unknown fields {sorted(unknown)}")
        name = Path(record["file"]).name
        if name in entries:
            raise InputError(f"{where}: {name!r} appears twice")
        entries[name] = MappingProxyType({k: v for k, v in record.items() if k != "file"})
    return MappingProxyType(entries)
