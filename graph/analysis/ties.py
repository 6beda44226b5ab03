"""Ties: the facts that make a country's space programme depend on a foreign partner.

Given a focal country, every tie is attributed to one partner (a country, or an
intergovernmental body that stays itself) and weighted from weights.yaml. The rules
(documented in docs/analysis.md and printed in the report):

1. ``agreement``: an agreement the focal country or one of its organisations is party to,
   with a party on the partner's side. One tie per partner per agreement, weighted
   kind × status (split between the foreign partners when ``multilateral: split``).
2. ``partner_asset``: a partner-side actor (or a programme of the partner's) that BUILDS,
   OPERATES, LEASES, LAUNCHES_FROM, FUNDS or PARTICIPATES_IN one of the focal country's
   programmes or facilities.
3. ``foreign_asset``: the focal country, one of its organisations or programmes
   LAUNCHES_FROM, LEASES, PARTICIPATES_IN or OPERATES a partner's facility, programme or
   (intergovernmental) organisation.
4. ``cooperation``: COOPERATES_WITH between the focal side and the partner's side.

The focal country's programmes and facilities ("assets") are those attributed to it, the
programmes with no single owner that its side takes part in (joint programmes), and their
components (PART_OF, and facilities located in them), each rolled up to its top-most asset.
A tie inherits the capabilities of the asset, component or agreement it concerns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import networkx as nx
import pandas as pd

from graph.analysis.attribution import Attribution
from graph.analysis.dates import as_of_point, ended_before
from graph.analysis.projection import agreement_end, agreement_start, edge_period
from graph.analysis.weights import TieWeights

PARTNER_ASSET_TYPES = ("BUILDS", "OPERATES", "LEASES", "LAUNCHES_FROM", "FUNDS", "PARTICIPATES_IN")
FOREIGN_USE_TYPES = ("LAUNCHES_FROM", "LEASES", "PARTICIPATES_IN", "OPERATES")
COOPERATION_TYPES = ("COOPERATES_WITH",)
# A programme with no single owner becomes a focal asset when the focal side does one of these.
JOINT_PROGRAM_TYPES = ("OWNS", "OPERATES", "PARTICIPATES_IN", "FUNDS", "BUILDS")
ASSET_LABELS = ("Facility", "Program")
MEMBER_LABELS = ("Organization", "Person")
RULES = ("agreement", "partner_asset", "foreign_asset", "cooperation")


@dataclass(frozen=True)
class FocalScope:
    """The focal country's side: its own actors, and its assets mapped to their root asset."""

    focal: str
    members: frozenset[str]
    assets: dict[str, str]
    # Why an asset is the focal country's when its side does not say so: (member, joint
    # programme it takes part in) and (component, the asset it is part of).
    links: tuple[tuple[str, str], ...] = ()

    def root(self, node: str) -> str:
        return self.assets.get(node, node)


@dataclass(slots=True)
class Tie:
    """One counted reason for dependency on a partner, with the facts behind it."""

    partner: str
    rule: str
    relation: str
    weight: float
    basis: str
    facts: tuple[str, ...]
    via: tuple[str, ...] = ()
    focal_parties: tuple[str, ...] = ()
    assets: tuple[str, ...] = ()
    component: str | None = None
    agreement: str | None = None
    capabilities: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    # An agreement now expired was in force until its end date: its weight then.
    weight_in_force: float | None = None
    tie_id: str = field(default="", compare=False)

    def weight_at(self, when: date) -> float:
        """The weight at a date: an expired agreement weighs as in force before its end."""
        if self.weight_in_force is not None and not ended_before(self.end, when):
            return self.weight_in_force
        return self.weight


@dataclass(frozen=True)
class UnattributedFact:
    """A fact that would be a tie, but whose other side has no known country."""

    fact: str
    entity: str
    rule: str


