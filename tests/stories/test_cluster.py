from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.store.migrations import migrate
from newsgraph.stories import (
    StoryClusterer,
    StoryConfig,
    StoryDoc,
    StoryError,
    choice_score,
    doc_years,
    late_score,
    required_score,
    story_id_for,
)
from newsgraph.stories.features import doc_counts
from newsgraph.stories.summary import Member, summary, title

# Two look-alike earthquakes (fictional places and people).
QUAKE_A = (
    (
        "Earthquake shakes Karvello",
        "A magnitude 6.4 earthquake struck near the mountain town of Karvello in northern "
        "Velmora early on Tuesday, collapsing houses and cutting the road to the valley. "
        "Governor Ilse Marraby said rescue teams were searching the rubble in Karvello and "
        "that at least 31 people had died.",
    ),
    (
        "Karvello quake toll rises",
        "Rescuers in Karvello pulled survivors from collapsed homes on Wednesday as the death "
        "toll from the 6.4 magnitude earthquake in northern Velmora rose to 45. Governor Ilse "
        "Marraby asked for tents and blankets for families sleeping outside in Karvello.",
    ),
    (
        "Velmora sends army to Karvello",
        "Velmora deployed soldiers to Karvello after Tuesday's earthquake, Governor Ilse "
        "Marraby said, as aftershocks rattled the damaged town and rescue teams kept digging "
        "through rubble in northern Velmora.",
    ),
)

QUAKE_B = (
    (
        "Earthquake hits Duncastra coast",
        "A magnitude 5.9 earthquake hit the fishing port of Duncastra on the coast of Osmeria "
        "on Friday, damaging the harbour wall and toppling a church tower. Mayor Tomas Ferrand "
        "said rescue teams in Duncastra had found 12 people dead in collapsed buildings.",
    ),
    (
        "Duncastra counts the cost of quake",
        "Residents of Duncastra cleared rubble on Saturday after the 5.9 magnitude earthquake "
        "on the Osmeria coast. Mayor Tomas Ferrand said the death toll had risen to 17 and "
        "that the harbour in Duncastra would stay closed.",
    ),
    (
        "Osmeria pledges aid to Duncastra",
        "The government of Osmeria pledged emergency aid to Duncastra, where Friday's "
        "earthquake killed 17 people, Mayor Tomas Ferrand said, as rescue teams searched "
        "collapsed buildings near the harbour.",
    ),
)


def _clusterer(config: StoryConfig | None = None) -> StoryClusterer:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    return StoryClusterer(conn, config)


def _docs() -> list[tuple[str, StoryDoc]]:
    out = []
    for label, reports, day in (("A", QUAKE_A, "2024-03-0"), ("B", QUAKE_B, "2024-05-1")):
        for n, (head, text) in enumerate(reports):
            out.append((label, StoryDoc(f"{label}{n}", text, head, f"{day}{n + 1}")))
    return out


@pytest.mark.parametrize("order", [(0, 1, 2, 3, 4, 5), (0, 3, 1, 4, 2, 5), (5, 2, 4, 1, 3, 0)])
def test_look_alike_earthquakes_stay_apart_in_any_order(order: tuple[int, ...]) -> None:
    clusterer = _clusterer()
    docs = _docs()
    assigned = {docs[i][1].key: clusterer.assign(docs[i][1]) for i in order}
    a = {assigned[doc.key] for label, doc in docs if label == "A"}
    b = {assigned[doc.key] for label, doc in docs if label == "B"}
    assert len(a) == 1 and len(b) == 1 and a != b
    first = docs[order[0]][1].key
    assert assigned[first] == story_id_for(first)


def test_same_words_far_apart_in_time_found_a_new_story() -> None:
    clusterer = _clusterer(StoryConfig(window_days=30))
    head, text = QUAKE_A[0]
    first = clusterer.assign(StoryDoc("x1", text, head, "2020-01-01"))
    again = clusterer.assign(StoryDoc("x2", text, head, "2020-01-02"))
    later = clusterer.assign(StoryDoc("x3", text, head, "2021-06-01"))
    undated = clusterer.assign(StoryDoc("x4", text, head, None))
    assert first == again == undated
    assert later != first


def test_lead_words_weigh_more_and_names_are_found() -> None:
    doc = StoryDoc("k", "Governor Ilse Marraby visited Karvello. " + "Later words. " * 30)
    terms, names = doc_counts(doc, lead_tokens=5, lead_boost=2.0)
    assert terms["governor"] == 3.0 and terms["words"] == 30.0
    assert names["e:governor ilse marraby"] == 3.0 and names["e:marraby"] == 3.0


