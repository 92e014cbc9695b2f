"""The few pandas tables a teaching notebook makes, for :mod:`.pyeval`.

Lessons that train a network by hand often keep their four training examples in a DataFrame typed
into the notebook (``df = pd.DataFrame([[8, 8, 4], [7, 9, 5]], columns=['cgpa', 'iq', 'lpa'])``) and
read each example back with ``df[['cgpa', 'iq']].values[j]``. Without the table the whole notebook
is unknown, so this module models that much of pandas and no more: a table of numbers with named
columns built from rows or from a dict of columns, column selection, ``values`` / ``to_numpy()``,
``shape``, ``len``, ``head()``, ``iloc`` by position, and the numbers a displayed table shows (its
row labels, then each row's values). Anything else (reading a file, text cells, missing values) is
:class:`Unsupported`, and the statement is left unknown as any other the interpreter cannot do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["Frame", "Located", "Unsupported", "attribute", "call", "method", "shown", "subscript"]

#: A digit that starts a number in a label (``x1`` is a word; ``0`` and ``2nd`` print a number)
_NUMBER_IN_NAME = re.compile(r"(?<![A-Za-z_0-9.])\.?\d")
#: A table larger than this is not a worked example's data
_MAX_CELLS = 100_000
#: pandas shows a table with more rows or columns than these cut short (``...``), which is not modelled
_SHOWN_ROWS, _SHOWN_COLUMNS = 60, 20


class Unsupported(ValueError):
    """Something of pandas this module does not model (the interpreter stops the statement, as for any other)."""


@dataclass
class Frame:
    """A table of numbers with named columns; ``series`` when it is one column taken out (``df['lpa']``)."""

    columns: list[str]
    data: np.ndarray  # 2-D: rows × columns, ints when every cell was an int (pandas keeps int64)
    series: bool = False
    row: bool = False  # a row taken out (``df.iloc[2]``): labelled by the column names, named by its position

    def __len__(self) -> int:
        return int(self.data.shape[0])

    def values(self) -> np.ndarray:
        """``df.values``: a copy, so that changing it leaves the table as it was (pandas may share; no lesson relies on it)."""
        return (self.data[:, 0] if self.series else self.data).copy()


@dataclass
class Located:
    """``df.iloc``: the table, waiting for the positions in brackets."""

    frame: Frame


def _numbers(rows: Any) -> np.ndarray:
    try:
        data = np.asarray(rows)
    except (ValueError, TypeError):
        raise Unsupported("a table whose rows differ in length") from None
    if data.dtype.kind not in "iuf" or data.ndim != 2 or data.size > _MAX_CELLS:
        raise Unsupported("a table that is not a rectangle of numbers")
    return data


def call(name: str, args: list[Any], kwargs: dict[str, Any]) -> Frame:
    """``pd.DataFrame(rows, columns=[…])`` or ``pd.DataFrame({'x': […], 'y': […]})``."""
    if name != "DataFrame" or len(args) != 1 or set(kwargs) - {"columns"}:
        raise Unsupported(f"pandas.{name}")
    source = args[0]
    if isinstance(source, dict):
        if "columns" in kwargs or not source:
            raise Unsupported("a table from a dict with its columns chosen again")
        columns = [str(k) for k in source]
        data = _numbers([list(np.ravel(v)) for v in source.values()]).T
    else:
        data = _numbers(source)
        given = kwargs.get("columns")
        columns = [str(c) for c in given] if given is not None else [str(j) for j in range(data.shape[1])]
    if len(columns) != data.shape[1] or len(set(columns)) != len(columns):
        raise Unsupported("a table whose column names do not match its columns")
    return Frame(columns, data)


def subscript(base: Frame | Located, index: Any) -> Any:
    """``df['y']`` (a column), ``df[['x1', 'x2']]`` (a table of those columns), ``df.iloc[j]`` and ``df.iloc[j, k]``."""
    if isinstance(base, Located):
        f = base.frame
        if isinstance(index, (int, np.integer)):
            row = f.data[int(index)]
            return row[0] if f.series else Frame(list(f.columns), row.reshape(-1, 1), series=True, row=True)
        if isinstance(index, tuple) and len(index) == 2 and all(isinstance(i, (int, np.integer)) for i in index):
            return f.data[int(index[0]), int(index[1])]
        raise Unsupported("iloc with slices or lists")
    if base.series:
        raise Unsupported("a column indexed by label")
    if isinstance(index, str):
        return Frame([index], base.data[:, [_column(base, index)]], series=True)
    if isinstance(index, list) and index and all(isinstance(k, str) for k in index):
        return Frame(list(index), base.data[:, [_column(base, k) for k in index]])
    raise Unsupported("a table indexed by something other than column names")


def _column(frame: Frame, name: str) -> int:
    if name not in frame.columns:
        raise Unsupported(f"no column {name!r}")
    return frame.columns.index(name)


def attribute(base: Frame, name: str) -> Any:
    """``df.values``, ``df.shape``, ``df.iloc``; a bound method for ``to_numpy`` and ``head``."""
    if name == "values":
        return base.values()
    if name == "shape":
        return (len(base),) if base.series else tuple(int(n) for n in base.data.shape)
    if name == "iloc":
        return Located(base)
    if name in ("to_numpy", "head"):
        return ("method", base, name)
    raise Unsupported(f"DataFrame.{name}")


def method(base: Frame, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
    """``df.to_numpy()``, ``df.head(n)`` (the first n rows, 5 unless given; all but the last -n when n < 0)."""
    if name == "to_numpy" and not args and not kwargs:
        return base.values()
    if name == "head" and len(args) <= 1 and not kwargs:
        n = int(args[0]) if args else 5
        return Frame(list(base.columns), base.data[:n], base.series, base.row)  # head(-2): all but the last two
    raise Unsupported(f"DataFrame.{name}")


def shown(frame: Frame) -> list[float]:
    """The numbers a displayed table or column shows, in reading order: each row's label (0, 1, …), then its values.

    Column names print as words; one that prints a number (``0`` for a table made without names, ``2nd``) and a
    row taken out (its values labelled by the column names, then ``Name: 2``) are not modelled."""
    if len(frame) > _SHOWN_ROWS or len(frame.columns) > _SHOWN_COLUMNS:
        raise Unsupported("a table pandas shows cut short")
    if frame.row or any(_NUMBER_IN_NAME.search(c) for c in frame.columns):
        raise Unsupported("a table shown with numbers in its labels")
    out: list[float] = []
    for j, row in enumerate(frame.data):
        out.append(float(j))
        out.extend(float(v) for v in row)
    return out
