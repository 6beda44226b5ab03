"""Curated facts: entities, relations, agreements and claims that analysts write by hand, in
YAML or CSV (format in docs/loaders.md). Every record becomes evidence with rule "curated"
and source = the file name; its span is the record's place in the file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.model import (
    Document,
    Evidence,
    Extraction,
    InputError,
    Node,
    NodeRef,
    Relationship,
    load_model,
)
from graph.model.records import node_key, slug
from loaders.agreements import lex as agreement_lexicon
from loaders.catalogue import SUBTYPES, Catalogue, Entry, load_catalogue

KINDS = (
    "MoU",
    "contract",
    "lease",
    "intergovernmental agreement",
    "joint venture",
    "export contract",
    "other",
)
STATUSES = ("proposed", "under review", "signed", "in force", "expired", "planned", "unknown")
RECORDS = ("entity", "relation", "agreement", "claim")
CSV_COLUMNS = (
    "record",
    "name",
    "type",
    "subtype",
    "aliases",
    "country",
    "capabilities",
    "role",
    "subject",
    "predicate",
    "object",
    "until",
    "title",
    "kind",
    "status",
    "date",
    "end_date",
    "value",
    "currency",
    "parties",
    "about",
    "attribute",
    "unit",
    "evidence",
    "source",
)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PARTY = re.compile(r"^(?P<name>[^\[]+?)\s*(?:\[(?P<role>[^\]]+)\])?$")


@dataclass
class _Record:
    """One record with where it is in the file."""

    fields: dict[str, Any]
    where: str
    start: int
    end: int


@dataclass
class _Entity:
    label: str
    name: str
    props: dict[str, Any]
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> str:
        return node_key(self.label, self.name)


class _LineLoader(yaml.SafeLoader):
    """Keeps each mapping's line and character span."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__span__"] = (node.start_mark.index, node.end_mark.index)
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _records_yaml(path: Path, text: str) -> tuple[list[_Record], str]:
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        raise InputError(f"{path.name}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(
            f"{path.name}: expected a mapping with entities/relations/agreements/claims"
        )
    default_source = str(data.get("source") or "")
    sections = {
        "entities": "entity",
        "relations": "relation",
        "agreements": "agreement",
        "claims": "claim",
    }
    unknown = set(data) - set(sections) - {"source", "__line__", "__span__"}
    if unknown:
        raise InputError(
            f"{path.name}: unknown section(s) {', '.join(sorted(unknown))}; "
            f"expected {', '.join(sections)}"
        )
    out: list[_Record] = []
    for section, record in sections.items():
        items = data.get(section) or []
        if not isinstance(items, list):
            raise InputError(f"{path.name}: '{section}' must be a list")
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise InputError(f"{path.name}: {section}[{i + 1}]: expected a mapping")
            line = item.pop("__line__", "?")
            start, end = item.pop("__span__", (0, 0))
            for value in item.values():
                if isinstance(value, list):
                    for v in value:
                        if isinstance(v, dict):
                            v.pop("__line__", None)
                            v.pop("__span__", None)
            item["record"] = record
            out.append(_Record(item, f"{path.name}: line {line} ({section}[{i + 1}])", start, end))
    return out, default_source


def _records_csv(path: Path, text: str) -> tuple[list[_Record], str]:
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None:
        raise InputError(f"{path.name}: empty CSV file")
    header = [h.strip() for h in reader.fieldnames]
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if "record" not in header or unknown:
        raise InputError(
            f"{path.name}: CSV header must have a 'record' column and only the columns "
            f"{', '.join(CSV_COLUMNS)}" + (f"; unknown: {', '.join(unknown)}" if unknown else "")
        )
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    out = []
    for row in reader:
        n = reader.line_num
        fields = {k.strip(): (v or "").strip() for k, v in row.items() if k and (v or "").strip()}
        for key in ("aliases", "capabilities", "about", "parties"):
            if key in fields:
                fields[key] = [x.strip() for x in fields[key].split(";") if x.strip()]
        if "parties" in fields:
            fields["parties"] = [_csv_party(p, path, n) for p in fields["parties"]]
        start = offsets[min(n - 1, len(offsets) - 1)]
        end = offsets[min(n, len(offsets) - 1)]
        out.append(_Record(fields, f"{path.name}: row {n}", start, end))
    return out, ""


