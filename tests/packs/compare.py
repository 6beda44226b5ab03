"""Compare query results across backends, and check them against expectations.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from graph.stores.base import QueryResult

EXPECTATIONS = Path(__file__).with_name("expectations.yaml")
CHECKS = ("rows", "contains", "absent", "first", "min_rows", "max_rows")


def load_expectations() -> dict[str, Any]:
    with EXPECTATIONS.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _cell(value: Any) -> Any:
    """Collected lists have no defined order: compare them sorted. Floats to 9 digits."""
    if isinstance(value, list):
        return tuple(sorted((_cell(v) for v in value), key=repr))
    if isinstance(value, float):
        return round(value, 9)
    return value


def comparable(result: QueryResult, ordered: bool) -> list[tuple[Any, ...]]:
    """Rows both backends must agree on: cells normalised, row order kept only if defined."""
    rows = [tuple(_cell(v) for v in row) for row in result.rows]
    return rows if ordered else sorted(rows, key=repr)


def _matches(expected: dict[str, Any], row: dict[str, Any]) -> bool:
    """Every given column equals; an expected list must be contained in the row's list;
    `{min: a, max: b}` bounds a number."""
    for column, want in expected.items():
        have = row.get(column)
        if isinstance(want, dict):
            if not isinstance(have, int | float):
                return False
            if have < want.get("min", have) or have > want.get("max", have):
                return False
        elif isinstance(want, list) and isinstance(have, list):
            if not set(map(str, want)) <= set(map(str, have)):
                return False
        elif have != want:
            return False
    return True


def check_case(case: dict[str, Any], result: QueryResult) -> list[str]:
    """What in `result` contradicts the expectation `case` (empty when all holds)."""
    rows = result.records()
    failures: list[str] = []
    if "rows" in case:
        # Exactly as many rows as listed, each matching a different listed row (on the
        # columns that row names).
        unmatched = list(rows)
        for expected in case["rows"]:
            found = next((r for r in unmatched if _matches(expected, r)), None)
            if found is None:
                failures.append(f"no row matches {expected}")
            else:
                unmatched.remove(found)
        if unmatched and len(rows) != len(case["rows"]):
            failures.append(f"{len(rows)} rows, expected {len(case['rows'])}; extra: {unmatched}")
    for expected in case.get("contains", []):
        if not any(_matches(expected, row) for row in rows):
            failures.append(f"no row matches {expected}")
    for unexpected in case.get("absent", []):
        if any(_matches(unexpected, row) for row in rows):
            failures.append(f"a row matches {unexpected}, which should be absent")
    if "first" in case and not (rows and _matches(case["first"], rows[0])):
        failures.append(f"first row {rows[0] if rows else None} does not match {case['first']}")
    if "min_rows" in case and len(rows) < case["min_rows"]:
        failures.append(f"{len(rows)} rows, expected at least {case['min_rows']}")
    if "max_rows" in case and len(rows) > case["max_rows"]:
        failures.append(f"{len(rows)} rows, expected at most {case['max_rows']}")
    return failures


def has_content_check(case: dict[str, Any]) -> bool:
    """A case asserts something about content, not only that the query ran."""
    return any(case.get(name) for name in ("rows", "contains", "absent", "first"))
