"""Contradictions: claims about the same subject and attribute that differ across documents."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
import pandas as pd

from graph.analysis.ties import node_name

COLUMNS = [
    "group", "subject", "subject_name", "attribute", "value", "doc_id", "published", "claim",
    "evidence",
]  # fmt: skip
_SPACE = re.compile(r"\s+")


def _normal(value: Any) -> str:
    return _SPACE.sub(" ", str(value or "")).strip().casefold()


def contradictions(
    claims: Iterable[Mapping[str, Any]],
    subjects: Iterable[str] | None = None,
    G: nx.MultiDiGraph | None = None,
) -> pd.DataFrame:
    """Claims grouped by (subject, attribute) where documents state different values.

    Parameters
    ----------
    claims : iterable of dict
        Claim records: ``key``, ``subject``, ``attribute``, ``value``, ``doc_id``.
    subjects : iterable of str, optional
        Keep only groups about these subjects (e.g. a country and its assets).
    G : networkx.MultiDiGraph, optional
        For subject names, publication dates and evidence sentences (``G.graph``).

    Returns
    -------
    pandas.DataFrame
        One row per claim in a contradicting group; ``group`` numbers the groups (C1...).
        Values are compared case- and space-insensitively; a group needs at least two
        distinct values coming from at least two documents.

    Examples
    --------
    >>> claims = [
    ...     {"key": "c1", "subject": "f:bt", "attribute": "launch cadence", "value": "four",
    ...      "doc_id": "002"},
    ...     {"key": "c2", "subject": "f:bt", "attribute": "Launch cadence", "value": "six",
    ...      "doc_id": "003"},
    ...     {"key": "c3", "subject": "f:bt", "attribute": "first launch", "value": "2025",
    ...      "doc_id": "002"}]
    >>> contradictions(claims)[["group", "value", "doc_id"]].values.tolist()
    [['C1', 'four', '002'], ['C1', 'six', '003']]
    """
    wanted = set(subjects) if subjects is not None else None
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for claim in claims:
        subject = str(claim.get("subject") or "")
        if wanted is not None and subject not in wanted:
            continue
        groups[(subject, _normal(claim.get("attribute")))].append(claim)
    graph_meta = G.graph if G is not None else {}
    documents = graph_meta.get("documents", {})
    evidence = graph_meta.get("evidence", {})
    rows: list[dict[str, Any]] = []
    number = 0
    for (subject, _), members in sorted(groups.items()):
        values = {_normal(c.get("value")) for c in members}
        docs = {c.get("doc_id") for c in members}
        if len(values) < 2 or len(docs) < 2:
            continue
        number += 1
        for claim in sorted(members, key=lambda c: (str(c.get("doc_id")), str(c.get("key")))):
            doc_id = str(claim.get("doc_id") or "")
            sentences = [e.get("sentence", "") for e in evidence.get(str(claim.get("key")), [])]
            rows.append(
                {
                    "group": f"C{number}",
                    "subject": subject,
                    "subject_name": node_name(G, subject) if G is not None else subject,
                    "attribute": claim.get("attribute", ""),
                    "value": claim.get("value", ""),
                    "doc_id": doc_id,
                    "published": documents.get(doc_id, {}).get("published") or "",
                    "claim": claim.get("key", ""),
                    "evidence": " | ".join(s for s in sentences if s),
                }
            )
    return pd.DataFrame(rows, columns=COLUMNS)
