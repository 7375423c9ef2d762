"""``link_cost``: the stream medians kept as before, plus CPU mean and p95, the share and
cost of each path, the same-mix probe linked at every checkpoint, and the paired probe
linked into the stores saved at every checkpoint in turn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate.stories import link_cost

TOPICS = (
    ("Ferry strike", "Dock workers in Port Alder walked out over night shifts and pay."),
    ("Orchard frost", "A late frost damaged apple blossom across the Velm valley farms."),
    ("Library reopens", "The Carrow library reopened after a restoration of its dome."),
    ("Rail fares", "Regional rail fares will rise by four percent from January."),
    ("Chess final", "Mira Odell won the national chess final in eleven rounds."),
    ("Bridge repairs", "Engineers closed the Tamsin bridge for cable repairs."),
    ("Museum theft", "Thieves took two bronze statues from the Harrow sculpture garden."),
    ("Flood warning", "Forecasters warned of river flooding along the lower Senn."),
)


def _corpus(tmp_path: Path) -> Path:
    records = [
        {"id": f"r{n}", "title": title, "text": f"{lead} {title}: {lead} {lead}"}
        for n, (title, lead) in enumerate(TOPICS)
    ]
    records.insert(5, {**records[1], "id": "r1-again"})  # a verbatim copy: the copy path
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def costs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return link_cost(_corpus(tmp_path_factory.mktemp("cost")), (2, 30), probes=2)


@pytest.mark.parametrize("stored", [2, 30])
def test_every_checkpoint_has_the_stream_and_probe_statistics(
    costs: dict[str, float], stored: int
) -> None:
    for name in ("link", "probe", "paired"):
        median = costs[f"{name}_cpu_ms_at_{stored}"]
        assert costs[f"{name}_ms_at_{stored}"] > 0 and median > 0
        assert costs[f"{name}_cpu_p95_ms_at_{stored}"] >= median
        assert costs[f"{name}_cpu_mean_ms_at_{stored}"] > 0
    assert 0.0 <= costs[f"link_new_pct_at_{stored}"] <= 100.0


def test_paths_are_split_and_only_the_paths_taken_are_reported(costs: dict[str, float]) -> None:
    # The first window starts with first reports (founding stories) and holds the
    # verbatim copy; later windows hold edited repeats, which join their source's story.
    assert costs["link_new_pct_at_2"] > 0
    assert costs["link_cpu_ms_new_at_2"] > 0 and costs["link_cpu_ms_copy_at_2"] > 0
    assert costs["link_cpu_ms_join_at_30"] > 0
    paths = {
        key.removeprefix("link_cpu_ms_").split("_at_")[0]
        for key in costs
        if key.startswith("link_cpu_ms_") and not key.startswith("link_cpu_ms_at_")
    }
    assert paths == {"new", "join", "copy"}
    assert "link_cpu_ms_new_at_30" not in costs  # no article founded a story there


def test_no_probe_keys_without_probes(tmp_path: Path) -> None:
    costs = link_cost(_corpus(tmp_path), (3,), probes=0)
    assert costs["link_cpu_ms_at_3"] > 0
    assert not any(key.startswith(("probe", "paired")) for key in costs)


def test_paired_probes_need_two_saved_stores(tmp_path: Path) -> None:
    costs = link_cost(_corpus(tmp_path), (3,), probes=2)
    assert costs["probe_cpu_ms_at_3"] > 0
    assert not any(key.startswith("paired") for key in costs)


def test_an_empty_corpus_is_an_input_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="no records"):
        link_cost(empty, (1,))
