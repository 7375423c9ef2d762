"""Bench reporting: link-cost labels and the growth of per-article link time with the store."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from newsgraph.bench import BenchResult, link_cost_label, link_growth

TIMED = {
    "link_ms_at_1000": 5.0,
    "link_cpu_ms_at_1000": 4.0,
    "link_ms_at_10000": 5.5,
    "link_cpu_ms_at_10000": 6.0,
}


def test_labels_name_wall_or_cpu_and_the_stored_count() -> None:
    assert link_cost_label("link_ms_at_1000") == "link ms/article (median, 1000 stored)"
    assert link_cost_label("link_cpu_ms_at_10000") == "link CPU ms/article (median, 10000 stored)"


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("link_cpu_mean_ms_at_1000", "link CPU ms/article (mean, 1000 stored)"),
        ("link_cpu_p95_ms_at_10000", "link CPU ms/article (p95, 10000 stored)"),
        ("link_cpu_ms_join_at_1000", "link CPU ms/article joining a story (median, 1000 stored)"),
        ("probe_cpu_ms_at_1000", "link CPU ms/article, same-mix probe (median, 1000 stored)"),
        ("link_new_pct_at_10000", "timed links founding a story, % (10000 stored)"),
    ],
)
def test_labels_of_the_means_percentiles_paths_and_probe(key: str, label: str) -> None:
    assert link_cost_label(key) == label


def test_the_probe_and_the_stream_grow_separately_and_shares_do_not_grow() -> None:
    timed = {
        **TIMED,
        "probe_cpu_ms_at_1000": 4.0,
        "probe_cpu_ms_at_10000": 4.2,
        "probe_cpu_p95_ms_at_1000": 8.0,
        "probe_cpu_p95_ms_at_10000": 6.0,
        "link_new_pct_at_1000": 30.0,
        "link_new_pct_at_10000": 3.0,
    }
    growth = link_growth(timed)
    assert growth["link CPU ms/article, same-mix probe (median)"] == (1000, 10000, 1.05)
    assert growth["link CPU ms/article, same-mix probe (p95)"] == (1000, 10000, 0.75)
    assert growth["link CPU ms/article (median)"] == (1000, 10000, 1.5)
    assert not any("founding" in kind for kind in growth)


def test_growth_is_largest_store_over_smallest_for_wall_and_cpu() -> None:
    assert link_growth(TIMED) == {
        "link ms/article (median)": (1000, 10000, 1.1),
        "link CPU ms/article (median)": (1000, 10000, 1.5),
    }


def test_growth_uses_the_extreme_counts_whatever_the_key_order() -> None:
    timed = {"link_ms_at_10000": 8.0, "link_ms_at_100": 2.0, "link_ms_at_1000": 4.0}
    assert link_growth(timed) == {"link ms/article (median)": (100, 10000, 4.0)}


@pytest.mark.parametrize(
    "timed",
    [
        {},
        {"link_ms_at_1000": 5.0},
        {"link_ms_at_1000": 0.0, "link_ms_at_10000": 3.0},
        {"other_at_1000": 1.0, "other_at_10000": 2.0, "link_ms_at_x": 1.0},
    ],
)
def test_no_growth_without_two_positive_timings_of_a_kind(timed: dict[str, float]) -> None:
    assert link_growth(timed) == {}


@given(
    st.floats(min_value=0.01, max_value=1e3),
    st.floats(min_value=0.0, max_value=1e3),
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=1, max_value=10**6),
)
def test_growth_is_the_ratio_of_the_two_medians(
    small: float, large: float, low: int, extra: int
) -> None:
    high = low + extra
    timed = {f"link_cpu_ms_at_{low}": small, f"link_cpu_ms_at_{high}": large}
    assert link_growth(timed)["link CPU ms/article (median)"] == (
        low,
        high,
        round(large / small, 3),
    )


def test_the_bench_table_shows_the_growth_rows() -> None:
    result = BenchResult(
        corpus="c.jsonl",
        articles=10,
        words=1000,
        processes=1,
        batch_size=16,
        prepare_seconds=0.1,
        pipeline_seconds=1.0,
        pipeline_articles_per_s=10.0,
        pipeline_words_per_s=1000.0,
        spacy_seconds=0.5,
        spacy_words_per_s=2000.0,
        pipeline_peak_rss_mb=100.0,
        overall_peak_rss_mb=120.0,
        events=3,
        stage_share={},
        link_ms_per_article=TIMED,
    )
    console = Console(record=True, width=120)
    result.print(console)
    text = console.export_text()
    assert "link ms/article (median) growth, 1000 → 10000 stored" in text and "×1.10" in text
    assert "link CPU ms/article (median) growth, 1000 → 10000 stored" in text and "×1.50" in text
