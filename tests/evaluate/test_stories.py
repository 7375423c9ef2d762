"""The stories eval: linked as ``ingest`` links (pipeline features) or from text alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate.stories import (
    analyzed_articles,
    bcubed,
    cluster_in_order,
    evaluate_stories,
)
from newsgraph.records import AnalyzedArticle

# Two unrelated stories about fictional places, three reports each.
STORIES = {
    "flood": (
        "Floods cut off Parvena as the river Ostel burst its banks on Monday, Mayor Lina "
        "Okari said, and the United Nations sent rescue boats to the lower town of Parvena.",
        "Mayor Lina Okari said the Ostel flood waters in Parvena were falling on Tuesday "
        "as rescue boats brought more families from the lower town to shelters.",
        "Parvena began cleaning up after the Ostel flood on Wednesday; Mayor Lina Okari "
        "said the lower town of Parvena would need months to rebuild.",
    ),
    "election": (
        "Voters in Marrowind elected Tessa Valdane as president on Sunday, the election "
        "commission of Marrowind said, giving her 58 percent of the vote.",
        "Tessa Valdane thanked voters on Monday after the Marrowind election commission "
        "confirmed her victory in the presidential vote with 58 percent.",
        "President-elect Tessa Valdane of Marrowind named her cabinet on Tuesday, a week "
        "after the election commission declared her the winner of the vote.",
    ),
}


def _records() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for story, texts in STORIES.items():
        for n, text in enumerate(texts):
            day = f"2024-0{4 if story == 'flood' else 6}-1{n}"
            records.append({"id": f"{story}-{n}", "text": text, "date": day, "gold_cluster": story})
    return records


def _gold(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in _records()) + "\n", encoding="utf-8")
    return path


def test_bcubed_scores_a_merge_and_a_split() -> None:
    assert bcubed(["a", "a", "b"], ["x", "x", "y"]) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed(["a", "a", "a"], ["x", "x", "y"])
    assert recall == 1.0 and precision == pytest.approx(5 / 9)
    precision, recall, _ = bcubed(["a", "b", "c"], ["x", "x", "x"])
    assert precision == 1.0 and recall == pytest.approx(1 / 3)


def test_text_only_path_links_bare_articles_and_scores_them(tmp_path: Path) -> None:
    articles, rejected = analyzed_articles(_records(), parse=False)
    assert rejected == 0 and all(not a.mentions and not a.events for a in articles)
    result = evaluate_stories(_gold(tmp_path), parse=False)
    assert result.metrics["linked_from"] == "text"
    assert result.metrics["bcubed"]["f1"] == 1.0
    assert result.metrics["stories"] == 2
    assert result.errors == ()


def test_the_same_articles_cluster_alike_in_any_arrival_order() -> None:
    articles, _ = analyzed_articles(_records(), parse=False)
    forward = cluster_in_order(articles, range(len(articles)))
    backward = cluster_in_order(articles, list(reversed(range(len(articles)))))
    assert len(set(forward[:3])) == len(set(forward[3:])) == 1
    assert len(set(backward[:3])) == len(set(backward[3:])) == 1
    assert set(forward[:3]) != set(forward[3:])


def test_the_default_path_links_what_the_pipeline_found(tmp_path: Path) -> None:
    """Parsed articles carry resolved actors (the Linker reads their codes from the store)
    and score like the text path on two clearly separate stories."""
    articles, rejected = analyzed_articles(_records())
    assert rejected == 0
    assert all(isinstance(a, AnalyzedArticle) for a in articles)
    codes = {m.actor.code for a in articles for m in a.mentions if m.actor is not None}
    assert "IGOUNO" in codes
    assert [a.article.id for a in articles] == [r["id"] for r in _records()]
    result = evaluate_stories(_gold(tmp_path))
    assert result.metrics["linked_from"] == "pipeline"
    assert result.metrics["bcubed"]["f1"] == 1.0