def focal_scope(G: nx.MultiDiGraph, focal: str, attribution: Attribution) -> FocalScope:
    """The focal country's members (organisations, people) and assets (programmes, sites).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for key, label in [("c:kz", "Country"), ("c:ru", "Country"), ("p:baiterek", "Program"),
    ...                    ("p:soyuz5", "Program"), ("f:baikonur", "Facility")]:
    ...     G.add_node(key, label=label, name=key)
    >>> edges = [("f:baikonur", "c:kz", "LOCATED_IN"), ("c:kz", "p:baiterek", "PARTICIPATES_IN"),
    ...          ("c:ru", "p:baiterek", "PARTICIPATES_IN"), ("c:ru", "p:soyuz5", "BUILDS"),
    ...          ("p:soyuz5", "p:baiterek", "PART_OF")]
    >>> for u, v, t in edges:
    ...     _ = G.add_edge(u, v, type=t)
    >>> scope = focal_scope(G, "c:kz", Attribution(G, prefer="c:kz"))
    >>> sorted(scope.assets.items())
    [('f:baikonur', 'f:baikonur'), ('p:baiterek', 'p:baiterek'), ('p:soyuz5', 'p:baiterek')]
    """
    facts = attribution.facts
    labels_get = facts.label

    members = {focal}
    assets: set[str] = set()
    links: list[tuple[str, str]] = []
    for node in attribution.attributed_to(focal):
        label = labels_get(node)
        if label in MEMBER_LABELS:
            members.add(node)
        elif label in ASSET_LABELS:
            assets.add(node)
    for member in members:
        for target, _, attrs in facts.out_edges(member):
            if (
                attrs.get("type") in JOINT_PROGRAM_TYPES
                and labels_get(target) == "Program"
                and attribution.side(target) is None
            ):
                assets.add(target)
                links.append((member, target))
    # Components of an asset are assets too (rolled up to it).
    parents: dict[str, str] = {}
    frontier = list(assets)
    while frontier:
        parent = frontier.pop()
        for child, _, attrs in facts.in_edges(parent):
            rel_type = attrs.get("type")
            is_component = rel_type == "PART_OF" or (
                rel_type == "LOCATED_IN" and labels_get(child) == "Facility"
            )
            if is_component and labels_get(child) in ASSET_LABELS and child not in parents:
                parents[child] = parent
                if child not in assets:
                    assets.add(child)
                    frontier.append(child)
    roots: dict[str, str] = {}
    for asset in assets:
        node, seen = asset, {asset}
        while node in parents and parents[node] not in seen:
            node = parents[node]
            seen.add(node)
        roots[asset] = node
    links.extend(parents.items())
    return FocalScope(focal, frozenset(members), roots, tuple(links))


