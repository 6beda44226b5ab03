"""Leases of facilities: "leased to Russia until 2050", "X leases the Y cosmodrome".

A verbal lease gives the LEASES relation (lessee to facility, with `until`) and a lease
agreement between the host country (lessor) and the lessee. The adjective "Russian-leased"
gives the relation only (patterns in lexicon/relations.yaml).
"""

from __future__ import annotations

import re

from loaders.agreements import capabilities_for
from loaders.context import PLACEHOLDER, Context, SentenceView
from loaders.dates import find_dates, parse_published
from loaders.facts import AgreementFact, Party, RelationFact
from loaders.mentions import Entity
from loaders.text import fold

_PARTY = r"⟦(?P<s>\d+):(?:Country|Organization):[^:⟧]*:noun⟧(?!')"
_FACILITY = r"⟦(?P<o>\d+):Facility:[^⟧]*⟧"
_UNTIL = r"(?:\s+(?:until|till|through|to)\s+(?:the\s+end\s+of\s+)?(?P<until>(?:19|20|21)\d\d))?"
_LEASED_TO = re.compile(rf"\b(?:leased|rented)\s+(?:out\s+)?to\s+(?:the\s+)?{_PARTY}{_UNTIL}")
# "from X" names the lessor ("Nascom leases the site from the free-zone authority").
_LESSOR = (
    r"(?:\s+(?:site\s+|pad\s+|complex\s+)?from\s+(?:the\s+)?"
    r"⟦(?P<l>\d+):(?:Country|Organization):[^:⟧]*:noun⟧(?!'))?"
)
_LEASES = re.compile(
    rf"{_PARTY}\s+(?:leases|is leasing|has leased|leased|rents|has rented|rented)\s+"
    rf"(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){{0,2}}{_FACILITY}{_LESSOR}{_UNTIL}"
)
# "the Baikonur Cosmodrome, which Russia leases from Kazakhstan".
_WHICH_LEASES = re.compile(
    rf"{_FACILITY},?\s+which\s+(?:the\s+)?{_PARTY}\s+(?:still\s+|now\s+)?"
    rf"(?:leases|has leased|leased|rents|rented)\b{_LESSOR}{_UNTIL}"
)
_LEASED_BY = re.compile(
    rf"{_FACILITY},?\s+(?:is|was|has been|remains)\s+(?:still\s+|currently\s+)?"
    rf"(?:leased|rented)\s+by\s+(?:the\s+)?{_PARTY}{_UNTIL}"
)
_ON_LEASE = re.compile(
    rf"{_PARTY}\s+(?:still\s+|now\s+)?(?:holds|held|has|had|keeps|kept|took|takes|uses|used|obtained|"
    rf"operates|runs)\s+(?:most\s+of\s+|part\s+of\s+|all\s+of\s+)?(?:the\s+)?{_FACILITY}"
    rf"[^.⟦]{{0,50}}?\bon\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}(?:lease|rental)\b"
    rf"(?:[^.⟦]{{0,30}}?\buntil\s+(?P<until>(?:19|20|21)\d\d))?"
)
# "lease of the University's Peldehue ground station to X": the owner named leases it out.
_LEASE_OF = re.compile(
    rf"\b[Ll]ease\s+of\s+(?:the\s+)?⟦(?P<l>\d+):(?:Country|Organization):[^:⟧]*:noun⟧'s\s+"
    rf"{_FACILITY}\s+to\s+(?:the\s+)?{_PARTY}{_UNTIL}"
)
# A plot or site taken at a facility: "X, a ground-station operator, agreed in August to lease a
# plot at Y's Z Center", "X will rent space at the Z spaceport", "X leases land at Z". A
# possessive before the facility names the lessor.
_LEASES_PLOT = re.compile(
    rf"{_PARTY}(?:\s*\([^()]{{1,60}}\))?(?:,\s+(?:[^,;.⟦]|⟦[^⟧]*⟧){{1,120}}?,)?\s+"
    rf"(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+)?"
    rf"(?P<intent>agreed\s+(?:[^.,⟦]{{0,30}}?\s+)?to\s+|agrees\s+to\s+|plans\s+to\s+|will\s+|"
    rf"is\s+to\s+|is\s+set\s+to\s+|is\s+expected\s+to\s+|signed\s+(?:up\s+)?to\s+)?"
    rf"(?:lease|leases|leased|rent|rents|rented|is\s+leasing|is\s+renting)\s+(?!out\s)"
    rf"(?:(?:a|an|the|some|two|three|several)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:plot|site|land|space|area|parcel|building|hangar|pad|room|part|bay|antenna\s+slot)s?\s+"
    rf"(?:of\s+land\s+)?(?:at|in|on|of|within)\s+(?:the\s+)?"
    rf"(?:⟦(?P<l>\d+):(?:Country|Organization):[^:⟧]*:noun⟧'s\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{_FACILITY}{_UNTIL}"
)
# Something other than a site rented from a named owner: "Since January the agency has rented
# time on one of the centre's antennas from ASI", "X leases Ka-band capacity from Y".
_RENTED_FROM = re.compile(
    rf"{_PARTY}\s+(?:(?P<aux>has|have|had)\s+)?(?:(?:also|now|since|already|been)\s+){{0,2}}"
    rf"(?P<verb>leases|leased|rents|rented|leasing|renting)\s+"
    rf"(?P<what>(?:[^⟦.;]|\.(?=\d)|⟦\d+:(?:Program|Facility):[^⟧]*⟧){{1,80}}?)\bfrom\s+(?:the\s+)?"
    rf"(?:(?:[a-z][\w-]*|⟦\d+:Country:[^⟧]*⟧(?:'s)?)\s+){{0,3}}?"
    rf"⟦(?P<l>\d+):(?:Country|Organization):[^:⟧]*:noun⟧(?!')"
)
# The owner first: "In 2024 the institute leased part of the site to the Finnish satellite
# operator Kuva Space", "Radiocom will rent out part of its Cheia ground station to ICEYE".
_RENTED_TO = re.compile(
    rf"{_PARTY}(?:,\s+(?:[^,;.⟦]|⟦[^⟧]*⟧){{1,120}}?,)?\s+"
    rf"(?:(?P<aux>has|have|had|will|is\s+to|agreed\s+to|plans\s+to)\s+)?"
    rf"(?:(?:also|now|since|already|been)\s+){{0,2}}"
    rf"(?P<verb>leases|leased|lease|rents|rented|rent|leasing|renting)\s+(?:out\s+)?"
    rf"(?P<what>(?:[^⟦.;]|\.(?=\d)|⟦\d+:(?:Program|Facility):[^⟧]*⟧){{1,80}}?)\bto\s+(?:the\s+)?"
    rf"(?:(?:[a-z][\w-]*|⟦\d+:Country:[^⟧]*⟧(?:'s)?)\s+){{0,3}}?"
    rf"⟦(?P<l>\d+):(?:Country|Organization):[^:⟧]*:noun⟧(?!')"
)
# Both parties after the verb, the lessee first: "GISTDA will rent Chang Guang a plot at its Si
# Racha ground station", "the agency leased the company two antennas".
_RENTED_DITRANSITIVE = re.compile(
    rf"{_PARTY}\s+(?:(?P<aux>has|have|had|will|is\s+to|agreed\s+to|plans\s+to)\s+)?"
    rf"(?:(?:also|now|already)\s+)?(?P<verb>leases|leased|lease|rents|rented|rent)\s+"
    rf"(?:the\s+)?⟦(?P<l>\d+):(?:Country|Organization):[^:⟧]*:noun⟧(?!')\s+"
    rf"(?P<what>(?:a|an|the|some|two|three|its|part|space|land|capacity)\b(?:[^⟦.;]|\.(?=\d)"
    rf"|⟦\d+:(?:Program|Facility):[^⟧]*⟧){{0,80}})"
)
# Capacity taken on a satellite the text names: "X has agreed to lease capacity on O3b mPOWER,
# the constellation run by SES", "X leased C-band capacity on Telesat's Telstar 11N". The
# owner is the possessive before the satellite, else the body the text says operates or owns it.
_CAPACITY_ON = re.compile(
    rf"{_PARTY}(?:\s*\([^()]{{1,60}}\))?\s+(?:(?:said|says|announced)\s+[^.;⟦]{{0,40}}?\s+)?"
    rf"(?:(?:has|have|had)\s+)?(?:also\s+|now\s+|already\s+)?"
    rf"(?P<intent>agreed\s+to\s+|agrees\s+to\s+|will\s+|plans\s+to\s+|is\s+to\s+)?"
    rf"(?P<verb>leases|leased|lease|is\s+leasing|rents|rented|rent|is\s+renting)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:capacity|transponders?|bandwidth)\s+(?:on|aboard)\s+"
    rf"(?:the\s+|its\s+)?(?:⟦(?P<l>\d+):(?:Country|Organization):[^:⟧]*:noun⟧'s\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?⟦(?P<p>\d+):Program:[^⟧]*⟧"
)
_ENDED = re.compile(r"\b(?:lease|leases)\b[^.]{0,40}\b(?:expired|ended|terminated)\b", re.I)


