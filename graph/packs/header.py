"""The comment header of a query file: name, title, description, parameters and options.

A header is the block of `//` lines at the top of a `.cypher` file; the first line that is
not a `//` comment ends it, so notes can follow after a blank line. Each line is
``// field: value``; an indented line (``//   more``) continues the previous field. Fields:

- ``name`` (required): the query's name, equal to the file name without ``.cypher``.
- ``title`` (required): one line saying what the query answers.
- ``description`` (required): may span several lines.
- ``param`` (one per parameter):
  ``// param: NAME TYPE [= DEFAULT] -- description``; TYPE is one of string, integer,
  float, boolean, date, list; DEFAULT is a JSON literal (``"Kazakhstan"``, ``20``, ``true``,
  ``["a", "b"]``); without a default the parameter is required.
- ``variants``: backends that run their own file instead of this one
  (``// variants: embedded`` means ``NAME.embedded.cypher`` sits next to this file).
- ``sort``: how the runner orders rows a UNION query cannot order itself
  (``// sort: ties desc, partner``).
- ``budget_ms``: the p95 latency the benchmark holds the query to (default 50 ms).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from graph.model import QueryError
from graph.packs.params import PARAM_TYPES, REQUIRED, ParamSpec

BACKENDS = ("neo4j", "embedded")
FIELDS = ("name", "title", "description", "param", "variants", "sort", "budget_ms")
_FIELD_LINE = re.compile(r"^//\s?([a-z_]+):\s*(.*)$")
_CONTINUATION = re.compile(r"^//\s{2,}(\S.*)$")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s+([a-z]+)\s*(.*)$")
_SORT_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?$", re.IGNORECASE)


@dataclass(frozen=True)
class SortKey:
    column: str
    descending: bool = False


@dataclass(frozen=True)
class Header:
    """What a query file's header declares."""

    name: str
    title: str
    description: str
    params: tuple[ParamSpec, ...] = ()
    variants: tuple[str, ...] = ()
    sort: tuple[SortKey, ...] = ()
    budget_ms: int | None = None
    lines: int = 0  # how many lines the header spans

    def param(self, name: str) -> ParamSpec:
        for spec in self.params:
            if spec.name == name:
                return spec
        raise KeyError(name)


def header_lines(text: str) -> list[str]:
    """The leading `//` lines of `text` (the header block)."""
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("//"):
            break
        lines.append(stripped)
    return lines


def parse_header(text: str, where: str) -> Header:
    """Parse and check the header of query text; errors name `where` and the line."""
    lines = header_lines(text)
    if not lines:
        raise QueryError(f"{where}: no header; a query file starts with '// name: ...' lines")
    entries: list[tuple[int, str, str]] = []  # (line number, field, value)
    for number, line in enumerate(lines, start=1):
        if line.strip("/ ") == "":
            continue
        cont = _CONTINUATION.match(line)
        if cont and entries:
            lineno, name, value = entries[-1]
            if name not in ("description", "title"):
                raise QueryError(
                    f"{where}:{number}: only a description or title continues on the next line"
                )
            entries[-1] = (lineno, name, f"{value} {cont.group(1).strip()}".strip())
            continue
        match = _FIELD_LINE.match(line)
        if not match:
            raise QueryError(
                f"{where}:{number}: expected '// field: value' (fields: {', '.join(FIELDS)}); "
                "indent a line to continue the description, or end the header with a blank line"
            )
        name, value = match.group(1), match.group(2).strip()
        if name not in FIELDS:
            raise QueryError(
                f"{where}:{number}: unknown header field {name!r}; known: {', '.join(FIELDS)}"
            )
        entries.append((number, name, value))
    return _build(entries, where, len(lines))


