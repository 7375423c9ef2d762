"""User data files: the one way a user extends the packaged knowledge for a run.

``--data PATH`` (repeatable; files or directories of ``*.yaml``) takes actor dictionaries,
people with dated roles (``newsgraph actors import-petrarch`` writes both), event patterns,
places, boilerplate rules, quote cues, event mode cues, time-expression lexicon entries and
the short word forms stories spell out. Each file's top-level keys say what it is: the keys
the packaged file of that kind uses, so a copy of a packaged file is always a valid starting
point. Each kind is then validated by the stage that loads it, which names the file and
entry on any error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from .actors.dictionary import TOP_KEYS as ACTOR_KEYS
from .actors.people import TOP_KEYS as PEOPLE_KEYS
from .clean.rules import TOP_KEYS as CLEANING_KEYS
from .errors import InputError
from .events.lexicon import TOP_KEYS as PATTERN_KEYS
from .events.modes import TOP_KEYS as MODE_KEYS
from .places.gazetteer import TOP_KEYS as PLACE_KEYS
from .quotes.cues import KNOWN_FIELDS as QUOTE_KEYS
from .stories.forms import TOP_KEYS as WORD_FORM_KEYS
from .timex.lexicon import TOP_KEYS as TIMEX_KEYS

# Top-level keys that mark each kind of data file: each loader's own key set, less the
# "version" they all share.
KIND_KEYS: dict[str, frozenset[str]] = {
    kind: keys - {"version"}
    for kind, keys in (
        ("people", PEOPLE_KEYS),
        ("actors", ACTOR_KEYS),
        ("patterns", PATTERN_KEYS),
        ("places", PLACE_KEYS),
        ("cleaning", CLEANING_KEYS),
        ("quotes", QUOTE_KEYS),
        ("timex", TIMEX_KEYS),
        ("word_forms", WORD_FORM_KEYS),
        ("modes", MODE_KEYS),
    )
}


@dataclass(frozen=True, slots=True)
class UserData:
    """User data files sorted by the stage that reads them, in the order given."""

    actor_files: tuple[Path, ...] = ()
    people_files: tuple[Path, ...] = ()
    pattern_files: tuple[Path, ...] = ()
    place_files: tuple[Path, ...] = ()
    cleaning_files: tuple[Path, ...] = ()
    quote_files: tuple[Path, ...] = ()
    timex_files: tuple[Path, ...] = ()
    word_form_files: tuple[Path, ...] = ()
    mode_files: tuple[Path, ...] = ()


def collect_user_data(paths: Iterable[Path]) -> UserData:
    """Expand directories to their ``*.yaml`` files (sorted) and sort each file by kind."""
    found: dict[str, list[Path]] = {kind: [] for kind in KIND_KEYS}
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
            if not files:
                raise InputError(f"{path}: --data directory holds no .yaml files")
        elif path.is_file():
            files = [path]
        else:
            raise InputError(f"{path}: --data path does not exist")
        for file in files:
            for kind in data_kinds(file):
                found[kind].append(file)
    return UserData(
        actor_files=tuple(found["actors"]),
        people_files=tuple(found["people"]),
        pattern_files=tuple(found["patterns"]),
        place_files=tuple(found["places"]),
        cleaning_files=tuple(found["cleaning"]),
        quote_files=tuple(found["quotes"]),
        timex_files=tuple(found["timex"]),
        word_form_files=tuple(found["word_forms"]),
        mode_files=tuple(found["modes"]),
    )


def data_kinds(path: Path) -> tuple[str, ...]:
    """The kinds of data file ``path`` is: those whose keys hold all its top-level keys.
    Only word lists two stages share fit several ("speech_verbs": quote cues and event
    modes), and then the file extends each of them."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read data file: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: a data file must be a YAML mapping")
    keys = {str(k) for k in data} - {"version"}
    kinds = tuple(kind for kind, marks in KIND_KEYS.items() if keys and keys <= marks)
    if not kinds:
        described = ", ".join(f"{k}: {sorted(v)}" for k, v in KIND_KEYS.items())
        raise InputError(
            f"{path}: top-level keys {sorted(keys)} are not those of any one kind of data "
            f"file ({described})"
        )
    return kinds
