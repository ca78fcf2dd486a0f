"""One exception hierarchy for newskit; every message says what to do next."""

from __future__ import annotations

__all__ = ["NewskitError", "ModelNotFoundError", "InputError", "OptionalDependencyError"]


class NewskitError(Exception):
    """Base class of every error newskit raises on purpose."""


class ModelNotFoundError(NewskitError, OSError):
    """No spaCy English model could be loaded."""


class InputError(NewskitError, ValueError):
    """The input cannot be read as articles (wrong type, missing text column, unreadable path)."""


class OptionalDependencyError(NewskitError, ImportError):
    """An optional extra (e.g. Dask) is needed but not installed."""
