"""Typed errors. The CLI only translates these into messages and exit codes."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: a run-level failure with a message meant for the user."""


class InputError(NewsgraphError):
    """An input path or option is unusable as a whole (missing file, bad sidecar)."""


class ModelError(NewsgraphError):
    """The spaCy pipeline is missing or cannot be loaded."""


class PipelineError(NewsgraphError):
    """The stages do not fit together (a stage needs something nobody produces)."""
