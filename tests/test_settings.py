"""Every setting in the one settings table is documented, and its env override works."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import settings

DOC = Path(__file__).resolve().parents[1] / "docs" / "SETTINGS.md"


@pytest.mark.parametrize("setting", settings.ALL, ids=lambda s: s.name)
def test_setting_is_documented(setting: settings.Setting) -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"`{setting.name}`" in text
    assert f"`{setting.env}`" in text


def test_env_override_is_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings.PROCESSES.env, "3")
    assert settings.PROCESSES.value() == 3
    monkeypatch.setenv(settings.PROCESSES.env, "three")
    with pytest.raises(ValueError, match="NEWSGRAPH_PROCESSES"):
        settings.PROCESSES.value()
