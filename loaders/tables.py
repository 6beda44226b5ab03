"""Relations stated by table rows (Markdown tables and pipe tables in plain text).

A header row names the columns (lexicon/tables.yaml); each row below it relates the entities
recognised in its cells: builders BUILD the row's item, operators OPERATE it, owners OWN it,
the item and its launch vehicle LAUNCH FROM the row's site, a country column owns the item
(or locates the row's facilities when the table lists no item). A table of agreements
(| Year | Agreement | Parties | Status |) gives one agreement per row. Reference pages keep
much of what they know in such tables; prose rules never see a row as a sentence with a verb.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.agreements import (
    capabilities_for,
    home_of,
    is_media_entity,
    own_country,
    page_subject,
)
from loaders.agreements import lex as agreement_lex
from loaders.context import Context, SentenceView
from loaders.dates import find_dates
from loaders.facts import AgreementFact, Party, RelationFact
from loaders.mentions import Entity
from loaders.money import find_amounts
from loaders.resources import lexicon
from loaders.text import fold

_RULE_LINE = re.compile(r"^[\s|:+=-]*$")  # "|---|:---:|" separators of pipe tables


@dataclass(frozen=True)
class _Rules:
    columns: tuple[tuple[str, re.Pattern[str]], ...]
    min_known: int
    relation_roles: frozenset[str]
    agreement_roles: frozenset[str]
    contract_roles: frozenset[str]
    min_cells: int
    status_words: tuple[tuple[str, re.Pattern[str]], ...]


@functools.cache
def _rules() -> _Rules:
    data = lexicon("tables")
    return _Rules(
        tuple((c["role"], re.compile(c["pattern"], re.I)) for c in data["columns"]),
        int(data["min_known_columns"]),
        frozenset(data["relation_roles"]),
        frozenset(data["agreement_roles"]),
        frozenset(data["contract_roles"]),
        int(data["min_cells"]),
        tuple((w["status"], re.compile(w["pattern"], re.I)) for w in data["status_words"]),
    )


@dataclass
class _Row:
    roles: list[str | None]
    view: SentenceView
    text: dict[str, str]  # role -> the cell's text
    cells: dict[str, tuple[int, int]]  # role -> [start, end) of the cell
    entities: dict[str, list[Entity]]  # role -> entities named in the cell


@dataclass
class _Line:
    start: int
    cells: list[tuple[int, int]]  # [start, end) of each cell in the document text


def _split(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    line = text[start:end]
    if separator == "|":
        inner_start = len(line) - len(line.lstrip())
        inner = line.strip()
        if inner.startswith("|"):
            inner, inner_start = inner[1:], inner_start + 1
        if inner.endswith("|"):
            inner = inner[:-1]
        base = start + inner_start
    else:
        inner, base = line, start
    cells: list[tuple[int, int]] = []
    offset = 0
    for part in inner.split(separator):
        cells.append((base + offset, base + offset + len(part)))
        offset += len(part) + len(separator)
    return cells


def _separator(line: str) -> str | None:
    return "|" if line.count("|") >= 2 else None


def _roles(text: str, header: _Line) -> list[str | None]:
    roles: list[str | None] = []
    for start, end in header.cells:
        cell = fold(text[start:end])
        roles.append(next((role for role, rx in _rules().columns if rx.search(cell)), None))
    return roles


def _tables(text: str) -> list[tuple[list[str | None], list[_Line]]]:
    """(column roles, rows) of every table whose header names known columns."""
    rules = _rules()
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    found: list[tuple[list[str | None], list[_Line]]] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        separator = _separator(text[start:end])
        if separator is None:
            i += 1
            continue
        header = _Line(start, _split(text, start, end, separator))
        roles = _roles(text, header)
        known = [r for r in roles if r]
        usable = len(header.cells) >= rules.min_cells and len(known) >= rules.min_known
        rows: list[_Line] = []
        j = i + 1
        while j < len(lines):
            row_start, row_end = lines[j]
            line = text[row_start:row_end]
            if _RULE_LINE.match(line) and line.strip():
                j += 1
                continue
            if _separator(line) != separator:
                break
            cells = _split(text, row_start, row_end, separator)
            if len(cells) != len(header.cells):
                break
            rows.append(_Line(row_start, cells))
            j += 1
        if usable and rows:
            found.append((roles, rows))
            i = j
        else:
            i += 1
    return found


def _view_at(ctx: Context, position: int) -> SentenceView | None:
    for view in ctx.views:
        if view.sentence.start <= position < view.sentence.end:
            return view
    return None


def _cell_entities(ctx: Context, cell: tuple[int, int]) -> list[Entity]:
    """Entities named in a cell, outside brackets ("CAST (via CGWIC)": CAST)."""
    text = ctx.text
    bracketed = [
        (m.start() + cell[0], m.end() + cell[0])
        for m in re.finditer(r"\([^)]*\)", text[cell[0] : cell[1]])
    ]
    out: list[Entity] = []
    for view in ctx.views:
        if view.sentence.end <= cell[0] or view.sentence.start >= cell[1]:
            continue
        for mention in view.mentions:
            inside = cell[0] <= mention.start and mention.end <= cell[1]
            if any(a <= mention.start < b for a, b in bracketed):
                continue
            if inside and mention.form != "demonym":
                entity = ctx.entity(mention)
                if entity is not None and all(entity is not e for e in out):
                    out.append(entity)
    return out


def _is_vehicle(entity: Entity) -> bool:
    return entity.label == "Program" and entity.subtype == "launch vehicle"


def _rows(ctx: Context, wanted: frozenset[str]) -> Iterator[_Row]:
    """The rows of the tables whose header names every role in `wanted` (or one of them,
    for relation tables), with the entities of each cell by column role."""
    for roles, rows in _tables(ctx.text):
        # partners are parties too: the page's own side is added to each row
        known = {"parties" if r == "partners" else r for r in roles if r}
        if wanted != _rules().relation_roles and not wanted <= known:
            continue
        if wanted == _rules().relation_roles and not wanted & known:
            continue
        for line in rows:
            view = _view_at(ctx, line.start)
            if view is None:
                continue
            row = _Row(roles, view, {}, {}, {})
            for role, cell in zip(roles, line.cells, strict=True):
                if role:
                    row.text[role] = ctx.text[cell[0] : cell[1]].strip()
                    row.cells[role] = cell
                for entity in _cell_entities(ctx, cell):
                    row.entities.setdefault(role or "", []).append(entity)
            yield row


def table_relations(ctx: Context) -> list[RelationFact]:
    """Relations read from the rows of the document's tables."""
    out: list[RelationFact] = []
    for row in _rows(ctx, _rules().relation_roles):
        out += _row_relations(row.roles, row.entities, row.view)
    return out


