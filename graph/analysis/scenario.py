"""What breaks if a partner leaves: recompute the dependency without it and compare.

Removing a partner removes its node and every node attributed to it (its organisations,
people, facilities and programmes) with all their facts, then recomputes everything.
Nodes attributed to the focal country stay, even where the partner holds a lease on them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx
import pandas as pd

from graph.analysis.attribution import Attribution
from graph.analysis.dependency import Dependency, partner_dependency
from graph.analysis.structure import structure
from graph.analysis.ties import node_name
from graph.analysis.weights import TieWeights, default_weights
from graph.model import InputError


def without_partners(
    G: nx.MultiDiGraph, partners: Sequence[str], attribution: Attribution
) -> nx.MultiDiGraph:
    """A view of `G` without the partners and everything attributed to them.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("c:ru", label="Country"); G.add_node("o:rsc", label="Organization")
    >>> G.add_node("c:kz", label="Country")
    >>> _ = G.add_edge("o:rsc", "c:ru", type="LOCATED_IN")
    >>> sorted(without_partners(G, ["c:ru"], Attribution(G)))
    ['c:kz']
    """
    gone = set(partners)
    for partner in partners:
        gone |= attribution.attributed_to(partner)
    view = nx.subgraph_view(G, filter_node=lambda n: n not in gone)
    view.graph = dict(G.graph)
    view.graph["removed"] = sorted(partners)
    return view


@dataclass
class Scenario:
    """The dependency before and after removing partners, and what changed."""

    removed: list[str]
    removed_names: list[str]
    before: Dependency
    after: Dependency
    shares: pd.DataFrame
    concentration: pd.DataFrame
    lost_capabilities: pd.DataFrame
    lost_asset_capabilities: pd.DataFrame
    unsupported_assets: pd.DataFrame
    new_sole_providers: pd.DataFrame
    new_articulation_points: pd.DataFrame


SHARE_COLUMNS = [
    "partner", "name", "weight_before", "weight_after", "share_before", "share_after",
    "change_points",
]  # fmt: skip


def _share_changes(before: Dependency, after: Dependency) -> pd.DataFrame:
    old = before.partners.set_index("partner")
    new = after.partners.set_index("partner")
    rows = []
    for partner in dict.fromkeys([*old.index, *new.index]):
        share_before = float(old["share"].get(partner, 0.0))
        share_after = float(new["share"].get(partner, 0.0))
        rows.append(
            {
                "partner": partner,
                "name": old["name"].get(partner) or new["name"].get(partner) or partner,
                "weight_before": float(old["weight"].get(partner, 0.0)),
                "weight_after": float(new["weight"].get(partner, 0.0)),
                "share_before": share_before,
                "share_after": share_after,
                "change_points": round((share_after - share_before) * 100, 4),
            }
        )
    rows.sort(key=lambda r: (-r["share_before"], r["name"]))
    return pd.DataFrame(
        rows,
        columns=SHARE_COLUMNS,
    )


def _concentration_change(before: Dependency, after: Dependency) -> pd.DataFrame:
    rows = []
    for measure in ("hhi", "hhi_unit", "effective_partners", "partners", "total_weight"):
        b, a = before.concentration[measure], after.concentration[measure]
        rows.append({"measure": measure, "before": b, "after": a, "change": round(a - b, 6)})
    return pd.DataFrame(rows, columns=["measure", "before", "after", "change"])


def compare(
    before: Dependency,
    after: Dependency,
    removed: Sequence[str],
    points_before: pd.DataFrame,
    points_after: pd.DataFrame,
    G: nx.MultiDiGraph,
) -> Scenario:
    """The differences between two dependency results (see :func:`remove_partners`)."""
    cap_before = before.capabilities.set_index("capability")
    cap_after = after.capabilities.set_index("capability")
    lost = [
        {
            "capability": cap,
            "providers_before": int(cap_before.loc[cap, "providers"]),
            "providers_before_names": "; ".join(
                before.providers[before.providers["capability"] == cap]["name"]
            ),
        }
        for cap in cap_before.index
        if cap_before.loc[cap, "providers"] > 0
        and (cap not in cap_after.index or cap_after.loc[cap, "providers"] == 0)
    ]
    new_sole = [
        {
            "capability": cap,
            "sole_provider": cap_after.loc[cap, "sole_provider"],
            "providers_before": int(cap_before.loc[cap, "providers"]),
        }
        for cap in cap_after.index
        if cap_after.loc[cap, "sole_provider"]
        and cap in cap_before.index
        and cap_before.loc[cap, "providers"] > 1
    ]

    def by_asset_cap(dep: Dependency) -> dict[tuple[str, str], str]:
        table = dep.assets
        return {
            (str(asset), str(cap)): str(names)
            for asset, cap, names in zip(
                table["asset"], table["capability"], table["provider_names"], strict=True
            )
        }

    old_support, new_support = by_asset_cap(before), by_asset_cap(after)
    lost_asset_caps: list[dict[str, Any]] = [
        {
            "asset": asset,
            "asset_name": node_name(G, asset),
            "capability": cap,
            "providers_before": names,
        }
        for (asset, cap), names in old_support.items()
        if cap != "(any)" and (asset, cap) not in new_support
    ]
    unsupported: list[dict[str, Any]] = [
        {
            "asset": asset,
            "asset_name": node_name(G, asset),
            "label": G.nodes[asset].get("label", "") if asset in G else "",
            "providers_before": names,
        }
        for (asset, cap), names in old_support.items()
        if cap == "(any)" and (asset, cap) not in new_support
    ]
    lost_asset_caps.sort(key=lambda r: (r["asset_name"], r["capability"]))
    unsupported.sort(key=lambda r: r["asset_name"])
    old_points = set(points_before["node"])
    new_points = points_after[~points_after["node"].isin(old_points)].reset_index(drop=True)
    return Scenario(
        removed=list(removed),
        removed_names=[node_name(G, p) for p in removed],
        before=before,
        after=after,
        shares=_share_changes(before, after),
        concentration=_concentration_change(before, after),
        lost_capabilities=pd.DataFrame(
            lost, columns=["capability", "providers_before", "providers_before_names"]
        ),
        lost_asset_capabilities=pd.DataFrame(
            lost_asset_caps,
            columns=["asset", "asset_name", "capability", "providers_before"],
        ),
        unsupported_assets=pd.DataFrame(
            unsupported,
            columns=["asset", "asset_name", "label", "providers_before"],
        ),
        new_sole_providers=pd.DataFrame(
            new_sole, columns=["capability", "sole_provider", "providers_before"]
        ),
        new_articulation_points=new_points,
    )


def remove_partners(
    G: nx.MultiDiGraph,
    country: str,
    partners: Sequence[str],
    weights: TieWeights | None = None,
    before: Dependency | None = None,
    points_before: pd.DataFrame | None = None,
    attribution: Attribution | None = None,
) -> Scenario:
    """Recompute a country's dependency without some partners and report the difference.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A projection.
    country : str
        Key of the focal country.
    partners : sequence of str
        Keys of the partners (countries or intergovernmental bodies) to remove.
    weights : TieWeights, optional
    before : Dependency, optional
        The dependency on `G`, when already computed.
    points_before : pandas.DataFrame, optional
        Its articulation points (:func:`graph.analysis.structure.structure`), likewise.
    attribution : Attribution, optional
        The attribution `before` used (it carries what an as-of date leaves out).

    Returns
    -------
    Scenario
        Share and concentration changes, capabilities left with no provider, (asset,
        capability) pairs and assets left with no foreign support, capabilities that now
        have a sole provider, and articulation points that appear.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("c:kz", label="Country", name="Kazakhstan")
    >>> G.add_node("c:ru", label="Country", name="Russia")
    >>> G.add_node("c:us", label="Country", name="United States")
    >>> G.add_node("p:sat", label="Program", name="KazSat", capabilities=["telecommunications"])
    >>> for u, v, t in [("c:kz", "p:sat", "OWNS"), ("c:ru", "p:sat", "BUILDS"),
    ...                 ("c:us", "c:kz", "COOPERATES_WITH")]:
    ...     _ = G.add_edge(u, v, f"{t}|{u}|{v}|", type=t)
    >>> s = remove_partners(G, "c:kz", ["c:ru"])
    >>> list(s.lost_capabilities["capability"]), list(s.unsupported_assets["asset_name"])
    (['telecommunications'], ['KazSat'])
    >>> s.concentration.set_index("measure").loc["hhi", ["before", "after"]].tolist()
    [6800.0, 10000.0]
    """
    missing = [p for p in partners if p not in G]
    if missing:
        raise InputError(f"cannot remove {', '.join(missing)}: not in the graph")
    if country in partners:
        raise InputError("cannot remove the focal country from its own dependency")
    weights = weights or default_weights()
    attribution = attribution or Attribution(G, prefer=country)
    before = before or partner_dependency(G, country, weights, attribution)
    gone = set(partners)
    for partner in partners:
        gone |= attribution.attributed_to(partner)
    # The same facts with the partner's side left out (what `without_partners` shows).
    reduced_attribution = Attribution(attribution.facts.without(nodes=gone), prefer=country)
    after = partner_dependency(G, country, weights, reduced_attribution)
    if points_before is None:
        _, points_before, _ = structure(G, country, before.ties, attribution, before.scope)
    _, points_after, _ = structure(G, country, after.ties, reduced_attribution, after.scope)
    return compare(before, after, partners, points_before, points_after, G)
