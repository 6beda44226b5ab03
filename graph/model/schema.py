"""Load and validate the model YAML (labels, properties, relationship types).

Two passes, as followthemoney does: the first checks each entry's shape, the second
cross-checks references (endpoints naming unknown labels or groups). Errors name the file
and the offending entry.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.model.errors import ModelError

MODEL_PATH = Path(__file__).with_name("model.yaml")
PROPERTY_TYPES = ("string", "integer", "float", "boolean", "string[]")
_PROPERTY_KEYS = {"type", "required", "index", "merge", "description"}


@dataclass(frozen=True)
class Property:
    """One property of a node label or relationship type."""

    name: str
    type: str
    required: bool = False
    index: bool = False
    index_kind: str = ""  # "range" (equality, ranges, order) or "text" (CONTAINS, ENDS WITH)
    merge: str = "replace"
    description: str = ""

    @property
    def is_list(self) -> bool:
        return self.type.endswith("[]")


@dataclass(frozen=True)
class NodeType:
    """A node label with its properties; `key` is its unique identity."""

    label: str
    description: str
    properties: dict[str, Property]
    style: dict[str, str] = field(default_factory=dict)
    key: str = "key"


@dataclass(frozen=True)
class RelationshipType:
    """A relationship type with the (source label, target label) pairs it may join."""

    type: str
    description: str
    endpoints: tuple[tuple[str, str], ...]
    properties: dict[str, Property]

    def allows(self, source: str, target: str) -> bool:
        return (source, target) in self.endpoints


@dataclass(frozen=True)
class Model:
    """The validated model: node types, relationship types and label groups."""

    nodes: dict[str, NodeType]
    relationships: dict[str, RelationshipType]
    groups: dict[str, tuple[str, ...]]
    capabilities: dict[str, str] = field(default_factory=dict)
    source: str = ""

    def node(self, label: str) -> NodeType:
        try:
            return self.nodes[label]
        except KeyError:
            raise ModelError(
                f"unknown node label {label!r}; the model has {', '.join(sorted(self.nodes))}"
            ) from None

    def relationship(self, rel_type: str) -> RelationshipType:
        try:
            return self.relationships[rel_type]
        except KeyError:
            raise ModelError(
                f"unknown relationship type {rel_type!r}; the model has "
                f"{', '.join(sorted(self.relationships))}"
            ) from None

    @property
    def entity_labels(self) -> tuple[str, ...]:
        """Labels of things documents talk about (not documents, evidence or claims)."""
        return self.groups.get("Entity", tuple(self.nodes))


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ModelError(f"{where}: expected a mapping, got {type(value).__name__}")
    return value


def _properties(raw: Any, where: str) -> dict[str, Property]:
    props: dict[str, Property] = {}
    for name, spec in _mapping(raw, where).items():
        spec = _mapping(spec, f"{where}.{name}")
        unknown = set(spec) - _PROPERTY_KEYS
        if unknown:
            raise ModelError(f"{where}.{name}: unknown setting(s) {', '.join(sorted(unknown))}")
        if "type" not in spec:
            raise ModelError(f"{where}.{name}: missing key 'type'")
        if spec["type"] not in PROPERTY_TYPES:
            raise ModelError(
                f"{where}.{name}: type {spec['type']!r} is not one of {', '.join(PROPERTY_TYPES)}"
            )
        merge = spec.get("merge", "replace")
        if merge not in ("replace", "union"):
            raise ModelError(f"{where}.{name}: merge must be 'replace' or 'union'")
        if merge == "union" and not str(spec["type"]).endswith("[]"):
            raise ModelError(f"{where}.{name}: merge 'union' needs a list type")
        index = spec.get("index", False)
        if index not in (True, False, "text"):
            raise ModelError(f"{where}.{name}: index must be true, false or 'text'")
        props[name] = Property(
            name=name,
            type=spec["type"],
            required=bool(spec.get("required", False)),
            index=bool(index),
            index_kind="text" if index == "text" else "range" if index else "",
            merge=merge,
            description=str(spec.get("description", "")),
        )
    return props


def _check_unique(raw_text: str, section: str, where: str) -> None:
    """YAML silently keeps the last of two equal keys; a duplicate type is an error here."""
    seen: set[str] = set()
    in_section = False
    for line in raw_text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" "):
            in_section = line.rstrip().rstrip(":") == section
            continue
        if in_section and line.startswith("  ") and not line.startswith("   "):
            name = line.strip().split(":", 1)[0]
            if name in seen:
                raise ModelError(f"{where}: duplicate {section[:-1]} type {name!r}")
            seen.add(name)


def parse_model(text: str, where: str = "<model>") -> Model:
    """Parse and validate model YAML text.

    Examples
    --------
    >>> m = parse_model('''
    ... nodes:
    ...   Country: {description: a state, properties: {}}
    ... relationships:
    ...   COOPERATES_WITH: {description: ties, endpoints: [[Country, Country]]}
    ... ''')
    >>> sorted(m.nodes), m.relationship("COOPERATES_WITH").allows("Country", "Country")
    (['Country'], True)
    >>> parse_model("nodes: {}\\nrelationships:\\n  X: {endpoints: [[A, B]]}")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graph.model.errors.ModelError: <model>: relationship X: unknown label or group 'A' ...
    """
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ModelError(f"{where}: not valid YAML: {exc}") from None
    raw = _mapping(raw, where)
    for section in ("nodes", "relationships"):
        if section not in raw:
            raise ModelError(f"{where}: missing key {section!r}")
        _check_unique(text, section, where)

    # Pass 1: shapes.
    node_defaults = _properties(raw.get("node_defaults"), f"{where}: node_defaults")
    rel_defaults = _properties(raw.get("relationship_defaults"), f"{where}: relationship_defaults")
    nodes: dict[str, NodeType] = {}
    for label, spec in _mapping(raw["nodes"], f"{where}: nodes").items():
        spec = _mapping(spec, f"{where}: node {label}")
        own = _properties(spec.get("properties"), f"{where}: node {label}")
        props = {**node_defaults, **own}
        if "key" not in props:
            props["key"] = Property("key", "string", required=True)
        nodes[label] = NodeType(
            label=label,
            description=str(spec.get("description", "")),
            properties=props,
            style={str(k): str(v) for k, v in _mapping(spec.get("style"), label).items()},
        )
    groups_raw = _mapping(raw.get("groups"), f"{where}: groups")

    # Pass 2: references.
    groups: dict[str, tuple[str, ...]] = {}
    for name, members in groups_raw.items():
        if name in nodes:
            raise ModelError(f"{where}: group {name!r} has the name of a node label")
        for member in members or []:
            if member not in nodes:
                raise ModelError(f"{where}: group {name}: unknown label {member!r}")
        groups[name] = tuple(members or [])

    def expand(name: str, rel: str, pair: list[str]) -> tuple[str, ...]:
        if name in nodes:
            return (name,)
        if name in groups:
            return groups[name]
        raise ModelError(
            f"{where}: relationship {rel}: unknown label or group {name!r} in endpoint "
            f"[{', '.join(map(str, pair))}]"
        )

    relationships: dict[str, RelationshipType] = {}
    for rel, spec in _mapping(raw["relationships"], f"{where}: relationships").items():
        spec = _mapping(spec, f"{where}: relationship {rel}")
        if "endpoints" not in spec:
            raise ModelError(f"{where}: relationship {rel}: missing key 'endpoints'")
        pairs: list[tuple[str, str]] = []
        for pair in spec["endpoints"] or []:
            if not isinstance(pair, list) or len(pair) != 2:
                raise ModelError(
                    f"{where}: relationship {rel}: endpoint {pair!r} must be [source, target]"
                )
            for src in expand(pair[0], rel, pair):
                for dst in expand(pair[1], rel, pair):
                    if (src, dst) not in pairs:
                        pairs.append((src, dst))
        if not pairs:
            raise ModelError(f"{where}: relationship {rel}: no endpoints")
        own = _properties(spec.get("properties"), f"{where}: relationship {rel}")
        relationships[rel] = RelationshipType(
            type=rel,
            description=str(spec.get("description", "")),
            endpoints=tuple(pairs),
            properties={**rel_defaults, **own},
        )
    capabilities = {
        str(k): str(v)
        for k, v in _mapping(raw.get("capabilities"), f"{where}: capabilities").items()
    }
    return Model(
        nodes=nodes,
        relationships=relationships,
        groups=groups,
        capabilities=capabilities,
        source=where,
    )


def load_model(path: str | Path | None = None) -> Model:
    """Load the model from `path` (default: the shipped model.yaml)."""
    if path is None:
        return _default_model()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"cannot read model file {path}: {exc.strerror}") from None
    return parse_model(text, str(path))


@functools.cache
def _default_model() -> Model:
    return parse_model(MODEL_PATH.read_text(encoding="utf-8"), str(MODEL_PATH.name))