def table_agreements(ctx: Context) -> list[AgreementFact]:
    """One agreement per row of a table of agreements: its kind from the instrument's
    wording, its parties from the parties column, status and year from theirs."""
    out: list[AgreementFact] = []
    for row in _rows(ctx, _rules().agreement_roles):
        instrument = row.text.get("instrument", "")
        listed = row.entities.get("parties", []) + row.entities.get("partners", [])
        parties = [e for e in listed if e.label in ("Country", "Organization")]
        # "| Egypt | Egyptian Space Agency (EgSA) |": the agency signs for its country
        parties = list({p.key: p for p in parties}.values())
        parties = [
            p
            for p in parties
            if p.label != "Country" or not any(home_of(q, p) for q in parties if q is not p)
        ]
        partners_only = "partners" in row.roles and "parties" not in row.roles
        if len(parties) == 1 or (partners_only and parties):
            # a table of one side's signatures ("| Partner | Instrument |"): each signed with
            # the body the instrument cell names ("| MBRSC | Launch contract (MHI) |"), else
            # with the actor the document is about
            main = _signing_body(ctx, row) or _main_actor(ctx, parties[0])
            if main is not None and main.label == "Country" and not _states_among(parties):
                # "| UNOOSA | Cooperation programme |" on a page about Japan: agencies deal
                # with the country's agency, when the page names one
                main = _national_agency(ctx, main) or main
            if main is not None and all(p.key != main.key for p in parties):
                parties.append(main)
        if not instrument or len(parties) < 1:
            continue
        about = [
            e
            for role, ents in row.entities.items()
            if role != "parties"
            for e in ents
            if e.label in ("Program", "Facility")
        ]
        kind = _kind(instrument, parties)
        named = any(fold(p.name) in fold(instrument) for p in parties)
        title = instrument if named else f"{'-'.join(p.name for p in parties[:3])} {instrument}"
        status_text = row.text.get("status", "")
        status = next(
            (status for status, rx in _rules().status_words if rx.search(status_text)), "unknown"
        )
        dates = find_dates(row.text.get("year", ""), ctx.document.published)
        out.append(
            AgreementFact(
                kind=kind,
                status=status,
                parties=[Party(p, "signatory") for p in parties],
                about=about,
                views=[row.view],
                rule="table-agreement",
                title=title,
                date=next((d.value for d in dates if d.value), None),
                capabilities=capabilities_for(ctx, kind, about, [row.view]),
            )
        )
    return out


def table_contracts(ctx: Context, stated: list[AgreementFact]) -> list[AgreementFact]:
    """One contract per row and lead contractor of a table of orders (| Customer |
    Contractor | ...): the first body of the customer cell buys ("ESA for the Commission":
    ESA), each contractor cell body not named after "with" sells. A row whose two sides
    already have an agreement in `stated` (the text's) sums that deal up: it adds none."""
    known = {a.party_keys for a in stated}
    out: list[AgreementFact] = []
    for row in _rows(ctx, _rules().contract_roles):
        customers = [e for e in row.entities.get("customer", []) if _is_actor(e)]
        leads = _lead_contractors(ctx, row)
        if not customers or not leads:
            continue
        customer = customers[0]
        about = [e for e in row.entities.get("", []) if e.label in ("Program", "Facility")]
        about += [e for e in row.entities.get("item", []) if e.label in ("Program", "Facility")]
        amounts = find_amounts(row.text.get("value", ""))
        dates = find_dates(row.text.get("year", ""), ctx.document.published)
        for lead in leads:
            if lead.key == customer.key or frozenset((customer.key, lead.key)) in known:
                continue
            out.append(
                AgreementFact(
                    kind="contract",
                    status="signed",
                    parties=[Party(customer, "customer"), Party(lead, "contractor")],
                    about=about,
                    views=[row.view],
                    rule="table-contract",
                    title=f"{customer.name}-{lead.name} contract",
                    date=next((d.value for d in dates if d.value), None),
                    value=amounts[0].value if amounts else None,
                    currency=amounts[0].currency if amounts else None,
                    capabilities=capabilities_for(ctx, "contract", about, [row.view]),
                )
            )
    return out


