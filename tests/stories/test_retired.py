from __future__ import annotations

from pathlib import Path

from newsgraph.store import Store
from newsgraph.store.links import connection
from newsgraph.stories.retired import current_id, former_ids, former_ids_by_current, retire


def test_chains_of_folds_stay_flat_and_kinds_stay_apart(tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.db") as store:
        conn = connection(store)
        retire(conn, "story", "s-young", "s-mid")
        retire(conn, "story", "s-mid", "s-old")
        retire(conn, "event", "s-mid", "e-other")  # same text, other kind: its own row
        assert current_id(conn, "story", "s-young") == "s-old"
        assert current_id(conn, "story", "s-mid") == "s-old"
        assert current_id(conn, "story", "s-old") == "s-old"
        assert current_id(conn, "event", "s-mid") == "e-other"
        assert former_ids(conn, "story", "s-old") == ["s-mid", "s-young"]
        assert former_ids(conn, "story", "s-mid") == []
        assert former_ids(conn, "event", "e-other") == ["s-mid"]
        assert former_ids_by_current(conn, "story") == {"s-old": ["s-mid", "s-young"]}
