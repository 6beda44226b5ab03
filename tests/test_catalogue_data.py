"""The entity catalogue as data: loaders/catalogue/*.yaml.

Checks the shape of every entry, the vocabulary it uses (types, subtypes, capabilities from the
model), that every `country` names a catalogued country, that no two entities share a surface
name unless both flag it as ambiguous, the breadth the recogniser relies on for unseen
articles, and that the reference labels of the seed corpus use catalogued canonical names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from graph.model import load_model
from loaders.catalogue import SUBTYPES, load_catalogue
from loaders.curated import read_curated
from loaders.text import fold, is_acronym, surface_key

REPO = Path(__file__).resolve().parents[1]
CATALOGUE = REPO / "loaders" / "catalogue"
COMMON_WORDS = Path(__file__).parent / "data" / "common_words.txt"

COUNTRY_FILE = "countries.yaml"
# What each curated file holds: its label and the subtypes allowed in it.
FILE_KINDS: dict[str, tuple[str, frozenset[str]]] = {
    "agencies.yaml": ("Organization", frozenset({"agency", "ministry", "other"})),
    "companies.yaml": ("Organization", frozenset({"company", "joint venture", "other"})),
    "intergovernmental.yaml": ("Organization", frozenset({"intergovernmental", "agency", "other"})),
    "research.yaml": ("Organization", frozenset({"university", "other"})),
    "media.yaml": ("Organization", frozenset({"other"})),
    "facilities.yaml": (
        "Facility",
        frozenset({"cosmodrome", "launch pad", "launch complex", "ground station", "other"}),
    ),
    "launch_vehicles.yaml": ("Program", frozenset({"launch vehicle"})),
    "programs.yaml": (
        "Program",
        frozenset({"satellite", "space station", "mission", "project", "other"}),
    ),
}
ENTITY_KEYS = frozenset(
    {"name", "type", "subtype", "country", "aliases", "capabilities", "ambiguous"}
    | {"ambiguous_aliases", "context"}
)
COUNTRY_KEYS = frozenset(
    {"name", "iso2", "un_member", "historical", "aliases", "demonyms", "capital"}
    | {"ambiguous", "ambiguous_aliases", "context"}
)
# Kinds of entity whose home or host country is always known.
NEEDS_COUNTRY = {
    ("Organization", "agency"),
    ("Organization", "ministry"),
    ("Organization", "company"),
    ("Organization", "joint venture"),
    ("Organization", "university"),
    ("Facility", None),
    ("Program", "launch vehicle"),
}
# Kosovo has no ISO 3166 code; XK is the user-assigned code in common use.
USER_ASSIGNED_ISO2 = {"XK"}
MIN_ENTRIES = {
    "agencies.yaml": 60,
    "companies.yaml": 250,
    "intergovernmental.yaml": 40,
    "facilities.yaml": 60,
    "launch_vehicles.yaml": 120,
    "programs.yaml": 80,
}
UN_MEMBERS = 193
ICESCO = "Islamic World Educational, Scientific and Cultural Organization"


@dataclass(frozen=True)
class Item:
    """One catalogue entry with where it was read from."""

    file: str
    index: int
    raw: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.raw["name"])

    @property
    def label(self) -> str:
        return "Country" if self.file == COUNTRY_FILE else str(self.raw.get("type"))

    @property
    def where(self) -> str:
        return f"{self.file}#{self.index + 1} {self.name!r}"

    def surfaces(self) -> Iterator[str]:
        yield self.name
        yield from self.raw.get("aliases") or []
        yield from self.raw.get("demonyms") or []
        if self.raw.get("capital"):
            yield str(self.raw["capital"])

    def marks(self, surface: str) -> bool:
        """Does the entry flag `surface` as needing context (same rule as the recogniser)?"""
        listed = self.raw.get("ambiguous_aliases") or []
        if listed:
            return fold(surface) in {fold(a) for a in listed}
        return bool(self.raw.get("ambiguous")) and len(surface_key(surface)) == 1


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _files() -> list[Path]:
    return sorted(CATALOGUE.glob("*.yaml"))


@pytest.fixture(scope="module")
def items() -> list[Item]:
    out: list[Item] = []
    for path in _files():
        out.extend(Item(path.name, i, raw) for i, raw in enumerate(_load(path) or []))
    return out


@pytest.fixture(scope="module")
def countries(items: list[Item]) -> list[Item]:
    return [i for i in items if i.file == COUNTRY_FILE]


@pytest.fixture(scope="module")
def country_names(countries: list[Item]) -> set[str]:
    return {c.name for c in countries}


def _match_key(surface: str) -> tuple[str, ...]:
    """How the recogniser sees a surface: folded tokens, inner hyphens optional."""
    return tuple(t for t in surface_key(surface) if t != "-")


def test_catalogue_files_are_present() -> None:
    names = {p.name for p in _files()}
    assert {COUNTRY_FILE, *FILE_KINDS} <= names


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_file_is_a_list_of_named_mappings(path: Path) -> None:
    data = _load(path)
    assert isinstance(data, list) and data, f"{path.name}: expected a non-empty YAML list"
    for i, raw in enumerate(data):
        assert isinstance(raw, dict), f"{path.name}#{i + 1}: not a mapping"
        name = raw.get("name")
        assert isinstance(name, str) and name == name.strip() and name, f"{path.name}#{i + 1}"


def _check_string_list(item: Item, key: str) -> list[str]:
    values = item.raw.get(key, [])
    assert isinstance(values, list), f"{item.where}: {key} must be a list"
    for v in values:
        assert isinstance(v, str) and v.strip() == v and v, f"{item.where}: bad {key} {v!r}"
    assert len(values) == len(set(values)), f"{item.where}: repeated {key}"
    return values


def _check_ambiguity(item: Item) -> None:
    ambiguous = item.raw.get("ambiguous", False)
    assert isinstance(ambiguous, bool), f"{item.where}: ambiguous must be true or false"
    listed = _check_string_list(item, "ambiguous_aliases")
    if listed:
        assert ambiguous, f"{item.where}: ambiguous_aliases given but ambiguous is not true"
    own = {fold(s) for s in item.surfaces()}
    stray = [a for a in listed if fold(a) not in own]
    assert not stray, f"{item.where}: ambiguous_aliases {stray} are not names of the entry"
    _check_string_list(item, "context")


def test_entries_use_the_model_vocabulary(items: list[Item]) -> None:
    capabilities = set(load_model().capabilities)
    for item in items:
        if item.file == COUNTRY_FILE:
            continue
        raw = item.raw
        unknown = set(raw) - ENTITY_KEYS
        assert not unknown, f"{item.where}: unknown keys {sorted(unknown)}"
        label, subtypes = FILE_KINDS.get(item.file, (raw.get("type"), None))
        assert raw.get("type") == label, f"{item.where}: type {raw.get('type')!r} in {item.file}"
        allowed = SUBTYPES.get(label) or frozenset()
        assert raw.get("subtype") in allowed, f"{item.where}: subtype {raw.get('subtype')!r}"
        if subtypes is not None:
            assert raw["subtype"] in subtypes, f"{item.where}: {raw['subtype']!r} in {item.file}"
        aliases = _check_string_list(item, "aliases")
        assert item.name not in aliases, f"{item.where}: alias repeats the name"
        caps = _check_string_list(item, "capabilities")
        assert set(caps) <= capabilities, f"{item.where}: unknown capabilities"
        _check_ambiguity(item)


def test_country_overlay_entries_are_well_formed(countries: list[Item]) -> None:
    codes = {c.alpha_2 for c in pycountry.countries}
    historic = {getattr(c, "alpha_2", None) for c in pycountry.historic_countries}
    seen: set[str] = set()
    for item in countries:
        raw = item.raw
        unknown = set(raw) - COUNTRY_KEYS
        assert not unknown, f"{item.where}: unknown keys {sorted(unknown)}"
        iso2 = raw.get("iso2")
        assert isinstance(iso2, str) and iso2 not in seen, f"{item.where}: iso2 {iso2!r}"
        seen.add(iso2)
        if raw.get("historical"):
            assert iso2 in historic, f"{item.where}: {iso2} is not a historic ISO code"
        else:
            assert iso2 in codes | USER_ASSIGNED_ISO2, f"{item.where}: unknown iso2 {iso2}"
        assert isinstance(raw.get("un_member"), bool), f"{item.where}: un_member missing"
        _check_string_list(item, "aliases")
        _check_string_list(item, "demonyms")
        _check_ambiguity(item)


def test_every_un_member_has_a_demonym(countries: list[Item]) -> None:
    members = [c for c in countries if c.raw["un_member"]]
    assert len(members) == UN_MEMBERS
    missing = [c.name for c in members if not c.raw.get("demonyms")]
    assert not missing, f"UN members without a demonym: {missing}"
    assert not [c.name for c in members if c.raw.get("historical")]


def test_common_country_names_are_known(countries: list[Item]) -> None:
    surfaces = {fold(s): c.name for c in countries for s in c.surfaces()}
    expected = {
        "Russia": "Russia",
        "Russian Federation": "Russia",
        "South Korea": "South Korea",
        "Korea": "South Korea",
        "North Korea": "North Korea",
        "DPRK": "North Korea",
        "Iran": "Iran",
        "Vietnam": "Vietnam",
        "Laos": "Laos",
        "Syria": "Syria",
        "Bolivia": "Bolivia",
        "Venezuela": "Venezuela",
        "Tanzania": "Tanzania",
        "Moldova": "Moldova",
        "Czech Republic": "Czechia",
        "UAE": "United Arab Emirates",
        "the Emirates": "United Arab Emirates",
        "Emirati": "United Arab Emirates",
        "UK": "United Kingdom",
        "Britain": "United Kingdom",
        "US": "United States",
        "USA": "United States",
        "America": "United States",
        "USSR": "Soviet Union",
        "Soviet": "Soviet Union",
        "Taiwan": "Taiwan",
        "Türkiye": "Turkey",
        "Turkiye": "Turkey",
        "Turkish": "Turkey",
        "Kazakh": "Kazakhstan",
        "Kazakhstani": "Kazakhstan",
        "Қазақстан": "Kazakhstan",
        "Chinese": "China",
    }
    wrong = {k: surfaces.get(fold(k)) for k, v in expected.items() if surfaces.get(fold(k)) != v}
    assert not wrong, f"surface -> country mismatches: {wrong}"


def test_every_country_field_names_a_catalogued_country(
    items: list[Item], country_names: set[str]
) -> None:
    for item in items:
        if item.file == COUNTRY_FILE:
            continue
        country = item.raw.get("country")
        kind = (item.label, None if item.label == "Facility" else item.raw.get("subtype"))
        if kind in NEEDS_COUNTRY and item.file != "intergovernmental.yaml":
            assert country, f"{item.where}: needs a country"
        if item.raw.get("subtype") == "intergovernmental":
            assert country is None, f"{item.where}: intergovernmental bodies have no country"
        if country is not None:
            assert country in country_names, f"{item.where}: country {country!r} not canonical"


def test_canonical_names_are_unique(items: list[Item]) -> None:
    seen: dict[tuple[str, ...], str] = {}
    for item in items:
        key = _match_key(item.name)
        assert key not in seen, f"{item.where} has the same name as {seen[key]}"
        seen[key] = item.where


def _pycountry_surfaces(countries: list[Item]) -> list[Item]:
    """pycountry's own names, which the loader adds to the overlay's entries."""
    by_iso = {c.raw["iso2"]: c for c in countries}
    out = []
    for c in pycountry.countries:
        attrs = ("name", "official_name", "common_name")
        names = [str(getattr(c, a)) for a in attrs if getattr(c, a, None)]
        base = by_iso.get(c.alpha_2)
        raw: dict[str, Any] = dict(base.raw) if base else {"name": names[0]}
        raw["aliases"] = [*raw.get("aliases", []), *names]
        out.append(Item(base.file if base else "pycountry", base.index if base else 0, raw))
    return out


def test_surfaces_do_not_collide_unless_flagged(items: list[Item], countries: list[Item]) -> None:
    others = [i for i in items if i.file != COUNTRY_FILE]
    owners: dict[tuple[str, ...], dict[str, tuple[Item, str]]] = defaultdict(dict)
    for item in [*others, *_pycountry_surfaces(countries)]:
        for surface in item.surfaces():
            owners[_match_key(surface)].setdefault(item.where, (item, surface))
    clashes = []
    for key, by_entry in owners.items():
        if len(by_entry) < 2:
            continue
        unflagged = [w for w, (item, surface) in by_entry.items() if not item.marks(surface)]
        if unflagged:
            clashes.append(f"{' '.join(key)!r}: {sorted(by_entry)} (unflagged: {unflagged})")
    assert not clashes, "shared surfaces must be flagged by every owner:\n" + "\n".join(clashes)


def test_common_words_are_flagged_when_used_as_names(items: list[Item]) -> None:
    words = {
        w.strip().casefold()
        for w in COMMON_WORDS.read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    }
    unflagged = [
        f"{item.where}: {surface!r}"
        for item in items
        for surface in item.surfaces()
        if fold(surface) in words and not is_acronym(surface) and not item.marks(surface)
    ]
    assert not unflagged, "common words used as names without a flag:\n" + "\n".join(unflagged)


def test_catalogue_is_broad_enough(items: list[Item]) -> None:
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item.file] += 1
    short = {f: (counts[f], n) for f, n in MIN_ENTRIES.items() if counts[f] < n}
    assert not short, f"files below their minimum (have, need): {short}"
    hosts = {i.raw.get("country") for i in items if i.file == "facilities.yaml"}
    assert len(hosts) >= 25, "launch and ground sites should span many host countries"
    homes = {i.raw.get("country") for i in items if i.file == "companies.yaml"}
    assert len(homes) >= 40, "companies should span many home countries"


def _gold_entities(gold_dir: Path) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(gold_dir.glob("*.yaml")):
        for entity in _load(path).get("entities", []):
            if entity["type"] in {"Country", "Organization", "Facility", "Program"}:
                out.append((path.name, entity))
    return out


def test_reference_entities_use_catalogued_canonical_names(
    items: list[Item], gold_dir: Path
) -> None:
    by_name = {(i.label, i.name): i for i in items}
    problems = []
    for doc, entity in _gold_entities(gold_dir):
        item = by_name.get((entity["type"], entity["name"]))
        if item is None:
            problems.append(f"{doc}: {entity['type']} {entity['name']!r} not catalogued")
        elif entity.get("subtype") and item.raw.get("subtype") != entity["subtype"]:
            problems.append(f"{doc}: {entity['name']!r} subtype {item.raw.get('subtype')!r}")
    assert not problems, "\n".join(problems)


def test_loader_reads_the_catalogue_and_resolves_surfaces() -> None:
    catalogue = load_catalogue(CATALOGUE)
    expected = {
        ("Байконур", "Facility"): "Baikonur Cosmodrome",
        ("Baikonur spaceport", "Facility"): "Baikonur Cosmodrome",
        ("Sunkar", "Program"): "Soyuz-5",
        ("Rocketsan", "Organization"): "Roketsan",
        ("Thales Alenia Space Italia", "Organization"): "Thales Alenia Space",
        ("ICESCO", "Organization"): ICESCO,
        ("Türkiye", "Country"): "Turkey",
        ("Kazakh", "Country"): "Kazakhstan",
        ("ISS", "Program"): "International Space Station",
        ("Роскосмос", "Organization"): "Roscosmos",
    }
    for (surface, label), name in expected.items():
        found = [e.name for e in catalogue.lookup(surface, label)]
        assert found == [name], f"{surface!r} -> {found}"
    baiterek = {e.name for e in catalogue.lookup("Baiterek")}
    assert baiterek == {"Baiterek joint venture"}


CURATED_EXAMPLE = REPO / "loaders" / "data" / "curated" / "example_facts.yaml"


def test_curated_example_reads_into_catalogued_records() -> None:
    extraction = read_curated(CURATED_EXAMPLE)
    model = load_model()
    labels = {n.key: n.label for n in extraction.nodes}
    entities = [n for n in extraction.nodes if n.label not in ("Agreement", "Claim")]
    assert entities and all(n.properties["catalogued"] for n in entities)
    assert {n.label for n in extraction.nodes} >= {"Country", "Organization", "Facility"}
    kinds = {n.properties["kind"] for n in extraction.nodes if n.label == "Agreement"}
    assert kinds == {"lease", "intergovernmental agreement"}
    for rel in extraction.relationships:
        source, target = labels[rel.source.key], labels[rel.target.key]
        assert model.relationship(rel.type).allows(source, target), rel.key
        assert all(
            ev.rule == "curated" and ev.source == CURATED_EXAMPLE.name for ev in rel.evidence
        )
    lease = next(n for n in extraction.nodes if n.key == "agreement:baikonur-cosmodrome-lease")
    assert (lease.properties["end_year"], lease.properties["currency"]) == (2050, "USD")
