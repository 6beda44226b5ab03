"""Named multilateral instruments ("Artemis Accords", "Outer Space Treaty"): one Agreement
whose parties are every signatory the text names, instead of a programme.

"A, B and C signed the Accords", "Brazil, which joined the accords in 2021" and "the accords
were first signed in October 2020 by A, B and C" each make parties; "which have not signed
the accords" makes none. The date is the earliest signing the text states. Cue words live in
lexicon/agreements.yaml (instrument_heads, instrument_join, instrument_by).
"""

from __future__ import annotations

import functools
import re

from loaders.context import Context, SentenceView
from loaders.dates import find_dates
from loaders.facts import AgreementFact, Party
from loaders.mentions import Entity
from loaders.resources import lexicon

_PARTY = r"(?:the\s+)?⟦(\d+):(?:Country|Organization):[^⟧]*:noun⟧(?:\s*\(⟦\d+:[^⟧]*⟧\))?"
_SEP = r"(?:,\s*and\s+|,\s*|\s+and\s+)"
_LIST = rf"{_PARTY}(?:{_SEP}{_PARTY})*"


@functools.cache
def _cues() -> tuple[re.Pattern[str], str, str]:
    data = lexicon("agreements")
    return (
        re.compile(data["instrument_heads"]),
        data["instrument_join"],
        data["instrument_by"],
    )


def _head_noun(name: str) -> str | None:
    m = _cues()[0].search(name)
    return m.group(0).lower().rstrip("s") if m else None


def instrument_entities(ctx: Context) -> list[Entity]:
    """Programmes (and other non-party entities) whose name is a named instrument."""
    out = []
    for ent in ctx.recognition.entities.values():
        if ent.label not in ("Program", "Facility") or len(ent.name.split()) < 2:
            continue
        if _head_noun(ent.name):
            out.append(ent)
    return out


def _reference(ctx: Context, view: SentenceView, ent: Entity, noun: str) -> str:
    """The instrument in a masked sentence: its placeholders or "the <head noun>(s)"."""
    indices = [str(i) for i, m in enumerate(view.mentions) if ctx.entity(m) is ent]
    forms = [rf"⟦(?:{'|'.join(indices)}):[^⟧]*⟧"] if indices else []
    forms.append(rf"\b{re.escape(noun)}s?\b")
    return rf"(?:the\s+)?(?:{'|'.join(forms)})"


def _parties_in(ctx: Context, view: SentenceView, listed: str) -> list[Entity]:
    out: list[Entity] = []
    for i in re.findall(r"⟦(\d+):", listed):
        m = view.mention(int(i))
        ent = ctx.entity(m)
        if ent is None or m.label not in ("Country", "Organization") or m.form == "demonym":
            continue
        if listed.find(f"(⟦{i}:") >= 0:
            continue  # an acronym in parentheses
        if ent not in out:
            out.append(ent)
    return out


def _instrument(ctx: Context, ent: Entity) -> AgreementFact:
    noun = _head_noun(ent.name) or ""
    _, join, by = _cues()
    parties: list[Entity] = []
    views: list[SentenceView] = []
    dates: list[str] = []
    for view in ctx.views:
        ref = _reference(ctx, view, ent, noun)
        found: list[Entity] = []
        for m in re.finditer(rf"(?P<l>{_LIST})(?:,\s+which)?\s+{join}\s+{ref}", view.masked):
            found += _parties_in(ctx, view, m.group("l"))
        for m in re.finditer(rf"{ref}\s+{by}\b[^⟦.;]{{0,40}}?\s+by\s+(?P<l>{_LIST})", view.masked):
            found += _parties_in(ctx, view, m.group("l"))
        if not found:
            continue
        views.append(view)
        parties.extend(p for p in found if p not in parties)
        dates += [
            d.value
            for d in find_dates(view.sentence.text, ctx.document.published)
            if d.value is not None
        ]
    if not views:
        views = [v for v in ctx.views if any(ctx.entity(m) is ent for m in v.mentions)][:1]
    return AgreementFact(
        kind="other",
        status="signed" if parties else "unknown",
        parties=[Party(p, "signatory") for p in parties],
        about=[],
        views=views,
        rule="agreement:named-instrument",
        title=ent.name,
        aliases=sorted(a for a in ent.aliases if a != ent.name),
        date=min(dates) if dates else None,
    )


# An instrument named after the body it sets up or belongs to: "the ESA Convention".
_BODY_INSTRUMENT = re.compile(r"⟦(\d+):Organization:[^⟧]*:noun⟧ (Conventions?|Treaty|Charter)\b")


def _body_instruments(ctx: Context) -> list[AgreementFact]:
    """Instruments named "<body> Convention" with the states the text says signed or joined
    them ("Ireland signs the ESA Convention"); intergovernmental when every party is a state.
    One the text names without a signer ("its accession to the ESA Convention") is no
    agreement of its own."""
    _, join, _ = _cues()
    found: dict[str, AgreementFact] = {}
    for view in ctx.views:
        for m in _BODY_INSTRUMENT.finditer(view.masked):
            mention = view.mention(int(m.group(1)))
            body = ctx.entity(mention)
            if body is None:
                continue
            head = m.group(2).rstrip("s")
            ref = rf"(?:the\s+)?{re.escape(m.group(0))}"
            parties: list[Entity] = []
            for signed in re.finditer(
                rf"(?P<l>{_LIST})(?:,\s+which)?\s+{join}\s+{ref}", view.masked
            ):
                parties += _parties_in(ctx, view, signed.group("l"))
            parties = [p for p in dict.fromkeys(parties) if p is not body]
            if not parties:
                continue
            title = f"{mention.text} {head}"
            fact = found.get(title)
            if fact is None:
                states = all(p.label == "Country" for p in parties)
                dates = [
                    d.value
                    for d in find_dates(view.sentence.text, ctx.document.published)
                    if d.value is not None
                ]
                fact = found[title] = AgreementFact(
                    kind="intergovernmental agreement" if states else "other",
                    status="in force" if _IN_FORCE.search(view.sentence.text) else "signed",
                    parties=[],
                    about=[body],
                    views=[view],
                    rule="agreement:named-instrument",
                    title=title,
                    date=min(dates) if dates else None,
                )
            known = {p.entity.key for p in fact.parties}
            fact.parties += [Party(p, "signatory") for p in parties if p.key not in known]
    return list(found.values())


_IN_FORCE = re.compile(r"\b(?:is|remains|entered|came)\s+(?:still\s+)?(?:in|into)\s+force\b")


def named_instruments(ctx: Context) -> tuple[list[AgreementFact], set[str]]:
    """The document's named instruments as agreements, and their head nouns (so that "the
    accords" is not read again as an unnamed agreement). The programme entities are removed
    from the document: the instrument is an Agreement."""
    facts: list[AgreementFact] = []
    nouns: set[str] = set()
    for ent in instrument_entities(ctx):
        fact = _instrument(ctx, ent)
        if not fact.views:
            continue
        facts.append(fact)
        # keep the number: "the accord" does not refer back to "the Artemis Accords"
        head = _cues()[0].search(ent.name)
        nouns.add(head.group(0).lower() if head else "")
        ctx.recognition.entities.pop(ent.identity, None)
    for fact in _body_instruments(ctx):
        facts.append(fact)
        nouns.add(fact.title.split()[-1].lower())
    return facts, nouns - {""}
