"""Partner dependency of a focal country: shares, concentration, capabilities, assets.

All functions are pure: a projection (or a list of ties) in, plain data and DataFrames out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import pandas as pd

from graph.analysis.attribution import Attribution
from graph.analysis.ties import FocalScope, Tie, UnattributedFact, find_ties, node_name
from graph.analysis.weights import TieWeights, default_weights
from graph.model import load_model


def herfindahl(weights: Mapping[str, float]) -> dict[str, float]:
    """Concentration of a set of weights: Herfindahl–Hirschman index and effective number.

    Parameters
    ----------
    weights : mapping of str to float
        Weight per partner (zeros and negatives are ignored).

    Returns
    -------
    dict
        ``hhi`` on the 0–10,000 scale (shares in percent, squared and summed), ``hhi_unit``
        on the 0–1 scale (shares as fractions), ``effective_partners`` = 1 / hhi_unit (the
        number of equal partners that would give the same concentration), ``partners`` and
        ``total_weight``. With no weight at all every figure is 0.

    Examples
    --------
    >>> herfindahl({"a": 5, "b": 3, "c": 2})  # doctest: +NORMALIZE_WHITESPACE
    {'hhi': 3800.0, 'hhi_unit': 0.38, 'effective_partners': 2.6316, 'partners': 3,
     'total_weight': 10.0}
    >>> herfindahl({"a": 1.0})["hhi"], herfindahl({})["effective_partners"]
    (10000.0, 0.0)
    """
    positive = {k: float(w) for k, w in weights.items() if w > 0}
    total = sum(positive.values())
    if total <= 0:
        return {"hhi": 0.0, "hhi_unit": 0.0, "effective_partners": 0.0, "partners": 0,
                "total_weight": 0.0}  # fmt: skip
    unit = sum((w / total) ** 2 for w in positive.values())
    return {
        "hhi": round(unit * 10_000, 4),
        "hhi_unit": round(unit, 6),
        "effective_partners": round(1 / unit, 4),
        "partners": len(positive),
        "total_weight": round(total, 6),
    }


def partner_shares(G: nx.MultiDiGraph, ties: Sequence[Tie]) -> pd.DataFrame:
    """Weight and share of each partner, largest first.

    Examples
    --------
    >>> from graph.analysis.ties import Tie
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("c:ru", label="Country", name="Russia")
    >>> ties = [Tie("c:ru", "cooperation", "COOPERATES_WITH", 3.0, "", ("f1",)),
    ...         Tie("c:us", "cooperation", "COOPERATES_WITH", 1.0, "", ("f2",))]
    >>> partner_shares(G, ties)[["partner", "name", "ties", "weight", "share"]].values.tolist()
    [['c:ru', 'Russia', 1, 3.0, 0.75], ['c:us', 'c:us', 1, 1.0, 0.25]]
    """
    weight: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    tie_ids: dict[str, list[str]] = defaultdict(list)
    for tie in ties:
        weight[tie.partner] += tie.weight
        count[tie.partner] += 1
        tie_ids[tie.partner].append(tie.tie_id)
    total = sum(w for w in weight.values() if w > 0)
    rows: list[dict[str, Any]] = [
        {
            "partner": partner,
            "name": node_name(G, partner),
            "kind": _partner_kind(G, partner),
            "ties": count[partner],
            "weight": round(w, 6),
            "share": round(w / total, 6) if total > 0 and w > 0 else 0.0,
            "tie_ids": " ".join(t for t in tie_ids[partner] if t),
        }
        for partner, w in weight.items()
    ]
    rows.sort(key=lambda r: (-r["weight"], r["name"]))
    columns = ["partner", "name", "kind", "ties", "weight", "share", "tie_ids"]
    return pd.DataFrame(rows, columns=columns)


def _partner_kind(G: nx.MultiDiGraph, partner: str) -> str:
    if partner not in G:
        return "Country"
    data = G.nodes[partner]
    if data.get("label") == "Organization":
        return "intergovernmental"
    return str(data.get("label") or "")


def capability_providers(
    G: nx.MultiDiGraph, ties: Sequence[Tie], capabilities: Sequence[str]
) -> pd.DataFrame:
    """Per capability, each partner that supplies it: weight, share and sole-provider flag.

    A tie counts in full for every capability it carries. Only ties with a positive weight
    make a partner a provider.

    Examples
    --------
    >>> from graph.analysis.ties import Tie
    >>> G = nx.MultiDiGraph()
    >>> ties = [Tie("c:ru", "partner_asset", "BUILDS", 2.0, "", ("f1",),
    ...             capabilities=("launch_vehicles", "launch_access")),
    ...         Tie("c:fr", "partner_asset", "BUILDS", 2.0, "", ("f2",),
    ...             capabilities=("launch_access",))]
    >>> table = capability_providers(G, ties, ["launch_access", "launch_vehicles"])
    >>> for row in table[["capability", "partner", "share", "sole_provider"]].values.tolist():
    ...     print(row)
    ['launch_access', 'c:fr', 0.5, False]
    ['launch_access', 'c:ru', 0.5, False]
    ['launch_vehicles', 'c:ru', 1.0, True]
    """
    weight: dict[tuple[str, str], float] = defaultdict(float)
    tie_ids: dict[tuple[str, str], list[str]] = defaultdict(list)
    for tie in ties:
        if tie.weight <= 0:
            continue
        for cap in tie.capabilities:
            weight[(cap, tie.partner)] += tie.weight
            tie_ids[(cap, tie.partner)].append(tie.tie_id)
    order = {cap: i for i, cap in enumerate(capabilities)}
    totals: dict[str, float] = defaultdict(float)
    providers: dict[str, int] = defaultdict(int)
    for (cap, _), w in weight.items():
        totals[cap] += w
        providers[cap] += 1
    rows: list[dict[str, Any]] = [
        {
            "capability": cap,
            "partner": partner,
            "name": node_name(G, partner),
            "weight": round(w, 6),
            "share": round(w / totals[cap], 6),
            "sole_provider": providers[cap] == 1,
            "tie_ids": " ".join(t for t in tie_ids[(cap, partner)] if t),
        }
        for (cap, partner), w in weight.items()
    ]
    rows.sort(key=lambda r: (order.get(r["capability"], len(order)), r["capability"],
                             -r["weight"], r["name"]))  # fmt: skip
    columns = ["capability", "partner", "name", "weight", "share", "sole_provider", "tie_ids"]
    return pd.DataFrame(rows, columns=columns)


def capability_summary(providers: pd.DataFrame, capabilities: Sequence[str]) -> pd.DataFrame:
    """One row per capability of the vocabulary (and any other tag found): providers,
    largest provider and its share, HHI, and the sole provider's name where there is one."""
    rows = []
    extra = [c for c in providers["capability"].unique() if c not in capabilities]
    for cap in [*capabilities, *sorted(extra)]:
        group = providers[providers["capability"] == cap]
        if group.empty:
            rows.append({"capability": cap, "providers": 0, "weight": 0.0, "top_partner": "",
                         "top_share": 0.0, "hhi": 0.0, "sole_provider": ""})  # fmt: skip
            continue
        top = group.iloc[0]
        conc = herfindahl(dict(zip(group["partner"], group["weight"], strict=True)))
        rows.append(
            {
                "capability": cap,
                "providers": len(group),
                "weight": round(float(group["weight"].sum()), 6),
                "top_partner": top["name"],
                "top_share": float(top["share"]),
                "hhi": conc["hhi"],
                "sole_provider": top["name"] if len(group) == 1 else "",
            }
        )
    columns = ["capability", "providers", "weight", "top_partner", "top_share", "hhi",
               "sole_provider"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def asset_support(G: nx.MultiDiGraph, ties: Sequence[Tie], scope: FocalScope) -> pd.DataFrame:
    """Foreign support of each focal asset (programme or facility), per capability.

    One row per (asset, capability) a tie supplies to it, plus one row with capability
    ``(any)`` per asset summarising all its ties. ``sole_provider`` names the partner
    when only one partner supplies that capability to that asset.
    """
    focal_roots = set(scope.assets.values())
    weight: dict[tuple[str, str, str], float] = defaultdict(float)
    for tie in ties:
        if tie.weight <= 0:
            continue
        for asset in tie.assets:
            if asset not in focal_roots:
                continue
            weight[(asset, "(any)", tie.partner)] += tie.weight
            for cap in tie.capabilities:
                weight[(asset, cap, tie.partner)] += tie.weight
    grouped: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for (asset, cap, partner), w in weight.items():
        grouped[(asset, cap)][partner] = w
    rows = []
    for (asset, cap), by_partner in grouped.items():
        partners = sorted(by_partner, key=lambda p: (-by_partner[p], node_name(G, p)))
        rows.append(
            {
                "asset": asset,
                "asset_name": node_name(G, asset),
                "label": G.nodes[asset].get("label", "") if asset in G else "",
                "capability": cap,
                "providers": len(partners),
                "provider_names": "; ".join(node_name(G, p) for p in partners),
                "weight": round(sum(by_partner.values()), 6),
                "sole_provider": node_name(G, partners[0]) if len(partners) == 1 else "",
            }
        )
    rows.sort(key=lambda r: (r["asset_name"], r["capability"] != "(any)", r["capability"]))
    columns = ["asset", "asset_name", "label", "capability", "providers", "provider_names",
               "weight", "sole_provider"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


@dataclass
class Dependency:
    """Everything the dependency analysis found for one focal country on one graph."""

    country: str
    country_name: str
    ties: list[Tie]
    unattributed: list[UnattributedFact]
    scope: FocalScope
    partners: pd.DataFrame
    concentration: dict[str, float]
    providers: pd.DataFrame
    capabilities: pd.DataFrame
    assets: pd.DataFrame
    extra: dict[str, Any] = field(default_factory=dict)

    def sole_providers(self) -> dict[str, str]:
        """Capability -> the one partner supplying it, where only one does."""
        table = self.capabilities
        hits = table[table["sole_provider"] != ""]
        return dict(zip(hits["capability"], hits["sole_provider"], strict=True))

    def untagged_weight(self) -> float:
        return round(sum(t.weight for t in self.ties if not t.capabilities), 6)


def partner_dependency(
    G: nx.MultiDiGraph,
    country: str,
    weights: TieWeights | None = None,
    attribution: Attribution | None = None,
) -> Dependency:
    """How a country's space programme depends on each foreign partner.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A projection (possibly an as-of view, see :func:`graph.analysis.filter_graph`).
    country : str
        Key of the focal country (resolve a name with
        :func:`graph.analysis.attribution.resolve_entity`).
    weights : TieWeights, optional
        Tie weights; the defaults of weights.yaml when omitted.

    Returns
    -------
    Dependency
        Ties, partner shares, concentration (HHI on both scales, effective number of
        partners), providers per capability with sole providers flagged, and support per
        focal asset.

    Examples
    --------
    Kazakhstan with a Russian lease of Baikonur (lease in force: 3) and a proposed
    Turkish MoU about Baikonur (MoU 1 × proposed 0.3):

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("c:kz", label="Country", name="Kazakhstan")
    >>> G.add_node("c:ru", label="Country", name="Russia")
    >>> G.add_node("c:tr", label="Country", name="Turkey")
    >>> G.add_node("f:bk", label="Facility", name="Baikonur", country="c:kz",
    ...            capabilities=["launch_infrastructure"])
    >>> G.add_node("a:lease", label="Agreement", name="Lease", kind="lease", status="in force")
    >>> G.add_node("a:mou", label="Agreement", name="MoU", kind="MoU", status="proposed")
    >>> for u, v, t in [("c:kz", "a:lease", "PARTY_TO"), ("c:ru", "a:lease", "PARTY_TO"),
    ...                 ("a:lease", "f:bk", "CONCERNS"), ("c:kz", "a:mou", "PARTY_TO"),
    ...                 ("c:tr", "a:mou", "PARTY_TO"), ("a:mou", "f:bk", "CONCERNS")]:
    ...     _ = G.add_edge(u, v, f"{t}|{u}|{v}|", type=t)
    >>> dep = partner_dependency(G, "c:kz")
    >>> dep.partners[["name", "weight", "share"]].values.tolist()
    [['Russia', 3.0, 0.909091], ['Turkey', 0.3, 0.090909]]
    >>> dep.concentration["hhi"], dep.sole_providers()
    (8347.1074, {})
    """
    weights = weights or default_weights()
    attribution = attribution or Attribution(G, prefer=country)
    ties, unattributed, scope = find_ties(G, country, weights, attribution)
    shares = partner_shares(G, ties)
    vocabulary = list(load_model().capabilities)
    providers = capability_providers(G, ties, vocabulary)
    return Dependency(
        country=country,
        country_name=node_name(G, country),
        ties=ties,
        unattributed=unattributed,
        scope=scope,
        partners=shares,
        concentration=herfindahl(dict(zip(shares["partner"], shares["weight"], strict=True))),
        providers=providers,
        capabilities=capability_summary(providers, vocabulary),
        assets=asset_support(G, ties, scope),
    )
