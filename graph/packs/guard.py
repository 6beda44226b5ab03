"""Refuse query text that could write, before it reaches a database.

Packs are read-only: the stores already run them in read-only sessions, and this check
gives a clear message first. Keywords count only as code, not inside comments, strings or
backtick names, and not as property names (`n.set`) or parameters (`$delete`).
"""

from __future__ import annotations

import re

from graph.model import QueryError
from graph.packs.lexer import code_only, line_of

# Clauses that write data or schema, control transactions, or read files from disk, in
# Neo4j or the embedded engine.
WRITE_KEYWORDS = (
    "CREATE",
    "MERGE",
    "SET",
    "DELETE",
    "DETACH",
    "REMOVE",
    "DROP",
    "FOREACH",
    "LOAD",
    "COPY",
    "ALTER",
    "INSTALL",
    "ATTACH",
    "IMPORT",
    "EXPORT",
    "CHECKPOINT",
    "GRANT",
    "DENY",
    "REVOKE",
    "RENAME",
    "BEGIN",
    "COMMIT",
    "ROLLBACK",
    "TRANSACTIONS",
)
_KEYWORD = re.compile(r"(?<![\w.$])(" + "|".join(WRITE_KEYWORDS) + r")(?![\w])", re.IGNORECASE)
_CALL = re.compile(r"(?<![\w.$])CALL\s+([A-Za-z_][\w.]*)", re.IGNORECASE)
# Procedures that change data, schema or the server (db.*, dbms.*, apoc.*, gds.* writers).
_WRITE_PROCEDURE = re.compile(
    r"^(db|dbms|apoc|gds)\..*(create|merge|set|delete|remove|drop|write|refactor|periodic|"
    r"load|import|export|clear|kill|terminate|mutate|checkpoint|upgrade)",
    re.IGNORECASE,
)


def write_clauses(text: str) -> list[tuple[str, int]]:
    """Each writing keyword or procedure call in `text`, with its line number.

    >>> write_clauses("MATCH (n) // DELETE n\\nRETURN n.set AS s, 'MERGE' AS m")
    []
    >>> write_clauses("MATCH (n)\\nDETACH DELETE n")
    [('DETACH', 2), ('DELETE', 2)]
    """
    code = code_only(text)
    found = [(m.group(1).upper(), line_of(code, m.start())) for m in _KEYWORD.finditer(code)]
    for match in _CALL.finditer(code):
        if _WRITE_PROCEDURE.match(match.group(1)):
            found.append((f"CALL {match.group(1)}", line_of(code, match.start())))
    return sorted(found, key=lambda item: item[1])


def ensure_read_only(text: str, where: str) -> None:
    """Raise QueryError if `text` contains a clause that writes."""
    found = write_clauses(text)
    if found:
        keyword, line = found[0]
        raise QueryError(
            f"{where}:{line}: refused: query packs are read-only, and {keyword!r} writes "
            "(or reads files); remove it or run it outside the packs"
        )
