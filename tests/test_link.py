from __future__ import annotations

import dataclasses
from pathlib import Path

from newsgraph.link import Linker, relink
from newsgraph.prepare import content_key
from newsgraph.records import Actor, AnalyzedArticle, Article, Event, Evidence
from newsgraph.store import Store
from newsgraph.store.links import STORY_FIELDS, connection, merged_event_rows, story_rows
from newsgraph.stories import StoryConfig
from newsgraph.stories.retired import current_id

NATO = Actor("NATO", "IGO", org="NATO", text="NATO")
NORTH_KOREA = Actor("North Korea", "PRKGOV", country="PRK", sector="GOV", text="Pyongyang")

SUMMIT = (
    "Allied leaders meeting at the alliance summit in Ostrava on Wednesday condemned North "
    "Korea for sending artillery shells to the war in Velmora. The summit declaration "
    "accused Pyongyang of prolonging the fighting and promised more air defence for "
    "Velmora. Secretary General Anna Lisowska said the allies would meet again in spring."
)
SUMMIT_OTHER = (
    "NATO leaders gathered in Ostrava condemned North Korea on Wednesday over its arms "
    "deliveries for the war in Velmora, and Secretary General Anna Lisowska promised more "
    "air defence systems. Diplomats said the Ostrava summit declaration was agreed quickly."
)
SUMMIT_LATER = (
    "Two weeks after the Ostrava summit, alliance envoys condemned North Korea once more, "
    "this time for a fresh shipment of artillery shells for the war in Velmora, and "
    "Secretary General Anna Lisowska repeated the summit's promise of air defence."
)
WINTER = (
    "Allied foreign ministers meeting in Brusova condemned North Korea on Monday after a "
    "missile test over the Sea of Tarn, and Secretary General Anna Lisowska called the "
    "launch reckless. Ministers in Brusova also discussed the winter budget."
)
HARBOUR = (
    "The harbour authority of Port Ellery said the northern quay will close for six weeks "
    "while engineers replace timber pilings damaged by winter storms, and ferries to Calder "
    "Island will leave from a temporary pontoon beside the lifeboat station."
)


def _analyzed(
    ident: str,
    text: str,
    outlet: str,
    published: str,
    day: str | None = None,
    claimant: Actor | None = None,
) -> AnalyzedArticle:
    article = Article(
        key=content_key(text, f"https://{outlet}/{ident}"),
        id=ident,
        origin=ident,
        text=text,
        title=text.split(".")[0][:60],
        outlet=outlet,
        published=published,
        published_source="meta",
    )
    events: tuple[Event, ...] = ()
    if day is not None:
        at = text.index("condemned")
        events = (
            Event(
                id=f"{ident}-e1",
                cameo="111",
                root="11",
                plover="ACCUSE",
                quad_class=3,
                goldstein=-2.0,
                source=NATO,
                target=NORTH_KOREA,
                mode="reported" if claimant else "asserted",
                claimant=claimant,
                date=day,
                date_precision="day",
                evidence=(Evidence(ident, text[: text.index(".") + 1], 0, at + 9, "condemn"),),
                confidence=0.8,
            ),
        )
    return AnalyzedArticle(article, events=events)


def _ingest(store: Store, linker: Linker, items: list[AnalyzedArticle]) -> list:
    results = []
    for item in items:
        store.write(item)
        results.append(linker.link(item))
    return results


def _corpus() -> list[AnalyzedArticle]:
    return [
        _analyzed("summit-a", SUMMIT, "alpha.example", "2024-07-10", "2024-07-10"),
        _analyzed("harbour", HARBOUR, "gamma.example", "2024-07-10"),
        _analyzed("summit-b", SUMMIT_OTHER, "beta.example", "2024-07-11", "2024-07-10"),
        _analyzed("copy", SUMMIT, "copy.example", "2024-07-11", "2024-07-10"),
        _analyzed("winter", WINTER, "alpha.example", "2024-11-04", "2024-11-04"),
    ]


def _links(store: Store) -> list[tuple]:
    return [
        tuple(row)
        for row in connection(store).execute(
            "SELECT a.id, a.story_id, a.duplicate_of FROM articles a ORDER BY a.seq"
        )
    ]


