"""The entity catalogue: curated YAML files under loaders/catalogue/ plus countries from pycountry.

Format (a YAML list per file; see docs/loaders.md):

    - name: Roscosmos                 # canonical name
      type: Organization              # Country | Organization | Facility | Program | Person
      subtype: agency                 # one of the subtypes of that type
      country: Russia                 # canonical country name (home/host), optional
      aliases: [Roskosmos, Роскосмос]
      capabilities: [launch_access]   # ids from graph/model/model.yaml, optional
      ambiguous: false                # true: the bare name needs context to count
      ambiguous_aliases: [Baiterek]   # optional: just these surfaces need context
      context: [rocket, launch]       # optional words that select this entry when ambiguous

`countries.yaml` is an overlay on pycountry: `{name, iso2, aliases, demonyms, capital}` entries
give the common English name, other names, demonyms and the capital (read as a metonym only
before a verb: "Beijing pledged"). Any file may also hold `type: Country` entries
(with iso2 when the country is in pycountry, e.g. for a historic state without). Entries with
the same type and name are merged; unknown keys are ignored. Loaded once per process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pycountry
import yaml

from graph.model import ModelError, load_model
from graph.model.records import node_key
from loaders.company_names import suffix_variants
from loaders.resources import CATALOGUE_DIR
from loaders.text import fold, is_acronym, surface_key, tokens

SUBTYPES: dict[str, frozenset[str] | None] = {
    "Country": None,
    "Organization": frozenset(
        {
            "agency",
            "company",
            "ministry",
            "university",
            "intergovernmental",
            "joint venture",
            "other",
        }
    ),
    "Facility": frozenset(
        {"cosmodrome", "launch pad", "launch complex", "ground station", "other"}
    ),
    "Program": frozenset(
        {"launch vehicle", "satellite", "space station", "mission", "project", "other"}
    ),
    "Person": None,
}
COUNTRY_OVERLAY = "countries.yaml"
# libyaml's safe loader when present: the catalogue is large and parsed on first use.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LIST_KEYS = ("aliases", "capabilities", "context", "demonyms", "ambiguous_aliases")


@dataclass(frozen=True)
class Entry:
    """One catalogued entity."""

    name: str
    type: str
    subtype: str | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()
    capabilities: tuple[str, ...] = ()
    ambiguous: bool = False
    ambiguous_aliases: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    iso2: str | None = None
    iso3: str | None = None
    source: str = ""

    @property
    def key(self) -> str:
        return node_key(self.type, self.name)

    def surfaces(self) -> Iterable[tuple[str, str]]:
        """(surface, form) pairs this entry is recognised by."""
        yield self.name, "name"
        for alias in self.aliases:
            yield alias, "alias"
        for demonym in self.demonyms:
            yield demonym, "demonym"

    def needs_context(self, surface: str) -> bool:
        """Is this surface of the entry too ambiguous to count without context?"""
        if self.ambiguous_aliases:
            return fold(surface) in {fold(a) for a in self.ambiguous_aliases}
        return self.ambiguous and len(surface_key(surface)) == 1


@dataclass(frozen=True)
class Surface:
    """A catalogue surface: which entry it names, how, and how strictly its case must match."""

    entry: Entry
    form: str
    text: str
    exact_case: bool
    capitalised: bool
    needs_context: bool
    # A descriptive alias ("Russian-Kazakh joint venture Baiterek") holds a shorter surface
    # of the same entry and a surface of another one; the recogniser prefers the parts.
    descriptive: bool = False


@dataclass(eq=False)
class Catalogue:
    """All entries, indexed by the token sequence of every surface (hashed by identity)."""

    entries: list[Entry]
    index: dict[tuple[str, ...], list[Surface]] = field(default_factory=dict)
    by_name: dict[tuple[str, str], Entry] = field(default_factory=dict)
    max_tokens: int = 1

    def lookup(self, name: str, label: str | None = None) -> list[Entry]:
        """Entries one of whose surfaces is `name` (optionally of one label)."""
        found = [s.entry for s in self.index.get(surface_key(name), [])]
        unique = list({e.key: e for e in found if label is None or e.type == label}.values())
        return unique

    def country(self, name: str) -> Entry | None:
        entry = self.by_name.get(("Country", fold(name)))
        if entry:
            return entry
        found = self.lookup(name, "Country")
        return found[0] if found else None


def _variants(surface: str) -> set[str]:
    """Spelling variants indexed alongside a surface: with and without inner hyphens, and
    other spellings of a company suffix ("Ltd" for "Limited")."""
    out = {surface, *suffix_variants(surface)}
    if re.search(r"\w-\w", surface):
        out.add(re.sub(r"(?<=\w)-(?=\w)", " ", surface))
    if re.search(r"[A-Za-z] \d", surface):
        out.add(re.sub(r"(?<=[A-Za-z]) (?=\d)", "-", surface))
    return out


def _as_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise ModelError(f"{where}: '{key}' must be a list of strings")
    return tuple(str(v) for v in value)


def parse_entry(raw: Any, where: str, default_type: str | None = None) -> Entry:
    """Validate one catalogue entry; errors name the file and the entry."""
    if not isinstance(raw, dict):
        raise ModelError(f"{where}: an entry must be a mapping, got {type(raw).__name__}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ModelError(f"{where}: entry without a name")
    etype = raw.get("type", default_type)
    if etype not in SUBTYPES:
        raise ModelError(
            f"{where}: {name!r} has type {etype!r}; expected one of {', '.join(SUBTYPES)}"
        )
    subtype = raw.get("subtype")
    allowed = SUBTYPES[etype]
    if subtype is not None and (allowed is None or subtype not in allowed):
        raise ModelError(
            f"{where}: {name!r} ({etype}) has subtype {subtype!r}; expected one of "
            f"{', '.join(sorted(allowed)) if allowed else 'none'}"
        )
    lists = {key: _as_list(raw.get(key), f"{where} ({name})", key) for key in _LIST_KEYS}
    capabilities = set(load_model().capabilities)
    unknown = [c for c in lists["capabilities"] if c not in capabilities]
    if unknown:
        raise ModelError(
            f"{where}: {name!r} has unknown capabilities {unknown}; the model has "
            f"{', '.join(sorted(capabilities))}"
        )
    country = raw.get("country")
    return Entry(
        name=name.strip(),
        type=etype,
        subtype=subtype,
        country=str(country) if country else None,
        aliases=tuple(a for a in lists["aliases"] if a.strip()),
        capabilities=lists["capabilities"],
        ambiguous=bool(raw.get("ambiguous", False)),
        ambiguous_aliases=lists["ambiguous_aliases"],
        context=lists["context"],
        demonyms=lists["demonyms"],
        capital=str(raw["capital"]) if raw.get("capital") else None,
        iso2=str(raw["iso2"]).upper() if raw.get("iso2") else None,
        iso3=str(raw["iso3"]).upper() if raw.get("iso3") else None,
        source=where.split(":")[0],
    )


def _read_file(path: Path) -> list[Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"{path.name}: cannot read catalogue file: {exc}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise ModelError(f"{path.name}: a catalogue file must be a YAML list of entries")
    return data


def _pycountry_name(country: Any) -> str:
    common = getattr(country, "common_name", None)
    if common:
        return str(common)
    name = re.sub(r"\s*\([^)]*\)", "", str(country.name))
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = f"{tail} {head}"
        name = name[4:] if name.startswith("The ") else name
    return name


def _pycountry_entries() -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for c in pycountry.countries:
        names = {str(c.name), _pycountry_name(c)}
        for attr in ("official_name", "common_name"):
            if getattr(c, attr, None):
                names.add(str(getattr(c, attr)))
        canonical = _pycountry_name(c)
        out[c.alpha_2] = Entry(
            name=canonical,
            type="Country",
            aliases=tuple(sorted(n for n in names if n != canonical)),
            iso2=c.alpha_2,
            iso3=c.alpha_3,
            source="pycountry",
        )
    return out


def _merge(a: Entry, b: Entry, prefer_b_name: bool = False) -> Entry:
    name = b.name if prefer_b_name else a.name
    aliases = [x for x in dict.fromkeys((*a.aliases, *b.aliases, a.name, b.name)) if x != name]
    return replace(
        a,
        name=name,
        subtype=a.subtype or b.subtype,
        country=a.country or b.country,
        aliases=tuple(aliases),
        capabilities=tuple(dict.fromkeys((*a.capabilities, *b.capabilities))),
        ambiguous=a.ambiguous or b.ambiguous,
        ambiguous_aliases=tuple(dict.fromkeys((*a.ambiguous_aliases, *b.ambiguous_aliases))),
        capital=a.capital or b.capital,
        context=tuple(dict.fromkeys((*a.context, *b.context))),
        demonyms=tuple(dict.fromkeys((*a.demonyms, *b.demonyms))),
        iso2=a.iso2 or b.iso2,
        iso3=a.iso3 or b.iso3,
    )


def build_catalogue(files: list[Path]) -> Catalogue:
    """Parse, validate and merge catalogue files into one indexed catalogue."""
    countries = _pycountry_entries()
    others: dict[tuple[str, str], Entry] = {}
    # The countries overlay first (it names countries), then the other files in name order
    # with extra.yaml last, so curated breadth files decide canonical names.
    ordered = sorted(
        files, key=lambda p: (p.name != COUNTRY_OVERLAY, p.name == "extra.yaml", p.name)
    )
    for path in ordered:
        overlay = path.name == COUNTRY_OVERLAY
        for i, raw in enumerate(_read_file(path)):
            where = f"{path.name}: entry {i + 1}"
            entry = parse_entry(raw, where, "Country" if overlay else None)
            if entry.type == "Country":
                iso2 = entry.iso2 or _iso2_of(entry, countries)
                if iso2 and iso2 in countries:
                    base = countries[iso2]
                    named = base.source == "pycountry"
                    countries[iso2] = _merge(base, replace(entry, iso2=iso2), prefer_b_name=named)
                    countries[iso2] = replace(countries[iso2], source=entry.source)
                    continue
                if iso2:
                    countries[iso2] = replace(entry, iso2=iso2)
                    continue
            k = (entry.type, fold(entry.name))
            others[k] = _merge(others[k], entry) if k in others else entry
    return _index([*countries.values(), *others.values()])


def _iso2_of(entry: Entry, countries: dict[str, Entry]) -> str | None:
    wanted = {fold(entry.name), *(fold(a) for a in entry.aliases)}
    for iso2, c in countries.items():
        if wanted & {fold(c.name), *(fold(a) for a in c.aliases)}:
            return iso2
    return None


def _index(entries: list[Entry]) -> Catalogue:
    cat = Catalogue(entries=entries)
    for entry in entries:
        cat.by_name[(entry.type, fold(entry.name))] = entry
        for surface, form in entry.surfaces():
            for variant in _variants(surface):
                key = surface_key(variant)
                if not key:
                    continue
                bucket = cat.index.setdefault(key, [])
                if any(s.entry is entry for s in bucket):
                    continue
                bucket.append(
                    Surface(
                        entry=entry,
                        form=form,
                        text=variant,
                        exact_case=is_acronym(variant),
                        capitalised=variant[:1].isupper(),
                        needs_context=entry.needs_context(surface),
                    )
                )
                cat.max_tokens = max(cat.max_tokens, len(key))
    for key, bucket in cat.index.items():
        if len(key) > 1:
            cat.index[key] = [_mark_descriptive(cat, key, s) for s in bucket]
    return cat


def _mark_descriptive(cat: Catalogue, key: tuple[str, ...], surface: Surface) -> Surface:
    """An alias is a description when it is a shorter name of the same entry plus only
    lower-case words and the names of countries or places ("Russian-Kazakh joint venture
    Baiterek", "Thales Alenia Space Italy"); "Turkish Aerospace Industries" and "EADS Astrium"
    are fuller names."""
    if surface.form == "name":
        return surface  # a canonical name is never a mere description
    n = len(key)
    # Capitalised words only, of an organisation: another organisation's name inside makes a
    # fuller name ("EADS Astrium"), not a description ("SpaceX Falcon 9", "Aerospace
    # Committee of the Kazakh Ministry of ...").
    compound = surface.entry.type == "Organization" and all(
        t.text[:1].isupper() for t in tokens(surface.text)
    )
    same: tuple[int, int] | None = None
    other = [False] * n
    for a in range(n):
        for b in range(a + 1, n + 1):
            if (a, b) == (0, n):
                continue
            for s in cat.index.get(key[a:b], ()):
                if s.entry is surface.entry:
                    if same is None or b - a > same[1] - same[0]:
                        same = (a, b)
                elif s.entry.type == "Organization" and (
                    compound or (a == 0 and surface.entry.type == "Organization")
                ):
                    # "EADS Astrium", "United Nations Office for Outer Space Affairs": a
                    # parent organisation leading the name makes a fuller name.
                    continue
                else:
                    for k in range(a, b):
                        other[k] = True
    if same is None or not any(other):
        return surface
    written = [t.text for t in tokens(surface.text)]
    if len(written) != n:
        return surface
    for k in range(n):
        if same[0] <= k < same[1] or other[k]:
            continue
        if written[k][:1].isupper() or written[k][:1].isdigit():
            return surface  # a capitalised word of its own: a fuller name
    return replace(surface, descriptive=True)


def catalogue_files(directory: Path = CATALOGUE_DIR) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.is_file())


@functools.lru_cache(maxsize=2)  # an edited catalogue replaces the old one
def _cached(directory: str, stamp: tuple[tuple[str, float], ...]) -> Catalogue:
    return build_catalogue([Path(name) for name, _ in stamp])


def load_catalogue(directory: Path | str = CATALOGUE_DIR) -> Catalogue:
    """The catalogue of `directory`, cached until one of its files changes."""
    files = catalogue_files(Path(directory))
    stamp = tuple((str(p), p.stat().st_mtime) for p in files)
    return _cached(str(directory), stamp)
