"""View styling as data: node looks from the model, everything else from style.yaml."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from graph.model import Model, ModelError, load_model

STYLE_PATH = Path(__file__).with_name("style.yaml")
_DEFAULT_NODE_STYLE = {"color": "#7f7f7f", "shape": "dot"}


@dataclass(frozen=True)
class StatusStyle:
    """How agreements of one status (and the edges touching them) are drawn."""

    status: str
    label: str
    dashes: bool | list[int]
    color: str | None


@dataclass(frozen=True)
class ViewStyle:
    """Everything the view needs to know about looks, resolved against the model."""

    labels: tuple[str, ...]
    node_styles: dict[str, dict[str, str]]
    relationship_colors: dict[str, str]
    default_edge_color: str
    status_relationships: frozenset[str]
    statuses: dict[str, StatusStyle]
    node_size: dict[str, float]
    node_label: dict[str, float]
    edge_label: dict[str, float]
    edge_width: dict[str, float]
    physics: dict[str, Any]

    def node_style(self, label: str) -> dict[str, str]:
        return self.node_styles.get(label, _DEFAULT_NODE_STYLE)

    def edge_color(self, rel_type: str) -> str:
        return self.relationship_colors.get(rel_type, self.default_edge_color)

    def status_style(self, status: str | None) -> StatusStyle:
        key = (status or "unknown").strip().lower()
        return self.statuses.get(key) or self.statuses["unknown"]


def _section(raw: dict[str, Any], name: str) -> dict[str, Any]:
    value = raw.get(name)
    if not isinstance(value, dict):
        raise ModelError(f"{STYLE_PATH.name}: section {name!r} must be a mapping")
    return value


def parse_style(raw: dict[str, Any], model: Model) -> ViewStyle:
    """Validate the style data against the model.

    >>> style = parse_style(yaml.safe_load(STYLE_PATH.read_text()), load_model())
    >>> style.node_style("Country")["shape"], style.status_style("Expired").color
    ('diamond', '#a6a6a6')
    """
    labels = tuple(raw.get("labels") or model.entity_labels)
    for label in labels:
        model.node(label)  # raises ModelError naming the unknown label
    rel_colors = dict(_section(raw, "relationships"))
    default_edge = str(rel_colors.pop("default", "#9aa5b1"))
    for rel_type in rel_colors:
        model.relationship(rel_type)
    status_rels = frozenset(raw.get("status_relationships") or [])
    for rel_type in status_rels:
        model.relationship(rel_type)
    statuses: dict[str, StatusStyle] = {}
    for status, spec in _section(raw, "agreement_status").items():
        dashes = spec.get("dashes", False)
        if not (dashes is False or (isinstance(dashes, list) and len(dashes) == 2)):
            raise ModelError(
                f"{STYLE_PATH.name}: status {status!r}: dashes must be false or [a, b]"
            )
        statuses[str(status)] = StatusStyle(
            status=str(status),
            label=str(spec.get("label") or status),
            dashes=dashes,
            color=spec.get("color"),
        )
    if "unknown" not in statuses:
        raise ModelError(f"{STYLE_PATH.name}: agreement_status needs an 'unknown' entry")
    node_styles = {
        label: {**_DEFAULT_NODE_STYLE, **spec.style} for label, spec in model.nodes.items()
    }
    return ViewStyle(
        labels=labels,
        node_styles=node_styles,
        relationship_colors={k: str(v) for k, v in rel_colors.items()},
        default_edge_color=default_edge,
        status_relationships=status_rels,
        statuses=statuses,
        node_size=dict(_section(raw, "node_size")),
        node_label=dict(_section(raw, "node_label")),
        edge_label=dict(_section(raw, "edge_label")),
        edge_width=dict(_section(raw, "edge_width")),
        physics=dict(_section(raw, "physics")),
    )


@functools.cache
def load_style() -> ViewStyle:
    """The shipped view style, checked against the shipped model."""
    raw = yaml.safe_load(STYLE_PATH.read_text(encoding="utf-8"))
    return parse_style(raw, load_model())
