"""One stored query: its header, its Cypher text, and its per-backend variants."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.model import QueryError
from graph.packs.guard import ensure_read_only
from graph.packs.header import Header, parse_header
from graph.packs.lexer import code_only

_PARAM_USE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_CLAUSE = re.compile(r"\b(RETURN|WITH|UNION)\b", re.IGNORECASE)


def parameters_used(text: str) -> set[str]:
    """Names of the `$parameters` a query's code uses (comments and strings ignored).

    >>> sorted(parameters_used("MATCH (c {name: $country}) // $ignored\\nRETURN '$no' AS x"))
    ['country']
    """
    return set(_PARAM_USE.findall(code_only(text)))


def orders_its_rows(text: str) -> bool:
    """True when the final RETURN of a query (without UNION) has ORDER BY.

    >>> orders_its_rows("MATCH (n) WITH n ORDER BY n.x LIMIT 2 RETURN n.x AS x")
    False
    >>> orders_its_rows("MATCH (n) RETURN n.x AS x ORDER BY x")
    True
    """
    code = code_only(text)
    clauses = list(_CLAUSE.finditer(code))
    if not clauses or any(m.group(1).upper() == "UNION" for m in clauses):
        return False
    last = clauses[-1]
    return last.group(1).upper() == "RETURN" and bool(_ORDER_BY.search(code, last.end()))


@dataclass(frozen=True)
class Variant:
    backend: str
    path: Path
    text: str


@dataclass(frozen=True)
class Query:
    """A query of a pack, checked: header, parameters used, read-only."""

    header: Header
    path: Path
    pack: str
    text: str
    variants: dict[str, Variant] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.header.name

    @property
    def title(self) -> str:
        return self.header.title

    @property
    def description(self) -> str:
        return self.header.description

    @property
    def params(self) -> tuple[Any, ...]:
        return self.header.params

    def text_for(self, backend: str) -> str:
        """The Cypher the given backend runs: its variant if declared, else the main file."""
        variant = self.variants.get(backend)
        return variant.text if variant else self.text

    def path_for(self, backend: str) -> Path:
        variant = self.variants.get(backend)
        return variant.path if variant else self.path

    @property
    def ordered(self) -> bool:
        """Rows come in a defined order (ORDER BY in the final RETURN, or a sort header)."""
        return bool(self.header.sort) or orders_its_rows(self.text)

    def bind(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Check `values` against the declared parameters; fill defaults; parse strings."""
        declared = {p.name: p for p in self.header.params}
        unknown = sorted(set(values) - set(declared))
        if unknown:
            close = difflib.get_close_matches(unknown[0], list(declared), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            takes = ", ".join(declared) or "no parameters"
            raise QueryError(
                f"query {self.name!r} has no parameter {unknown[0]!r}; {hint}it takes: {takes}"
            )
        bound: dict[str, Any] = {}
        for name, spec in declared.items():
            if name in values and values[name] is not None:
                bound[name] = spec.coerce(values[name])
            elif spec.required:
                raise QueryError(
                    f"query {self.name!r} needs parameter {name!r} ({spec.type}: "
                    f"{spec.description}); pass -p {name}=VALUE"
                )
            else:
                bound[name] = spec.default
        return bound


def load_query(path: Path, pack: str) -> Query:
    """Read, parse and check one query file and the variant files its header declares."""
    text = _read(path)
    header = parse_header(text, str(path))
    expected = path.name[: -len(".cypher")]
    if header.name != expected:
        raise QueryError(
            f"{path}: header names the query {header.name!r}, but the file is {path.name}; "
            f"name the file {header.name}.cypher"
        )
    _check_body(text, header, path)
    variants: dict[str, Variant] = {}
    for backend in header.variants:
        variant_path = path.with_name(f"{header.name}.{backend}.cypher")
        if not variant_path.is_file():
            raise QueryError(
                f"{path}: declares a variant for {backend}, but {variant_path.name} is missing"
            )
        variant_text = _read(variant_path)
        _check_body(variant_text, header, variant_path)
        variants[backend] = Variant(backend, variant_path, variant_text)
    return Query(header, path, pack, text, variants)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query file {path}: {exc}") from None


def _check_body(text: str, header: Header, path: Path) -> None:
    """Parameters used must be exactly those declared; nothing may write."""
    used = parameters_used(text)
    declared = {p.name for p in header.params}
    if used - declared:
        raise QueryError(
            f"{path}: uses ${sorted(used - declared)[0]}, which the header does not declare "
            "(add '// param: NAME TYPE [= DEFAULT] -- description')"
        )
    if declared - used:
        raise QueryError(
            f"{path}: declares parameter {sorted(declared - used)[0]!r}, which the query never uses"
        )
    code = code_only(text).strip()
    if not code:
        raise QueryError(f"{path}: the file has a header but no query")
    if ";" in code.rstrip(";"):
        raise QueryError(f"{path}: one statement per file (a ';' ends the query early)")
    ensure_read_only(text, str(path))
