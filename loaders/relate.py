"""Relate: relations, agreements and claims from the recognised mentions of a document.

Pattern rules come from lexicon/relations.yaml (loaders/patterns.py); rules that need more
than one pattern live here: list items naming partner countries or multilateral bodies,
country names inside organisation names, leases, agreements (loaders/agreements.py) and the
cooperation that signed agreements between countries state.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from graph.model import load_model
from loaders.agreement_model import learned_agreements
from loaders.agreements import (
    extract_agreements,
    list_head,
    merge_agreements,
    split_distributed,
    told_deals,
    without_headline_twins,
)
from loaders.catalogue import Catalogue, Entry
from loaders.claims import extract_claims
from loaders.clauses import clause_views
from loaders.context import PLACEHOLDER, Context, SentenceView
from loaders.facts import AgreementFact, ClaimFact, RelationFact
from loaders.instruments import named_instruments
from loaders.leases import capacity_leases, extract_leases
from loaders.mentions import Entity, Mention
from loaders.patterns import deferring_rules, run_patterns
from loaders.relation_model import learned_relations
from loaders.signers import with_signing_bodies
from loaders.tables import table_agreements, table_contracts, table_relations
from loaders.text import fold, surface_key
from loaders.ventures import ventures_with


@dataclass
class Relations:
    relations: list[RelationFact]
    agreements: list[AgreementFact]
    claims: list[ClaimFact]


# "- Japan - Japan has been Indonesia's longest-standing partner ...": a list item headed by
# one country name and a dash (reference pages list their partners this way).
_DASH_HEAD = re.compile(
    r"^[-*•]\s+(?:\*\*|__)?⟦(\d+):Country:[^⟧]*:noun⟧(?:\*\*|__)?\s*(?:\([^)]*\)\s*)?-\s"
)


def _dash_head(view: SentenceView) -> tuple[list[Mention], int]:
    if not view.is_list_item:
        return [], 0
    m = _DASH_HEAD.match(view.masked)
    if not m:
        return [], 0
    return [view.mention(int(m.group(1)))], m.end()


# The body of a list item headed by a multilateral body that says the country is a member.
_MEMBERSHIP = re.compile(
    r"\b(?:became|becomes|is|was|has been|remains) (?:a |an |the )?(?:(?:full|founding|new|"
    r"\d+(?:st|nd|rd|th)) )*member(?: state| country)?\b|\b(?:joined|acceded to|accession)\b"
)


def _list_items(ctx: Context) -> list[RelationFact]:
    """ "- Belarus, Israel: ..." or "- Japan - ..." under a document about one country:
    partners; "- United Nations (UN): Kazakhstan participates ...": the focal country takes
    part in the body."""
    out: list[RelationFact] = []
    focal = ctx.focal
    if focal is None:
        return out
    for view in ctx.views:
        heads, body = list_head(view)
        if not heads:
            heads, body = _dash_head(view)
        if not heads:
            continue
        ents = [e for e in (ctx.entity(h) for h in heads) if e is not None]
        if all(e.label == "Country" for e in ents) and all(h.form != "demonym" for h in heads):
            for e in ents:
                if e.key != focal.key:
                    out.append(RelationFact(e, "COOPERATES_WITH", focal, view, "list-partner"))
        elif all(e.label == "Organization" and e.subtype == "intergovernmental" for e in ents):
            in_head = {int(i) for i in re.findall(r"⟦(\d+):", view.masked[:body])}
            body_mentions = [m for i, m in enumerate(view.mentions) if i not in in_head]
            if any(ctx.entity(m) is focal for m in body_mentions if m.form != "demonym"):
                # "- ESO: Ireland became a member state in 2018": membership, not taking part.
                member = _MEMBERSHIP.search(view.masked, body)
                predicate = "MEMBER_OF" if member else "PARTICIPATES_IN"
                for e in ents:
                    out.append(RelationFact(focal, predicate, e, view, "list-multilateral"))
    return out


_STYLED_UNIVERSITY = re.compile(r"^[A-Z][a-z]+ University (?:of|in|at) [A-Z]")


@functools.lru_cache(maxsize=2)  # an edited catalogue replaces the old one
def _country_surfaces(catalogue: Catalogue) -> dict[tuple[str, ...], Entry]:
    """Capitalised names, aliases and demonyms of every catalogued country, by token key."""
    out: dict[tuple[str, ...], Entry] = {}
    for entry in catalogue.entries:
        if entry.type != "Country":
            continue
        for surface in (entry.name, *entry.aliases, *entry.demonyms):
            if surface[:1].isupper():
                out.setdefault(surface_key(surface), entry)
    return out


def _names_with_countries(ctx: Context) -> list[RelationFact]:
    """An organisation whose name holds a country or its demonym ("Al-Farabi Kazakh National
    University") is located there."""
    out: list[RelationFact] = []
    surfaces = _country_surfaces(ctx.catalogue)
    longest = max((len(k) for k in surfaces), default=0)
    for ent in list(ctx.recognition.entities.values()):
        if ent.label != "Organization" or ent.subtype == "intergovernmental" or not ent.mentions:
            continue
        names = {ent.name, *(m.text for m in ent.mentions if m.form != "coref")}
        hits: dict[str, Entry] = {}
        for name in names:
            words = surface_key(name)
            if len(words) < 2:
                continue
            # "American University of Sharjah", "German University in Cairo": the demonym
            # styles a university named after its place ("Technical University of Denmark"
            # still names its country).
            first = 1 if _STYLED_UNIVERSITY.match(name) else 0
            for i in range(first, len(words)):
                for j in range(i + 1, min(len(words), i + longest) + 1):
                    entry = surfaces.get(words[i:j])
                    if entry is not None:
                        hits[entry.name] = entry
        if len(hits) != 1:
            continue
        view = _view_of(ctx, ent)
        if view is None:
            continue
        entry = next(iter(hits.values()))
        # A country named only inside a longer name is no mention of the country.
        country = ctx.recognition.entities.get(("Country", fold(entry.name)))
        if country is None or not country.mentions:
            continue
        out.append(RelationFact(ent, "LOCATED_IN", country, view, "name-holds-country"))
    return out


# The nouns that describe an organisation after its home city ("the Yerevan company X").
_ORG_NOUN = (
    r"(?:company|firm|startup|start-up|consultancy|conglomerate|operator|manufacturer|maker|"
    r"group|university|institute|agency|corporation|integrator|provider)"
)


@functools.lru_cache(maxsize=2)  # an edited catalogue replaces the old one
def _capital_forms(catalogue: Catalogue) -> tuple[list[re.Pattern[str]], dict[str, Entry]]:
    """Regexes for an organisation described by a capital city ("Riyadh-based X", "the
    Yerevan company X", "X, a Phnom Penh conglomerate") and the country of each capital."""
    countries: dict[str, Entry] = {}
    for entry in catalogue.entries:
        if entry.type == "Country" and entry.capital:
            countries.setdefault(entry.capital.split(",")[0].strip(), entry)
    if not countries:
        return [], {}
    city = "(?P<city>" + "|".join(re.escape(c) for c in sorted(countries, key=len, reverse=True))
    city += r")(?!\w)"
    org = r"⟦(?P<org>\d+):Organization:(?!intergovernmental)[^⟧]*:noun⟧(?!')"
    mods = r"(?:[a-z][\w-]* ){0,3}"
    seat = org.replace(":(?!intergovernmental)", ":")
    forms = [
        re.compile(rf"(?<![\w⟧-]){city}-(?:based|headquartered) {mods}{org}"),
        re.compile(rf"\b(?:the|a|an) {city} {mods}{_ORG_NOUN} {org}"),
        re.compile(
            rf"{org}(?: \(⟦\d+:[^⟧]*⟧\))?, (?:a|an|the) {city}(?:-based)? {mods}{_ORG_NOUN}\b"
        ),
        # "X, which opened in Cairo in April", "X is headquartered in Beijing": a body of any
        # kind, intergovernmental too, has its seat in the capital it opened or sits in.
        re.compile(
            rf"{seat}(?: \(⟦\d+:[^⟧]*⟧\))?,? (?:which |that )?(?:is |was |has been |will be )?"
            rf"(?:(?:formally|officially) )?(?:headquartered|based|seated|opened|inaugurated) "
            rf"in {city}"
        ),
    ]
    return forms, countries


def _capital_homes(ctx: Context) -> list[RelationFact]:
    """An organisation described by its home capital ("Riyadh-based X", "the Yerevan company X")
    is located in that capital's country, when the document names the country."""
    forms, countries = _capital_forms(ctx.catalogue)
    out: list[RelationFact] = []
    for view in ctx.views:
        for form in forms:
            for m in form.finditer(view.masked):
                country = ctx.recognition.entities.get(
                    ("Country", fold(countries[m.group("city")].name))
                )
                org = ctx.entity(view.mention(int(m.group("org"))))
                if country is None or not country.mentions or org is None:
                    continue
                out.append(RelationFact(org, "LOCATED_IN", country, view, "capital-home"))
    return out


# "Minister of Digital Governance Jane Roe", "Jane Roe, Greece's Minister of Digital
# Governance": the minister of a portfolio heads the ministry of that portfolio.
_PERSON = r"⟦(?P<p>\d+):Person:[^⟧]*⟧"
_PORTFOLIO = (
    r"[Mm]inister (?:of|for) (?:the )?"
    r"(?P<dom>[A-Z][\w'-]*(?:,? (?:and |of |for |the )*[A-Z][\w'-]*)*)"
)
_MINISTER_FORMS = (
    re.compile(rf"(?<![Vv]ice )(?<![Dd]eputy )(?<!-){_PORTFOLIO},? {_PERSON}"),
    re.compile(
        rf"{_PERSON}, (?:the )?(?:⟦\d+:Country:[^⟧]*⟧'s |⟦\d+:Country:[^⟧]*:demonym⟧ )?"
        rf"{_PORTFOLIO}(?=[,.;)]| said\b| says\b| told\b| and\b|$)"
    ),
)


def _ministers(ctx: Context) -> list[RelationFact]:
    """A minister heads the ministry the document names for the same portfolio."""
    ministries = {
        fold(name): ent
        for ent in ctx.recognition.entities.values()
        if ent.label == "Organization" and ent.subtype == "ministry" and ent.mentions
        for name in (ent.name, *(m.text for m in ent.mentions if m.form != "coref"))
    }
    out: list[RelationFact] = []
    for view in ctx.views:
        if "inister" not in view.masked:
            continue
        for form in _MINISTER_FORMS:
            for m in form.finditer(view.masked):
                person = ctx.entity(view.mention(int(m.group("p"))))
                domain = fold(m.group("dom"))
                ministry = next(
                    (
                        ministries[k]
                        for k in (f"ministry of {domain}", f"ministry for {domain}")
                        if k in ministries
                    ),
                    None,
                )
                if person is not None and ministry is not None:
                    out.append(RelationFact(person, "HEADS", ministry, view, "minister-of"))
    return out


def _view_of(ctx: Context, ent: Entity) -> SentenceView | None:
    first = min(ent.mentions, key=lambda m: m.start)
    for view in ctx.views:
        if view.sentence.start <= first.start < view.sentence.end:
            return view
    return None


def _leases_from_agreements(agreements: list[AgreementFact]) -> list[RelationFact]:
    """A lease names its lessee and the facility: the lessee LEASES the facility, or the
    satellite it leases capacity on when no facility is named."""
    out: list[RelationFact] = []
    for a in agreements:
        if a.kind != "lease" or a.rule == "lease":
            continue
        leased = [e for e in a.about if e.label == "Facility"] or [
            e for e in a.about if e.label == "Program" and e.subtype in ("satellite", "other")
        ]
        for p in a.parties:
            if p.role == "lessee" and leased:
                props = {"until": a.end_date} if a.end_date else {}
                out.append(
                    RelationFact(
                        p.entity, "LEASES", leased[0], a.views[0], "lease-agreement", props
                    )
                )
    return out


def _cooperation_from_agreements(
    ctx: Context, agreements: list[AgreementFact]
) -> list[RelationFact]:
    out: list[RelationFact] = []
    for a in agreements:
        if a.kind == "lease" or a.status not in ("signed", "in force"):
            continue
        countries = [p.entity for p in a.parties if p.entity.label == "Country"]
        if len(countries) == 2:
            out.append(
                RelationFact(
                    countries[1], "COOPERATES_WITH", countries[0], a.views[0], "agreement-partners"
                )
            )
    return out


def _defer_to_operators(facts: list[RelationFact]) -> list[RelationFact]:
    """Drop a deferring rule's fact about a spacecraft that an organisation owns or operates in
    the same document ("X, Peru's first satellite" when "CONIDA operates X" is stated too)."""
    deferring = deferring_rules()
    run_by_org = {
        f.object.key
        for f in facts
        if f.predicate in ("OWNS", "OPERATES")
        and f.subject.label == "Organization"
        and f.rule not in deferring
    }
    return [f for f in facts if f.rule not in deferring or f.object.key not in run_by_org]


def _normalise(ctx: Context, facts: list[RelationFact]) -> list[RelationFact]:
    """Drop self-relations, those the model does not allow and launches from ground stations;
    point COOPERATES_WITH at the focal country (partner -> focal); one fact per (subject,
    predicate, object, sentence)."""
    model = load_model()
    seen: set[tuple[str, str, str, int]] = set()
    out: list[RelationFact] = []
    focal = ctx.focal
    for f in facts:
        if f.subject.key == f.object.key:
            continue
        if f.predicate == "COOPERATES_WITH":
            if focal is not None and f.subject.key == focal.key:
                f.subject, f.object = f.object, f.subject
            elif focal is None or f.object.key != focal.key:
                a, b = sorted((f.subject, f.object), key=lambda e: fold(e.name))
                f.subject, f.object = a, b
        if not model.relationships[f.predicate].allows(f.subject.label, f.object.label):
            continue
        # A ground station launches nothing: "flies the satellite from the X ground station".
        if f.predicate == "LAUNCHES_FROM" and f.object.subtype == "ground station":
            continue
        key = (f.subject.key, f.predicate, f.object.key, f.view.sentence.index)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


# One owner, operator or home per object: a fact read through "its" gives way to one the text
# states with a name.
_SINGLE_HOLDER = ("OWNS", "OPERATES", "LOCATED_IN")
# What "its" states reliably: a body's home, head, parent and work. Ownership and operation
# through "its" ("its rocket", "its satellites") too often name a customer's or user's asset.
# "Its members are A, B and C" names the members of the body spoken of.
_THROUGH_ITS = ("LOCATED_IN", "HEADS", "PART_OF", "BUILDS", "MEMBER_OF")


def _through_its(ctx: Context, stated: list[RelationFact]) -> list[RelationFact]:
    """Facts of the sentences that say "its", read as the possessive of the sentence's subject
    ("Bahrain ... Its National Space Science Agency", "NSIL ... Its GSAT-N2 satellite")."""
    held = {
        (f.predicate, f.object.key): f.subject.key for f in stated if f.predicate in _SINGLE_HOLDER
    }
    out = []
    for f in run_patterns(ctx, ctx.possessive_views):
        if f.predicate not in _THROUGH_ITS:
            continue
        holder = held.get((f.predicate, f.object.key))
        if holder is None or holder == f.subject.key:
            out.append(f)
    return out


# What a rocket carries: its payloads launch from where it does.
_PAYLOAD_SUBTYPES = ("satellite", "mission")
_MAX_PAYLOADS = 3
_NEAR = 110  # characters of masked text between a payload and its rocket
# Between a payload and its rocket: a new clause about something else ("X and Y; the latter
# was launched on ...", "X followed in 2012, and Y was launched ...").
_OTHER_CLAUSE = re.compile(r";|, and\b|, but\b|\blatter\b|\bformer\b|\bwhile\b|\bwhereas\b")
# A name after "on", "aboard" or "part of" is the flight or whole the payload rides on.
_RIDE = re.compile(r"(?:\b(?:on|aboard|of)(?: the| a| an)?(?: [a-z][\w-]*){0,2}) $")
# A launch that was planned and did not happen as stated.
_UNREALISED = re.compile(r"\b(?:originally|initially) (?:due|planned|scheduled|set)\b|\bwas to\b")


def _placeholder_at(view: SentenceView, keys: set[str], ctx: Context) -> list[tuple[int, int]]:
    """Spans in the masked sentence of the mentions of the entities with `keys`."""
    out = []
    for m in PLACEHOLDER.finditer(view.masked):
        ent = ctx.entity(view.mention(int(m.group(1))))
        if ent is not None and ent.key in keys:
            out.append(m.span())
    return out


def _payloads_of_launches(ctx: Context, facts: list[RelationFact]) -> list[RelationFact]:
    """ "X, which a Falcon 9 carried into orbit from Vandenberg", "a Vega lifted off from
    Kourou with X and Y", "X is in orbit after a Long March rocket lifted off from Wenchang":
    when a sentence launches one rocket from one site, the satellites named close to the
    rocket, in the same clause and with no other satellite between, launch from there too."""
    by_sentence: dict[int, list[RelationFact]] = {}
    for f in facts:
        if f.predicate == "LAUNCHES_FROM":
            by_sentence.setdefault(f.view.sentence.index, []).append(f)
    out: list[RelationFact] = []
    for launches in by_sentence.values():
        sites = {f.object.key for f in launches}
        vehicles = [f for f in launches if f.subject.subtype == "launch vehicle"]
        if len(sites) != 1 or len({f.subject.key for f in vehicles}) != 1:
            continue
        view = vehicles[0].view
        if _UNREALISED.search(view.masked):
            continue
        launched = {f.subject.key for f in launches}
        payloads: dict[str, Entity] = {}
        for m in view.mentions:
            ent = ctx.entity(m)
            if ent is None or ent.label != "Program" or ent.subtype not in _PAYLOAD_SUBTYPES:
                continue
            if ent.key not in launched:
                payloads[ent.key] = ent
        if not payloads or len(payloads) > _MAX_PAYLOADS:
            continue
        rockets = _placeholder_at(view, {vehicles[0].subject.key}, ctx)
        for ent in payloads.values():
            others = _placeholder_at(view, set(payloads) - {ent.key}, ctx)
            near = False
            for a, b in _placeholder_at(view, {ent.key}, ctx):
                if _RIDE.search(view.masked[max(0, a - 30) : a]):
                    continue
                for c, d in rockets:
                    lo, hi = (b, c) if b <= c else (d, a)
                    between = view.masked[lo:hi]
                    if (
                        len(PLACEHOLDER.sub("⟦⟧", between)) <= _NEAR
                        and not _OTHER_CLAUSE.search(between)
                        and not any(lo <= x < hi for x, _ in others)
                    ):
                        near = True
            if near:
                site = vehicles[0].object
                out.append(RelationFact(ent, "LAUNCHES_FROM", site, view, "rocket-payloads"))
    return out


# "developed by A in partnership with B", "built by A together with the British company B":
# the partner right after a builder builds too.
_CO_BUILDER = re.compile(
    r"^(?: \(⟦\d+:[^⟧]*⟧\))?(?: in [A-Z][\w-]*(?: [A-Z][\w-]*)?)?,? (?:in partnership with|"
    r"in cooperation with|in collaboration with|together with|jointly with|along with|with) "
    r"(?:the |a |an )?(?:⟦\d+:Country:[^⟧]*⟧(?:'s)? )?"
    # "with support from X", "with funding from X": a backer, not a builder.
    r"(?:(?!(?:support|help|funding|assistance|backing|financing|money|grants?|from)\b)"
    r"[a-z][\w-]* ){0,2}"
    r"⟦(\d+):(?:Organization|Country):[^⟧]*:noun⟧(?!')"
)
_BUILT_BY = re.compile(r"\b(?:built|developed|designed|manufactured|assembled|constructed) by\b")


def _co_builders(ctx: Context, facts: list[RelationFact]) -> list[RelationFact]:
    """The partner named right after the builder of a "built by" phrase builds it too."""
    out: list[RelationFact] = []
    for f in facts:
        if f.predicate != "BUILDS" or not _BUILT_BY.search(f.view.masked):
            continue
        for m in PLACEHOLDER.finditer(f.view.masked):
            if ctx.entity(f.view.mention(int(m.group(1)))) is not f.subject:
                continue
            if not _BUILT_BY.search(f.view.masked[max(0, m.start() - 60) : m.start()]):
                continue
            co = _CO_BUILDER.match(f.view.masked[m.end() :])
            partner = ctx.entity(f.view.mention(int(co.group(1)))) if co else None
            if partner is not None:
                out.append(RelationFact(partner, "BUILDS", f.object, f.view, "co-builder"))
    return out


def relate(ctx: Context) -> Relations:
    facts = run_patterns(ctx)
    facts += run_patterns(ctx, clause_views(ctx))
    facts += _through_its(ctx, facts)
    facts += _payloads_of_launches(ctx, facts)
    facts += _co_builders(ctx, facts)
    instruments, instrument_nouns = named_instruments(ctx)
    gone = {f.title for f in instruments}
    facts = [f for f in facts if f.subject.name not in gone and f.object.name not in gone]
    facts += _list_items(ctx)
    facts += _names_with_countries(ctx)
    facts += _ministers(ctx)
    facts += _capital_homes(ctx)
    facts += table_relations(ctx)
    located = {
        f.subject.key: f.object
        for f in facts
        if f.predicate == "LOCATED_IN"
        and f.subject.label == "Facility"
        and f.object.label == "Country"
    }
    lease_relations, leases = extract_leases(ctx, located)
    facts += lease_relations
    signing = with_signing_bodies(ctx, facts)
    agreements = merge_agreements(
        without_headline_twins(
            ctx,
            extract_agreements(signing, instrument_nouns)
            + leases
            + capacity_leases(ctx, facts, leases)
            + table_agreements(ctx),
        )
    )
    agreements = instruments + agreements
    agreements += ventures_with(ctx, agreements)
    facts += _cooperation_from_agreements(ctx, agreements)
    facts += _leases_from_agreements(agreements)
    facts = _defer_to_operators(facts)
    facts += learned_relations(ctx, facts)
    agreements += learned_agreements(ctx, agreements)
    agreements += merge_agreements(table_contracts(ctx, agreements))
    agreements += told_deals(ctx, agreements)
    agreements = split_distributed(agreements)
    return Relations(_normalise(ctx, facts), agreements, extract_claims(ctx))
