"""Mode cue files: users' word lists extend the packaged ones, checked as one table."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.events.modes import ModeCues, ModeCuesError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_lists_add_to_the_packaged_ones(tmp_path: Path) -> None:
    mine = _write(tmp_path, "version: 1\ndenial_verbs: [Gainsay]\ndismissal_verbs: [gainsay]\n")
    cues = ModeCues.load([mine])
    assert "gainsay" in cues.denial_verbs and "deny" in cues.denial_verbs
    assert cues.future_aux == ModeCues.load().future_aux


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Every denial verb must also dismiss, across the packaged and the user's lists.
        ("version: 1\ndenial_verbs: [gainsay]\n", "dismissal_verbs must include ['gainsay']"),
        ("version: 1\nfuture_aux: will\n", "future_aux must be a list of words"),
        ("version: 1\nfuture_words: [soon]\n", "future_words"),
        ("version: 2\nfuture_aux: [will]\n", "version"),
    ],
)
def test_malformed_user_file_is_named(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ModeCuesError, match=r"mine\.yaml") as error:
        ModeCues.load([_write(tmp_path, text)])
    assert message in str(error.value)


def test_unreadable_user_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ModeCuesError, match="cannot read mode cue file"):
        ModeCues.load([tmp_path / "missing.yaml"])