def test_one_event_reported_twice_is_one_merged_event(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        linker = Linker.open(store)
        results = _ingest(store, linker, _corpus())
        summit_a, harbour, summit_b, copy, winter = results
        assert summit_a.story_id == summit_b.story_id != harbour.story_id
        assert summit_a.merged_events == summit_b.merged_events == ("summit-a-e1",)
        events = {e["id"]: e for e in merged_event_rows(store)}
        merged = events["summit-a-e1"]
        assert merged["num_articles"] == 2 and merged["num_outlets"] == 2
        assert {ev["article_id"] for ev in merged["evidence"]} == {"summit-a", "summit-b"}
        assert merged["story_id"] == summit_a.story_id
        # The copy adds nothing; the condemnation months later is another event.
        assert copy.duplicate is not None and copy.duplicate.kind == "exact"
        assert copy.duplicate.key == summit_a.key and copy.merged_events == ()
        assert winter.merged_events == ("winter-e1",)
        assert set(events) == {"summit-a-e1", "winter-e1"}


def test_same_dyad_months_apart_stays_apart_even_in_one_story(tmp_path: Path) -> None:
    later = SUMMIT.replace("on Wednesday", "again on Thursday")
    items = [
        _analyzed("july", SUMMIT, "alpha.example", "2024-07-10", "2024-07-10"),
        _analyzed("october", later, "beta.example", "2024-10-17", "2024-10-17"),
    ]
    with Store.open(tmp_path / "s.db") as store:
        first, second = _ingest(store, Linker.open(store), items)
        assert first.story_id == second.story_id  # same wording: one story
        assert first.merged_events != second.merged_events


def test_reports_dated_only_by_their_publication_day_find_the_event_days_before(
    tmp_path: Path,
) -> None:
    """A report of the condemnation that never says when it happened is dated by its
    publication day; three days after the summit it is the same event, two weeks after
    it is not."""
    items = [
        _analyzed("summit-a", SUMMIT, "alpha.example", "2024-07-10", "2024-07-10"),
        _analyzed("late", SUMMIT_OTHER, "beta.example", "2024-07-13", "2024-07-13"),
        _analyzed("later", SUMMIT_LATER, "gamma.example", "2024-07-24", "2024-07-24"),
    ]
    with Store.open(tmp_path / "s.db") as store:
        first, late, later = _ingest(store, Linker.open(store), items)
        assert first.story_id == late.story_id == later.story_id
        assert late.merged_events == first.merged_events == ("summit-a-e1",)
        assert later.merged_events == ("later-e1",)
        events = {e["id"]: e for e in merged_event_rows(store)}
        # The summit keeps the day its own report gave.
        assert events["summit-a-e1"]["date"] == "2024-07-10"
        assert events["summit-a-e1"]["num_articles"] == 2


def test_a_merged_event_lists_each_reports_claimant_once(tmp_path: Path) -> None:
    usa = Actor("United States", "USA", country="USA", text="Washington")
    nato_allies = dataclasses.replace(NATO, text="NATO allies")
    items = [
        _analyzed("a", SUMMIT, "alpha.example", "2024-07-10", "2024-07-10", claimant=usa),
        _analyzed("b", SUMMIT_OTHER, "beta.example", "2024-07-10", "2024-07-10", NATO),
        _analyzed("c", SUMMIT_LATER, "gamma.example", "2024-07-11", "2024-07-10", nato_allies),
    ]
    with Store.open(tmp_path / "s.db") as store:
        _ingest(store, Linker.open(store), items)
        (merged,) = merged_event_rows(store)
        assert merged["num_articles"] == 3
        assert merged["claimant"]["code"] == "USA"  # the contract's one: the first report's
        assert [c["code"] for c in merged["claimants"]] == ["USA", "IGO"]


def test_relink_gives_the_incremental_links(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        _ingest(store, Linker.open(store), _corpus())
        incremental = _links(store)
        events = list(merged_event_rows(store))
        stories = list(story_rows(store))
        assert relink(store) == 5
        assert _links(store) == incremental
        assert list(merged_event_rows(store)) == events
        assert list(story_rows(store)) == stories


def test_linking_twice_changes_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        linker = Linker.open(store)
        first = _ingest(store, linker, _corpus()[:1])[0]
        again = linker.link(_corpus()[0])
        assert again.already_linked and again.story_id == first.story_id
        assert len(list(merged_event_rows(store))) == 1


def test_story_export_shape(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        _ingest(store, Linker.open(store), _corpus())
        rows = list(story_rows(store))
        summit = next(r for r in rows if "summit-a" in r["articles"])
        assert tuple(summit) == STORY_FIELDS
        assert summit["articles"][:3] == ["summit-a", "summit-b", "copy"]
        assert "harbour" not in summit["articles"]
        assert summit["num_outlets"] == 2  # the copy's outlet is not counted
        assert summit["first_published"] == "2024-07-10"
        assert summit["events"][0] == "summit-a-e1"
        cited = {s["article_id"] for s in summit["summary"]}
        assert cited <= {"summit-a", "summit-b"} and summit["summary"]


def test_member_dates_of_the_assigned_story_leave_the_article_out(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        linker = Linker.open(store)
        results = _ingest(store, linker, _corpus())
        summit_b = results[2]
        assert linker.member_dates(summit_b.story_id) == ("2024-07-10", "2024-07-11", "2024-07-11")
        assert linker.member_dates(summit_b.story_id, exclude=summit_b.key) == (
            "2024-07-10",
            "2024-07-11",
        )
        assert linker.member_dates("no-such-story") == ()


def _frequency_tables(store: Store) -> tuple[list[tuple], list[tuple]]:
    conn = connection(store)
    folded = conn.execute("SELECT term, df FROM story_df ORDER BY term").fetchall()
    pending = conn.execute("SELECT term, touched FROM story_df_pending ORDER BY 1, 2").fetchall()
    return [tuple(r) for r in folded], [tuple(r) for r in pending]


def test_relink_folds_document_frequencies_where_ingest_did(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        linker = Linker.open(store)
        linker.stories.frequencies.fold_every = 3
        _ingest(store, linker, _corpus())
        incremental = _links(store)
        folded, pending = _frequency_tables(store)
        assert folded and pending  # four originals (one copy): one fold, one pending
        assert relink(store, linker) == 5
        assert _links(store) == incremental
        assert _frequency_tables(store) == (folded, pending)


FERRY = (
    "Fishermen crowding the quay at Calder condemned the ferry company for cancelling "
    "crossings, saying trawler crews missed markets while timetables stayed unpublished "
    "and ticket refunds never arrived."
)
# Tells both: the Ostrava summit and the Calder quay, in its own words.
BOTH = (
    "Velmora war: North Korea condemned by allied leaders at Ostrava summit over artillery "
    "shells; Anna Lisowska promises air defence. Calder quay: fishermen condemned ferry "
    "company, crossings cancelled, trawler crews missed markets, refunds never arrived, "
    "timetables unpublished."
)


def test_a_report_clearing_two_stories_folds_them_into_the_older(tmp_path: Path) -> None:
    """Two reports of one event told so differently that each starts a story, a copy of
    the second, then a report telling both: the younger story is folded into the older,
    members and merged events included, and a relink folds the same way."""
    items = [
        _analyzed("summit", SUMMIT, "alpha.example", "2024-07-10", "2024-07-10"),
        _analyzed("ferry", FERRY, "beta.example", "2024-07-10", "2024-07-10"),
        _analyzed("ferry-copy", FERRY, "copy.example", "2024-07-11", "2024-07-10"),
        _analyzed("both", BOTH, "gamma.example", "2024-07-11"),
    ]
    with Store.open(tmp_path / "s.db") as store:
        summit, ferry, copy, both = _ingest(store, Linker.open(store), items)
        assert summit.story_id != ferry.story_id == copy.story_id
        assert both.story_id == summit.story_id
        assert {row[1] for row in _links(store)} == {summit.story_id}
        (story,) = story_rows(store)
        assert story["articles"] == ["summit", "ferry", "ferry-copy", "both"]
        assert story["num_outlets"] == 3
        (event,) = merged_event_rows(store)
        assert event["id"] == "summit-e1" and event["num_articles"] == 2
        assert {ev["article_id"] for ev in event["evidence"]} == {"summit", "ferry"}
        # The ids the fold retired still lead to the records that hold their content.
        assert story["former_ids"] == [ferry.story_id]
        assert event["former_ids"] == ["ferry-e1"]
        conn = connection(store)
        assert current_id(conn, "story", ferry.story_id) == summit.story_id
        assert current_id(conn, "event", "ferry-e1") == "summit-e1"
        assert current_id(conn, "story", summit.story_id) == summit.story_id
        incremental = (_links(store), list(merged_event_rows(store)), list(story_rows(store)))
        assert relink(store) == 4
        assert (_links(store), list(merged_event_rows(store)), list(story_rows(store))) == (
            incremental
        )


def test_a_story_larger_than_fold_max_size_is_not_folded(tmp_path: Path) -> None:
    ferry_again = (
        "Calder ferry crossings stayed cancelled on Thursday and the ferry company still "
        "owed ticket refunds, the harbour master said, while trawler crews on the quay "
        "counted the markets they had missed."
    )
    items = [
        _analyzed("summit", SUMMIT, "alpha.example", "2024-07-10", "2024-07-10"),
        _analyzed("ferry", FERRY, "beta.example", "2024-07-10", "2024-07-10"),
        _analyzed("ferry-2", ferry_again, "delta.example", "2024-07-11"),
        _analyzed("both", BOTH, "gamma.example", "2024-07-11"),
    ]
    with Store.open(tmp_path / "capped.db") as store:
        linker = Linker.open(store, stories=StoryConfig(fold_margin=0.0, fold_max_size=1))
        summit, ferry, ferry_again_link, both = _ingest(store, linker, items)
        assert ferry_again_link.duplicate is None
        assert summit.story_id != ferry.story_id == ferry_again_link.story_id
        assert both.story_id in {summit.story_id, ferry.story_id}
        assert len(list(story_rows(store))) == 2
    with Store.open(tmp_path / "default.db") as store:
        _ingest(store, Linker.open(store, stories=StoryConfig(fold_margin=0.0)), items)
        assert len(list(story_rows(store))) == 1  # two members are within the default cap
