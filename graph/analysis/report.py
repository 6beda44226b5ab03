"""Everything a dependency report shows, computed in one pure call (rendering is elsewhere)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import pandas as pd

from graph.analysis.attribution import Attribution, resolve_entity
from graph.analysis.citations import citations, citations_frame
from graph.analysis.contradictions import contradictions
from graph.analysis.dates import as_of_point
from graph.analysis.dependency import Dependency, partner_dependency
from graph.analysis.facts import Facts
from graph.analysis.projection import exclusions
from graph.analysis.scenario import Scenario, remove_partners
from graph.analysis.structure import structure
from graph.analysis.ties import Tie, find_ties, ties_frame
from graph.analysis.trend import Trend, dependency_trend
from graph.analysis.weights import TieWeights, default_weights

PARTNER_LABELS = ("Country", "Organization")


@dataclass
class DependencyReport:
    """The data of one dependency report (see :func:`dependency_report`)."""

    country: str
    country_name: str
    as_of: str | None
    undated: str
    excluded: dict[str, int]
    weights: TieWeights
    dependency: Dependency
    articulation: pd.DataFrame
    bridges: pd.DataFrame
    subgraph_size: tuple[int, int]
    trend: Trend
    contradictions: pd.DataFrame
    graph: nx.MultiDiGraph = field(repr=False)
    scenario: Scenario | None = None
    graph_size: tuple[int, int] = (0, 0)
    notes: list[str] = field(default_factory=list)
    # Rendered charts, kept so that rendering twice (Markdown and HTML) draws them once.
    charts: dict[str, str | None] = field(default_factory=dict)

    # Ties can number 100,000s: their table and citations are built when first asked for.
    @functools.cached_property
    def ties_table(self) -> pd.DataFrame:
        """Every tie with display names (see :func:`graph.analysis.ties.ties_frame`)."""
        return ties_frame(self.graph, self.dependency.ties)

    @functools.cached_property
    def citations(self) -> list[dict[str, Any]]:
        """Every tie with its facts and their evidence sentences."""
        return citations(self.graph, self.dependency.ties)

    def shown_ties(self, max_rows: int | None) -> list[Tie]:
        """All ties in id order, or the `max_rows` heaviest (heaviest first)."""
        ties = self.dependency.ties
        if not max_rows or len(ties) <= max_rows:
            return list(ties)
        return sorted(ties, key=lambda t: -t.weight)[:max_rows]

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of the report by file-friendly name (for CSV export)."""
        dep = self.dependency
        tables: dict[str, pd.DataFrame] = {
            "partners": dep.partners,
            "concentration": pd.DataFrame([dep.concentration]),
            "capabilities": dep.capabilities,
            "capability_providers": dep.providers,
            "assets": dep.assets,
            "ties": self.ties_table,
            "articulation_points": self.articulation,
            "bridges": self.bridges,
            "trend": self.trend.summary,
            "trend_shares": self.trend.shares,
            "contradictions": self.contradictions,
            "citations": citations_frame(self.citations),
            "weights": pd.DataFrame(self.weights.table()),
        }
        if self.scenario is not None:
            s = self.scenario
            tables.update(
                {
                    "scenario_shares": s.shares,
                    "scenario_concentration": s.concentration,
                    "scenario_lost_capabilities": s.lost_capabilities,
                    "scenario_lost_asset_capabilities": s.lost_asset_capabilities,
                    "scenario_unsupported_assets": s.unsupported_assets,
                    "scenario_new_sole_providers": s.new_sole_providers,
                    "scenario_new_articulation_points": s.new_articulation_points,
                    "scenario_partners_after": s.after.partners,
                    "scenario_capabilities_after": s.after.capabilities,
                }
            )
        return tables


def dependency_report(
    G: nx.MultiDiGraph,
    country: str,
    *,
    weights: TieWeights | None = None,
    as_of: str | None = None,
    undated: str = "exclude",
    remove: Sequence[str] = (),
) -> DependencyReport:
    """Compute a full dependency report for a country.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The full projection (no date filter: the trend needs every year).
    country : str
        The focal country: key, name, alias or ISO code.
    weights : TieWeights, optional
    as_of : str, optional
        Compute the dependency from the facts in force at this date (the trend runs up to
        its year).
    undated : {"exclude", "include"}
        With `as_of` and in the trend: whether facts with no date count.
    remove : sequence of str
        Partners (names or keys of countries or intergovernmental bodies) to remove in a
        scenario.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("c:kz", label="Country", name="Kazakhstan")
    >>> G.add_node("c:ru", label="Country", name="Russia")
    >>> _ = G.add_edge("c:ru", "c:kz", "COOPERATES_WITH|c:ru|c:kz|", type="COOPERATES_WITH")
    >>> report = dependency_report(G, "Kazakhstan", remove=["Russia"])
    >>> report.dependency.partners["name"].tolist(), report.scenario.after.concentration["hhi"]
    (['Russia'], 0.0)
    """
    weights = weights or default_weights()
    focal = resolve_entity(G, country, ("Country",), "country")
    partners = [resolve_entity(G, p, PARTNER_LABELS, "partner") for p in remove]
    notes: list[str] = []
    if as_of is not None:
        # The facts in force at the date (as filter_graph keeps them), read without a view.
        nodes, edges, excluded = exclusions(G, as_of=as_of, undated=undated)
        facts = Facts(G, nodes, edges, as_of=as_of)
    else:
        facts, excluded = Facts(G), {}
    attribution = Attribution(facts, prefer=focal)
    dep = partner_dependency(G, focal, weights, attribution)
    H, points, bridge_table = structure(G, focal, dep.ties, attribution, dep.scope)
    scenario = (
        remove_partners(G, focal, partners, weights, dep, points, attribution) if partners else None
    )
    all_ties = dep.ties if as_of is None else find_ties(G, focal, weights)[0]
    trend = dependency_trend(
        G, all_ties, until=as_of_point(as_of).year if as_of else None, undated=undated
    )
    subjects = set(dep.scope.members) | set(dep.scope.assets) | set(H.nodes)
    found = contradictions(G.graph.get("claims", []), subjects, G)
    if dep.unattributed:
        notes.append(
            f"{len(dep.unattributed)} fact(s) would have counted but name an entity with no "
            "known country; they are left out (see the unattributed list)."
        )
    return DependencyReport(
        country=focal,
        country_name=dep.country_name,
        as_of=as_of,
        undated=undated,
        excluded=excluded,
        weights=weights,
        dependency=dep,
        articulation=points,
        bridges=bridge_table,
        subgraph_size=(H.number_of_nodes(), H.number_of_edges()),
        trend=trend,
        contradictions=found,
        graph=G,
        scenario=scenario,
        graph_size=G.graph.get("size") or (G.number_of_nodes(), G.number_of_edges()),
        notes=notes,
    )
