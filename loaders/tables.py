"""Relations stated by table rows (Markdown tables and pipe tables in plain text).

A header row names the columns (lexicon/tables.yaml); each row below it relates the entities
recognised in its cells: builders BUILD the row's item, operators OPERATE it, owners OWN it,
the item and its launch vehicle LAUNCH FROM the row's site, a country column owns the item
(or locates the row's facilities when the table lists no item). Reference pages keep much of
what they know in such tables; prose rules never see a row as a sentence with a verb.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from loaders.context import Context, SentenceView
from loaders.facts import RelationFact
from loaders.mentions import Entity
from loaders.resources import lexicon
from loaders.text import fold

_RULE_LINE = re.compile(r"^[\s|:+=-]*$")  # "|---|:---:|" separators of pipe tables


@dataclass(frozen=True)
class _Rules:
    columns: tuple[tuple[str, re.Pattern[str]], ...]
    min_known: int
    relation_roles: frozenset[str]
    min_cells: int


@functools.cache
def _rules() -> _Rules:
    data = lexicon("tables")
    return _Rules(
        tuple((c["role"], re.compile(c["pattern"], re.I)) for c in data["columns"]),
        int(data["min_known_columns"]),
        frozenset(data["relation_roles"]),
        int(data["min_cells"]),
    )


@dataclass
class _Line:
    start: int
    cells: list[tuple[int, int]]  # [start, end) of each cell in the document text


def _split(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    line = text[start:end]
    if separator == "|":
        inner_start = len(line) - len(line.lstrip())
        inner = line.strip()
        if inner.startswith("|"):
            inner, inner_start = inner[1:], inner_start + 1
        if inner.endswith("|"):
            inner = inner[:-1]
        base = start + inner_start
    else:
        inner, base = line, start
    cells: list[tuple[int, int]] = []
    offset = 0
    for part in inner.split(separator):
        cells.append((base + offset, base + offset + len(part)))
        offset += len(part) + len(separator)
    return cells


def _separator(line: str) -> str | None:
    return "|" if line.count("|") >= 2 else None


def _roles(text: str, header: _Line) -> list[str | None]:
    roles: list[str | None] = []
    for start, end in header.cells:
        cell = fold(text[start:end])
        roles.append(next((role for role, rx in _rules().columns if rx.search(cell)), None))
    return roles


def _tables(text: str) -> list[tuple[list[str | None], list[_Line]]]:
    """(column roles, rows) of every table whose header names known columns."""
    rules = _rules()
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    found: list[tuple[list[str | None], list[_Line]]] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        separator = _separator(text[start:end])
        if separator is None:
            i += 1
            continue
        header = _Line(start, _split(text, start, end, separator))
        roles = _roles(text, header)
        known = [r for r in roles if r]
        usable = (
            len(header.cells) >= rules.min_cells
            and len(known) >= rules.min_known
            and rules.relation_roles & set(known)
        )
        rows: list[_Line] = []
        j = i + 1
        while j < len(lines):
            row_start, row_end = lines[j]
            line = text[row_start:row_end]
            if _RULE_LINE.match(line) and line.strip():
                j += 1
                continue
            if _separator(line) != separator:
                break
            cells = _split(text, row_start, row_end, separator)
            if len(cells) != len(header.cells):
                break
            rows.append(_Line(row_start, cells))
            j += 1
        if usable and rows:
            found.append((roles, rows))
            i = j
        else:
            i += 1
    return found


def _view_at(ctx: Context, position: int) -> SentenceView | None:
    for view in ctx.views:
        if view.sentence.start <= position < view.sentence.end:
            return view
    return None


def _cell_entities(ctx: Context, cell: tuple[int, int]) -> list[Entity]:
    """Entities named in a cell, outside brackets ("CAST (via CGWIC)": CAST)."""
    text = ctx.text
    bracketed = [
        (m.start() + cell[0], m.end() + cell[0])
        for m in re.finditer(r"\([^)]*\)", text[cell[0] : cell[1]])
    ]
    out: list[Entity] = []
    for view in ctx.views:
        if view.sentence.end <= cell[0] or view.sentence.start >= cell[1]:
            continue
        for mention in view.mentions:
            inside = cell[0] <= mention.start and mention.end <= cell[1]
            if any(a <= mention.start < b for a, b in bracketed):
                continue
            if inside and mention.form != "demonym":
                entity = ctx.entity(mention)
                if entity is not None and all(entity is not e for e in out):
                    out.append(entity)
    return out


def _is_vehicle(entity: Entity) -> bool:
    return entity.label == "Program" and entity.subtype == "launch vehicle"


def table_relations(ctx: Context) -> list[RelationFact]:
    """Relations read from the rows of the document's tables."""
    out: list[RelationFact] = []
    for roles, rows in _tables(ctx.text):
        for row in rows:
            view = _view_at(ctx, row.start)
            if view is None:
                continue
            by_role: dict[str, list[Entity]] = {}
            for role, cell in zip(roles, row.cells, strict=True):
                for entity in _cell_entities(ctx, cell):
                    by_role.setdefault(role or "", []).append(entity)
            out += _row_relations(roles, by_role, view)
    return out


def _row_relations(
    roles: list[str | None], by_role: dict[str, list[Entity]], view: SentenceView
) -> list[RelationFact]:
    def of(*roles: str) -> list[Entity]:
        return [e for role in roles for e in by_role.get(role, [])]

    items = [e for e in of("item") if e.label == "Program"]
    vehicles = [e for e in of("vehicle", "launch") if _is_vehicle(e)]
    sites = [e for e in of("site", "launch") if e.label == "Facility"]
    owners = [e for e in of("owner") if e.label in ("Organization", "Country")]
    countries = [e for e in of("country") if e.label == "Country"]
    facts: list[RelationFact] = []

    def add(subject: Entity, predicate: str, obj: Entity) -> None:
        facts.append(RelationFact(subject, predicate, obj, view, f"table-{predicate.lower()}"))

    # A table of rockets has no item column; an item cell that names nothing recognised
    # leaves the row without a subject (its vehicle is not what the builder built).
    subjects = items if "item" in by_role or "item" in roles else of("vehicle")
    for item in subjects:
        for builder in of("builder"):
            if builder.label == "Organization":
                add(builder, "BUILDS", item)
        for operator in of("operator"):
            if operator.label in ("Organization", "Country"):
                add(operator, "OPERATES", item)
        for owner in owners or countries:
            add(owner, "OWNS", item)
    for item in items:
        for site in sites:
            add(item, "LAUNCHES_FROM", site)
    for vehicle in vehicles:
        for site in sites:
            add(vehicle, "LAUNCHES_FROM", site)
    if not items:
        for country in countries:
            for facility in of("site", "item", "operator", "owner"):
                if facility.label == "Facility":
                    add(facility, "LOCATED_IN", country)
    return facts