def _facility_before(ctx: Context, view: SentenceView, pos: int) -> Entity | None:
    """The facility a "leased to" clause is about: the nearest one before it in the
    sentence, else the last one of the two sentences before."""
    found = [
        ctx.entity(view.mention(int(m.group(1))))
        for m in PLACEHOLDER.finditer(view.masked, 0, pos)
        if m.group(2) == "Facility"
    ]
    if found and found[-1] is not None:
        return found[-1]
    idx = view.sentence.index
    for prev in reversed(ctx.views[max(0, idx - 2) : idx]):
        facilities = [m for m in prev.mentions if m.label == "Facility"]
        if facilities:
            return ctx.entity(facilities[-1])
    return None


def host_country(ctx: Context, facility: Entity, located: dict[str, Entity]) -> Entity | None:
    """The lessor: the country the text places the facility in, else its catalogued one,
    else the document's focal country."""
    if facility.key in located:
        return located[facility.key]
    if facility.entry is not None and facility.entry.country:
        entry = ctx.catalogue.country(facility.entry.country)
        if entry is not None:
            for ent in ctx.recognition.entities.values():
                if ent.label == "Country" and ent.name == entry.name:
                    return ent
            ent = Entity("Country", entry.name, None, True, entry)
            ctx.recognition.entities[ent.identity] = ent
            return ent
    return ctx.focal