class _TieFinder:
    def __init__(
        self, G: nx.MultiDiGraph, scope: FocalScope, attribution: Attribution, weights: TieWeights
    ) -> None:
        self.G, self.scope, self.attr, self.weights = G, scope, attribution, weights
        self.facts = attribution.facts
        self._caps: dict[str | None, tuple[str, ...]] = {}
        self.ties: list[Tie] = []
        self.unattributed: list[UnattributedFact] = []

    def label(self, node: str) -> str | None:
        return self.facts.label(node)

    def capabilities(self, *nodes: str | None) -> tuple[str, ...]:
        """The capability tags of some nodes, in order, without repeats (memoised per node)."""
        found: dict[str, None] = {}
        for node in nodes:
            tags = self._caps.get(node)
            if tags is None:
                raw = self.facts.data(node).get("capabilities") if node is not None else None
                tags = self._caps[node] = tuple(str(c) for c in raw or ())
            found.update(dict.fromkeys(tags))
        return tuple(found)

    def relationship_tie(
        self,
        partner: str,
        rule: str,
        rel_type: str,
        key: str,
        attrs: Mapping[str, Any],
        **fields: Any,
    ) -> Tie:
        """A tie counted from one relationship, weighted by its type."""
        weight = self.weights.relationship(rel_type)
        start, end = edge_period(attrs)
        return Tie(
            partner=partner,
            rule=rule,
            relation=rel_type,
            weight=weight,
            basis=f"{rel_type} {weight:g}",
            facts=(key,),
            start=start,
            end=end,
            **fields,
        )

    def foreign_side(self, node: str, fact: str, rule: str) -> str | None:
        """The partner behind `node`, or None if it is the focal side or unknown."""
        if node in self.scope.members:
            return None
        side = self.attr.side(node)
        if side is None:
            if not (node in self.scope.assets or self.label(node) == "Agreement"):
                self.unattributed.append(UnattributedFact(fact, node, rule))
            return None
        return None if side == self.scope.focal else side

    # -- rule 1 -----------------------------------------------------------------------------
    def agreements(self) -> None:
        found = {
            target
            for member in self.scope.members
            for target, _, attrs in self.facts.out_edges(member)
            if attrs.get("type") == "PARTY_TO" and self.label(target) == "Agreement"
        }
        for agreement in sorted(found):
            self._agreement(agreement)

    def _agreement(self, agreement: str) -> None:
        data = self.G.nodes[agreement]
        focal_parties: list[tuple[str, str]] = []
        by_partner: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for party, key, attrs in self.facts.in_edges(agreement):
            if attrs.get("type") != "PARTY_TO":
                continue
            if party in self.scope.members:
                focal_parties.append((party, key))
                continue
            partner = self.foreign_side(party, key, "agreement")
            if partner is not None:
                by_partner[partner].append((party, key))
        if not by_partner:
            return
        concerns = sorted(
            (target, key)
            for target, key, attrs in self.facts.out_edges(agreement)
            if attrs.get("type") == "CONCERNS"
        )
        capabilities = self.capabilities(agreement, *(t for t, _ in concerns))
        assets = tuple(
            dict.fromkeys(self.scope.root(t) for t, _ in concerns if self.label(t) in ASSET_LABELS)
        )
        start, end = agreement_start(self.G, agreement), agreement_end(self.G, agreement)
        status = data.get("status")
        weight, basis = self.weights.agreement(data.get("kind"), status)
        in_force: float | None = None
        if str(status or "").casefold() == "expired" and end is not None:
            in_force = self.weights.agreement(data.get("kind"), "in force")[0]
            as_of = self.facts.as_of
            if as_of is not None and not ended_before(end, as_of_point(as_of)):
                weight, basis = self.weights.agreement(data.get("kind"), "in force")
                basis += f" (expired since {end}, in force at {as_of})"
        count = len(by_partner)
        if self.weights.multilateral == "split" and count > 1:
            weight, basis = weight / count, f"({basis}) ÷ {count} foreign partners"
            in_force = in_force / count if in_force is not None else None
        for partner, parties in sorted(by_partner.items()):
            facts = (
                agreement,
                *sorted(k for _, k in focal_parties),
                *sorted(k for _, k in parties),
                *(k for _, k in concerns),
            )
            self.ties.append(
                Tie(
                    partner=partner,
                    rule="agreement",
                    relation=str(data.get("kind") or "agreement"),
                    weight=weight,
                    basis=basis,
                    facts=facts,
                    via=tuple(sorted({p for p, _ in parties})),
                    focal_parties=tuple(sorted({p for p, _ in focal_parties})),
                    assets=assets,
                    agreement=agreement,
                    capabilities=capabilities,
                    start=start,
                    end=end,
                    weight_in_force=in_force,
                )
            )

    # -- rule 2 -----------------------------------------------------------------------------
    def partner_assets(self) -> None:
        for asset in sorted(self.scope.assets):
            root = self.scope.root(asset)
            for source, key, attrs in self.facts.in_edges(asset):
                rel_type = attrs.get("type")
                if rel_type not in PARTNER_ASSET_TYPES:
                    continue
                if source in self.scope.assets and self.attr.side(source) in (
                    None,
                    self.scope.focal,
                ):
                    continue  # one focal asset using another
                partner = self.foreign_side(source, key, "partner_asset")
                if partner is None:
                    continue
                self.ties.append(
                    self.relationship_tie(
                        partner,
                        "partner_asset",
                        rel_type,
                        key,
                        attrs,
                        via=(source,),
                        assets=(root,),
                        component=asset if asset != root else None,
                        capabilities=self.capabilities(asset) or self.capabilities(root),
                    )
                )

    # -- rule 3 -----------------------------------------------------------------------------
    def foreign_assets(self) -> None:
        users = sorted(self.scope.members | set(self.scope.assets))
        for user in users:
            for target, key, attrs in self.facts.out_edges(user):
                rel_type = attrs.get("type")
                if rel_type not in FOREIGN_USE_TYPES or target in self.scope.assets:
                    continue
                if self.label(target) not in (*ASSET_LABELS, "Organization"):
                    continue
                if user in self.scope.assets and self.attr.side(user) not in (
                    None,
                    self.scope.focal,
                ):
                    continue  # a partner's component using its own kit: not a focal use
                partner = self.foreign_side(target, key, "foreign_asset")
                if partner is None:
                    continue
                focal_user = user if user in self.scope.members else self.scope.root(user)
                self.ties.append(
                    self.relationship_tie(
                        partner,
                        "foreign_asset",
                        rel_type,
                        key,
                        attrs,
                        via=(target,),
                        focal_parties=(focal_user,),
                        assets=(target,),
                        capabilities=self.capabilities(target),
                    )
                )

    # -- rule 4 -----------------------------------------------------------------------------
    def cooperation(self) -> None:
        seen: set[str] = set()
        for member in sorted(self.scope.members):
            edges = [*self.facts.out_edges(member), *self.facts.in_edges(member)]
            for other, key, attrs in edges:
                rel_type = attrs.get("type")
                if rel_type not in COOPERATION_TYPES or key in seen:
                    continue
                seen.add(key)
                partner = self.foreign_side(other, key, "cooperation")
                if partner is None:
                    continue
                self.ties.append(
                    self.relationship_tie(
                        partner,
                        "cooperation",
                        rel_type,
                        key,
                        attrs,
                        via=(other,),
                        focal_parties=(member,),
                    )
                )


