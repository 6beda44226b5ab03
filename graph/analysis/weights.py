"""Tie weights for the dependency analysis: read from weights.yaml, overridable by a user file.

The weights are data (graph/analysis/weights.yaml); this module only reads, merges and checks
them, and answers "what does this tie weigh, and why".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.model import ConfigError, load_model

DEFAULT_WEIGHTS_PATH = Path(__file__).with_name("weights.yaml")
_SECTIONS = ("relationship_types", "agreement_kinds", "agreement_status")
_FALLBACK_KIND = "other"
_FALLBACK_STATUS = "unknown"
MULTILATERAL_MODES = ("split", "full")


@dataclass(frozen=True)
class TieWeights:
    """The weights in force for one analysis, and the files they came from."""

    relationship_types: dict[str, float]
    agreement_kinds: dict[str, float]
    agreement_status: dict[str, float]
    multilateral: str = "split"
    sources: tuple[str, ...] = field(default_factory=tuple)

    def relationship(self, rel_type: str) -> float:
        """Weight of a relationship tie; 0 for a type the weights do not list.

        >>> default_weights().relationship("LEASES")
        3.0
        """
        return self.relationship_types.get(rel_type, 0.0)

    def agreement(self, kind: str | None, status: str | None) -> tuple[float, str]:
        """Weight of an agreement tie and the arithmetic behind it.

        Kinds and statuses match case-insensitively; an unstated or unlisted kind counts as
        ``other`` and an unstated or unlisted status as ``unknown``.

        Examples
        --------
        >>> w = default_weights()
        >>> w.agreement("lease", "in force")
        (3.0, 'lease 3 × in force 1')
        >>> w.agreement("MoU", "proposed")
        (0.3, 'MoU 1 × proposed 0.3')
        >>> w.agreement(None, "signed")
        (0.8, 'other 1 × signed 0.8')
        """
        kind_name, kind_weight = _lookup(self.agreement_kinds, kind, _FALLBACK_KIND)
        status_name, status_weight = _lookup(self.agreement_status, status, _FALLBACK_STATUS)
        weight = round(kind_weight * status_weight, 10)
        basis = f"{kind_name} {_num(kind_weight)} × {status_name} {_num(status_weight)}"
        return weight, basis

    def table(self) -> list[dict[str, Any]]:
        """Every weight as rows (section, name, weight), for printing in reports.

        >>> rows = default_weights().table()
        >>> rows[0]
        {'section': 'relationship_types', 'name': 'LEASES', 'weight': 3.0}
        """
        rows: list[dict[str, Any]] = []
        for section in _SECTIONS:
            for name, weight in getattr(self, section).items():
                rows.append({"section": section, "name": name, "weight": weight})
        return rows


def _num(value: float) -> str:
    return f"{value:g}"


def _lookup(table: Mapping[str, float], name: str | None, fallback: str) -> tuple[str, float]:
    if name:
        for known, weight in table.items():
            if known.casefold() == name.strip().casefold():
                return known, weight
    return fallback, table[fallback]


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"weights file {path} not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"weights file {path} cannot be read: {exc}") from None
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "syntax error"
        raise ConfigError(f"weights file {path} is not valid YAML: {first}") from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ConfigError(f"weights file {path}: expected a mapping of sections")
    return raw


def _merge(base: dict[str, Any], override: Mapping[str, Any], where: str) -> dict[str, Any]:
    allowed = {*_SECTIONS, "multilateral", "version"}
    unknown = set(override) - allowed
    if unknown:
        raise ConfigError(
            f"{where}: unknown section(s) {', '.join(sorted(map(str, unknown)))}; "
            f"expected {', '.join(sorted(allowed))}"
        )
    merged = {k: (dict(v) if isinstance(v, dict) else v) for k, v in base.items()}
    for section, value in override.items():
        if section in _SECTIONS:
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: {section} must be a mapping of name: weight")
            merged.setdefault(section, {}).update(value)
        else:
            merged[section] = value
    return merged


def _validated(raw: Mapping[str, Any], sources: tuple[str, ...]) -> TieWeights:
    where = " + ".join(sources)
    tables: dict[str, dict[str, float]] = {}
    for section in _SECTIONS:
        table: dict[str, float] = {}
        for name, value in (raw.get(section) or {}).items():
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ConfigError(f"{where}: {section}.{name} must be a number >= 0, got {value!r}")
            table[str(name)] = float(value)
        tables[section] = table
    known_types = set(load_model().relationships)
    unknown_types = set(tables["relationship_types"]) - known_types
    if unknown_types:
        raise ConfigError(
            f"{where}: relationship_types names types not in the model: "
            f"{', '.join(sorted(unknown_types))}"
        )
    for section, fallback in (
        ("agreement_kinds", _FALLBACK_KIND),
        ("agreement_status", _FALLBACK_STATUS),
    ):
        if fallback not in tables[section]:
            raise ConfigError(f"{where}: {section} must keep an entry {fallback!r}")
    mode = raw.get("multilateral", "split")
    if mode not in MULTILATERAL_MODES:
        raise ConfigError(
            f"{where}: multilateral must be one of {', '.join(MULTILATERAL_MODES)}, got {mode!r}"
        )
    return TieWeights(
        relationship_types=tables["relationship_types"],
        agreement_kinds=tables["agreement_kinds"],
        agreement_status=tables["agreement_status"],
        multilateral=str(mode),
        sources=sources,
    )


def load_weights(override: str | Path | None = None) -> TieWeights:
    """The default weights, with the values of an override file (if given) replacing them.

    Parameters
    ----------
    override : str or Path, optional
        A YAML file with any of the sections of weights.yaml.

    Raises
    ------
    ConfigError
        When a file cannot be read or a value is not a number >= 0.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "w.yaml"
    >>> _ = path.write_text("agreement_status: {proposed: 0.1}\\n")
    >>> w = load_weights(path)
    >>> w.agreement("MoU", "proposed")[0], w.agreement("lease", "in force")[0]
    (0.1, 3.0)
    >>> _ = path.write_text("agreement_status: {proposed: -1}\\n")
    >>> load_weights(path)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graph.model.errors.ConfigError: ...: agreement_status.proposed must be a number >= 0, got -1
    """
    raw = _read(DEFAULT_WEIGHTS_PATH)
    sources = [str(DEFAULT_WEIGHTS_PATH.name)]
    if override is not None:
        path = Path(override)
        raw = _merge(raw, _read(path), str(path))
        sources.append(str(path))
    return _validated(raw, tuple(sources))


def default_weights() -> TieWeights:
    """The weights of graph/analysis/weights.yaml."""
    return load_weights()