def _agreed_status(intent: str | None) -> str:
    """A lease agreed to is signed, one planned is planned; a lease told as held is in force."""
    if not intent:
        return "in force"
    return "signed" if intent.startswith(("agreed", "agrees", "signed")) else "planned"


def extract_leases(
    ctx: Context, located: dict[str, Entity]
) -> tuple[list[RelationFact], list[AgreementFact]]:
    relations: list[RelationFact] = []
    agreements: list[AgreementFact] = []
    published = parse_published(ctx.document.published)
    for view in ctx.views:
        patterns = (_LEASED_TO, _LEASES, _WHICH_LEASES, _LEASED_BY, _ON_LEASE, _LEASE_OF)
        for pattern in (*patterns, _LEASES_PLOT):
            for m in pattern.finditer(view.masked):
                lessee = ctx.entity(view.mention(int(m.group("s"))))
                if "o" in m.groupdict() and m.group("o") is not None:
                    facility = ctx.entity(view.mention(int(m.group("o"))))
                else:
                    facility = _facility_before(ctx, view, m.start())
                if lessee is None or facility is None:
                    continue
                until = m.group("until")
                props = {"until": until} if until else {}
                relations.append(RelationFact(lessee, "LEASES", facility, view, "lease", props))
                named = m.groupdict().get("l")
                lessor = (
                    ctx.entity(view.mention(int(named)))
                    if named is not None
                    else host_country(ctx, facility, located)
                )
                if lessor is None or lessor.key == lessee.key:
                    continue
                status = _agreed_status(m.groupdict().get("intent"))
                if (until and published and int(until) < published.year) or _ENDED.search(
                    view.sentence.text
                ):
                    status = "expired"
                fact = _lease(lessor, lessee, [facility], view, status, "lease")
                fact.title, fact.end_date = f"{facility.name} lease", until
                if m.groupdict().get("intent"):
                    # "agreed in August to lease ...": the date of the agreeing clause
                    text = view.sentence.text
                    verb = re.search(r"\b(?:lease|leases|leased|leasing|rent|rents|rented)\b", text)
                    dates = find_dates(text[: verb.start() if verb else 0], ctx.document.published)
                    fact.date = next((d.value for d in dates if d.value), None)
                fact.capabilities = capabilities_for(ctx, "lease", [facility], [view])
                agreements.append(fact)
        agreements += _rentals(ctx, view, agreements)
    return relations, agreements


