"""The header every versioned YAML data file shares, read and checked in one place.

Each stage keeps its knowledge (actor dictionaries, cue lists, cleaning rules, word
forms ...) in YAML files with a ``version`` and a fixed set of top-level keys. The
stage's loader checks its own entries; this checks what they all share, with the same
messages everywhere, raising the loader's own error type so callers catch what they did.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import yaml

# The C loader when PyYAML was built with it (several times faster on the large
# dictionaries), else the pure-Python one; both are safe loaders.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def yaml_mapping(
    text: str,
    source: str,
    keys: Collection[str],
    versions: Collection[int],
    error: type[Exception],
) -> dict[str, Any]:
    """The top-level mapping of the data file ``source`` whose content is ``text``, after
    checking it parses, is a mapping, has only ``keys`` and a ``version`` in ``versions``;
    raises ``error`` naming ``source`` and what is wrong."""
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise error(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise error(f"{source}: expected a mapping with `version` at the top")
    unknown = sorted(set(map(str, data)) - set(keys))
    if unknown:
        allowed = ", ".join(sorted(keys))
        raise error(f"{source}: unknown top-level key(s) {', '.join(unknown)} (allowed: {allowed})")
    readable = ", ".join(map(str, sorted(versions)))
    if "version" not in data:
        raise error(f"{source}: missing `version` (this reader reads {readable})")
    if data["version"] not in versions:
        raise error(
            f"{source}: unsupported version {data['version']!r} (this reader reads {readable})"
        )
    return data


__all__ = ["yaml_mapping"]
