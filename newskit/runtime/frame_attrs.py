"""Declared attributes for the frames of an :class:`~newskit.Analysis` and the tables of a :class:`~newskit.Store`.

Each frame is one line in the class body (``claims = Frame("One row per claim ...")``), so editors, ``help()``
and type checkers see it with its docstring, and the reading logic is written once here instead of once per
frame.

Examples
--------
>>> import pandas as pd
>>> class Holder:
...     claims = Frame("One row per claim.")
...     def _get(self, name):
...         return pd.DataFrame({"frame": [name]})
>>> Holder().claims.frame.tolist(), Holder.claims.__doc__
(['claims'], 'One row per claim.')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, overload

import pandas as pd

__all__ = ["Frame", "StoredTable"]


class _Named:
    """A class attribute that knows the name it is bound to, with a docstring of its own."""

    def __init__(self, doc: str = "") -> None:
        self.__doc__ = doc
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        if not self.__doc__:
            self.__doc__ = self._default_doc(name)

    def _default_doc(self, name: str) -> str:
        return f"The ``{name}`` frame (:data:`newskit.frames.schema.{name.upper()}`)."

    def __set__(self, obj: Any, value: Any) -> None:
        raise AttributeError(f"{self.name!r} is read-only")


class Frame(_Named):
    """A read-only attribute holding one frame: ``obj.claims`` is ``obj._get("claims")``."""

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Frame: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> pd.DataFrame: ...

    def __get__(self, obj: Any, owner: type | None = None) -> Frame | pd.DataFrame:
        if obj is None:
            return self
        return obj._get(self.name)


class StoredTable(_Named):
    """A method reading one stored table: ``store.claims()`` is ``store.table("claims")``."""

    def _default_doc(self, name: str) -> str:
        return (
            f"The stored ``{name}`` table with its declared columns and dtypes "
            f"(:data:`newskit.frames.schema.{name.upper()}`); see :meth:`Store.table` for a subset of articles."
        )

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> StoredTable: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> Callable[[], pd.DataFrame]: ...

    def __get__(self, obj: Any, owner: type | None = None) -> StoredTable | Callable[[], pd.DataFrame]:
        if obj is None:
            return self
        name = self.name

        def read() -> pd.DataFrame:
            return obj.table(name)

        read.__name__ = read.__qualname__ = name
        read.__doc__ = self.__doc__
        return read