def test_config_is_validated() -> None:
    with pytest.raises(StoryError, match="threshold"):
        StoryConfig(threshold=1.5)


def test_summary_quotes_each_sentence_once_and_cites_articles() -> None:
    lead = "Velmora deployed soldiers to Karvello after the earthquake on Tuesday."
    members = [
        Member("wire", "Soldiers sent to Karvello", lead + " More detail follows here today."),
        Member("copy", "Army sent to Karvello", lead + " Other outlets add their own words."),
    ]
    rows = summary(members)
    sentences = [row["sentence"] for row in rows]
    assert sentences.count(lead) == 1
    assert {row["article_id"] for row in rows} == {"wire", "copy"}
    assert title(members) in {"Soldiers sent to Karvello", "Army sent to Karvello"}


def test_a_dated_report_needs_more_to_join_an_undated_story() -> None:
    head, text = QUAKE_A[0]
    later_head, later_text = QUAKE_A[2]
    undated = StoryDoc("old", text, head, None)
    dated = StoryDoc("new", later_text, later_head, "2024-03-03")
    lenient = _clusterer(StoryConfig(threshold=0.1, unverified_threshold=0.1))
    assert lenient.assign(undated) == lenient.assign(dated)
    strict = _clusterer(StoryConfig(threshold=0.1, unverified_threshold=0.95))
    assert strict.assign(undated) != strict.assign(dated)


def test_unverified_threshold_below_threshold_is_rejected() -> None:
    with pytest.raises(StoryError, match="unverified_threshold"):
        StoryConfig(threshold=0.3, unverified_threshold=0.2)


def test_required_score_rises_with_the_share_of_unverifiable_members() -> None:
    config = StoryConfig(threshold=0.2, unverified_threshold=0.6)
    assert required_score(config, 4, 4, article_dated=True) == pytest.approx(0.2)
    assert required_score(config, 4, 0, article_dated=False) == pytest.approx(0.2)
    assert required_score(config, 4, 0, article_dated=True) == pytest.approx(0.6)
    # One dated member does not make a story of undated reports a dated story.
    assert required_score(config, 4, 1, article_dated=True) == pytest.approx(0.5)
    assert required_score(config, 4, 1, article_dated=False) == pytest.approx(0.3)


def test_choice_score_discounts_the_timedness_bar_only_for_untimed_articles() -> None:
    config = StoryConfig(threshold=0.2, unverified_threshold=0.6, untimed_choice_weight=0.25)
    # A timed article prefers stories by their margin over the full bar.
    assert choice_score(config, 0.1, 0.5, timed=True) == pytest.approx(0.1)
    # An untimed article weighs only a quarter of what timedness added to the bar (0.3).
    assert choice_score(config, 0.1, 0.5, timed=False) == pytest.approx(0.1 + 0.75 * 0.3)
    assert choice_score(config, 0.1, 0.2, timed=False) == pytest.approx(0.1)


def test_untimed_choice_weight_outside_zero_one_is_rejected() -> None:
    with pytest.raises(StoryError, match="untimed_choice_weight"):
        StoryConfig(untimed_choice_weight=1.5)


@pytest.mark.parametrize(("weight", "joins"), [(0.0, "dated"), (1.0, "undated")])
def test_untimed_article_weighs_the_timedness_bar_by_untimed_choice_weight(
    weight: float, joins: str
) -> None:
    """An undated report mostly about the dated earthquake, with a sentence about the
    other, clears both stories; the undated story's bar is lower, the dated one it scores
    higher against. Weighing no timedness in the choice, it joins the story it is about."""
    clusterer = _clusterer(
        StoryConfig(threshold=0.02, unverified_threshold=0.6, untimed_choice_weight=weight)
    )
    dated = {
        clusterer.assign(StoryDoc(f"a{n}", text, head, f"2024-03-0{n + 1}"))
        for n, (head, text) in enumerate(QUAKE_A)
    }
    undated = {
        clusterer.assign(StoryDoc(f"b{n}", text, head, None))
        for n, (head, text) in enumerate(QUAKE_B)
    }
    assert len(dated) == len(undated) == 1
    head, text = QUAKE_A[1]
    story = clusterer.assign(StoryDoc("mixed", f"{text} {QUAKE_B[2][1]}", head, None))
    assert story in (dated if joins == "dated" else undated)