def _build(entries: list[tuple[int, str, str]], where: str, span: int) -> Header:
    single: dict[str, tuple[int, str]] = {}
    params: list[ParamSpec] = []
    for number, name, value in entries:
        if name == "param":
            spec = parse_param(value, f"{where}:{number}")
            if any(p.name == spec.name for p in params):
                raise QueryError(f"{where}:{number}: parameter {spec.name!r} declared twice")
            params.append(spec)
        elif name in single:
            raise QueryError(f"{where}:{number}: header field {name!r} given twice")
        else:
            single[name] = (number, value)
    for required in ("name", "title", "description"):
        if not single.get(required, (0, ""))[1]:
            raise QueryError(f"{where}: header lacks '// {required}: ...'")
    name = single["name"][1]
    if not _NAME.match(name):
        raise QueryError(
            f"{where}:{single['name'][0]}: query name {name!r} must be lower case letters, "
            "digits and underscores, starting with a letter"
        )
    return Header(
        name=name,
        title=single["title"][1],
        description=single["description"][1],
        params=tuple(params),
        variants=_variants(single.get("variants"), where),
        sort=_sort(single.get("sort"), where),
        budget_ms=_budget(single.get("budget_ms"), where),
        lines=span,
    )


def parse_param(text: str, where: str) -> ParamSpec:
    """Parse `NAME TYPE [= DEFAULT] [-- description]`.

    >>> parse_param('country string = "Kazakhstan" -- the focal country', "x")
    ParamSpec(name='country', type='string', default='Kazakhstan', description='the focal country')
    >>> parse_param("agreement string -- required: its name", "x").required
    True
    """
    match = _PARAM.match(text)
    if not match:
        raise QueryError(f"{where}: expected 'param: NAME TYPE [= DEFAULT] -- description'")
    name, type_, rest = match.groups()
    if type_ not in PARAM_TYPES:
        raise QueryError(
            f"{where}: parameter {name!r} has unknown type {type_!r}; "
            f"use one of {', '.join(PARAM_TYPES)}"
        )
    default = REQUIRED
    rest = rest.strip()
    if rest.startswith("="):
        literal = rest[1:].lstrip()
        try:
            value, end = json.JSONDecoder().raw_decode(literal)
        except json.JSONDecodeError:
            raise QueryError(
                f"{where}: default of {name!r} is not a JSON literal "
                '(quote strings: = "Kazakhstan"; numbers, true/false, ["a", "b"])'
            ) from None
        rest = literal[end:].strip()
        if value is None:
            raise QueryError(f"{where}: default of {name!r} may not be null; leave it out")
        if isinstance(value, str) and type_ not in ("string", "date"):
            raise QueryError(
                f"{where}: default of {name!r} is quoted text, not a valid {type_} literal"
            )
        try:
            default = ParamSpec(name, type_).coerce(value)
        except QueryError as exc:
            raise QueryError(f"{where}: default does not fit: {exc}") from None
    description = ""
    if rest.startswith("--"):
        description = rest[2:].strip()
    elif rest:
        raise QueryError(f"{where}: unexpected {rest!r} after parameter {name!r}; use '-- text'")
    if not description:
        raise QueryError(f"{where}: parameter {name!r} needs a description after '--'")
    return ParamSpec(name, type_, default, description)


def _variants(entry: tuple[int, str] | None, where: str) -> tuple[str, ...]:
    if entry is None:
        return ()
    number, value = entry
    backends = tuple(v.strip() for v in value.split(",") if v.strip())
    for backend in backends:
        if backend not in BACKENDS:
            raise QueryError(
                f"{where}:{number}: unknown backend {backend!r} in variants; "
                f"use {', '.join(BACKENDS)}"
            )
    if len(set(backends)) != len(backends):
        raise QueryError(f"{where}:{number}: a backend is listed twice in variants")
    return backends


def _sort(entry: tuple[int, str] | None, where: str) -> tuple[SortKey, ...]:
    if entry is None:
        return ()
    number, value = entry
    keys: list[SortKey] = []
    for part in value.split(","):
        match = _SORT_KEY.match(part.strip())
        if not match:
            raise QueryError(f"{where}:{number}: sort keys are 'column [asc|desc], ...'")
        keys.append(SortKey(match.group(1), (match.group(2) or "").lower() == "desc"))
    return tuple(keys)


def _budget(entry: tuple[int, str] | None, where: str) -> int | None:
    if entry is None:
        return None
    number, value = entry
    if not value.isdigit() or int(value) <= 0:
        raise QueryError(f"{where}:{number}: budget_ms must be a positive whole number")
    return int(value)