def _is_actor(entity: Entity) -> bool:
    return entity.label in ("Country", "Organization")


def _lead_contractors(ctx: Context, row: _Row) -> list[Entity]:
    """The contractor cell's bodies, less those named after "with" (suppliers to the lead)."""
    cell = row.text.get("builder", "")
    lead_part = re.split(r"\bwith\b", cell, maxsplit=1)[0]
    return [
        e
        for e in row.entities.get("builder", [])
        if _is_actor(e) and any(fold(n) in fold(lead_part) for n in _surface_names(ctx, e))
    ]


def _surface_names(ctx: Context, entity: Entity) -> list[str]:
    return [ctx.text[m.start : m.end] for m in entity.mentions] or [entity.name]


def _states_among(parties: list[Entity]) -> bool:
    return any(p.label == "Country" for p in parties)


def _national_agency(ctx: Context, country: Entity) -> Entity | None:
    """The country's space agency the document names most, if any."""
    agencies = [
        e
        for e in ctx.recognition.entities.values()
        if e.label == "Organization" and e.subtype == "agency" and e.mentions
        if home_of(e, country)
    ]
    if not agencies:
        return None
    return max(agencies, key=lambda e: (len(e.mentions), -min(m.start for m in e.mentions)))


def _signing_body(ctx: Context, row: _Row) -> Entity | None:
    """An organisation the instrument cell names in brackets: the page's side signed through it."""
    cell = row.cells.get("instrument")
    if cell is None:
        return None
    for view in ctx.views:
        for mention in view.mentions:
            if cell[0] <= mention.start and mention.end <= cell[1]:
                entity = ctx.entity(mention)
                if entity is not None and entity.label == "Organization":
                    return entity
    return None


def _main_actor(ctx: Context, party: Entity) -> Entity | None:
    """What the page is about when its title names a country or organisation, else the one
    the document names most; not `party` or its own country."""
    main = page_subject(ctx)
    if main is None or main is ctx.focal:  # the title names no actor
        counts = {
            e: len(e.mentions)
            for e in ctx.recognition.entities.values()
            if e.label in ("Country", "Organization") and e.mentions and not is_media_entity(e)
        }
        if not counts:
            return None
        main = max(counts, key=counts.__getitem__)
    if main.key == party.key or own_country(main, party):
        return None
    return main


def _kind(instrument: str, parties: list[Entity]) -> str:
    kind = next((kind for kind, rx in agreement_lex().kinds if rx.search(instrument)), "other")
    states = all(p.label == "Country" for p in parties) and len(parties) > 1
    if states and kind in ("other", "MoU") and agreement_lex().state_nouns.search(instrument):
        return "intergovernmental agreement"
    return kind


def _row_relations(
    roles: list[str | None], by_role: dict[str, list[Entity]], view: SentenceView
) -> list[RelationFact]:
    def of(*roles: str) -> list[Entity]:
        return [e for role in roles for e in by_role.get(role, [])]

    items = [e for e in of("item") if e.label == "Program"]
    vehicles = [e for e in of("vehicle", "launch") if _is_vehicle(e)]
    sites = [e for e in of("site", "launch") if e.label == "Facility"]
    owners = [e for e in of("owner", "customer") if e.label in ("Organization", "Country")]
    countries = [e for e in of("country") if e.label == "Country"]
    facts: list[RelationFact] = []

    def add(subject: Entity, predicate: str, obj: Entity) -> None:
        facts.append(RelationFact(subject, predicate, obj, view, f"table-{predicate.lower()}"))

    # A table of rockets has no item column; an item cell that names nothing recognised
    # leaves the row without a subject (its vehicle is not what the builder built).
    subjects = items if "item" in by_role or "item" in roles else of("vehicle")
    for item in subjects:
        for builder in of("builder"):
            if builder.label == "Organization":
                add(builder, "BUILDS", item)
        for operator in of("operator"):
            if operator.label in ("Organization", "Country"):
                add(operator, "OPERATES", item)
        for owner in owners or countries:
            add(owner, "OWNS", item)
    for item in items:
        for site in sites:
            add(item, "LAUNCHES_FROM", site)
    for vehicle in vehicles:
        for site in sites:
            add(vehicle, "LAUNCHES_FROM", site)
    if not items:
        for country in countries:
            for facility in of("site", "item", "operator", "owner"):
                if facility.label == "Facility":
                    add(facility, "LOCATED_IN", country)
    return facts
