"""People (the parser's PERSON entities) are stored with their article and read by linking."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from newsgraph.records import AnalyzedArticle, Article, NamedEntity
from newsgraph.store import Store
from newsgraph.store.links import connection, load_input
from newsgraph.store.migrations import MIGRATIONS, migrate

TEXT = "Tackle Oren Palusky was arrested on Sunday. Palusky was released."


def _analyzed(people: tuple[NamedEntity, ...]) -> AnalyzedArticle:
    article = Article(key="k1", id="a1", origin="feed.jsonl:1", text=TEXT, title="Arrest")
    return AnalyzedArticle(article=article, people=people)


PEOPLE = (
    NamedEntity("Oren Palusky", 7, 19, "PERSON", 1, 3),
    NamedEntity("Palusky", 44, 51, "PERSON", 8, 9),
)


def test_people_are_stored_in_order_and_read_by_linking(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.write(_analyzed(PEOPLE))
        item = load_input(connection(store), "k1")
        assert item is not None
        assert item.people == (("Oren Palusky", 7), ("Palusky", 44))
        assert TEXT[44:51] == "Palusky"


def test_replacing_an_analysis_replaces_its_people(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        analyzed = _analyzed(PEOPLE)
        store.write(analyzed)
        store.replace_analysis(replace(analyzed, people=PEOPLE[:1]))
        item = load_input(connection(store), "k1")
        assert item is not None and item.people == (("Oren Palusky", 7),)


def test_a_store_from_before_people_gains_the_table_and_links_without_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    before = tuple(m for m in MIGRATIONS if m.name < "0013_people")
    migrate(conn, before)
    conn.close()
    with Store.open(path) as store:
        store.write(_analyzed(()))
        item = load_input(connection(store), "k1")
        assert item is not None and item.people == ()
