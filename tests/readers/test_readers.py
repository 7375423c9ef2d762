"""Readers: every kind of bad input becomes a named Rejection; good records around it survive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.errors import InputError
from newsgraph.readers import iter_records, load_meta, read_file
from newsgraph.readers.decode import DecodeError, decode_bytes
from newsgraph.records import InputRecord, Rejection

LIMIT = 20 * 1024 * 1024
STORY = "Officials in Lisbon said on Monday that the two ministers met to discuss fishing quotas.\n"


def _all(paths, meta=None, limit=LIMIT):
    return list(iter_records(paths, limit, meta))


def test_directory_reads_txt_and_html_with_file_names_as_ids(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.html").write_text(f"<html><body><p>{STORY}</p></body></html>", "utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    records = _all([tmp_path])
    assert [r.id for r in records] == ["a.html", "b.txt"]
    assert records[0].html and not records[0].text
    assert records[1].text == STORY


def test_meta_sidecar_adds_fields_by_file_name(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    meta_file = tmp_path / "meta.jsonl"
    meta_file.write_text(
        json.dumps({"file": "a.txt", "published": "2025-03-04", "outlet": "Harbor Post"}) + "\n",
        encoding="utf-8",
    )
    (record,) = _all([tmp_path], load_meta(meta_file))
    assert record.published == "2025-03-04"
    assert record.outlet == "Harbor Post"


def test_bad_meta_line_fails_naming_file_and_line(tmp_path: Path) -> None:
    meta_file = tmp_path / "meta.jsonl"
    meta_file.write_text('{"file": "a.txt"}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"meta\.jsonl:2"):
        load_meta(meta_file)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02\x03binary\x00junk" * 10, "binary"),
    ],
)
def test_unusable_files_are_rejected_with_a_reason(
    tmp_path: Path, content: bytes, code: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    rejection = read_file(path, LIMIT)
    assert isinstance(rejection, Rejection)
    assert rejection.code == code
    assert str(path) in rejection.message()


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = "Le ministre a déclaré à Genève que la réunion était « très utile » pour l'été.\n" * 5
    path.write_bytes(text.encode("cp1252"))
    record = read_file(path, LIMIT)
    assert isinstance(record, InputRecord)
    assert "déclaré" in (record.text or "")


def test_garbled_bytes_are_rejected_as_encoding(tmp_path: Path) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(b"ok text " + bytes(range(0x80, 0x100)) * 3 + b"\xff\xfe\xfa" * 50)
    assert info.value.code in {"encoding", "binary"}


def test_oversized_file_rejected_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB of size, no disk written
    rejection = read_file(path, LIMIT)
    assert isinstance(rejection, Rejection) and rejection.code == "too_large"
    assert "52,428,800 bytes" in rejection.detail


def test_jsonl_bad_lines_do_not_cost_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "good-1", "text": STORY}).encode(),
        b"{not json",
        json.dumps(["a", "list"]).encode(),
        json.dumps({"id": "no-text"}).encode(),
        json.dumps({"id": "bad-type", "text": 42}).encode(),
        b'{"id": "bad-utf8", "text": "caf\xe9"}',
        b"",
        json.dumps({"id": "good-2", "html": f"<p>{STORY}</p>"}).encode(),
        json.dumps({"id": "too-long", "text": "x" * 5000}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    results = _all([path], limit=4000)
    good = [r.id for r in results if isinstance(r, InputRecord)]
    bad = {r.origin: r.code for r in results if isinstance(r, Rejection)}
    assert good == ["good-1", "good-2"]
    assert bad == {
        f"{path}:2": "malformed",
        f"{path}:3": "malformed",
        f"{path}:4": "empty",
        f"{path}:5": "malformed",
        f"{path}:6": "encoding",
        f"{path}:9": "too_large",
    }


def test_missing_path_is_a_run_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        _all([tmp_path / "nope"])


@given(st.binary(max_size=2000))
def test_decode_never_fails_untyped(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        assert exc.code in {"empty", "binary", "encoding"}
    else:
        assert isinstance(decoded.text, str)