def test_dated_look_alike_cannot_join_a_mostly_undated_story_through_one_dated_member() -> None:
    clusterer = _clusterer(StoryConfig(threshold=0.02, unverified_threshold=0.8))
    stories = {clusterer.assign(StoryDoc(f"u{n}", t, h, None)) for n, (h, t) in enumerate(QUAKE_A)}
    assert len(stories) == 1
    head, text = QUAKE_A[0]
    # A dated copy of a member is similar enough to join the undated story ...
    assert clusterer.assign(StoryDoc("dated-copy", text, head, "2024-03-01")) in stories
    # ... but the story stays mostly undated: the other earthquake, dated, is not let in
    # at the dated-to-dated bar (0.02) the story's one dated member would suggest.
    other_head, other_text = QUAKE_B[0]
    assert clusterer.assign(StoryDoc("b", other_text, other_head, "2024-03-02")) not in stories


def test_an_article_counts_at_most_article_terms_terms_and_names() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    clusterer = StoryClusterer(conn, StoryConfig(article_terms=5))
    head, text = QUAKE_A[0]
    clusterer.assign(StoryDoc("a", text, head, "2024-03-01"))
    clusterer.frequencies.fold()
    counted = [row[0] for row in conn.execute("SELECT term FROM story_df")]
    names = [term for term in counted if term.startswith("e:")]
    assert len(names) == 5 and len(counted) == 10
    assert "karvello" in counted and "e:karvello" in names  # the most frequent are kept


def test_sizes_must_be_positive() -> None:
    with pytest.raises(StoryError, match="article_terms"):
        StoryConfig(article_terms=0)


@pytest.mark.parametrize("layout", ["plain", "dated"])
def test_story_rows_of_older_formats_are_still_read(layout: str) -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    clusterer = StoryClusterer(conn, StoryConfig())
    head, text = QUAKE_A[0]
    story = clusterer.assign(StoryDoc("a", text, head, "2024-03-01"))
    stored = json.loads(
        conn.execute("SELECT text_vector FROM stories WHERE id = ?", (story,)).fetchone()[0]
    )
    assert stored["timed"] == 1 and stored["years"] == {"2024": 1}
    # Format 1 was the plain centroid; format 2 counted dated members only.
    terms = stored["terms"]
    legacy = terms if layout == "plain" else {"v": 2, "dated": 1, "terms": terms}
    conn.execute("UPDATE stories SET text_vector = ? WHERE id = ?", (json.dumps(legacy), story))
    again_head, again_text = QUAKE_A[1]
    assert clusterer.assign(StoryDoc("b", again_text, again_head, "2024-03-02")) == story
    updated = json.loads(
        conn.execute("SELECT text_vector FROM stories WHERE id = ?", (story,)).fetchone()[0]
    )
    assert updated["timed"] == 2 and updated["years"] == {"2024": 2}


def test_late_score_grows_per_doubling_beyond_the_window_and_stops_at_max_gap() -> None:
    config = StoryConfig(window_days=30, late_penalty=0.1, max_gap_days=365)
    assert late_score(config, None) == 0.0
    assert late_score(config, 30) == 0.0
    assert late_score(config, 60) == pytest.approx(0.1)
    assert late_score(config, 120) == pytest.approx(0.2)
    assert late_score(config, 366) is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"window_days": 0}, "window_days"),
        ({"window_days": 90, "max_gap_days": 60}, "max_gap_days"),
        ({"late_penalty": -0.1}, "late_penalty"),
    ],
)
def test_time_parameters_are_validated(changes: dict[str, int | float], field: str) -> None:
    with pytest.raises(StoryError, match=field):
        StoryConfig(**changes)  # type: ignore[arg-type]


def test_a_follow_up_months_later_joins_when_it_says_the_same_things() -> None:
    clusterer = _clusterer(StoryConfig(window_days=30, late_penalty=0.1, max_gap_days=365))
    first = clusterer.assign(StoryDoc("a", QUAKE_A[0][1], QUAKE_A[0][0], "2024-03-05"))
    assert clusterer.assign(StoryDoc("b", QUAKE_A[1][1], QUAKE_A[1][0], "2024-03-06")) == first
    # Four months on: the bar is 0.2 higher, and a report repeating the names clears it ...
    assert clusterer.assign(StoryDoc("c", QUAKE_A[2][1], QUAKE_A[2][0], "2024-07-10")) == first
    # ... while with a steep penalty the same report founds a story of its own.
    steep = _clusterer(StoryConfig(window_days=30, late_penalty=0.6, max_gap_days=365))
    kept = steep.assign(StoryDoc("a", QUAKE_A[0][1], QUAKE_A[0][0], "2024-03-05"))
    assert steep.assign(StoryDoc("c", QUAKE_A[2][1], QUAKE_A[2][0], "2024-07-10")) != kept