def _csv_party(text: str, path: Path, row: int) -> dict[str, str]:
    m = _PARTY.match(text)
    if not m:
        raise InputError(f"{path.name}: row {row}: cannot read party {text!r}; write 'Name [role]'")
    return {"name": m.group("name").strip(), "role": (m.group("role") or "party").strip()}


class _Builder:
    def __init__(self, path: Path, text: str, catalogue: Catalogue) -> None:
        self.path = path
        self.text = text
        self.catalogue = catalogue
        self.entities: dict[str, _Entity] = {}
        self.by_name: dict[str, _Entity] = {}
        self.nodes: list[Node] = []
        self.rels: list[Relationship] = []
        self.current: Evidence | None = None
        self.first_use: dict[str, Evidence] = {}

    def evidence(self, rec: _Record, default_source: str) -> Evidence:
        quote = str(rec.fields.get("evidence") or self.text[rec.start : rec.end].strip())
        cited = str(rec.fields.get("source") or default_source)
        sentence = f"{quote} (source: {cited})" if cited else quote
        ev = Evidence(self.path.name, sentence, rec.start, rec.end, "curated", self.path.name)
        self.current = ev
        return ev

    def declare(self, rec: _Record, ev: Evidence) -> None:
        f = rec.fields
        name = _required(f, "name", rec)
        label = _required(f, "type", rec)
        if label not in SUBTYPES:
            raise InputError(f"{rec.where}: type {label!r} is not one of {', '.join(SUBTYPES)}")
        subtype = f.get("subtype")
        allowed = SUBTYPES[label]
        if subtype and (allowed is None or subtype not in allowed):
            raise InputError(
                f"{rec.where}: subtype {subtype!r} does not fit {label}; expected "
                f"{', '.join(sorted(allowed)) if allowed else 'none'}"
            )
        if label == "Person" and not f.get("role"):
            raise InputError(f"{rec.where}: a Person needs a role")
        caps = _capabilities(f.get("capabilities") or [], rec)
        entry = next(iter(self.catalogue.lookup(name, label)), None)
        props: dict[str, Any] = {
            "name": entry.name if entry else name,
            "aliases": sorted(
                set(_as_list(f.get("aliases"))) | ({name} - {entry.name} if entry else set())
            ),
            "catalogued": entry is not None,
            "capabilities": sorted(set(caps) | set(entry.capabilities if entry else ())),
        }
        if subtype or (entry and entry.subtype):
            props["subtype"] = subtype or (entry.subtype if entry else None)
        country = f.get("country") or (entry.country if entry else None)
        if country and label in ("Organization", "Facility"):
            props["country"] = node_key("Country", self._country_name(str(country)))
        if label == "Person":
            props["role"] = f["role"]
        ent = _Entity(label, str(props["name"]), props, [ev])
        self._remember(ent, [name, *props["aliases"]])

    def _country_name(self, name: str) -> str:
        entry = self.catalogue.country(name)
        return entry.name if entry else name

    def _remember(self, ent: _Entity, names: list[str]) -> None:
        if ent.key in self.entities:
            self.entities[ent.key].evidence.extend(ent.evidence)
            ent = self.entities[ent.key]
        else:
            self.entities[ent.key] = ent
        for n in names:
            self.by_name[n.casefold()] = ent

    def resolve(self, name: str, rec: _Record) -> _Entity:
        """A declared entity, else a catalogued one, by name or alias."""
        found = self.by_name.get(name.casefold())
        if found:
            return found
        entries: list[Entry] = self.catalogue.lookup(name)
        entries = [e for e in entries if e.type in SUBTYPES]
        if len(entries) > 1:
            countries = [e for e in entries if e.type == "Country"]
            entries = countries[:1] or entries
        if len(entries) != 1:
            hint = "several catalogue entries" if entries else "nothing in the catalogue"
            raise InputError(
                f"{rec.where}: {name!r} matches {hint}; declare it in an entity record with a type"
            )
        e = entries[0]
        props: dict[str, Any] = {
            "name": e.name,
            "aliases": sorted(e.aliases),
            "catalogued": True,
            "capabilities": sorted(e.capabilities),
        }
        if e.subtype:
            props["subtype"] = e.subtype
        if e.type == "Country":
            if e.iso2:
                props["iso2"] = e.iso2
            if e.iso3:
                props["iso3"] = e.iso3
        elif e.country and e.type in ("Organization", "Facility"):
            props["country"] = node_key("Country", self._country_name(e.country))
        ent = _Entity(e.type, e.name, props)
        self._remember(ent, [name, e.name])
        if self.current is not None:
            self.first_use.setdefault(ent.key, self.current)
        return ent

    def home_countries(self) -> None:
        """An organisation or facility with a country (stated in the file, else the
        catalogue's) gets the Country node and LOCATED_IN, unless a relation record already
        places it. Everything a curated file gives has rule "curated"; the evidence is the
        record that declared or first named the entity."""
        placed = {r.source.key for r in self.rels if r.type == "LOCATED_IN"}
        for ent in list(self.entities.values()):
            country_key = ent.props.get("country")
            if ent.label not in ("Organization", "Facility") or not country_key:
                continue
            if ent.key in placed:
                continue
            base = ent.evidence[0] if ent.evidence else self.first_use.get(ent.key)
            if base is None:
                continue
            country = next(
                (c for c in self.entities.values() if c.key == country_key),
                None,
            )
            if country is None:
                entry = next(
                    (
                        e
                        for e in self.catalogue.entries
                        if e.type == "Country" and node_key("Country", e.name) == country_key
                    ),
                    None,
                )
                if entry is None:
                    continue
                country = self.resolve(entry.name, _Record({}, "home country", 0, 0))
            ev = Evidence(base.doc_id, base.sentence, base.start, base.end, "curated", base.source)
            self.rels.append(
                Relationship(
                    "LOCATED_IN",
                    NodeRef(ent.label, ent.key),
                    NodeRef("Country", country.key),
                    {},
                    [ev],
                )
            )

    def relation(self, rec: _Record, ev: Evidence) -> None:
        f = rec.fields
        predicate = _required(f, "predicate", rec)
        model = load_model()
        if predicate not in model.relationships or predicate in (
            "CONCERNS",
            "ABOUT",
            "SUPPORTS",
            "FROM_DOCUMENT",
        ):
            raise InputError(f"{rec.where}: unknown predicate {predicate!r}")
        subject = self.resolve(_required(f, "subject", rec), rec)
        obj = self.resolve(_required(f, "object", rec), rec)
        if not model.relationships[predicate].allows(subject.label, obj.label):
            raise InputError(
                f"{rec.where}: {predicate} may not join {subject.label} {subject.name!r} to "
                f"{obj.label} {obj.name!r}"
            )
        props: dict[str, Any] = {}
        if f.get("role"):
            props["role"] = str(f["role"])
        if f.get("until"):
            props["until"] = _date(str(f["until"]), rec, "until")
        subject.evidence.append(ev)
        obj.evidence.append(ev)
        self.rels.append(
            Relationship(
                predicate,
                NodeRef(subject.label, subject.key),
                NodeRef(obj.label, obj.key),
                props,
                [ev],
            )
        )

    def agreement(self, rec: _Record, ev: Evidence) -> None:
        f = rec.fields
        title = _required(f, "title", rec)
        kind = str(f.get("kind") or "other")
        status = str(f.get("status") or "unknown")
        if kind not in KINDS:
            raise InputError(f"{rec.where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        if status not in STATUSES:
            raise InputError(f"{rec.where}: status {status!r} is not one of {', '.join(STATUSES)}")
        parties = f.get("parties") or []
        if not isinstance(parties, list) or len(parties) < 1:
            raise InputError(f"{rec.where}: an agreement needs a list of parties")
        props: dict[str, Any] = {
            "name": title,
            "kind": kind,
            "status": status,
            "aliases": _as_list(f.get("aliases")),
            "catalogued": False,
        }
        for key, year_key in (("date", "year"), ("end_date", "end_year")):
            if f.get(key):
                props[key] = _date(str(f[key]), rec, key)
                props[year_key] = int(props[key][:4])
        if f.get("value") not in (None, ""):
            try:
                props["value"] = float(f["value"])
            except (TypeError, ValueError):
                raise InputError(f"{rec.where}: value {f['value']!r} is not a number") from None
            if not f.get("currency"):
                raise InputError(f"{rec.where}: a value needs a currency (ISO code)")
            props["currency"] = str(f["currency"])
        node = Node("Agreement", node_key("Agreement", title), props, [ev])
        about = [self.resolve(str(a), rec) for a in _as_list(f.get("about"))]
        caps = set(_capabilities(f.get("capabilities") or [], rec))
        for a in about:
            caps |= set(
                agreement_lexicon().subtype_capabilities.get(a.props.get("subtype") or "", ())
            )
        if kind == "lease":
            caps.add("launch_infrastructure")
        props["capabilities"] = sorted(caps)
        props["evidence_count"], props["doc_count"] = 1, 1
        self.nodes.append(node)
        for p in parties:
            name, role = (p.get("name"), p.get("role")) if isinstance(p, dict) else (p, None)
            if not name:
                raise InputError(f"{rec.where}: a party without a name")
            party = self.resolve(str(name), rec)
            if party.label not in ("Country", "Organization", "Person"):
                raise InputError(f"{rec.where}: party {party.name!r} is a {party.label}")
            party.evidence.append(ev)
            self.rels.append(
                Relationship(
                    "PARTY_TO",
                    NodeRef(party.label, party.key),
                    node.ref,
                    {"role": str(role or "party")},
                    [ev],
                )
            )
        for a in about:
            a.evidence.append(ev)
            self.rels.append(Relationship("CONCERNS", node.ref, NodeRef(a.label, a.key), {}, [ev]))

    def claim(self, rec: _Record, ev: Evidence) -> None:
        f = rec.fields
        subject = self.resolve(_required(f, "subject", rec), rec)
        attribute = _required(f, "attribute", rec)
        value = _required(f, "value", rec)
        props: dict[str, Any] = {
            "name": f"{subject.name}: {attribute}",
            "subject": subject.key,
            "attribute": attribute,
            "value": value,
            "doc_id": self.path.name,
            "evidence_count": 1,
            "doc_count": 1,
        }
        number = f.get("value_number")
        if number not in (None, ""):
            try:
                props["value_number"] = float(number)
            except (TypeError, ValueError):
                raise InputError(f"{rec.where}: value_number {number!r} is not a number") from None
        if f.get("unit"):
            props["unit"] = str(f["unit"])
        key = f"claim:{self.path.name}:{slug(subject.name + ' ' + attribute)}"
        node = Node("Claim", key, props, [ev])
        self.nodes.append(node)
        self.rels.append(
            Relationship("ABOUT", node.ref, NodeRef(subject.label, subject.key), {}, [ev])
        )


def _required(fields: dict[str, Any], key: str, rec: _Record) -> str:
    value = fields.get(key)
    if value in (None, ""):
        raise InputError(f"{rec.where}: missing '{key}'")
    return str(value)


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def _capabilities(values: Any, rec: _Record) -> list[str]:
    known = load_model().capabilities
    out = _as_list(values)
    bad = [c for c in out if c not in known]
    if bad:
        raise InputError(
            f"{rec.where}: unknown capabilities {', '.join(bad)}; expected {', '.join(known)}"
        )
    return out


def _date(value: str, rec: _Record, key: str) -> str:
    if not _DATE.match(value):
        raise InputError(f"{rec.where}: {key} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def read_curated(path: str | Path) -> Extraction:
    """Read a curated-facts file (.yaml/.yml or .csv) into records with curated evidence."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such curated-facts file")
    suffix = path.suffix.lower()
    if suffix not in (".yaml", ".yml", ".csv"):
        raise InputError(
            f"{path}: curated facts must be .yaml, .yml or .csv, not {suffix or 'none'}"
        )
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read as UTF-8 text: {exc}") from None
    records, default_source = (
        _records_csv(path, text) if suffix == ".csv" else _records_yaml(path, text)
    )
    builder = _Builder(path, text, load_catalogue())
    order = {r: i for i, r in enumerate(RECORDS)}
    for rec in sorted(records, key=lambda r: order.get(str(r.fields.get("record")), 9)):
        kind = rec.fields.get("record")
        if kind not in RECORDS:
            raise InputError(
                f"{rec.where}: record must be one of {', '.join(RECORDS)}, not {kind!r}"
            )
        ev = builder.evidence(rec, default_source)
        getattr(builder, "declare" if kind == "entity" else str(kind))(rec, ev)
    builder.home_countries()
    nodes = [
        Node(
            e.label,
            e.key,
            {**e.props, "evidence_count": len(e.evidence), "doc_count": 1},
            e.evidence,
        )
        for e in builder.entities.values()
    ]
    document = Document(
        doc_id=path.name,
        path=str(path),
        title=f"Curated facts: {path.name}",
        sha256=hashlib.sha256(raw).hexdigest(),
        text=text,
    )
    extraction = Extraction(document, nodes + builder.nodes, builder.rels)
    extraction.validate(load_model())
    return extraction
