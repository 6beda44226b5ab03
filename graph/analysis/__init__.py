"""Analyses of the cooperation graph: pure functions over a networkx projection.

Project a store once (:func:`project`), then run any analysis on the graph: centrality,
communities, a country's partner dependency (shares, concentration, capabilities, sole
providers), scenarios that remove partners, trends over time and a full report's data.
Nothing here does I/O except :func:`project` (reads a store) and :func:`load_weights`.
"""

from graph.analysis.attribution import Attribution, resolve_entity
from graph.analysis.centrality import MEASURES, centrality
from graph.analysis.communities import METHODS, communities, community_summary
from graph.analysis.contradictions import contradictions
from graph.analysis.dependency import (
    Dependency,
    asset_support,
    capability_providers,
    capability_summary,
    herfindahl,
    partner_dependency,
    partner_shares,
)
from graph.analysis.projection import build_graph, collapse, filter_graph, project
from graph.analysis.report import DependencyReport, dependency_report
from graph.analysis.scenario import Scenario, remove_partners, without_partners
from graph.analysis.structure import articulation_points, bridges, cooperation_subgraph
from graph.analysis.ties import Tie, find_ties, focal_scope, ties_frame
from graph.analysis.trend import Trend, dependency_trend
from graph.analysis.weights import TieWeights, default_weights, load_weights

__all__ = [
    "MEASURES",
    "METHODS",
    "Attribution",
    "Dependency",
    "DependencyReport",
    "Scenario",
    "Tie",
    "TieWeights",
    "Trend",
    "articulation_points",
    "asset_support",
    "bridges",
    "build_graph",
    "capability_providers",
    "capability_summary",
    "centrality",
    "collapse",
    "communities",
    "community_summary",
    "contradictions",
    "cooperation_subgraph",
    "default_weights",
    "dependency_report",
    "dependency_trend",
    "filter_graph",
    "find_ties",
    "focal_scope",
    "herfindahl",
    "load_weights",
    "partner_dependency",
    "partner_shares",
    "project",
    "remove_partners",
    "resolve_entity",
    "ties_frame",
    "without_partners",
]