def test_a_year_in_the_lead_places_an_undated_report_in_time() -> None:
    head, text = QUAKE_A[0]
    clusterer = _clusterer()
    story = clusterer.assign(StoryDoc("a", text, head, "2016-03-01"))
    # Undated, but its dateline says 2016: timed, so it meets the dated story at the low bar.
    again_head, again_text = QUAKE_A[1]
    dateline = f"March 2, 2016\n{again_text}"
    assert clusterer.assign(StoryDoc("b", dateline, again_head, None)) == story
    # The same report with a dateline years away is out of time for the story.
    old = f"March 2, 2009\n{again_text}"
    assert clusterer.assign(StoryDoc("c", old, again_head, None)) != story


def test_doc_years_prefers_the_publication_year_then_the_lead() -> None:
    assert doc_years(StoryDoc("k", "Back in 1999 it began.", published="2013-05-02"), 60) == {2013}
    assert doc_years(StoryDoc("k", "Posted 2/3/2009 5:59 PM\nChargers news"), 60) == {2009}
    assert doc_years(StoryDoc("k", "Body text.", "Review of 2012"), 60) == {2012}
    recap = "Titles in 2004, 2008 and 2012 came before this one."
    assert doc_years(StoryDoc("k", recap), 60) == frozenset()
    late = "Lead words here. " * 20 + "In 2001 something else happened."
    assert doc_years(StoryDoc("k", late), 10) == frozenset()
    assert doc_years(StoryDoc("k", "It cost 2,013 dollars; code 12013; MS08-2010x."), 60) == set()


def test_doc_years_skips_a_year_that_modifies_a_noun_unless_a_month_dates_it() -> None:
    background = "The actor, who rose to fame in the 1999 film Summer Nights, checked in."
    assert doc_years(StoryDoc("k", background), 60) == frozenset()
    assert doc_years(StoryDoc("k", "Penalties for a 2012 car crash case were set."), 60) == set()
    assert doc_years(StoryDoc("k", "He was arrested in 2011 while driving home."), 60) == {2011}
    assert doc_years(StoryDoc("k", "The trial of the April 2012 shooting opened."), 60) == {2012}
    assert doc_years(StoryDoc("k", "The Sept. 4, 2013 vote was close."), 60) == {2013}
    assert doc_years(StoryDoc("k", "A poor start to the 2008-09 season cost him."), 60) == {2008}


@given(st.integers(min_value=1900, max_value=2099), st.sampled_from(["{y}", "{y}.", "({y})"]))
def test_doc_years_finds_a_dateline_year_in_any_form(year: int, form: str) -> None:
    text = "Updated 18 September " + form.format(y=year) + " at 13:59 GMT\nWords follow."
    assert doc_years(StoryDoc("k", text), 60) == {year}


def test_the_story_cleared_by_the_widest_margin_wins_over_the_most_similar() -> None:
    # Two undated reports form one story, a dated report of the same quake another
    # (time cannot vouch for the pair, and the unverified bar is steep).
    clusterer = _clusterer(StoryConfig(threshold=0.05, unverified_threshold=0.7))
    undated = clusterer.assign(StoryDoc("u0", QUAKE_A[0][1], QUAKE_A[0][0], None))
    assert clusterer.assign(StoryDoc("u1", QUAKE_A[1][1], QUAKE_A[1][0], None)) == undated
    dated = clusterer.assign(StoryDoc("d", QUAKE_A[2][1], QUAKE_A[2][0], "2024-03-03"))
    assert dated != undated
    # A dated rewrite of the first report is more similar to the undated story (0.76
    # against its bar of 0.7) but clears the dated one (0.64 against 0.05) by more.
    head, text = QUAKE_A[0]
    rewrite = StoryDoc("x", text + " Rescue teams kept digging.", head, "2024-03-03")
    assert clusterer.assign(rewrite) == dated