def find_ties(
    G: nx.MultiDiGraph,
    focal: str,
    weights: TieWeights,
    attribution: Attribution | None = None,
) -> tuple[list[Tie], list[UnattributedFact], FocalScope]:
    """Every tie of the focal country to a foreign partner, numbered T1, T2...

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A projection (see :mod:`graph.analysis.projection`).
    focal : str
        Key of the focal country.
    weights : TieWeights
        From :func:`graph.analysis.weights.load_weights`.
    attribution : Attribution, optional
        Reused when given (it memoises sides).

    Returns
    -------
    ties : list of Tie
        Ordered by partner, rule and facts; ``tie_id`` is set.
    unattributed : list of UnattributedFact
        Facts that would have been ties but whose other side has no known country.
    scope : FocalScope

    Examples
    --------
    >>> from graph.analysis.weights import default_weights
    >>> G = nx.MultiDiGraph()
    >>> for key, label in [("c:kz", "Country"), ("c:ru", "Country"), ("f:baikonur", "Facility")]:
    ...     G.add_node(key, label=label, name=key, capabilities=["launch_infrastructure"])
    >>> _ = G.add_edge("f:baikonur", "c:kz", "LOCATED_IN|f:baikonur|c:kz|", type="LOCATED_IN")
    >>> _ = G.add_edge("c:ru", "f:baikonur", "LEASES|c:ru|f:baikonur|", type="LEASES")
    >>> ties, _, _ = find_ties(G, "c:kz", default_weights())
    >>> [(t.tie_id, t.partner, t.rule, t.weight, t.capabilities) for t in ties]
    [('T1', 'c:ru', 'partner_asset', 3.0, ('launch_infrastructure',))]
    """
    attribution = attribution or Attribution(G, prefer=focal)
    scope = focal_scope(G, focal, attribution)
    finder = _TieFinder(G, scope, attribution, weights)
    finder.agreements()
    finder.partner_assets()
    finder.foreign_assets()
    finder.cooperation()
    order = {rule: i for i, rule in enumerate(RULES)}
    ordered = sorted(finder.ties, key=lambda t: (t.partner, order[t.rule], t.facts))
    for number, tie in enumerate(ordered, 1):
        tie.tie_id = f"T{number}"
    unattributed = sorted(set(finder.unattributed), key=lambda u: (u.rule, u.fact))
    return ordered, unattributed, scope


def node_name(G: nx.MultiDiGraph, key: str | None) -> str:
    """Display name of a node (its key when it has no name or is not in the graph)."""
    if key is None:
        return ""
    if key in G:
        return str(G.nodes[key].get("name") or key)
    return key


def ties_frame(G: nx.MultiDiGraph, ties: Sequence[Tie]) -> pd.DataFrame:
    """The ties as a table with display names (lists joined with '; ')."""

    def names(keys: Iterable[str]) -> str:
        return "; ".join(node_name(G, k) for k in keys)

    rows: list[dict[str, Any]] = []
    for tie in ties:
        rows.append(
            {
                "tie": tie.tie_id,
                "partner": tie.partner,
                "partner_name": node_name(G, tie.partner),
                "rule": tie.rule,
                "relation": tie.relation,
                "via": names(tie.via),
                "focal_party": names(tie.focal_parties),
                "asset": names(tie.assets),
                "component": node_name(G, tie.component),
                "agreement": node_name(G, tie.agreement),
                "capabilities": "; ".join(tie.capabilities),
                "weight": tie.weight,
                "basis": tie.basis,
                "start": tie.start or "",
                "end": tie.end or "",
                "facts": "; ".join(tie.facts),
            }
        )
    columns = [
        "tie", "partner", "partner_name", "rule", "relation", "via", "focal_party", "asset",
        "component", "agreement", "capabilities", "weight", "basis", "start", "end", "facts",
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)
