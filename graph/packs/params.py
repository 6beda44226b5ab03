"""Query parameters: their declared types, and turning text or Python values into them.

A parameter comes from a header line such as
``// param: country string = "Kazakhstan" -- the focal country``. Values reach the database
only as driver parameters, never pasted into the query text.

Types and what the database receives:

- ``string``: the text as given.
- ``integer`` / ``float``: a number (``"12"`` parses; ``"1.5"`` is not an integer).
- ``boolean``: ``true/false``, ``yes/no``, ``1/0`` (any case).
- ``date``: an ISO date, full or partial (``2050``, ``2050-06``, ``2050-06-30``), passed as
  that string because the graph stores dates as partial ISO strings that compare as text.
- ``list``: a list of strings; on the command line ``a,b,c`` or a JSON array.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from graph.model import QueryError

PARAM_TYPES = ("string", "integer", "float", "boolean", "date", "list")
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class _Required:
    """Marks a parameter without a default."""

    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()


@dataclass(frozen=True)
class ParamSpec:
    """One declared parameter of a query."""

    name: str
    type: str
    default: Any = REQUIRED
    description: str = ""

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    def parse(self, text: str) -> Any:
        """The value of command-line text `text`, or QueryError naming the parameter."""
        try:
            return _PARSERS[self.type](text)
        except ValueError as exc:
            raise QueryError(
                f"parameter {self.name!r}: {text!r} is not a valid {self.type} ({exc})"
            ) from None

    def coerce(self, value: Any) -> Any:
        """A Python value (from the API) checked against the type; strings are parsed."""
        if isinstance(value, str) and self.type != "string":
            return self.parse(value)
        ok = {
            "string": isinstance(value, str),
            "integer": isinstance(value, int) and not isinstance(value, bool),
            "float": isinstance(value, int | float) and not isinstance(value, bool),
            "boolean": isinstance(value, bool),
            "date": isinstance(value, dt.date),
            "list": isinstance(value, list | tuple),
        }[self.type]
        if not ok:
            raise QueryError(
                f"parameter {self.name!r}: {value!r} ({type(value).__name__}) is not a "
                f"valid {self.type}"
            )
        if self.type == "float":
            return float(value)
        if self.type == "date":
            return value.isoformat()
        if self.type == "list":
            return [str(item) for item in value]
        return value

    def describe_default(self) -> str:
        """The default as it is written in headers (JSON), or 'required'."""
        if self.required:
            return "required"
        return json.dumps(self.default, ensure_ascii=False)


def parse_integer(text: str) -> int:
    """
    >>> parse_integer(" 20 ")
    20
    """
    try:
        return int(text.strip())
    except ValueError:
        raise ValueError("expected a whole number") from None


def parse_float(text: str) -> float:
    try:
        return float(text.strip())
    except ValueError:
        raise ValueError("expected a number") from None


def parse_boolean(text: str) -> bool:
    """
    >>> parse_boolean("Yes"), parse_boolean("0")
    (True, False)
    """
    word = text.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError("expected true or false")


def parse_date(text: str) -> str:
    """A full or partial ISO date, checked and returned as the same string.

    >>> parse_date("2050"), parse_date("2025-12-05")
    ('2050', '2025-12-05')
    """
    value = text.strip()
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        dt.date(year or 1, month or 1, day or 1)
    except ValueError as exc:
        raise ValueError(str(exc)) from None
    return value


def parse_list(text: str) -> list[str]:
    """A JSON array, or comma-separated items.

    >>> parse_list("Russia, China"), parse_list('["Kazakhstan, Republic of"]')
    (['Russia', 'China'], ['Kazakhstan, Republic of'])
    """
    value = text.strip()
    if value.startswith("["):
        try:
            items = json.loads(value)
        except json.JSONDecodeError as exc:
            raise ValueError(f"bad JSON array: {exc.msg}") from None
        if not isinstance(items, list) or any(isinstance(i, dict | list) for i in items):
            raise ValueError("expected a JSON array of plain values")
        return [str(item) for item in items]
    return [item.strip() for item in value.split(",") if item.strip()]


_PARSERS: dict[str, Any] = {
    "string": lambda text: text,
    "integer": parse_integer,
    "float": parse_float,
    "boolean": parse_boolean,
    "date": parse_date,
    "list": parse_list,
}
