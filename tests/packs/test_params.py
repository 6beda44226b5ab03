"""Parameter values: text from the command line and Python values from the API."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.model import QueryError
from graph.packs.params import ParamSpec


@pytest.mark.parametrize(
    ("type_", "text", "value"),
    [
        ("string", " Kazakhstan ", " Kazakhstan "),
        ("integer", "2050", 2050),
        ("integer", "-3", -3),
        ("float", "1.3e9", 1.3e9),
        ("boolean", "TRUE", True),
        ("boolean", "no", False),
        ("date", "2050", "2050"),
        ("date", "2024-02", "2024-02"),
        ("date", "2024-02-29", "2024-02-29"),
        ("list", "Russia, China,", ["Russia", "China"]),
        ("list", '["a, b", "c"]', ["a, b", "c"]),
    ],
)
def test_text_parses_as_its_type(type_: str, text: str, value: object) -> None:
    assert ParamSpec("p", type_).parse(text) == value


@pytest.mark.parametrize(
    ("type_", "text"),
    [
        ("integer", "1.5"),
        ("integer", "twenty"),
        ("float", "1,5"),
        ("boolean", "maybe"),
        ("date", "2023-02-29"),
        ("date", "2024-13"),
        ("date", "05/12/2024"),
        ("list", "[1, [2]]"),
        ("list", "[unclosed"),
    ],
)
def test_text_that_does_not_parse_names_the_parameter(type_: str, text: str) -> None:
    with pytest.raises(QueryError, match=rf"^parameter 'p': .* is not a valid {type_}"):
        ParamSpec("p", type_).parse(text)


def test_python_values_are_checked_and_converted() -> None:
    assert ParamSpec("d", "date").coerce(dt.date(2050, 1, 2)) == "2050-01-02"
    assert ParamSpec("f", "float").coerce(3) == 3.0
    assert ParamSpec("l", "list").coerce(("a", 1)) == ["a", "1"]
    assert ParamSpec("i", "integer").coerce("7") == 7
    with pytest.raises(QueryError, match="not a valid integer"):
        ParamSpec("i", "integer").coerce(True)
    with pytest.raises(QueryError, match="not a valid string"):
        ParamSpec("s", "string").coerce(5)
