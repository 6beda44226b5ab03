"""Deals told by a verb rather than an agreement noun: "X has been selected by Y to build Z",
"Y hired X to ...", "Y has agreed to buy Z from X", "Y booked the launch with X", "X agreed
to sell Y engines".

Such a clause names a customer and a contractor. An agreement noun that names no parties of
its own refers to it: in the same sentence ("..., in a deal valued at $1 billion") or right
after it ("The contract, signed on Friday, is valued at ..."). The verbs are data
(lexicon/agreements.yaml, `deal_clauses`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from loaders.context import Context, SentenceView
from loaders.mentions import Entity
from loaders.resources import lexicon

_PARTY = r"(?:the\s+)?⟦(?P<{g}>\d+):(?:Country|Organization):[^⟧]*:noun⟧(?!')"
_ORG = r"(?:the\s+)?⟦(?P<{g}>\d+):Organization:[^⟧]*:noun⟧(?!')"
# A company's legal form after its name ("Globalstar, Inc.", "Sener Aeroespacial S.A.").
COMPANY_SUFFIX = (
    r"(?:,?\s+(?:[A-Z][a-z]+\s+){0,2}(?:Inc|Ltd|Corp|Co|plc|PLC|LLC|GmbH|AG|SE|SA|S\.A|S\.p\.A|"
    r"N\.V|B\.V|JSC|PJSC|Pty|K\.K|SAS|S\.A\.S)\.?(?=[\s,(]))?"
)
# What may describe a party after its name: an acronym, an appositive between commas.
_DESCRIBED = COMPANY_SUFFIX + r"(?:\s*\((?:[^()⟦]|⟦[^⟧]*⟧){1,120}\))?(?:,\s+[^,;.]{1,120}?,)?"
# Words, demonyms and country names before a named party: "Norwegian ground-station operator
# KSAT", "U.S. satellite operator Globalstar".
# "Kenya's space agency KSA", "U.S. operator Globalstar" (a country's possessive too),
# "Hyderabad-based Ananth Technologies".
_MODIFIERS = (
    r"(?:(?:[a-z][\w-]*|[A-Z][\w]*-based|(?:⟦\d+:Country:[^⟧]*⟧-)?⟦\d+:Country:[^⟧]*⟧(?:'s)?)\s+)"
    r"{0,3}?"
)
# Adverbs between the auxiliary and the verb: "has in turn selected", "has now also hired".
_ADVERB = (
    r"(?:also|now|since|first|already|in\s+turn|subsequently|recently|reportedly|then"
    r"|officially|formally)"
)
_AUX = rf"(?:has\s+|have\s+|had\s+)?(?:{_ADVERB}\s+){{0,2}}"
# A group hired under its leader's name: "a consortium led by France's CLS".
_LED_BY = (
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:consortium|team|group|partnership|joint\s+venture)"
    r"\s+(?:led|headed)\s+by\s+)?"
)
# What is bought, sold or built: words and named programmes ("bought two X satellites from").
_THINGS = r"(?:[^⟦.;]|⟦\d+:(?:Program|Facility):[^⟧]*⟧){0,80}?"
# A flight a launch provider sells seats or room on: "a SpaceX Transporter rideshare mission".
_FLIGHT = r"(?:mission|flight|launch|ride|rocket)s?\b"
# When, between the contractor and what it was hired for: "hired CSUM last year to build".
_WHEN = (
    r"(?:\s+(?:last|this|next|earlier\s+this|later\s+this)\s+"
    r"(?:year|month|week|spring|summer|autumn|fall|winter)|\s+in\s+(?:19|20)\d\d)?"
)
# What the contractor was chosen for, or when and under what.
_PURPOSE = r"(?=\s+(?:to|for|as|in|under|through|on)\b|\s*[,.;]|$)"


@dataclass(frozen=True)
class DealClause:
    """The two sides of a deal clause and where it ends in its sentence."""

    customer: Entity
    contractor: Entity
    end: int
    view: SentenceView


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    data = lexicon("agreements")["deal_clauses"]
    chosen, hire = data["chosen_verbs"], data["hire_verbs"]
    intent = data["intent_verbs"]
    buy, sell, build = data["buy_verbs"], data["sell_verbs"], data["build_verbs"]
    book = data["book_verbs"]
    fund = data["fund_verbs"]
    return (
        # "X has been selected by Y to build Z" (X, or "it" after X, the contractor)
        re.compile(
            rf"{_ORG.format(g='x')}{COMPANY_SUFFIX}(?:[^⟦;.]|⟦\d+:Country:[^⟧]*:demonym⟧)*?\b(?:has\s+been|have\s+been|had\s+been|was"
            rf"|were|is|are)\s+(?:[a-z]+ly\s+)?(?:{chosen})"
            # when may come first: "was hired in July by the ministry"
            rf"(?:\s+(?:in|on|last|this|earlier|early|late)(?:\s+[\w-]+){{1,3}}?)?\s+by\s+{_MODIFIERS}"
            rf"{_PARTY.format(g='y')}{_DESCRIBED}{_PURPOSE}"
        ),
        # "Y has hired X to handle ...", "Y selected X in 2018 under a contract", "Y hired a
        # consortium led by X"
        re.compile(
            rf"{_PARTY.format(g='y')}{_DESCRIBED}\s+{_AUX}(?:(?:{intent})\s+)?(?:{hire})\s+"
            rf"{_LED_BY}{_MODIFIERS}"
            rf"{_ORG.format(g='x')}{_DESCRIBED}{_WHEN}{_PURPOSE}"
        ),
        # "Y awarded X the job of building Z", "Y awarded Spain's X the contract to build Z"
        re.compile(
            rf"{_PARTY.format(g='y')}{_DESCRIBED}\s+{_AUX}(?:awarded|awards|gave|gives)\s+"
            rf"{_MODIFIERS}{_ORG.format(g='x')}{_DESCRIBED}\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:job|contract|task|work|order|deal)\b(?!\s+(?:with|between)\b)"
        ),
        # "Y has agreed to buy a satellite from X", "Y bought the launch through broker X",
        # "Y agreed to buy 94 percent of Z from X" (a stake bought from its owner)
        re.compile(
            rf"{_PARTY.format(g='y')}{_DESCRIBED}\s+{_AUX}(?:(?:{intent})\s+)?(?:{buy})\s+"
            rf"(?:{_THINGS}|[^⟦.;]{{0,40}}?\bof\s+⟦\d+:Organization:[^⟧]*⟧\s+)"
            rf"\b(?:from|through|via)\s+{_MODIFIERS}{_ORG.format(g='x')}"
        ),
        # "Y booked the ride with X", "Y has reserved a launch from X", "... through broker X"
        re.compile(
            rf"{_PARTY.format(g='y')}{_DESCRIBED}\s+{_AUX}(?:(?:{intent})\s+)?(?:{book})\s+"
            rf"{_THINGS}\b(?:from|with|through|via)\s+{_MODIFIERS}{_ORG.format(g='x')}"
        ),
        # "Y has reserved room for the satellite on a X rideshare mission"
        re.compile(
            rf"{_PARTY.format(g='y')}{_DESCRIBED}\s+{_AUX}(?:(?:{intent})\s+)?(?:{book})\s+"
            rf"{_THINGS}\bon\s+(?:a|an|the|one\s+of\s+the)\s+{_MODIFIERS}{_ORG.format(g='x')}"
            rf"(?:\s+[\w-]+){{0,2}}?\s+{_FLIGHT}"
        ),
        # "a X rideshare mission that Y has already booked"
        re.compile(
            rf"{_ORG.format(g='x')}(?:\s+[\w-]+){{0,2}}?\s+{_FLIGHT}\s+(?:that|which)\s+"
            rf"{_PARTY.format(g='y')}{_DESCRIBED}\s+{_AUX}(?:{book}|{buy})\b"
        ),
        # "Y paid X about $2 million for a design study", "Y is paying X £21 million for Z"
        re.compile(
            rf"{_PARTY.format(g='y')}{_DESCRIBED}\s+{_AUX}(?:(?:{intent})\s+)?"
            rf"(?:paid|pays|pay|(?:is|are|was|were)\s+(?:now\s+|also\s+)?paying)\s+"
            rf"{_MODIFIERS}{_ORG.format(g='x')}{_DESCRIBED}[^⟦.;]{{0,60}}?\bfor\b"
        ),
        # "X agreed to sell Y engines", "X will supply Y with ..."
        re.compile(
            rf"{_ORG.format(g='x')}{_DESCRIBED}\s+{_AUX}(?:(?:{intent})\s+)?(?:{sell})\s+"
            rf"{_PARTY.format(g='y')}\s+(?:with\s+)?[a-z]"
        ),
        # "X sold two satellites to Y", "... to Y through trading house Z" (Z buys for Y)
        re.compile(
            rf"{_ORG.format(g='x')}{_DESCRIBED}\s+{_AUX}(?:(?:{intent})\s+)?(?:{sell})\s+"
            rf"{_THINGS}\bto\s+{_MODIFIERS}{_PARTY.format(g='y')}"
            rf"(?:\s+(?:through|via)\s+{_MODIFIERS}{_ORG.format(g='via')})?"
        ),
        # "Y plans to pay for a data hub at X", "Y will fund a centre for X" (a grant: Y the
        # donor, X the recipient)
        re.compile(
            rf"{_PARTY.format(g='y')}{_DESCRIBED}\s+{_AUX}(?:(?:{intent}|is|are|was|were)\s+)?"
            rf"(?:{fund})\s+"
            rf"{_THINGS}\b(?:for|at|to)\s+{_MODIFIERS}{_PARTY.format(g='x')}"
        ),
        # "X is building two satellites for Y (under a contract signed in 2019)"
        re.compile(
            rf"{_ORG.format(g='x')}{_DESCRIBED}\s+{_AUX}(?:is\s+|are\s+|was\s+|were\s+)?"
            rf"(?:also\s+|now\s+|currently\s+)?(?:{build})\s+{_THINGS}\bfor\s+{_MODIFIERS}"
            rf"{_PARTY.format(g='y')}"
        ),
    )


# The first patterns tell a purchase, a hire or a paid service, which is a deal even with no
# agreement noun near it; selling, funding and building for someone need a noun to be one.
PURCHASE_PATTERNS = 8


def deal_clause(
    ctx: Context, view: SentenceView, before: int | None = None, purchase_only: bool = False
) -> DealClause | None:
    """The last deal clause of the sentence that ends before `before` (any, when None);
    with `purchase_only`, only a hire or a purchase."""
    found: DealClause | None = None
    patterns = _patterns()
    for pattern in patterns[:PURCHASE_PATTERNS] if purchase_only else patterns:
        for m in pattern.finditer(view.masked):
            if before is not None and m.end() > before:
                continue
            buyer = "via" if m.re.groupindex.get("via") and m.group("via") else "y"
            pair = [_entity(ctx, view, m.group(g)) for g in (buyer, "x")]
            customer, contractor = pair
            if customer is None or contractor is None or customer.key == contractor.key:
                continue
            if found is None or m.end() > found.end:
                found = DealClause(customer, contractor, m.end(), view)
    return found


def _entity(ctx: Context, view: SentenceView, index: str) -> Entity | None:
    m = view.mention(int(index))
    if m.label not in ("Country", "Organization") or m.form == "demonym":
        return None
    return ctx.entity(m)


# An agreement noun that refers back to a deal just told: "The contract, signed on Friday",
# "Under the agreement, ...", "The multi-year service contract", "The deal".
# A party's possessive refers back too: "Rocket Lab's subcontract is valued at ...".
_DEFINITE = re.compile(
    r"^\s*(?:[A-Z][\w ,]{0,30}?,\s+)?(?:[Uu]nder\s+)?"
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|⟦\d+:Organization:[^⟧]*:noun⟧'s?)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)


def refers_to_deal(left: str) -> bool:
    """The words before an agreement noun make it a definite back-reference."""
    return bool(_DEFINITE.match(left))


def earlier_deal(ctx: Context, view: SentenceView, reach: int = 2) -> DealClause | None:
    """A deal clause in one of the `reach` sentences before `view` (the nearest first)."""
    index = view.sentence.index
    for back in range(1, reach + 1):
        previous = next((v for v in ctx.views if v.sentence.index == index - back), None)
        if previous is None:
            return None
        if not previous.sentence.text.rstrip().endswith((".", '"', "'", "”", ")")):
            continue  # a title line restates the lead: the noun refers to the lead's deal
        if (found := deal_clause(ctx, previous)) is not None:
            return found
    return None