def test_a_malformed_story_row_is_reported_with_its_story() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    clusterer = StoryClusterer(conn, StoryConfig())
    head, text = QUAKE_A[0]
    story = clusterer.assign(StoryDoc("a", text, head, "2024-03-01"))
    broken = json.dumps({"v": 3, "timed": 1, "terms": {}})  # no "years"
    conn.execute("UPDATE stories SET text_vector = ? WHERE id = ?", (broken, story))
    with pytest.raises(StoryError, match=f"story {story}: stored text_vector is malformed"):
        clusterer.assign(StoryDoc("b", QUAKE_A[1][1], QUAKE_A[1][0], "2024-03-02"))


# Two arrests of players of one team (fictional): the same words, another person.
ARREST_A = (
    "Harbour City Gulls receiver Dario Menck was arrested on suspicion of drunken driving "
    "early Tuesday, five days before the Gulls' playoff game. Menck failed sobriety tests "
    "after police stopped him on the coast highway, and Menck was booked and released."
)
ARREST_B = (
    "Harbour City Gulls tackle Oren Palusky was arrested on suspicion of drunken driving "
    "early Sunday, the Gulls' second such arrest this month. Palusky failed sobriety tests "
    "after police stopped him on the coast highway, and Palusky was booked and released. "
    "Receiver Dario Menck was arrested on the same charge last month."
)


def _people(text: str, *names: str) -> tuple[tuple[str, int], ...]:
    """Every occurrence of each name, as the parser's PERSON entities would give them."""
    out = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append((name, start))
            start = text.find(name, start + 1)
    return tuple(sorted(out, key=lambda p: p[1]))


def _arrest_story(clusterer: StoryClusterer) -> str:
    story = ""
    for n in range(3):
        doc = StoryDoc(
            f"a{n}",
            ARREST_A,
            "Gulls receiver arrested",
            None,
            people=_people(ARREST_A, "Dario Menck", "Menck"),
        )
        story = clusterer.assign(doc)
    return story


def test_a_look_alike_report_about_someone_else_founds_its_own_story() -> None:
    clusterer = _clusterer()
    story = _arrest_story(clusterer)
    people = _people(ARREST_B, "Oren Palusky", "Palusky", "Dario Menck")
    other = StoryDoc("b", ARREST_B, "Gulls tackle arrested", None, people=people)
    assert clusterer.assign(other) != story
    # The same report without its people is close enough to join (the words cannot tell).
    unnamed = _clusterer()
    story = _arrest_story(unnamed)
    assert unnamed.assign(StoryDoc("b", ARREST_B, "Gulls tackle arrested", None)) == story


def test_a_follow_up_about_the_story_person_joins_it() -> None:
    clusterer = _clusterer()
    story = _arrest_story(clusterer)
    text = (
        "Dario Menck will play in Sunday's playoff game despite his arrest, the Gulls said. "
        "Menck apologised to the team and the fans on Wednesday."
    )
    follow_up = StoryDoc(
        "f", text, "Menck will play", None, people=_people(text, "Dario Menck", "Menck")
    )
    assert clusterer.assign(follow_up) == story
    stored = json.loads(
        clusterer._conn.execute(
            "SELECT text_vector FROM stories WHERE id = ?", (story,)
        ).fetchone()[0]
    )
    assert stored["v"] == 4
    assert stored["protagonists"] == {"menck": 4}
    assert stored["people"] == {"dario": 4, "menck": 4}


def test_a_story_row_without_people_never_rules_an_article_out() -> None:
    clusterer = _clusterer()
    story = _arrest_story(clusterer)
    row = json.loads(
        clusterer._conn.execute(
            "SELECT text_vector FROM stories WHERE id = ?", (story,)
        ).fetchone()[0]
    )
    legacy = {"v": 3, "timed": row["timed"], "years": row["years"], "terms": row["terms"]}
    clusterer._conn.execute(
        "UPDATE stories SET text_vector = ? WHERE id = ?", (json.dumps(legacy), story)
    )
    people = _people(ARREST_B, "Oren Palusky", "Palusky", "Dario Menck")
    assert (
        clusterer.assign(StoryDoc("b", ARREST_B, "Gulls tackle arrested", None, people=people))
        == story
    )


def test_protagonist_parameters_are_validated() -> None:
    with pytest.raises(StoryError, match="protagonist_share"):
        StoryConfig(protagonist_share=0.0)
    with pytest.raises(StoryError, match="protagonist_mentions"):
        StoryConfig(protagonist_mentions=0)


def test_fold_parameters_are_validated() -> None:
    with pytest.raises(StoryError, match="fold_margin"):
        StoryConfig(fold_margin=-0.1)
    with pytest.raises(StoryError, match="fold_max_size"):
        StoryConfig(fold_max_size=0)
