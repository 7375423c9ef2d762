from __future__ import annotations

from newsgraph.bench import link_cost_kinds
from newsgraph.evaluate.report import _link_cost_table

COSTS = {
    "link_cpu_ms_at_1000": 3.6,
    "link_new_pct_at_1000": 26.0,
    "paired_cpu_ms_at_1000": 3.4,
    "link_cpu_ms_at_10000": 4.2,
    "link_new_pct_at_10000": 2.0,
    "paired_cpu_ms_at_10000": 3.8,
    "link_cpu_ms_copy_at_1000": 1.2,
}


def test_link_costs_are_grouped_by_kind_with_every_stored_count() -> None:
    kinds = link_cost_kinds(COSTS)
    assert kinds["link CPU ms/article (median)"] == {1000: 3.6, 10000: 4.2}
    assert kinds["timed links founding a story, %"] == {1000: 26.0, 10000: 2.0}
    assert kinds["link CPU ms/article of a copy (median)"] == {1000: 1.2}


def test_the_report_shows_one_row_per_kind_with_its_growth() -> None:
    rows = [line for line in _link_cost_table(COSTS) if line.startswith("| ")]
    assert rows[0] == "| kind | 1,000 stored | 10,000 stored | growth |"
    assert "| link CPU ms/article (median) | 3.6 | 4.2 | ×1.17 |" in rows
    assert "| timed links founding a story, % | 26.0 | 2.0 |  |" in rows
    assert "| link CPU ms/article of a copy (median) | 1.2 |  |  |" in rows
    assert _link_cost_table({}) == []
