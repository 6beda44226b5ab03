"""Query results as text: an aligned table, CSV, JSON or a Markdown table."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from graph.model import QueryError
from graph.stores.base import QueryResult

FORMATS = ("table", "csv", "json", "md")
TABLE_CELL_WIDTH = 60  # table cells longer than this are cut with an ellipsis


def cell_text(value: Any, list_separator: str = "; ") -> str:
    """A value as one line of text: lists joined, nulls empty, floats without noise.

    >>> cell_text(["Russia", "China"]), cell_text(None), cell_text(2.50), cell_text(True)
    ('Russia; China', '', '2.5', 'true')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else str(value)
    if isinstance(value, list | tuple):
        return list_separator.join(cell_text(v, list_separator) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return " ".join(str(value).split())


def render(result: QueryResult, fmt: str) -> str:
    """`result` in format `fmt` (one of FORMATS), ending with a newline."""
    if fmt == "table":
        return render_table(result)
    if fmt == "csv":
        return render_csv(result)
    if fmt == "json":
        return json.dumps(result.records(), ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt == "md":
        return render_markdown(result)
    raise QueryError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")


def render_table(result: QueryResult) -> str:
    """Columns aligned for a terminal; long cells are shortened (use csv/json for all)."""
    cells = [[_shorten(cell_text(v)) for v in row] for row in result.rows]
    widths = [len(c) for c in result.columns]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _shorten(text: str) -> str:
    if len(text) <= TABLE_CELL_WIDTH:
        return text
    return text[: TABLE_CELL_WIDTH - 1] + "…"


def render_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([cell_text(v) for v in row])
    return buffer.getvalue()


def render_markdown(result: QueryResult) -> str:
    """A GitHub-flavoured Markdown table.

    >>> print(render_markdown(QueryResult(["a", "b"], [("x|y", None)])), end="")
    | a | b |
    | --- | --- |
    | x\\|y |  |
    """

    def md(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|")

    lines = ["| " + " | ".join(md(c) for c in result.columns) + " |"]
    lines.append("| " + " | ".join("---" for _ in result.columns) + " |")
    for row in result.rows:
        lines.append("| " + " | ".join(md(cell_text(v, ", ")) for v in row) + " |")
    return "\n".join(lines) + "\n"