def _rentals(ctx: Context, view: SentenceView, found: list[AgreementFact]) -> list[AgreementFact]:
    """Leases of capacity, time or land from a named owner (no LEASES relation: what is rented
    is no facility the text names)."""
    out: list[AgreementFact] = []
    matches = [(m, False) for m in _RENTED_FROM.finditer(view.masked)]
    matches += [(m, True) for m in _RENTED_TO.finditer(view.masked)]
    matches += [(m, True) for m in _RENTED_DITRANSITIVE.finditer(view.masked)]
    for m, owner_first in matches:
        lessee = ctx.entity(view.mention(int(m.group("s"))))
        lessor = ctx.entity(view.mention(int(m.group("l"))))
        if owner_first:
            lessee, lessor = lessor, lessee
        if lessee is None or lessor is None or lessee.key == lessor.key:
            continue
        if m.group("verb") in ("lease", "rent") and not m.group("aux"):
            continue  # "to lease ... to": an infinitive of another clause
        keys = {lessee.key, lessor.key}
        if any(f.kind == "lease" and f.party_keys == keys for f in found):
            continue
        # "rents", "has rented since January": held now; "rented": taken once
        held = m.group("verb") in ("leases", "rents", "leasing", "renting")
        held = held or m.group("aux") in ("has", "have")
        status = "in force" if held else "signed"
        if m.group("aux") and m.group("aux").split()[0] in ("will", "is", "plans"):
            status = "planned"
        if _ENDED.search(view.sentence.text):
            status = "expired"
        about = [
            e
            for i in re.findall(r"⟦(\d+):(?:Program|Facility):", m.group("what"))
            if (e := ctx.entity(view.mention(int(i)))) is not None
        ]
        rule = "lease:rented-to" if owner_first else "lease:rented-from"
        fact = _lease(lessor, lessee, about, view, status, rule)
        fact.date = _first_date(ctx, view)
        out.append(fact)
    return out


def capacity_leases(
    ctx: Context, relations: list[RelationFact], found: list[AgreementFact]
) -> list[AgreementFact]:
    """Leases of capacity on a named satellite, the lessor its owner (`_CAPACITY_ON`); none
    where `found` already has a lease of the same two parties."""
    out: list[AgreementFact] = []
    for view in ctx.views:
        for m in _CAPACITY_ON.finditer(view.masked):
            lessee = ctx.entity(view.mention(int(m.group("s"))))
            satellite = ctx.entity(view.mention(int(m.group("p"))))
            if lessee is None or satellite is None:
                continue
            named = m.group("l")
            lessor = (
                ctx.entity(view.mention(int(named)))
                if named is not None
                else _operator_of(ctx, satellite, relations)
            )
            if lessor is None or lessor.key == lessee.key:
                continue
            keys = {lessee.key, lessor.key}
            if any(f.kind == "lease" and f.party_keys == keys for f in found + out):
                continue
            if m.group("verb") in ("lease", "rent") and not m.group("intent"):
                continue  # "to lease capacity on ...": an infinitive of another clause
            status = _agreed_status(m.group("intent"))
            if _ENDED.search(view.sentence.text):
                status = "expired"
            fact = _lease(lessor, lessee, [satellite], view, status, "lease:capacity-on")
            fact.title = f"{lessee.name}-{lessor.name} {satellite.name} capacity lease"
            fact.date = _first_date(ctx, view)
            fact.capabilities = capabilities_for(ctx, "lease", [satellite], [view])
            out.append(fact)
    return out


def _operator_of(ctx: Context, satellite: Entity, relations: list[RelationFact]) -> Entity | None:
    """The organisation the text says operates the satellite, else the one that owns it, else
    the company the satellite's series is named after ("Hellas Sat 3" of Hellas Sat)."""
    for predicate in ("OPERATES", "OWNS"):
        for f in relations:
            if (
                f.predicate == predicate
                and f.object.key == satellite.key
                and f.subject.label == "Organization"
            ):
                return f.subject
    return _namesake_operator(ctx, satellite)


def _namesake_operator(ctx: Context, satellite: Entity) -> Entity | None:
    """The one company of the document whose name the satellite's name extends by a
    designation ("Hellas Sat 3", "Nilesat 301", "Arabsat-7A")."""
    name = fold(satellite.name)
    found = [
        e
        for e in ctx.recognition.entities.values()
        if e.label == "Organization"
        and e.subtype == "company"
        and e.mentions
        and re.match(rf"{re.escape(fold(e.name))}[ -]?\d", name)
    ]
    return found[0] if len(found) == 1 else None


def _lease(
    lessor: Entity, lessee: Entity, about: list[Entity], view: SentenceView, status: str, rule: str
) -> AgreementFact:
    """A lease agreement between the two, titled by its parties."""
    return AgreementFact(
        kind="lease",
        status=status,
        parties=[Party(lessor, "lessor"), Party(lessee, "lessee")],
        about=about,
        views=[view],
        rule=rule,
        title=f"{lessee.name}-{lessor.name} lease",
    )


def _first_date(ctx: Context, view: SentenceView) -> str | None:
    dates = find_dates(view.sentence.text, ctx.document.published)
    return next((d.value for d in dates if d.value), None)
