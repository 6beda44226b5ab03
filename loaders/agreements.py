"""Agreements: MoUs, contracts, leases, intergovernmental and other agreements, with kind,
status, date, parties and their roles, what they concern, value and capability tags.

"Signed agreements with A, B and C" gives one bilateral agreement per counterpart; "signed a
contract with A and B" gives one contract with three parties. An agreement with no named
subject has the document's focal country as its other party when the kind implies a
government (intergovernmental agreements) or when a list item names the partner
("- Mongolia: Secured an export contract with Mongolia").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, replace

from loaders.context import PLACEHOLDER, Context, SentenceView
from loaders.dates import find_dates
from loaders.deal_clauses import COMPANY_SUFFIX, deal_clause, earlier_deal, refers_to_deal
from loaders.facts import AgreementFact, Party
from loaders.mentions import Entity, Mention, is_media
from loaders.money import find_amounts
from loaders.resources import lexicon
from loaders.text import fold
from loaders.trade import across_borders, is_export, names_export

_PH = r"⟦\d+:[^⟧]*⟧"
# A demonym, or two joined by a hyphen ("Franco-Italian", "Russian-Kazakh").
_COMBINED_DEMONYM = r"(?:⟦\d+:Country:[^⟧]*:demonym⟧-)?⟦\d+:Country:[^⟧]*:demonym⟧"
_ITEM = re.compile(
    r"(?:with\s+)?(?:the\s+)?(?:[A-Z][\w-]*-based\s+|⟦\d+:Country:[^⟧]*⟧-based\s+)?"
    # a state named by its government ("the Royal Government of Bhutan")
    r"(?:(?:[A-Z][a-z]+\s+)?[Gg]overnment\s+of\s+(?:the\s+)?(?=⟦\d+:Country:))?"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:⟦\d+:[^⟧]*⟧'s\s+)?"
    # a demonym, compound ones too ("Franco-Italian manufacturer X")
    rf"(?:(?:{_COMBINED_DEMONYM}|[A-Z][a-z]+-⟦\d+:Country:[^⟧]*:demonym⟧)\s+)?"
    # A country named as an adjective before a described party ("U.S. company Firefly").
    r"(?:⟦\d+:Country:[^⟧]*:noun⟧\s+(?=(?:[a-z][\w-]*\s+){0,2}(?:company|firm|start-?up|operator"
    r"|agency|manufacturer|maker|group|contractor|giant|provider|broadcaster|developer|supplier)"
    r"\s+⟦))?"
    # ... or right before it ("the US company" read as SpaceX, "Kazakhstan's KGS").
    r"(?:⟦\d+:Country:[^⟧]*:noun⟧\s+(?=(?:(?:space|satellite|launch|state|rocket|aerospace"
    r"|defen[cs]e|private|commercial)\s+){0,2}⟦\d+:Organization:))?"
    r"(?:[a-z][\w-]*\s+){0,3}?"
    r"⟦(?P<i>\d+):(?P<label>[^:⟧]+):[^:⟧]*:(?P<form>[^⟧]+)⟧(?!')"
    rf"(?:\s+{_PH}(?=[\s,.;]))?(?:\s*\({_PH}\))?(?:\s+(?:of|from|in)\s+{_PH})?"
    r"(?:,\s+(?:a|an|the)\s+[^,⟦;.]{1,60}(?=,|\.|;|$))?"
    # who acts for a government party is no party ("the Government of X, represented by Y")
    rf"(?:,\s+represented\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}{_PH}(?:\s*\({_PH}\))?)?"
)
_SEP = re.compile(r",\s*and\s+|,\s*|\s+and\s+|\s*&\s*")
_CLAUSE_START = re.compile(r"(?:which|who|whose|that|where)\b")
# After a comma, a description that places the party named before it: "with Nepal Telecom,
# the state-owned operator in Nepal" (Nepal is where it is, not a second party).
_PLACING_APPOSITION = re.compile(r"(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,4}?(?:in|of|from)\s+⟦")
# The preposition after an agreement noun; a comma only before a passive signing ("the
# Gateway Treaty, signed by Canada and the United States").
_LEAD = re.compile(
    r"\s*(?:,\s*(?=(?:[a-z]+\s+)?(?:signed|concluded|ratified|agreed)\s+by\s)"
    # ... or a relative clause ("the Implementing Arrangement, which was signed by A and B")
    r"|,\s*(?:which|that)\s+(?=(?:was|were|had\s+been|has\s+been)\s+(?:jointly\s+|formally\s+)?"
    r"(?:signed|concluded|ratified)\s))?"
    # A passive signing may name place or occasion before the signers ("The agreement was
    # signed at an online meeting by A, B and C").
    r"(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:jointly\s+|formally\s+)?"
    r"(?:signed|concluded|ratified)\s+(?:[\w-]+\s+){0,5}?(?=by\s)"
    # ... or with no auxiliary, when and where before the signers ("a protocol signed in March
    # 2024 by A, B and C").
    r"|(?:signed|concluded|ratified)\s+(?:in|on|at|last|this|earlier)\s+(?:[\w-]+\s+){0,4}?(?=by\s)"
    # What the contract is for, before the party it went to ("awarded the contract to build
    # it to X").
    r"|to\s+[a-z]+\s+(?:(?:[\w-]+|⟦\d+:(?:Program|Facility):[^⟧]*⟧)\s+){1,4}?(?=to\s)"
    # What the agreement is on, before the counterpart ("a memorandum of understanding on
    # peaceful uses of outer space with X") or its passive signers ("a memorandum on space
    # cooperation signed by A and B").
    r"|(?:on|concerning|regarding|covering)\s+(?:[a-z][\w-]*\s+){1,6}?"
    r"(?:(?=with\s)|(?:signed|concluded|ratified|proposed|offered)\s+(?=by\s))"
    # ... its title words, before its signers ("a Memorandum of Understanding on Cooperation
    # in the Peaceful Uses of Outer Space signed between A and B in 2020")
    r"|(?:on|concerning|regarding|for)\s+(?:(?:[\w-]+|⟦\d+:[^⟧]*⟧),?\s+){1,8}?"
    r"(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?:signed|concluded|ratified)\s+(?=(?:between|by)\s)"
    # ... or its negotiation ("an agreement on X is under negotiation between A and B")
    r"|(?:(?:on|for|concerning|covering)\s+(?:[\w-]+\s+){1,5}?)?(?:is|are|was|were)\s+"
    r"(?:now\s+|still\s+|currently\s+)?(?:under\s+negotiation|being\s+negotiated"
    r"|under\s+discussion|being\s+discussed|being\s+drafted)\s+(?=between\s)"
    # Its value, before the counterpart ("a contract worth EUR 14 million with X").
    r"|(?:worth|valued\s+at|of\s+(?=(?:about|around|some|nearly|almost|over|more\s+than|up\s+to"
    r"|[$€£¥]|US\$|\d)))\s*(?:[^\s⟦]+\s+){1,5}?(?=(?:with|from|between)\s)"
    # What a lease covers, before its lessee ("a lease of 15 hectares of state land in X
    # province to Y").
    r"|of\s+(?:[\w,.-]+\s+){1,14}?(?=to\s+(?:the\s+)?⟦)"
    r"|(?:[\w-]+\s+){0,3}?)"
    r"(?P<prep>with|from|between|by|to|giving|granting)\s+"
)
# A lease "giving X exclusive use" names its lessee as "leased to X" does.
_GIVING = ("giving", "granting")
_HEAD = re.compile(
    r"^[-*•–]\s+(?:(?:19|20)\d\d(?:\s*\([^)]*\))?\s*[-–:]\s+)?(?P<head>(?:⟦\d+:[^⟧]*⟧(?:\s*\(⟦\d+:[^⟧]*⟧\))?)"
    r"(?:(?:,\s*and\s+|,\s*|\s+and\s+)⟦\d+:[^⟧]*⟧(?:\s*\(⟦\d+:[^⟧]*⟧\))?)*)\s*:"
)
_AWARDED = re.compile(
    r"⟦(?P<a>\d+):(?:Country|Organization):[^⟧]*:noun⟧\s+(?:has\s+|have\s+)?"
    r"(?:awarded|granted|gave|handed|awards|grants|gives)\s+(?:the\s+)?"
    # the recipient may be described first ("awarded Lithuanian satellite maker X a contract")
    r"(?:⟦\d+:Country:[^⟧]*:demonym⟧\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"⟦(?P<b>\d+):(?:Country|Organization):[^⟧]*:noun⟧(?:,\s+[^,⟦]{1,60},)?\s+$"
)
_UNDER = re.compile(r"^\s*(?:Under|Through|Via)\s+(?:a|an|the)\s+$")
# The actor(s) of the clause after "Under a/the <noun> ...,".
_UNDER_ACTORS = re.compile(
    r"[^⟦]*?,\s*(?:the\s+)?⟦(?P<a>\d+):[^⟧]*⟧(?:\s*\(⟦\d+:[^⟧]*⟧\))?"
    r"(?:\s+and\s+(?:the\s+)?⟦(?P<b>\d+):[^⟧]*⟧)?"
)
# A passive award before the agreement noun: "X has been awarded a contract by ESA".
_AWARDED_BY = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+awarded\s+(?:an?|the)\s+"
    # what the contract is for may be named ("awarded the FASat-Delta contract by the FACh")
    r"(?:[\w-]+\s+|⟦\d+:(?:Program|Facility):[^⟧]*⟧\s+){0,3}$"
)
_TWO = re.compile(
    r"\s*(?:between|by)\s+the\s+two\s+(?:countries|governments|sides|states|nations|parties)\b"
)
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},\s+[^-–—]{4,40}?[-–—]")
_RELATIVE = re.compile(
    r",\s*(?:which|who|whose|that|where|founded|established|based|headquartered|created)\b[^,;]*,"
    # ... with the country after the city ("ACMAD, based in Niamey, Niger, signed")
    r"(?:(?<=[A-Za-z],)\s+⟦\d+:Country:[^⟧]*:noun⟧,)?"
    # ... and a place in apposition ("MLS, of Halifax, Canada, agreed"): the country is no party.
    r"|,\s+(?:of|in|from)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*,\s+(?:⟦\d+:Country:[^⟧]*⟧|[A-Z][\w-]*),"
    # ... and a description in apposition ("Lithuania, an associate member of ESA since 2021,
    # plans to sign"): the body it names is no party.
    r"|,\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,3}of\s+(?:the\s+)?⟦\d+:[^⟧]*⟧[^,;⟦]{0,30},"
    # ... or one that tells who bought or runs it ("X, the former state operator bought by
    # Fiji's ATH in 2015, signed")
    r"|,\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,4}(?:bought|acquired|owned|run|controlled)\s+by\s+"
    r"(?:[^,;⟦]|⟦[^⟧]*⟧){1,60},"
)
# "X, based in Y, which signed a contract with Z": the antecedent of "which" signs, even when
# it is the object of an earlier verb ("has since turned to X").
_WHICH_SIGNED = re.compile(
    r"⟦(\d+):(?:Country|Organization):[^⟧]*⟧(?!'s)(?:[^⟦;]|\(⟦[^⟧]*⟧\)|⟦[^⟧]*⟧'s){0,80}?"
    r"(?:,\s*|\s+)(?:which|who)\s+"
    r"(?:has\s+|had\s+|have\s+|also\s+|then\s+)?"
    r"(?:signed|concluded|agreed|won|secured|struck|inked|awarded)\s+(?:a|an|the|two|several)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_TITLE_NOUN = {
    "MoU": "MoU",
    "intergovernmental agreement": "intergovernmental agreement",
    "export contract": "export contract",
    "joint venture": "joint venture agreement",
    "lease": "lease",
    "contract": "contract",
    "other": "agreement",
}


@dataclass(frozen=True)
class _Lex:
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    unsigned: dict[re.Pattern[str], str]
    received_kinds: dict[re.Pattern[str], str]
    status: tuple[tuple[str, re.Pattern[str]], ...]
    review: re.Pattern[str]
    implied: frozenset[str]
    borrower: re.Pattern[str]
    receive: re.Pattern[str]
    date_blockers: re.Pattern[str]
    capability_cues: dict[str, tuple[re.Pattern[str], ...]]
    subtype_capabilities: dict[str, tuple[str, ...]]
    followup: re.Pattern[str]
    later_states: tuple[str, ...]
    holding: re.Pattern[str]
    parent_before: re.Pattern[str]
    parent_after: re.Pattern[str]
    government: re.Pattern[str]
    state_nouns: re.Pattern[str]
    state_body_nouns: re.Pattern[str]
    multilateral: re.Pattern[str]
    named_types: tuple[tuple[re.Pattern[str], str], ...]


@functools.cache
def lex() -> _Lex:
    data = lexicon("agreements")
    return _Lex(
        kinds=tuple((k["kind"], re.compile(k["pattern"])) for k in data["kinds"]),
        unsigned={
            re.compile(k["pattern"]): k["unsigned_kind"]
            for k in data["kinds"]
            if "unsigned_kind" in k
        },
        received_kinds={
            re.compile(k["pattern"]): k["received_kind"]
            for k in data["kinds"]
            if "received_kind" in k
        },
        status=tuple((s["status"], re.compile(s["pattern"], re.I)) for s in data["status"]),
        review=re.compile(data["review_followup"], re.I),
        implied=frozenset(data["implied_party_kinds"]),
        borrower=re.compile(data["borrower_nouns"]),
        receive=re.compile(data["receive_verbs"], re.I),
        date_blockers=re.compile(data["date_blockers"], re.I),
        capability_cues={
            cap: tuple(re.compile(p, re.I) for p in pats)
            for cap, pats in data["capability_cues"].items()
        },
        subtype_capabilities={k: tuple(v) for k, v in data["subtype_capabilities"].items()},
        followup=re.compile(data["followup_reference"], re.I),
        later_states=tuple(data["later_states"]),
        holding=re.compile(data["holding_verbs"]),
        parent_before=re.compile(data["parent_before"], re.I),
        parent_after=re.compile(data["parent_after"], re.I),
        government=re.compile(data["government_phrase"]),
        state_nouns=re.compile(data["state_instrument_nouns"], re.I),
        multilateral=re.compile(data["multilateral_state_nouns"]),
        state_body_nouns=re.compile(data["state_body_nouns"]),
        named_types=tuple(
            (re.compile(t["pattern"]), t["name"]) for t in data["named_instrument_types"]
        ),
    )


def is_media_entity(entity: Entity) -> bool:
    """An entity only ever named as a news outlet cited as a source."""
    return bool(entity.mentions) and all(is_media(m) for m in entity.mentions)


def _inside_placeholder(masked: str, pos: int) -> bool:
    return masked.rfind("⟦", 0, pos) > masked.rfind("⟧", 0, pos)


def _party(ctx: Context, view: SentenceView, index: int) -> Entity | None:
    m = view.mention(index)
    if m.label not in ("Country", "Organization") or m.form == "demonym" or is_media(m):
        return None
    return ctx.entity(m)


# "to" before a verb phrase, not a recipient: "to assemble and test satellites in X".
_INFINITIVE = re.compile(
    r"(?!(?:the|a|an|its|their|this|that)\b)(?:[a-z][\w-]*\s+){2,}?(?:and|in|at|for|on|of)\s"
)


def _list_after(ctx: Context, view: SentenceView, pos: int) -> tuple[str, list[Entity], int]:
    """The preposition and the parties listed right after an agreement noun."""
    lead = _LEAD.match(view.masked, pos)
    if not lead:
        return "", [], pos
    if _TWO.match(view.masked, lead.start("prep")):
        return "between", top_countries(ctx, 2), lead.end()
    parties: list[Entity] = []
    resolved = 0  # parties that stand for a plural description ("the two agencies")
    cursor = lead.end()
    if lead.group("prep") == "to" and _INFINITIVE.match(view.masked, cursor):
        return "", [], pos  # "a joint venture to assemble satellites in X": a purpose
    while True:
        item = _ITEM.match(view.masked, cursor)
        if not item:
            break
        ent = _party(ctx, view, int(item.group("i")))
        resolved += view.mention(int(item.group("i"))).rule == "coref-pair"
        ph_end = view.masked.index("⟧", item.start("i")) + 1
        parent = lex().parent_before.search(view.masked[item.start() : item.start("i") - 1])
        parent = parent or lex().parent_after.match(view.masked, ph_end)
        if ent is not None and ent not in parties and not parent:
            parties.append(ent)
        cursor = item.end()
        sep = _SEP.match(view.masked, cursor)
        if not sep or _CLAUSE_START.match(view.masked, sep.end()):
            break  # "with X, which will launch it from a Y rocket": Y is no party
        if "and" not in sep.group() and _PLACING_APPOSITION.match(view.masked, sep.end()):
            break
        cursor = sep.end()
    if lead.group("prep") == "between" and len(parties) == 2 and resolved == 2:
        parties = _named_pair(ctx, view, lead.start(), parties)
    prep = "to" if lead.group("prep") in _GIVING else lead.group("prep")
    return prep, parties, cursor


def _named_pair(ctx: Context, view: SentenceView, pos: int, pair: list[Entity]) -> list[Entity]:
    """ "ending the cooperation with Y ..., an agreement between the two agencies": the two
    parties of that kind the sentence names before the noun, when it names just two; else the
    document-wide pair resolved for the description."""
    named: list[Entity] = []
    for ph in PLACEHOLDER.finditer(view.masked, 0, pos):
        m = view.mention(int(ph.group(1)))
        ent = _party(ctx, view, int(ph.group(1)))
        if ent is None or m.rule == "coref-pair" or ent in named:
            continue
        if ent.label == pair[0].label and ent.subtype == pair[0].subtype:
            named.append(ent)
    return named if len(named) == 2 else pair


def top_countries(ctx: Context, n: int) -> list[Entity]:
    """The n countries the document names most (for "between the two countries")."""
    counted = sorted(
        (e for e in ctx.recognition.entities.values() if e.label == "Country" and e.mentions),
        key=lambda e: (-len(e.mentions), min(m.start for m in e.mentions)),
    )
    return counted[:n] if len(counted) >= n else []


_PARTY_PHRASE = (
    rf"(?<![\w-])(?:the\s+)?(?:[Gg]overnments?\s+of\s+(?:the\s+)?)?(?:[A-Z][\w-]*-based\s+)?"
    rf"(?:{_PH}'s\s+)?(?:{_COMBINED_DEMONYM}\s+)?"
    rf"(?:(?!and\b|or\b|which\b|who\b|that\b|whose\b)[a-z][\w-]*\s+){{0,3}}"
    # an acronym in brackets, recognised or not: "Oman's National Aerospace Services (Nascom)"
    rf"⟦(\d+):[^⟧]*⟧(?:\s*\((?:{_PH}|[A-Z][A-Za-z]{{1,9}})\))?"
)
_CONJOINED = re.compile(rf"{_PARTY_PHRASE}(?:,\s*and\s+|,\s*|\s+and\s+)(?={_PARTY_PHRASE}$)")


def _conjoined(ctx: Context, view: SentenceView, left: str, subject_end: int) -> list[Entity]:
    """Parties joined with the subject before it: "A and B signed ..." gives [A]."""
    parties: list[Entity] = []
    text = left[:subject_end]
    while True:
        tail = re.search(rf"{_PARTY_PHRASE}$", text)
        if not tail:
            break
        before = text[: tail.start()]
        m = re.search(rf"{_PARTY_PHRASE}(?:,\s*and\s+|,\s*|\s+and\s+)$", before)
        if not m:
            break
        ent = _party(ctx, view, int(m.group(1)))
        if ent is None:
            break
        parties.insert(0, ent)
        text = before[: m.end()].rstrip(" ,")
        text = re.sub(r"(?:,\s*and|,|\s+and)$", "", text)
    return parties


def list_head(view: SentenceView) -> tuple[list[Mention], int]:
    """Mentions heading a list item ("- Belarus, Israel, Ukraine: ...") and where the body
    starts (acronyms in parentheses are not heads)."""
    if not view.is_list_item:
        return [], 0
    m = _HEAD.match(view.masked)
    if not m:
        return [], 0
    heads = []
    for ph in PLACEHOLDER.finditer(m.group("head")):
        before = m.group("head")[: ph.start()].rstrip()
        if before.endswith("("):
            continue
        heads.append(view.mention(int(ph.group(1))))
    return heads, m.end()


# A state named by its government: "Djibouti's government", "Kenya's national government".
_GOVERNMENT_OF = re.compile(r"'s\s+(?:[a-z][\w-]*\s+)?(?:government|cabinet|administration)\b")
# A country's own agency described, not named: "Bolivia's state space agency".
_OWN_AGENCY = re.compile(r"'s\s+(?:state\s+|national\s+|state-run\s+|own\s+)?space\s+agency\b")
# Their agencies, after a pair of countries: "the two countries' space agencies signed ...".
_OWN_AGENCIES = re.compile(r"'s?\s+(?:national\s+)?space\s+(?:agencies|authorities)\b")


def _agency_of(ctx: Context, country: Entity) -> Entity | None:
    """The one space agency of the country that the document names, if just one."""
    if country.label != "Country":
        return None
    found = [
        e
        for e in ctx.recognition.entities.values()
        if e.label == "Organization" and e.subtype == "agency" and e.mentions
        if home_of(e, country)
    ]
    return found[0] if len(found) == 1 else None


# A new clause whose subject is a pronoun: ", but it has had ...", "; they signed ...".
_PRONOUN_CLAUSE = re.compile(r"[,;]\s*(?:(?:but|and|yet|while|although|though)\s+)?(?:it|they)\s+")
# The party a sentence opens with (after a short time phrase).
_OPENING_PARTY = re.compile(
    r"\s*(?:(?:In|On|Since|By|Last|Early|Late|This)\b[^,⟦]{0,25},?\s+)?(?:The\s+)?"
    r"⟦(\d+):(?:Country|Organization):[^⟧]*:noun⟧"
)
_QUALIFYING_HOME = re.compile(
    r"(⟦\d+:Organization:[^⟧]*⟧(?:\s*\(⟦\d+:[^⟧]*⟧\))?)(\s+of\s+(?:the\s+)?⟦\d+:Country:[^⟧]*:noun⟧)"
)


def _subject(
    ctx: Context, view: SentenceView, start: int, end: int, cued: bool = False
) -> list[Entity]:
    """The parties that act on the agreement noun: the last party named before it in its
    clause (not a possessive) with any party joined to it by "and", provided a verb of
    signing, proposing or the like stands between them and the noun."""
    left = view.masked[start:end]
    cut = max(left.rfind(";"), left.rfind(" - "))
    if cut >= 0:
        left = left[cut + 1 :]
    # A relative clause or apposition is not where the subject is: "Luxembourg, which hosts
    # the X centre, has signed ..." (blanked out, keeping offsets).
    left = _RELATIVE.sub(lambda m: " " * len(m.group()), left)
    # "the Ministry (MPTC) of the Kingdom of Cambodia and X signed": the country qualifies
    # the body before it and is not a signer of its own.
    left = _QUALIFYING_HOME.sub(lambda m: m.group(1) + " " * len(m.group(2)), left)
    which = _WHICH_SIGNED.search(left)
    if which and (antecedent := _party(ctx, view, int(which.group(1)))) is not None:
        return [antecedent]
    for ph in reversed(list(PLACEHOLDER.finditer(left))):
        ent = _party(ctx, view, int(ph.group(1)))
        agency = _OWN_AGENCY.match(left, ph.end())
        if agency and ent is not None and (body := _agency_of(ctx, ent)) is not None:
            # "Bolivia's state space agency on Friday signed ...": the agency the page names
            ent, ph = body, agency
        elif _GOVERNMENT_OF.match(left, ph.end()) or _OWN_AGENCIES.match(left, ph.end()):
            pass  # "Djibouti's government has signed ...": the state signs
        elif left[ph.end() : ph.end() + 2] == "'s" or left[ph.start() - 1 : ph.start()] == "(":
            continue
        if ent is None:
            continue
        if _PREP_OBJECT.search(left[: ph.start()]):
            continue
        if lex().parent_after.match(left, ph.end()) or lex().parent_before.search(
            left[: ph.start()]
        ):
            continue  # "Glavkosmos, the Roscosmos subsidiary": the parent is no party
        between = left[ph.end() :]
        if _UNKNOWN_AGENT.search(between):
            return []
        if _PRONOUN_CLAUSE.search(between):
            # "X is not a member of Y, but it has had an agreement with Y since 2018": "it"
            # is the sentence's subject, not the name nearest the noun
            opening = _OPENING_PARTY.match(left)
            own = _party(ctx, view, int(opening.group(1))) if opening else None
            return [own] if own is not None else []
        verb = any(p.search(between) for _, p in lex().status) or lex().holding.search(between)
        # Distance in words, not placeholder lengths.
        if len(PLACEHOLDER.sub("⟦⟧", between)) > 150 or not (cued or verb):
            return []
        end = ph.end()
        acronym = re.match(rf"\s*\({_PH}\)", left[end:])
        found = [*_conjoined(ctx, view, left, end + (acronym.end() if acronym else 0)), ent]
        if _OWN_AGENCIES.match(left, end):
            # each country's agency where the document names just one; else the country
            found = [_agency_of(ctx, e) or e for e in found]
        return found
    return []


_RELATIVE_SIGNER = re.compile(
    # what the agreement is on may stand before the clause ("a letter of intent on launch
    # cooperation that A signed with B")
    r"(?:\s+(?:on|concerning|regarding|covering)(?:\s+[a-z][\w-]*){1,10}?)?"
    # the pronoun may be left out ("a deal the agency struck with Axiom")
    r"\s+(?:(?:that|which)\s+)?(?:the\s+)?⟦(\d+):(?:Country|Organization):[^⟧]*:noun⟧"
    r"(?:\s*\(⟦\d+:[^⟧]*⟧\))?\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:signed|concluded|agreed|awarded|struck|held|holds|maintains)"
    # when it was signed may come first ("a contract that A signed in June 2019 with B")
    r"(?:\s+(?:in|on|last|this|earlier)(?:\s+[\w-]+){1,3}?)?"
    r"(?=\s+with\b)"
)
# A reduced relative clause naming the signers after the noun: "an agreement NASA and ISRO
# signed in 2014", "the contract that A signed".
_REDUCED_SIGNERS = re.compile(
    r"(?:\s+(?:on|concerning|regarding|covering)(?:\s+[a-z][\w-]*){1,10}?(?=\s+(?:that|which)\s))?"
    r"\s+(?:(?:that|which)\s+)?(?:the\s+)?⟦(?P<a>\d+):(?:Country|Organization):[^⟧]*:noun⟧"
    r"(?:\s*\(⟦\d+:[^⟧]*⟧\))?(?:,?\s+and\s+(?:the\s+)?⟦(?P<b>\d+):(?:Country|Organization):"
    r"[^⟧]*:noun⟧(?:\s*\(⟦\d+:[^⟧]*⟧\))?)?\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:jointly\s+|formally\s+|first\s+)?(?:signed|concluded|struck|inked"
    # ... or are still negotiating ("an agreement that A and B have been negotiating")
    r"|(?:been\s+|are\s+|is\s+)?(?:negotiating|discussing|drafting))\b(?!\s+(?:by|with)\b)"
)
_NEGOTIATING = re.compile(r"\b(?:negotiating|discussing|drafting)\b")
# A proposal made by one party and reviewed by another: "A contract for X has been proposed by
# the Iranian side and is being reviewed by Roscosmos".
_PROPOSED_REVIEWED = re.compile(
    r"(?:proposed|put\s+forward|submitted|suggested|offered)\s+by\s+(?:the\s+)?"
    r"⟦(?P<a>\d+):(?:Country|Organization):[^⟧]*⟧(?:\s+side)?(?:\s*\(⟦\d+:[^⟧]*⟧\))?"
    r"[^.;⟦]{0,40}?(?:under\s+review|being\s+reviewed|under\s+consideration|being\s+considered)"
    r"\s+by\s+(?:the\s+)?⟦(?P<b>\d+):(?:Country|Organization):[^⟧]*⟧"
)
# A draft one party puts to another: "China has also proposed a framework agreement with X".
_OFFERED = re.compile(
    r"\b(?:proposed|proposes|offered|offers|suggested|put\s+forward)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_PREP_OBJECT = re.compile(
    # a place ("designed and assembled in Tunisia, ... under a contract with X") is no subject
    r"\b(?:with|to|from|for|between|under|in|at|near)\s+(?:the\s+)?(?:[\w-]+'s\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}$"
)


def _compact(masked: str, *positions: int) -> tuple[str, list[int]]:
    """The masked text with each placeholder shortened to "⟦⟧", and the positions moved
    along, so that distances count words rather than placeholder lengths."""
    out: list[str] = []
    moved = list(positions)
    last = 0
    for m in PLACEHOLDER.finditer(masked):
        out.append(masked[last : m.start()])
        out.append("⟦⟧")
        shrink = len(m.group()) - 2
        moved = [p - shrink if p >= m.end() else p for p in moved]
        last = m.end()
    out.append(masked[last:])
    return "".join(out), moved


def _status(masked: str, t0: int, t1: int) -> str:
    masked, (t0, t1) = _compact(masked, t0, t1)
    best: tuple[int, int, str] | None = None
    window_start = max(0, t0 - 90)
    for order, (status, pattern) in enumerate(lex().status):
        for m in pattern.finditer(masked, window_start, min(len(masked), t1 + 70)):
            distance = t0 - m.end() if m.end() <= t0 else m.start() - t1
            cand = (max(distance, 0), order, status)
            if best is None or cand < best:
                best = cand
    status = best[2] if best else "unknown"
    # A later state in the agreement's own clause wins: up to the next agreement noun.
    stop = len(masked)
    for _, pattern in lex().kinds:
        nxt = pattern.search(masked, t1)
        if nxt:
            stop = min(stop, nxt.start())
    clause = masked[t1:stop]
    end = re.search(r";|,\s+and\s+(?!⟦)", clause)
    clause = clause[: end.start()] if end else clause
    patterns = dict(lex().status)
    for later in lex().later_states:
        if later == status:
            break
        if status in ("signed", "proposed", "unknown", "planned") and patterns[later].search(
            clause
        ):
            if later == "planned" and status != "proposed":
                continue
            return later
    return status


def _date(ctx: Context, view: SentenceView, t0: int) -> str | None:
    text = view.sentence.text
    best: tuple[int, str] | None = None
    # t0 is an offset in the masked sentence; compare in proportion to the sentence text.
    anchor = int(t0 * len(text) / max(len(view.masked), 1))
    dateline = _DATELINE.match(text)
    for d in find_dates(text, ctx.document.published):
        if d.value is None or lex().date_blockers.search(text[max(0, d.start - 25) : d.start]):
            continue
        if dateline and d.start < dateline.end():
            continue  # the dateline dates the report, not the agreement
        distance = abs(d.start - anchor)
        if best is None or distance < best[0]:
            best = (distance, d.value)
    return best[1] if best else None


def home_of(org: Entity, country: Entity) -> bool:
    """The organisation belongs to the country: by the catalogue, or its name holds the
    country's name or demonym ("Israel Space Agency", "Brazilian Space Agency")."""
    if (
        org.entry is not None
        and org.entry.country
        and fold(org.entry.country) == fold(country.name)
    ):
        return True
    words = f" {fold(org.name)} "
    names = [country.name, *(country.entry.aliases if country.entry else ())]
    names += list(country.entry.demonyms) if country.entry else []
    return any(f" {fold(n)} " in words for n in names if n[:1].isupper())


_STATE_BODIES = ("agency", "ministry")


def own_country(a: Entity, b: Entity) -> bool:
    """A state body (agency, ministry) and its own country are never the two parties of one
    agreement: the body acts for the country. (A company may contract with its government.)"""
    if a.label == "Country":
        a, b = b, a
    if a.label != "Organization" or b.label != "Country" or a.subtype not in _STATE_BODIES:
        return False
    return home_of(a, b)


def _about(ctx: Context, view: SentenceView, parties: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for m in view.mentions:
        ent = ctx.entity(m)
        if ent is None or m.label not in ("Facility", "Program") or ent in out:
            continue
        if ent not in parties:
            out.append(ent)
    return out


def capabilities_for(
    ctx: Context, kind: str, about: list[Entity], views: list[SentenceView]
) -> list[str]:
    """Capability tags from what the agreement concerns and the words used about it."""
    tags: list[str] = []
    for ent in about:
        tags.extend(lex().subtype_capabilities.get(ent.subtype or "", ()))
    if kind == "lease":
        tags.append("launch_infrastructure")
    text = " ".join(v.sentence.text for v in views)
    idx = views[0].sentence.index if views else -1
    if 0 <= idx + 1 < len(ctx.views):
        nxt = ctx.views[idx + 1].sentence.text
        if lex().followup.search(nxt):
            text += " " + nxt
    for cap, cues in lex().capability_cues.items():
        if any(c.search(text) for c in cues):
            tags.append(cap)
    return sorted(set(tags))


# "DLR picked Isar and Rocket Factory Augsburg, each winning a contract worth up to €11 million":
# one contract per contractor.
_EACH = re.compile(
    r",\s+each\s+(?:winning|won|receiving|received|signing|signed|getting|awarded|with|"
    r"under|for)\b|\beach\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:won|received|signed|got|"
    r"was\s+awarded|were\s+awarded)\s+(?:a|an|its\s+own|their\s+own)\b"
)


def split_distributed(facts: list[AgreementFact]) -> list[AgreementFact]:
    """A contract of one customer with several contractors, in a sentence that gives "each" its
    own ("..., each winning a contract"), is one contract per contractor."""
    out: list[AgreementFact] = []
    for fact in facts:
        customers = [p for p in fact.parties if p.role == "customer"]
        others = [p for p in fact.parties if p.role != "customer"]
        if (
            fact.kind not in ("contract", "export contract")
            or len(customers) != 1
            or len(others) < 2
            or not any(_EACH.search(v.sentence.text) for v in fact.views)
        ):
            out.append(fact)
            continue
        for other in others:
            parties = [customers[0], other]
            one = replace(fact, parties=parties, aliases=list(fact.aliases))
            # titled by its parties: the contracts may concern the same programme
            one.title = title_for(one.kind, [p.entity for p in parties], [])
            out.append(one)
    return out


def title_for(kind: str, parties: list[Entity], about: list[Entity], noun: str = "") -> str:
    """A descriptive title: "<Facility> lease", "<Programme> contract", "A-B MoU", or "A-B
    <noun>" for an instrument of a named type."""
    if noun:
        return f"{'-'.join(p.name for p in parties[:3])} {noun}"
    noun = _TITLE_NOUN.get(kind, "agreement")
    if kind == "lease" and about:
        return f"{about[0].name} lease"
    programmes = [a for a in about if a.label == "Program"]
    if kind == "contract" and len(programmes) == 1:
        return f"{programmes[0].name} contract"
    names = "-".join(p.name for p in parties[:3])
    return f"{names} {noun}"


def _roles(
    kind: str, status: str, prep: str, received: bool, n: int, bought: bool = False
) -> tuple[str, str]:
    """Roles of the subject and of the counterparts (`bought`: the subject bought from them)."""
    if kind == "lease":
        return ("lessor", "lessee") if prep == "to" else ("lessee", "lessor")
    if kind == "export contract":
        return ("customer", "supplier") if bought else ("supplier", "customer")
    if bought:
        return "customer", "contractor"
    if kind == "contract":
        return (
            ("contractor", "customer") if received or prep == "from" else ("customer", "contractor")
        )
    if status in ("proposed", "under review"):
        return "proposer", "counterpart"
    return "signatory", "signatory"


def agreement_details(
    ctx: Context, view: SentenceView, kind: str, parties: list[Party], rule: str
) -> AgreementFact:
    """An agreement of `kind` between `parties` that `view` states, with its status, date,
    what it concerns and the parties' roles read as for ruled agreements: around the first
    deal word of the sentence (its start when there is none)."""
    masked = view.masked
    trigger = next(
        (
            m
            for m in learned_triggers().finditer(masked)
            if not _inside_placeholder(masked, m.start())
        ),
        None,
    )
    t0, t1 = trigger.span() if trigger else (0, 0)
    status = _status(masked, t0, t1)
    entities = [p.entity for p in parties]
    first, others = _roles(kind, status, "", False, len(parties))
    roled = [Party(p.entity, first if i == 0 else others) for i, p in enumerate(parties)]
    about = _about(ctx, view, entities)
    fact = AgreementFact(
        kind,
        status,
        roled,
        about,
        [view],
        rule,
        title=title_for(kind, entities, about),
        date=_date(ctx, view, t0),
        capabilities=capabilities_for(ctx, kind, about, [view]),
    )
    amounts = find_amounts(view.sentence.text)
    if len(amounts) == 1:
        fact.value, fact.currency = amounts[0].value, amounts[0].currency
    return fact


@functools.cache
def learned_triggers() -> re.Pattern[str]:
    """Deal nouns and verbs (lexicon/agreements.yaml) the learned reader looks for."""
    return re.compile(lexicon("agreements")["learned_triggers"], re.I)


def extract_agreements(
    ctx: Context, instrument_nouns: set[str] | frozenset[str] = frozenset()
) -> list[AgreementFact]:
    """Agreements stated in the document, merged when the same parties sign the same kind.
    A noun that refers back to a named instrument ("the accords") is not a new agreement."""
    facts: list[AgreementFact] = []
    under_review = any(lex().review.search(v.sentence.text) for v in ctx.views)
    recent: list[tuple[int, Entity]] = []
    for view in ctx.views:
        # The subject of an agreement in this or the two sentences before carries over to an
        # agreement noun with a counterpart but no subject of its own ("KASA signed an MoU
        # with NASA, and said a proposed agreement with ESA was under review").
        carried = next((e for i, e in reversed(recent) if view.sentence.index - i <= 2), None)
        if view.is_list_item and list_head(view)[0]:
            carried = None  # "- Argentina: a letter of intent with X": a new item, a new subject
        found = _in_sentence(ctx, view, under_review, instrument_nouns, carried, facts)
        found = [f for f in found if not _refers_back(ctx, f, facts)] + _proposal(ctx, view)
        if signers := _signed_for_states(ctx, view, facts):
            found = [f for f in found if not f.party_keys <= signers]
        elif shared := _shared_parties(ctx, view, facts):
            # the subject names whose further agreement it is: no second guess from recency
            found = [f for f in found if f.rule != _FURTHER] + shared
        if not found and facts:
            _ended_later(view, facts[-1])
            _called_export(ctx, view, facts[-1])
            _dated_later(ctx, view, facts[-1])
        recent += [(view.sentence.index, f.parties[0].entity) for f in found]
        facts.extend(found)
    return merge_agreements(without_headline_twins(ctx, facts))


# A deal still to be made: "X plans to hire Y", "X will buy Z from Y".
_INTENDED = re.compile(r"\b(?:will|would|plans?\s+to|intends?\s+to|is\s+to|are\s+to|wants?\s+to)\b")


# A clause asked, not told: "whether X orders ...", "if X hires ...".
_OPEN_QUESTION = re.compile(r"\b(?:[Ww]hether|[Ii]f)\b")


def told_deals(ctx: Context, agreements: Sequence[AgreementFact]) -> list[AgreementFact]:
    """Deals told by a verb alone, in sentences no rule or model drew an agreement from
    ("Khartoum hired the Shenzhen company in 2016 to build the spacecraft"): a contract between
    the customer and the contractor."""
    used = {v.sentence.index for a in agreements for v in a.views}
    bound = {a.party_keys for a in agreements}
    out: list[AgreementFact] = []
    for view in ctx.views:
        if view.sentence.index in used:
            continue
        if _is_headline(ctx, view):
            continue  # a headline restates the lead, often naming a country for its agency
        if _OPEN_QUESTION.search(view.sentence.text):
            continue  # "Whether Space42 orders a successor from Airbus": no deal yet
        deal = deal_clause(ctx, view, purchase_only=True)
        if deal is None or own_country(deal.customer, deal.contractor):
            continue
        keys = frozenset({deal.customer.key, deal.contractor.key})
        if keys in bound:
            continue
        bound.add(keys)
        kind = _deal_kind("other", keys, [*agreements, *out])
        parties = [Party(deal.customer, "customer"), Party(deal.contractor, "contractor")]
        fact = agreement_details(ctx, view, kind, parties, _DEAL_CLAUSE)
        fact.parties = parties
        if fact.status == "unknown":
            fact.status = "planned" if _INTENDED.search(view.masked[: deal.end]) else "signed"
        if any(restates(fact, other) for other in agreements):
            continue  # "Kazakhstan has hired Airbus", then "KGS signed the contract with Airbus"
        out.append(fact)
    return out


def _is_headline(ctx: Context, view: SentenceView) -> bool:
    """The document's title line: its first sentence, the title or a line with no full stop."""
    text = view.sentence.text.strip()
    if fold(text) == fold((ctx.document.title or "").strip()):
        return True
    # the first lines before any full sentence (a date line, then the headline)
    index = view.sentence.index
    lines = [v.sentence.text.strip() for v in ctx.views if v.sentence.index <= index]
    return index <= 2 and not any(line.endswith(".") for line in lines)


def without_headline_twins(ctx: Context, facts: list[AgreementFact]) -> list[AgreementFact]:
    """A headline restates the lead in fewer words ("A, B sign space pact"): an agreement found
    only in the headline is the same as a later one between the same parties, whatever noun
    each uses."""
    body = [f for f in facts if not all(_is_headline(ctx, v) for v in f.views)]
    return [f for f in facts if f in body or not any(restates(f, b) for b in body)]


def _stands_for(country: Entity, body: Entity) -> bool:
    return country.label == "Country" and body.label != "Country" and home_of(body, country)


def restates(headline: AgreementFact, fact: AgreementFact, strict: bool = False) -> bool:
    """The headline's (or a lead's) parties are the fact's, a country standing for its own body
    ("Bangladesh signs letter of intent with Airbus" for the operator BSCL). `strict` asks for
    a body the catalogue or its name places in the country."""
    if len(headline.parties) != len(fact.parties):
        return False
    left = [p.entity for p in fact.parties]
    # "Brazil leases ... to Innospace" over "Brazil's Air Force signed a lease giving Innospace
    # ...": a country the restated sentence names stands for a body of it there.
    named = {m.name for v in fact.views for m in v.mentions if m.label == "Country"}
    for party in headline.parties:
        same = next(
            (
                e
                for e in left
                if e.key == party.entity.key
                or _stands_for(party.entity, e)
                or (
                    not strict
                    and party.entity.label == "Country"
                    and party.entity.name in named
                    and e.label == "Organization"
                )
            ),
            None,
        )
        if same is None:
            return False
        left.remove(same)
    return True


_DEFINITE_AGREEMENT = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+)?(?:treaty|agreement|accord|deal|contract|memorandum"
    r"|MoU|pact|protocol|arrangement)\b(?!\s+(?:with|between)\b)"
)


# "The memorandum was signed in Warsaw by X, head of the A agency, and Y, ..." right after a
# signing between states: the signing bodies, not their states, are the parties.
_SIGNED_BY = re.compile(
    r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:memorand(?:um|a)|MoUs?|agreements?|accords?"
    r"|deals?|contracts?|arrangements?|protocols?|letters? of intent)\s+"
    r"(?:was|were|has been|had been)\s+(?:jointly\s+|formally\s+)?signed\b[^.;]*?\bby\b"
)


def _signed_for_states(
    ctx: Context, view: SentenceView, facts: list[AgreementFact]
) -> frozenset[str]:
    """Give the latest agreement between states (of the kind named) the bodies that signed it
    for them, when each state has one body of its own among the organisations after "by"
    (not an intergovernmental agreement: its governments stay). Returns the keys of the
    signing bodies (empty when the sentence is no such signing)."""
    signed = _SIGNED_BY.search(view.masked)
    if not signed:
        return frozenset()
    noun_kind = next((k for k, p in lex().kinds if p.search(signed.group(0))), "other")
    recent = [
        f
        for f in facts
        if view.sentence.index - f.views[-1].sentence.index <= 2
        and all(p.entity.label == "Country" for p in f.parties)
        and not all(_is_headline(ctx, v) for v in f.views)
    ]
    last = next((f for f in reversed(recent) if f.kind == noun_kind), None)
    retold = last is None  # "The accord was signed by ..." after a memorandum: the same one
    last = last or (recent[-1] if recent else None)
    if last is None:
        return frozenset()
    after = [
        view.mention(int(ph.group(1))) for ph in PLACEHOLDER.finditer(view.masked, signed.end())
    ]
    bodies = [
        e
        for m in after
        if m.label == "Organization" and not is_media(m) and (e := ctx.entity(m)) is not None
    ]
    replaced: list[Party] = []
    for party in last.parties:
        own = list(dict.fromkeys(b for b in bodies if home_of(b, party.entity)))
        if len(own) != 1 or any(p.entity.key == own[0].key for p in replaced):
            return frozenset()
        replaced.append(Party(own[0], party.role))
    if last.kind == "intergovernmental agreement" or retold:
        # Governments stay the parties of an intergovernmental agreement (or of one named
        # with another noun), whoever signs for them; the signing sentence is no second
        # agreement but more evidence of this one.
        if view not in last.views:
            last.views.append(view)
        return frozenset(p.entity.key for p in replaced)
    # The same signing told twice (a headline and the lead) changes in both places.
    for fact in facts:
        if fact.kind == last.kind and fact.party_keys == last.party_keys and fact is not last:
            fact.parties = list(replaced)
            fact.title = title_for(fact.kind, [p.entity for p in replaced], fact.about)
    last.parties = replaced
    last.views.append(view)
    last.title = title_for(last.kind, [p.entity for p in replaced], last.about)
    return frozenset(p.entity.key for p in replaced)


_SHARED_SUBJECT = re.compile(
    r"(?:^|;\s+)(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?"
    r"(?:agencies|parties|sides|partners|companies|ministries|governments|countries)\s+"
    r"(?:also\s+)?(?:said\s+(?:they\s+)?)?(?:planned|plan|intend|intended|agreed|aim|aimed|"
    r"expect|expected|will|would|are\s+to|were\s+to|(?P<signed>(?:have\s+|had\s+)?(?:signed|"
    r"concluded|initialled|inked))|(?P<talks>(?:are\s+|have\s+been\s+)?negotiating|"
    r"(?:have\s+|had\s+)?(?:instructed|asked|tasked)\b[^.;]{0,40}?\bto\s+negotiate))\b"
    r"[^.;]{0,80}?\b(?P<noun>"
    r"(?:[\w-]+\s+){0,2}(?i:agreement|arrangement|memorandum|protocol|contract|letter of intent))\b"
)


# The rule of a further agreement of the same parties ("the agencies intend to agree a formal
# implementing arrangement"): never the same instrument as the one before.
_FURTHER = "agreement:further"
_ANOTHER_DEAL = "agreement:another"
_SHARED_LABELS = {"agencies": ("agency",), "companies": ("company",), "ministries": ("ministry",)}
_SHARED_STATES = ("governments", "countries")


def _shared_parties(
    ctx: Context, view: SentenceView, facts: list[AgreementFact]
) -> list[AgreementFact]:
    """ "The agencies said they planned to draw up an implementing arrangement ...": a further
    agreement of the parties of a recent agreement (bodies of the kind named), planned unless
    agreed."""
    m = _SHARED_SUBJECT.search(PLACEHOLDER.sub("⟦⟧", view.masked))
    if not m:
        return []
    words = m.group(0).lstrip("; ").split()
    word = words[2 if words[1] == "two" else 1]
    subtypes = _SHARED_LABELS.get(word)
    states = word in _SHARED_STATES
    last = next(
        (
            f
            for f in reversed(facts)
            if view.sentence.index - f.views[-1].sentence.index <= 10
            and len(f.parties) >= 2
            and (subtypes is None or all(p.entity.subtype in subtypes for p in f.parties))
            and (not states or all(p.entity.label == "Country" for p in f.parties))
        ),
        None,
    )
    if last is None:
        return []
    kind = next((k for k, p in lex().kinds if p.search(m.group("noun"))), "other")
    parties = list(last.parties)
    signers, head = [p.entity for p in parties], m.group("noun").split()[-1]
    if kind == "other" and (
        (_state_and_body(signers) and lex().state_body_nouns.search(head))
        or (all(e.label == "Country" for e in signers) and lex().state_nouns.search(head))
    ):
        kind = "intergovernmental agreement"  # "The two sides signed an Association Agreement"
    status = "signed" if re.search(r"\bagreed\b(?!\s+that\b)", m.group(0)) else "planned"
    if m.group("signed"):
        status = "signed"  # "The two sides signed an association agreement in October"
    elif m.group("talks"):
        status = "proposed"  # "The two sides have instructed their experts to negotiate ..."
    if named := _that_clause_parties(ctx, view, m.group("noun")):
        # "The two sides agreed that A and B will negotiate a contract": A and B, to be
        parties, status = [Party(e, "signatory") for e in named], "planned"
    fact = AgreementFact(
        kind=kind,
        status=status,
        parties=parties,
        about=[],
        views=[view],
        rule=_FURTHER,
        title=title_for(kind, [p.entity for p in parties], []),
        date=_date(ctx, view, max(view.masked.find(m.group("noun")), 0)),
    )
    fact.capabilities = capabilities_for(ctx, kind, [], [view])
    return [fact]


# "agreed that A (...) and the B of C will negotiate a contract": the bodies named in the clause.
_THAT_CLAUSE = re.compile(r"\b(?:agreed|decided|noted)\s+that\s+")


def _that_clause_parties(ctx: Context, view: SentenceView, noun: str) -> list[Entity]:
    """The organisations a "that" clause names as the subject of a further agreement (not
    acronyms in brackets, parents in apposition or the country after "of")."""
    opening = _THAT_CLAUSE.search(view.masked)
    end = view.masked.find(noun, opening.end()) if opening else -1
    if opening is None or end < 0:
        return []
    clause = _RELATIVE.sub(lambda r: " " * len(r.group()), view.masked[:end])
    named: list[Entity] = []
    for ph in PLACEHOLDER.finditer(clause, opening.end()):
        before = clause[: ph.start()]
        if before.endswith("(") or re.search(r"\bof\s+(?:the\s+)?$", before):
            continue
        ent = _party(ctx, view, int(ph.group(1)))
        if ent is not None and ent.label == "Organization" and ent not in named:
            named.append(ent)
    return named if len(named) == 2 else []


_PROPOSAL = "agreement:proposal"
_REVIEWER = r"⟦(?P<x>\d+):(?:Country|Organization):[^⟧]*:noun⟧(?!')"
_PROPOSER = (
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:⟦(?P<y>\d+):(?:Country|Organization):[^⟧]*:noun⟧(?!')"
    r"|⟦(?P<d>\d+):Country:[^⟧]*:demonym⟧\s+side)"
)
# A proposal one party has put to another that reviews it: "X is reviewing a proposal from Y
# for an Earth observation satellite", "a proposal ..., put forward by the Kazakh side, is
# under review by X".
_PROPOSALS = (
    re.compile(
        rf"{_REVIEWER}[^⟦.;]{{0,40}}?\b(?:is|was|are|were)\s+(?:currently\s+|now\s+|still\s+)?"
        r"(?:reviewing|studying|considering|assessing|evaluating|examining)\s+(?:an?|the)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:proposal|offer|bid)\s+(?:from|by)\s+{_PROPOSER}"
    ),
    re.compile(
        r"\b(?:proposal|offer|bid)\b[^.;]{0,80}?\b(?:put\s+forward|submitted|made|tabled)\s+by\s+"
        rf"{_PROPOSER}[^.;⟦]{{0,20}}?\b(?:is|was|are|were)\s+(?:now\s+|currently\s+|still\s+)?"
        r"(?:under\s+review|being\s+reviewed|under\s+consideration|being\s+considered)\s+by\s+"
        rf"(?:the\s+)?{_REVIEWER}"
    ),
)
# A proposal to sell a satellite or a launch is a contract offered.
_SALE_PROPOSAL = re.compile(
    r"[^.;]{0,20}?\bfor\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:satellites?|spacecraft|launch(?:es)?)\b"
)


def _proposal(ctx: Context, view: SentenceView) -> list[AgreementFact]:
    """A proposal under review, as an agreement of its proposer and its reviewer."""
    for pattern in _PROPOSALS:
        m = pattern.search(view.masked)
        if m is None:
            continue
        proposer = (
            _party(ctx, view, int(m.group("y")))
            if m.group("y")
            else ctx.entity(view.mention(int(m.group("d"))))  # "the Kazakh side"
        )
        reviewer = _party(ctx, view, int(m.group("x")))
        if proposer is None or reviewer is None or proposer.key == reviewer.key:
            continue
        kind = "contract" if _SALE_PROPOSAL.match(view.masked, m.end()) else "other"
        parties = [Party(proposer, "proposer"), Party(reviewer, "counterpart")]
        about = _about(ctx, view, [proposer, reviewer])
        fact = AgreementFact(
            kind=kind,
            status="under review",
            parties=parties,
            about=about,
            views=[view],
            rule=_PROPOSAL,
            title=f"{proposer.name}-{reviewer.name} proposal",
        )
        fact.capabilities = capabilities_for(ctx, kind, about, [view])
        return [fact]
    return []


# "The agreement, signed on October 10 in Tunis, covers ...": the date of the one just told.
_SIGNED_ON = re.compile(
    r"^(?:Under\s+)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?(?P<noun>memorand(?:um|a)|MoU"
    r"|agreement|accord|deal|contract|arrangement|treaty|protocol|lease|order),\s+(?:which\s+was\s+)?"
    r"signed\s+(?:on|in)\b"
)


def _dated_later(ctx: Context, view: SentenceView, last: AgreementFact) -> None:
    """Give the agreement just told the signing date a sentence right after it states."""
    signed = _SIGNED_ON.match(view.masked)
    if signed is None or last.date or view.sentence.index - last.views[-1].sentence.index > 2:
        return
    kind = next((k for k, p in lex().kinds if p.search(signed.group("noun"))), "other")
    if kind not in ("other", last.kind):
        return
    last.date = _date(ctx, view, signed.end())


def _called_export(ctx: Context, view: SentenceView, last: AgreementFact) -> None:
    """A sentence right after a contract that calls it an export ("The order is the largest
    export deal for a Finnish company"): an export contract, when it crosses a border."""
    if view.sentence.index - last.views[-1].sentence.index > 4 or last.kind != "contract":
        return
    if not names_export(view) or not across_borders(ctx, [p.entity for p in last.parties]):
        return
    last.kind = "export contract"
    roles = {"contractor": "supplier", "customer": "customer"}
    last.parties = [Party(p.entity, roles.get(p.role, p.role)) for p in last.parties]
    last.title = title_for(last.kind, [p.entity for p in last.parties], last.about)


def _ended_later(view: SentenceView, last: AgreementFact) -> None:
    """A sentence right after an agreement that ends it ("Brazil denounced the treaty in
    2015, ending it"): the agreement has expired."""
    if view.sentence.index - last.views[-1].sentence.index > 2 or last.status == "expired":
        return
    plain = PLACEHOLDER.sub("⟦⟧", view.masked)
    noun = _DEFINITE_AGREEMENT.search(plain)
    if noun is None:
        return
    expired = dict(lex().status)["expired"]
    window = plain[max(0, noun.start() - 40) : noun.end() + 40]
    if expired.search(window):
        last.status = "expired"


def _in_sentence(
    ctx: Context,
    view: SentenceView,
    under_review: bool,
    instrument_nouns: Set[str],
    carried: Entity | None = None,
    earlier: Sequence[AgreementFact] = (),
) -> list[AgreementFact]:
    masked = view.masked
    heads, body = list_head(view)
    taken: list[tuple[int, int]] = []
    out: list[AgreementFact] = []
    for kind, pattern in lex().kinds:
        for trig in pattern.finditer(masked):
            t0, t1 = trig.span()
            if _inside_placeholder(masked, t0) or any(a < t1 and t0 < b for a, b in taken):
                continue
            taken.append((t0, t1))
            if _names_instrument(trig.group(0), instrument_nouns):
                continue
            fact = _agreement(
                ctx, view, kind, trig, heads, body, under_review, carried, [*earlier, *out]
            )
            if fact is not None:
                out.extend(fact)
                carried = fact[0].parties[0].entity if fact else carried
    return out


def _names_instrument(words: str, instrument_nouns: Set[str]) -> bool:
    """An agreement noun that refers back to a named instrument: "the treaty" (or "the
    treaties") for "the Outer Space Treaty", "the accords" for "the Artemis Accords"; a
    singular noun does not refer back to an instrument named in the plural ("the accord")."""
    noun = words.split()[-1].lower()
    singular = re.sub(r"ies$", "y", noun) if noun.endswith("ies") else noun.rstrip("s")
    return noun in instrument_nouns or (singular != noun and singular in instrument_nouns)


# A named company described in apposition as a joint venture ("Thales Alenia Space, a joint
# venture between Thales and Leonardo, built ..."): the venture exists, no agreement is told.
_DESCRIBED_VENTURE = re.compile(
    r"⟦\d+:Organization:[^⟧]*⟧(?:\s*\(⟦\d+:[^⟧]*⟧\))?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$"
)
# The same description anywhere in a sentence, or as its predicate ("X is a joint venture of
# A and B"), for the learned reader, which has no trigger position. A venture "set up in 2010
# by A and B" or "in which A holds 45%" tells of its founding deal, so it is not matched.
_VENTURE_DESCRIBED = re.compile(
    r"⟦\d+:Organization:[^⟧]*⟧(?:\s*\(⟦\d+:[^⟧]*⟧\))?(?:,|\s+(?:is|was|remains))\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}joint[- ]venture\s+(?:between|of)\b",
    re.I,
)


# The venture itself, named and described ("Ghalam, a joint venture that KGS and Astrium
# created in 2010"): its founders are the parties, not it.
_NAMED_VENTURE = re.compile(
    r"⟦(\d+):Organization:[^⟧]*⟧(?:\s*\(⟦\d+:[^⟧]*⟧\))?(?:,|\s+(?:is|was|remains))\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}joint[- ]venture\b",
    re.I,
)


def named_ventures(masked: str) -> set[int]:
    """The mention indexes of companies a sentence describes as a joint venture."""
    return {int(m.group(1)) for m in _NAMED_VENTURE.finditer(masked)}


def describes_a_venture(masked: str) -> bool:
    """A named company described as a joint venture "between"/"of" its owners: the venture
    exists, no agreement is told."""
    return bool(_VENTURE_DESCRIBED.search(masked))


# The party that opens a sentence (its subject), and an agreement noun after "under a" that
# names what the subject did under it ("X built the satellite under a contract Y signed").
_CLAUSE_ACTOR = re.compile(
    r"\s*(?:[A-Z][a-z]+,?\s+)?(?:the\s+)?⟦(\d+):(?:Country|Organization):[^⟧]*:noun⟧(?!')"
)
_UNDER_NOUN = re.compile(r"\b(?:under|through)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$")
# A passive agent right before "under a <noun>": "X is being built by Britain's Y (YY) under a
# contract Z signed" (Y the other party).
_AGENT_UNDER = re.compile(
    r"\b(?:built|developed|made|manufactured|supplied|provided|designed|assembled|integrated)"
    r"\s+by\s+(?:the\s+)?(?:(?:[a-z][\w-]*|⟦\d+:Country:[^⟧]*⟧(?:'s)?)\s+){0,3}?"
    r"⟦(?P<x>\d+):Organization:[^⟧]*:noun⟧" + COMPANY_SUFFIX + r"(?:\s*\([^()]{1,40}\))?,?"
    r"\s+(?:under|through)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$"
)


def _pair_named_before(ctx: Context, view: SentenceView, parties: list[Entity]) -> list[Entity]:
    """ "India has been Bhutan's main partner. In 2020 the two governments signed ...": when the
    parties stand for "the two governments" (resolved across the document), the two of that
    label the sentence before names, if it names just two."""
    pair = {e.key for m in view.mentions if m.rule == "coref-pair" if (e := ctx.entity(m))}
    if len(parties) != 2 or pair != {p.key for p in parties}:
        return []
    before = next((v for v in ctx.views if v.sentence.index == view.sentence.index - 1), None)
    if before is None:
        return []
    named: list[Entity] = []
    for ph in PLACEHOLDER.finditer(before.masked):
        m = before.mention(int(ph.group(1)))
        fits = m.form not in ("demonym", "coref") and m.label == parties[0].label
        ent = ctx.entity(m) if fits else None
        if ent is not None and ent not in named and m.rule != "coref-pair" and not is_media(m):
            named.append(ent)
    return named if len(named) == 2 and {e.key for e in named} != pair else []


# A pronoun that signs: "In 2023 it signed a memorandum with X".
# "X agreed with Y, the Sofia maker, to set up a joint venture": Y the other party.
_AGREED_WITH = re.compile(
    r"\bagreed\s+with\s+(?:the\s+)?(?:⟦\d+:Country:[^⟧]*:demonym⟧\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"⟦(?P<s>\d+):(?:Country|Organization):[^⟧]*:noun⟧"
    r"(?:\s*\(⟦\d+:[^⟧]*⟧\))?(?:,\s+[^,⟦]{1,60},)?\s+(?:in\s+[\w\s]{1,20}\s+)?to\s+$"
)
_IT_AGREED = re.compile(r"(?:^|[,;]\s+|\s)[Ii]t\s+(?:also\s+|then\s+|later\s+)?$")
_PRONOUN_SIGNER = re.compile(
    # after a short opening phrase of time ("In June 2024 it", "Last month it", "In 2019, it")
    r"(?:^|[,;]\s+|^[A-Z][\w-]*\s+(?:[\w-]+\s+){0,3}?(?:(?:19|20)\d\d,?\s+)?)[Ii]t\s+"
    r"(?:has\s+|had\s+)?"
    r"(?:also\s+|then\s+|later\s+)?(?:signed|concluded|struck|inked)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)


def _previous_subject(ctx: Context, view: SentenceView) -> Entity | None:
    """The party that opens the sentence before (what "it" stands for)."""
    index = view.sentence.index - 1
    before = next((v for v in ctx.views if v.sentence.index == index), None)
    # a list item's bullet is no word of the sentence ("- X went further.")
    masked = re.sub(r"^[-*•–]\s+", "", before.masked) if before is not None else ""
    actor = _CLAUSE_ACTOR.match(masked) if before is not None else None
    return _party(ctx, before, int(actor.group(1))) if before and actor else None


# Parties joined by a dash before the agreement noun: "AEM-NASA Space Act Agreement",
# "the Mexico-United States framework agreement".
_COMPOUND_TITLE = re.compile(
    r"⟦(?P<a>\d+):(?:Country|Organization):[^⟧]*:noun⟧\s?[-/]\s?"
    r"⟦(?P<b>\d+):(?:Country|Organization):[^⟧]*:noun⟧\s+(?:[A-Za-z][\w-]*\s+){0,3}$"
)


def _acts(words: str) -> bool:
    """Words between a party and an agreement noun that hold a verb of signing, proposing or
    holding: the party is a subject, not part of a compound title."""
    return any(p.search(words) for _, p in lex().status) or bool(lex().holding.search(words))


# A sentence with no subject that describes the item before it ("Signed in 2017 to support
# the cubesat; it expired in 2021", "Proposed by the university").
_DESCRIPTION = re.compile(
    r"^(?:Signed|Proposed|Planned|Concluded|Agreed|Drafted|Expired|Renewed|Initialled"
    r"|Under review|In force|Still in force)\b"
)


def _description(ctx: Context, view: SentenceView) -> SentenceView | None:
    following = [v for v in ctx.views if v.sentence.index == view.sentence.index + 1]
    if following and _DESCRIPTION.match(following[0].sentence.text.lstrip()):
        return following[0]
    return None


def _described_status(masked: str) -> str:
    """The latest state a description names: expired, in force, under review, planned,
    proposed, then signed."""
    patterns = dict(lex().status)
    order = [*lex().later_states, "proposed", "signed"]
    planned = re.compile(r"^\s*[Pp]lanned for (?:signature|signing)\b")
    for status in order:
        if patterns[status].search(masked) or (status == "planned" and planned.search(masked)):
            return status
    return "unknown"


# An agreement noun after "The memorandum is the first ..." names the agreement the sentence is
# about, not a second one.
_PREDICATE_NOUN = re.compile(
    r"^(?:The|This|That|It)\s+(?:(?:[\w-]+\s+){0,2}?(?:memorand(?:um|a)|MoU|agreement|accord|deal"
    r"|contract|arrangement|treaty|protocol)\s+)?(?:is|was|becomes|became)\s+(?:also\s+)?"
    r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}$"
)


# The pair a clause is about, right before an agreement noun with no party of its own.
_BETWEEN_BEFORE = re.compile(
    r"\bbetween\s+(?:the\s+)?⟦(?P<a>\d+):(?:Country|Organization):[^⟧]*:noun⟧\s+and\s+(?:the\s+)?"
    r"⟦(?P<b>\d+):(?:Country|Organization):[^⟧]*:noun⟧,?\s+(?:which|that)\s+"
    r"(?:began|started|grew\s+out\s+of|rests|is\s+based|was\s+founded)\s+(?:with|on|from|in)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$"
)
# An item body that opens with the agreement noun ("contract for X", "host country agreement").
_OPENS = re.compile(r"^\s*(?:[a-z][\w-]*\s+){0,3}$")
# A list item that opens with a year (and month) and then the agreement noun.
_DATED_ITEM = re.compile(
    r"^[-*•–]\s+(?:\*\*|__)?(?:(?:19|20)\d\d(?:\s*\([^)]*\))?(?:\*\*|__)?\s*[-–:]\s+)"
    r"(?:[A-Za-z][\w-]*\s+){0,4}$"
)


# A sentence that opens with the agreement noun and names only the counterpart: "A 2012
# memorandum with Ukraine expired", "The 2006 agreement with Russia entered into force".
_OPENING_NOUN = re.compile(
    r"^\s*(?:(?P<definite>The|This|That)|An?|Its)\s+(?:(?:19|20)\d\d\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
# The rule of an agreement named again with a definite article ("The 2006 agreement with
# Russia"): merged into the earlier agreement of the same parties, whatever its noun.
_BACK_REFERENCE = "agreement:back-reference"
# "a memorandum of understanding between the two organisations": the parties of the agreement
# the sentence is about.
_TWO_BODIES = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?between\s+(?:the|both)\s+(?:two\s+)?"
    r"(?:organi[sz]ations|companies|agencies|firms|partners|institutions|operators)\b"
)
# An agreement that implements or follows an earlier one: "An implementing arrangement setting
# out the terms is planned", "a follow-on contract".
_FOLLOW_ON = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:implementing|follow-on|follow-up|supplementary|subsequent)\b[^⟦.;,]{0,40}$"
)
# "A separate contract covered ...", "Under a second deal concluded last year, ...": another
# agreement of the parties of the one told just before.
_ANOTHER = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he)\s+(?:second|third|further|additional)|[Aa]nother)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}$"
)
# A passive agent the recogniser did not know: "is operated by PT Satelit under a partnership
# with the ministry" (the agent, not the party named before it, holds the agreement).
_UNKNOWN_AGENT = re.compile(
    r"\b(?:is|are|was|were)\s+(?:[a-z]+\s+)?(?:[a-z]+ed|run|held|built)\s+by\s+(?:the\s+)?[A-Z]"
)


# The party a subject bought from or was helped by, right before "under a <noun>".
_SELLER_BEFORE = re.compile(
    r"(?:\b(?P<verb>bought|buys|buying|purchased|purchases|ordered|orders|procured|procures)\b"
    r"[^⟦.;]{0,40}?\bfrom|\b(?:support|help|assistance)\s+from"
    # a partner: "X first partnered with Y in 2023 under a distribution agreement"
    r"|\b(?:partnered|partners|teamed\s+up|works|worked|cooperates|cooperated|collaborates"
    r"|collaborated)\s+with)"
    r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}⟦(?P<s>\d+):(?:Country|Organization):[^⟧]*:noun⟧"
    r"(?:\s*\(⟦\d+:[^⟧]*⟧\))?(?:\s+(?:in|since)\s+(?:19|20)\d\d)?,?"
    r"\s+(?:under|through|via)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$"
)
_SIGNING_PLANNED = re.compile(r"\bsigning\s+(?:is\s+|was\s+)?(?:planned|expected|scheduled)\b")
# The possessor of an agreement noun: "Ireland's accession agreement with X".
_OWNER = re.compile(r"⟦(\d+):(?:Country|Organization):[^⟧]*:noun⟧'s\s+(?:[a-z][\w-]*\s+){0,3}$")
# An organisation used as an adjective right before the agreement noun: "under an ESA
# contract", "a NASA contract".
_ATTRIBUTIVE = re.compile(
    r"\b(?:a|an|the)\s+⟦(\d+):Organization:[^⟧]*:noun⟧\s+(?:[a-z][\w-]*\s+)?$"
)


def _unnamed_parties(
    ctx: Context,
    view: SentenceView,
    trig: re.Match[str],
    body: int,
    earlier: Sequence[AgreementFact],
    rule: str,
) -> tuple[list[Entity], str]:
    """Parties of an agreement noun that names none: the pair "the two organisations" stands
    for, the parties of the agreement an implementing arrangement follows, or the two states
    of its sentence for a state instrument ("Somalia has offered Turkey access before: a 2024
    defence cooperation agreement gave ...")."""
    masked = view.masked
    t0, t1 = trig.span()
    recent = [
        f
        for f in earlier
        if view.sentence.index - f.views[-1].sentence.index <= 10 and len(f.parties) >= 2
    ]
    if recent and _TWO_BODIES.match(masked, t1):
        kinds_before = {k for k, p in lex().kinds if p.search(masked[body:t0])}
        fact = next((f for f in reversed(recent) if f.kind in kinds_before), recent[-1])
        return [p.entity for p in fact.parties], rule
    if recent and _FOLLOW_ON.search(masked[body:t1]):
        return [p.entity for p in recent[-1].parties], _FURTHER
    if recent and _ANOTHER.search(masked[body:t0]):
        return [p.entity for p in recent[-1].parties], _ANOTHER_DEAL
    if lex().state_nouns.search(trig.group(0)):
        states: list[Entity] = []
        for ph in PLACEHOLDER.finditer(masked, body, t0):
            m = view.mention(int(ph.group(1)))
            ent = _party(ctx, view, int(ph.group(1)))
            if ent is not None and m.label == "Country" and ent not in states:
                states.append(ent)
        if len(states) == 2:
            return states, rule
    return [], rule


# A sentence opening on an agreement named by its partner: "The memorandum with CNES ...".
_THE_NOUN_WITH = re.compile(
    r"\s*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:memorandum|MoU|contract|lease|deal|agreement)"
    r"\s+with\s+(?:the\s+)?⟦(\d+):(?:Organization|Country):[^⟧]*⟧(?!')"
)


def _refers_back(ctx: Context, fact: AgreementFact, facts: Sequence[AgreementFact]) -> bool:
    """A back-reference ("The 2006 agreement with Russia entered into force in 2009") adds
    to the earlier agreement of the same parties; True when it did."""
    if fact.rule != _BACK_REFERENCE:
        return False
    fact.rule = f"agreement:{fact.kind}"
    same = next(
        (
            f
            for f in reversed(facts)
            if f.party_keys == fact.party_keys and fact.kind in ("other", f.kind)
        ),
        None,
    )
    if same is None:
        # "The memorandum with CNES complements ...": the one earlier memorandum with CNES,
        # whoever the sentence leaves to stand for the other side
        partners = {
            e.key
            for v in fact.views
            if (m := _THE_NOUN_WITH.match(v.masked))
            and (e := _party(ctx, v, int(m.group(1)))) is not None
        }
        sharing = [f for f in facts if f.kind == fact.kind and f.party_keys & partners]
        same = sharing[0] if len(sharing) == 1 and fact.kind != "other" else None
    if same is None:
        return False
    same.views.extend(v for v in fact.views if v not in same.views)
    later = lex().later_states
    if fact.status in later and (
        same.status not in later or later.index(fact.status) < later.index(same.status)
    ):
        same.status = fact.status
    return True


# The two states as governments, a phrase the masked text reads as the pair it stands for.
_TWO_GOVERNMENTS = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth)\s+governments\b")
# A possessive pronoun before the agreement noun: "its existing launch agreement with Y".
_POSSESSED = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$")
# What is leased, named by its owner: "capacity on X's fleet", "transponders on X's satellite",
# "transponders aboard X's ChinaSat-12".
_OWNER_OF_LEASED = re.compile(
    r"(?:[^.;⟦]{0,40}?\s)?\b(?:on|of|aboard)\s+⟦(\d+):(?:Country|Organization):[^⟧]*:noun⟧'s\s+"
    r"(?:[\w-]+\s+|⟦\d+:(?:Program|Facility):[^⟧]*⟧\s+){0,3}?"
    r"(?:(?:fleet|satellites?|spacecraft|transponders?|network|stations?|system|constellation)\b"
    r"|(?<=⟧'s\s)⟦\d+:Program:[^⟧]*⟧)"
)
_DEAL_CLAUSE = "agreement:deal-clause"
# Nouns that may name a deal told by a verb; memoranda and letters of intent are not deals.
_DEAL_KINDS = ("contract", "export contract", "other")


# Money given or lent is no purchase: "The grant, worth ...", "the loan agreement".
_FUNDING_NOUN = re.compile(r"\b(?:[Gg]rants?|[Ll]oans?|[Ff]inancing|[Ff]unding|[Cc]redit)\b")


def _deal_kind(kind: str, keys: Set[str], earlier: Sequence[AgreementFact], noun: str = "") -> str:
    """A purchase or hire is a contract; named again, it keeps the kind it was given; a grant or
    loan stays `other`."""
    if kind == "other" and _FUNDING_NOUN.search(noun):
        return kind
    same = next((f for f in reversed(earlier) if f.party_keys == keys), None)
    if same is not None and same.kind in ("contract", "export contract"):
        return same.kind
    return "contract" if kind == "other" else kind


# A deal named by no other word: with a company among its parties it is a purchase or a sale.
_BARE_DEAL = re.compile(r"[Dd]eals?")
# "memoranda of understanding", "letters of intent": plural heads before "of".
_PLURAL_HEAD = re.compile(r"(?:[Mm]emoranda|[Mm]emorandums|[Ll]etters|LOIs|MoUs)\s+of\b")
# A general agreement made to rent something is a lease: "signed an agreement with X to lease
# antenna time", "has leased transponders ... under an agreement signed with X", "has agreed to
# rent capacity on X ... in a ten-year deal".
_TO_LEASE = re.compile(r"(?:[^.;⟦]|⟦[^⟧]*⟧){0,120}?\bto\s+(?:lease|rent)\b")
# A general agreement with a company to launch, build or supply something is a purchase: "signed
# an agreement with Japan's MHI to launch the probe on an H3 rocket".
_TO_DELIVER = re.compile(
    r"(?:[^.;⟦]|⟦[^⟧]*⟧){0,80}?(?:\bto\s+(?:launch|build|manufacture|supply|deliver|construct)\b"
    # "a multi-launch arrangement with SpaceX covering a series of Transporter flights"
    r"|\b(?:covering|for)\s+(?:(?:[\w-]+|⟦\d+:Program:[^⟧]*⟧)\s+){0,4}?"
    r"(?:launch(?:es)?|flights|rides|launch\s+services)\b)"
)
_LEASED_UNDER = re.compile(
    r"\b(?:leases|leased|is\s+leasing|rents|rented|is\s+renting"
    r"|(?:agreed|agrees|has\s+agreed)\s+to\s+(?:lease|rent)"
    r"|(?:taken|took|takes)\s[^.;]{0,40}?\b(?:transponders?|capacity|bandwidth))\b[^.;]{0,200}?"
    r"\b(?:under|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$"
)

_TITLE_ACRONYM = re.compile(r"\s*\([^()]{2,12}\)\s*$")


def page_subject(ctx: Context) -> Entity | None:
    """What a reference page is about: the organisation or country its title names, else the
    document's focal country."""
    # "South African National Space Agency (SANSA)": the name before a trailing acronym
    title = _TITLE_ACRONYM.sub("", fold(ctx.document.title or "")).strip()
    for ent in ctx.recognition.entities.values():
        if ent.label not in ("Country", "Organization"):
            continue
        if any(fold(m.text) == title or fold(m.name) == title for m in ent.mentions):
            return ent
    return ctx.focal


def _agreement(
    ctx: Context,
    view: SentenceView,
    kind: str,
    trig: re.Match[str],
    heads: list[Mention],
    body: int,
    under_review: bool,
    carried: Entity | None = None,
    earlier: Sequence[AgreementFact] = (),
) -> list[AgreementFact] | None:
    masked = view.masked
    t0, t1 = trig.span()
    rule = f"agreement:{kind}"
    if _PREDICATE_NOUN.search(masked[:t0]):
        return None  # "The memorandum is the first space agreement between ...": the same one
    if kind == "joint venture" and _DESCRIBED_VENTURE.search(masked[:t0]):
        return None  # "X, a joint venture between A and B, built ...": a company described
    compound = _COMPOUND_TITLE.search(masked[body:t0])
    if compound and _acts(masked[compound.end("b") : t0]):
        # "- China – BRIN signed a memorandum with X": a list label and a clause, not a title
        compound = None
    relative = _RELATIVE_SIGNER.match(masked, t1)
    plural = (
        trig.group(0).rstrip().endswith(("s", "a")) and not trig.group(0).endswith("ss")
    ) or bool(_PLURAL_HEAD.match(trig.group(0)))
    prep, counterparts, listed_end = _list_after(ctx, view, t1)
    if prep == "by" and not counterparts:
        prep = ""  # "by the end of the year", "by 2026": a time, not the signers
    left = masked[body:t0]
    awarded = _AWARDED.search(re.sub(r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", "", left))
    subjects: list[Entity] = []
    negotiated = False
    told_before: SentenceView | None = None  # the sentence of the deal a noun refers back to
    if compound:
        # "the AEM-NASA Space Act Agreement": the parties name the agreement
        pair = [_party(ctx, view, int(i)) for i in compound.group("a", "b")]
        subjects = [e for e in pair if e is not None][:1]
        counterparts = [e for e in pair[1:] if e is not None]
        prep = ""
    elif relative and not prep:
        # "a contract that KAIST signed with Rocket Lab"
        prep, counterparts, _ = _list_after(ctx, view, relative.end())
        signer = _party(ctx, view, int(relative.group(1)))
        subjects = [signer] if signer else []
    elif not prep and (reduced := _REDUCED_SIGNERS.match(masked, t1)):
        negotiated = bool(_NEGOTIATING.search(reduced.group(0)))
        signers = [_party(ctx, view, int(i)) for i in reduced.group("a", "b") if i is not None]
        subjects = [e for e in signers if e is not None]
        actor = _CLAUSE_ACTOR.match(masked, body)
        attributive = _ATTRIBUTIVE.search(left)
        if len(subjects) == 1 and attributive:
            # "a JICA loan that Vietnam signed": the body named before the noun gave it
            counterparts = [e for e in (_party(ctx, view, int(attributive.group(1))),) if e]
            prep = "from"
        elif len(subjects) == 1 and (agent := _AGENT_UNDER.search(left)):
            # "Z is being built by Y under a contract X signed last year": Y the other party
            counterparts = [e for e in (_party(ctx, view, int(agent.group("x"))),) if e]
        elif len(subjects) == 1 and actor and _UNDER_NOUN.search(left):
            # "X built the satellite under a contract Y signed in 2011": X the other party
            counterparts = [e for e in (_party(ctx, view, int(actor.group(1))),) if e]
    elif prep == "by" and len(counterparts) == 1 and _AWARDED_BY.search(masked[body:t0]):
        # "X has been awarded a contract by ESA": X the contractor, ESA the customer
        subjects, prep = _subject(ctx, view, body, t0, True), "from"
    elif prep in ("between", "by"):
        page = page_subject(ctx)
        if (
            prep == "by"
            and len(counterparts) == 1
            and page is not None
            and page.key != counterparts[0].key
            and _DATED_ITEM.match(masked[:t0])
        ):
            # "- 2023 - Framework agreement proposed by China": an entry of a reference
            # page's list, made with the page's subject
            counterparts = [*counterparts, page]
        if len(counterparts) < 2:
            counterparts, rule = _unnamed_parties(ctx, view, trig, body, earlier, rule)
        if len(counterparts) < 2:
            return None
        subjects, counterparts = counterparts[:1], counterparts[1:]
    elif awarded:
        a, b = (
            _party(ctx, view, int(awarded.group("a"))),
            _party(ctx, view, int(awarded.group("b"))),
        )
        if a is None or b is None:
            return None
        subjects, counterparts, prep = [b], [a], "from"
    else:
        # "X will draw on its existing agreement with Y": the clause's subject holds it
        cued = any(p.search(trig.group(0)) for _, p in lex().status) or bool(
            _POSSESSED.search(left)
        )
        attributive = _ATTRIBUTIVE.search(left)
        holder = _party(ctx, view, int(attributive.group(1))) if attributive else None
        if holder is not None and attributive is not None and not counterparts:
            # "built by OHB System under an ESA contract": the named body gave the contract
            start = left.index("⟦", attributive.start())
            subjects = _subject(ctx, view, body, body + start, cued)
            counterparts, prep = [holder], "from"
        else:
            subjects = _subject(ctx, view, body, t0, cued)
        if not subjects and _UNDER.match(left):
            # "Under a memorandum signed today, A and B will ...": the actors after the comma
            after = _UNDER_ACTORS.match(masked, listed_end if counterparts else t1)
            named = [_party(ctx, view, int(i)) for i in after.group("a", "b") if i] if after else []
            actors = [e for e in named if e is not None]
            if counterparts:
                subjects = actors[:1]
            elif len(actors) == 2:
                subjects, counterparts = actors[:1], actors[1:]
    head_parties = [e for e in (ctx.entity(h) for h in heads if h.label == "Country") if e]
    head_signers = [
        e
        for h in heads
        if h.label in ("Country", "Organization") and h.form != "demonym" and not is_media(h)
        if (e := ctx.entity(h)) is not None
    ]
    if (
        not subjects
        and not counterparts
        and not plural
        and len(head_signers) >= 2
        and _OPENS.match(left)
    ):
        # "- 2019 - A and B: contract for X": the item's heads are the parties.
        subjects, counterparts = head_signers[:1], head_signers[1:]
    if not subjects and counterparts and prep == "with" and _DATED_ITEM.match(masked[:t0]):
        # "- 2024 (October) - Launch services agreement with X": an entry of a reference
        # page's list of agreements, whose subject is the page's.
        subjects = [e for e in (page_subject(ctx),) if e is not None]
    owner = _OWNER.search(left)
    if not subjects and counterparts and prep == "with" and owner:
        # "Ireland's accession agreement with the ESO": the possessor holds it
        subjects = [e for e in (_party(ctx, view, int(owner.group(1))),) if e is not None]
    opening = _OPENING_NOUN.match(masked[body:t0])
    if not subjects and counterparts and prep == "with" and opening and not carried:
        # "A 2012 memorandum with Ukraine expired": the page's (or the story's) own agreement
        subjects = [e for e in (page_subject(ctx),) if e is not None]
    named_before = re.search(r"⟦\d+:(?:Country|Organization):[^⟧]*:noun⟧(?!')", masked[body:t0])
    if not subjects and counterparts and prep == "with" and carried and not named_before:
        subjects = [carried]
    agreed = _AGREED_WITH.search(left)
    if agreed and not counterparts and not compound:
        # "Last October it agreed with EnduroSat, the Sofia maker, to set up a joint venture"
        partner = _party(ctx, view, int(agreed.group("s")))
        if partner is not None:
            counterparts, prep = [partner], "with"
            subjects = _subject(ctx, view, body, body + agreed.start(), True)
            if not subjects and _IT_AGREED.search(left[: agreed.start()]):
                subjects = [e for e in (_previous_subject(ctx, view),) if e is not None]
    if not subjects and counterparts and not named_before and _PRONOUN_SIGNER.search(left):
        # "In 2023 it signed a memorandum with X": the subject of the sentence before
        subjects = [e for e in (_previous_subject(ctx, view),) if e is not None]
    if opening and opening.group("definite") and counterparts and prep in ("with", "by"):
        # "The 2006 agreement with Russia", "The agreement was signed by X and Y": named
        # before, if at all
        rule = _BACK_REFERENCE
    borrowed = lex().borrower.search(masked[body:t1])
    if not subjects and prep not in ("between", "by"):
        if (kind in lex().implied or borrowed) and ctx.focal is not None:
            subjects = [ctx.focal]
        elif head_parties:
            # "- China: X was supplied under a contract with Y" on an agency's page: the
            # agency's own agreement (on any other page the focal country's)
            subjects = [e for e in (page_subject(ctx),) if e is not None]
        if not counterparts and head_parties:
            counterparts = head_parties
    if len(subjects) > 1 and not counterparts:
        subjects, counterparts = subjects[:1], subjects[1:]
    bought = False
    if not counterparts and kind in _DEAL_KINDS:
        deal = deal_clause(ctx, view, t0)
        if deal is None and refers_to_deal(masked[body:t0]):
            deal = earlier_deal(ctx, view)
        if deal is not None and (not subjects or subjects[0] in (deal.customer, deal.contractor)):
            # "Y hired X ... under a contract", "X was selected by Y to build Z. The contract,
            # signed on Friday, ...": the deal the clause told, Y the customer
            subjects, counterparts, bought = [deal.customer], [deal.contractor], True
            rule = _DEAL_CLAUSE
            keys = {deal.customer.key, deal.contractor.key}
            kind = _deal_kind(kind, keys, earlier, trig.group(0))
            told_before = deal.view if deal.view is not view else None
    # A "with" party before the noun is skipped as the subject; it is the counterpart here.
    seller = _SELLER_BEFORE.search(left)
    if subjects and not counterparts and seller is not None:
        # "Avio bought the engines from Yuzhmash under a supply contract", "designed with
        # support from X under a memorandum": the party named after "from"
        ent = _party(ctx, view, int(seller.group("s")))
        counterparts = [ent] if ent is not None and ent not in subjects else []
        bought = bool(counterparts) and seller.group("verb") is not None
    owners = list(_OWNER_OF_LEASED.finditer(left))
    if not owners and (after := _OWNER_OF_LEASED.match(masked, t1)):
        owners = [after]  # "took a lease on transponders aboard X's satellite"
    if kind == "lease" and subjects and not counterparts and owners:
        # "capacity on X's fleet is taken by Y under a long-term lease": X leases it to Y
        ent = _party(ctx, view, int(owners[-1].group(1)))
        counterparts = [ent] if ent is not None and ent not in subjects else []
    if subjects and not counterparts and prep == "":
        # "a draft memorandum ... in front of Turkey": the first party named after the noun
        # in the same clause.
        nearby = re.match(
            r"[^⟦.;]{0,60}?"
            # a country before the organisation it qualifies: "the US company SpaceX"
            r"(?:⟦\d+:Country:[^⟧]*⟧\s+(?:[a-z][\w-]*\s+){0,3}(?=⟦\d+:Organization:))?"
            r"⟦(\d+):(?:Country|Organization):[^⟧]*:noun⟧(?!')",
            masked[t1:],
        )
        ent = _party(ctx, view, int(nearby.group(1))) if nearby else None
        counterparts = [ent] if ent else _beneficiary(ctx, view, t1, subjects[0])
    between = _BETWEEN_BEFORE.search(masked[body:t0])
    if not subjects and not counterparts and between:
        # "cooperation between A and B, which began with a framework agreement"
        found = [_party(ctx, view, int(i)) for i in between.group("a", "b")]
        subjects, counterparts = [e for e in found[:1] if e], [e for e in found[1:] if e]
    if not subjects and (proposed := _PROPOSED_REVIEWED.search(masked, t1)):
        pair = [_party(ctx, view, int(i)) for i in proposed.group("a", "b")]
        subjects = [e for e in pair if e is not None]
    if not subjects and not counterparts and (supplied := _supply_parties(ctx, view, body)):
        # "X will supply eight satellites to Japan through Y, ... the contract signed on
        # Tuesday": the supplier and its buyer
        subjects, counterparts = supplied[:1], supplied[1:]
    if not subjects and not counterparts:
        unnamed, rule = _unnamed_parties(ctx, view, trig, body, earlier, rule)
        subjects, counterparts = unnamed[:1], unnamed[1:]
        if rule == _ANOTHER_DEAL:
            # "a second deal" after a contract of the same parties is a contract too
            same = next(f for f in reversed(earlier) if f.party_keys == {e.key for e in unnamed})
            if kind == "other" and same.kind in ("contract", "export contract"):
                kind = same.kind
            rule = _FURTHER
    if not subjects:
        return None
    # "Brazil, Chile and Colombia have Copernicus arrangements with the EU": one each.
    each_with = (
        [(s, counterparts[0]) for s in subjects if not own_country(s, counterparts[0])]
        if plural and prep == "with" and len(subjects) > 1 and len(counterparts) == 1
        else []
    )
    subject = subjects[0]
    counterparts = [c for c in [*subjects[1:], *counterparts] if c.key != subject.key]
    counterparts = list(dict.fromkeys(counterparts))
    counterparts = [c for c in counterparts if not own_country(subject, c)]
    if not counterparts:
        return None
    if recent_pair := _pair_named_before(ctx, view, [subject, *counterparts]):
        subject, counterparts = recent_pair[0], recent_pair[1:]
    status = _status(masked, t0, t1)
    if negotiated:
        # "an agreement A and B are negotiating, which they expect to sign next year"
        planned = dict(lex().status)["planned"].search(masked, t1)
        status = "planned" if planned else "proposed"
    described = _description(ctx, view) if compound else None
    if described is not None and status == "unknown":
        status = _described_status(described.masked)
    everyone = [subject, *counterparts]
    states = all(e.label == "Country" for e in everyone)
    if kind == "other" and states and lex().government.search(masked[body : t1 + 60]):
        kind = "intergovernmental agreement"  # "the governments of A and B signed ..."
    if (
        kind == "other"
        and states
        and _TWO_GOVERNMENTS.search(view.sentence.text)
        and re.search(r"[Aa]greements?$", trig.group(0))
    ):
        kind = "intergovernmental agreement"  # "The two governments have not yet signed ..."
    offered = bool(_OFFERED.search(masked[body:t0]))
    if kind == "other" and states and not offered and lex().state_nouns.search(trig.group(0)):
        # a treaty between states; a draft one state has only offered another is not yet one
        kind = "intergovernmental agreement"
    if (
        kind == "other"
        and states
        and len(everyone) >= 3
        and lex().multilateral.search(trig.group(0))
    ):
        kind = "intergovernmental agreement"  # "the ARMC agreement was signed by A, B, C and D"
    if (
        kind == "other"
        and _state_and_body(everyone)
        and lex().state_body_nouns.search(trig.group(0))
    ):
        kind = "intergovernmental agreement"  # "Romania signed an agreement with ESA"
    if kind == "lease" and status == "unknown":
        return None
    if status == "proposed" and _SIGNING_PLANNED.search(masked, t1, t1 + 120):
        status = "planned"  # "(under negotiation; signing planned for autumn 2025)"
    if status == "proposed" and under_review:
        status = "under review"
    if status in ("proposed", "under review") and trig.re in lex().unsigned:
        # a services agreement still negotiated is no contract (one to be signed is)
        kind = lex().unsigned[trig.re]
    received = bool(lex().receive.search(PLACEHOLDER.sub("⟦⟧", masked[body:t0])[-40:]))
    if received and trig.re in lex().received_kinds:
        # "receives data under a distribution agreement": a purchase, the subject its customer
        kind, received = lex().received_kinds[trig.re], False
    company = any(e.subtype == "company" for e in everyone)
    if kind == "other" and (_TO_LEASE.match(masked, t1) or _LEASED_UNDER.search(left)):
        kind = "lease"
    if kind == "other" and company and _TO_DELIVER.match(masked, t1):
        kind = "contract"
    if kind == "other" and company and _BARE_DEAL.fullmatch(trig.group(0)):
        kind = "contract"  # "a deal the two companies signed": a commercial deal
    if kind == "contract" and is_export(ctx, view, everyone):
        kind = "export contract"  # "signed a contract with B to supply ten satellites"
    subject_role, other_role = _roles(kind, status, prep, received, len(counterparts), bought)
    date = _date(ctx, view, t0)
    if date is None and described is not None:
        date = _date(ctx, described, 0)
    groups = [[c] for c in counterparts] if plural and len(counterparts) > 1 else [counterparts]
    sides = [(one, [partner]) for one, partner in each_with] or [(subject, g) for g in groups]
    alias = trig.group(0) if trig.group(0)[:1].isupper() and len(trig.group(0).split()) > 2 else ""
    amounts = find_amounts(view.sentence.text)
    type_name = next((name for p, name in lex().named_types if p.search(trig.group(0))), "")
    out = []
    if date is None and told_before is not None:
        date = _date(ctx, told_before, len(told_before.masked))
    for side, group in sides:
        parties = [Party(side, subject_role), *(Party(c, other_role) for c in group)]
        about = _about(ctx, view, [p.entity for p in parties])
        if told_before is not None:
            # the deal is told over both sentences: what it concerns is named in the first
            more = _about(ctx, told_before, [p.entity for p in parties])
            about += [a for a in more if a not in about]
        fact = AgreementFact(
            kind=kind,
            status=status,
            parties=parties,
            about=about,
            views=[told_before, view] if told_before is not None else [view],
            rule=rule,
            title=title_for(kind, [p.entity for p in parties], about, type_name),
            aliases=[alias] if alias else [],
            date=date,
        )
        if len(amounts) == 1 and len(sides) == 1:
            fact.value, fact.currency = amounts[0].value, amounts[0].currency
        fact.capabilities = capabilities_for(ctx, kind, about, [view])
        out.append(fact)
    return out


# The foreign country an agreement serves, named as an adjective after the noun: "proposed a
# cooperation agreement on shared use of its ground stations for Tunisian satellites".
_FOR_DEMONYM = re.compile(
    r"[^⟦.;]{0,80}?\b(?:for|to|with|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"⟦(\d+):Country:[^⟧]*:demonym⟧\s+(?:[a-z][\w-]*\s+){0,2}?[a-z]+s\b"
)


def _beneficiary(ctx: Context, view: SentenceView, t1: int, subject: Entity) -> list[Entity]:
    """The country of a demonym after the agreement noun, for a subject of another country."""
    found = _FOR_DEMONYM.match(view.masked, t1)
    if found is None:
        return []
    country = ctx.entity(view.mention(int(found.group(1))))
    if country is None or country.key == subject.key or home_of(subject, country):
        return []
    return [country]


# A sale told with a verb, the deal named only as "the contract" or "the order": "X will
# supply eight satellites to Japan through trading house Y", "X agreed to build two satellites
# for Y".
_SUPPLY_CLAUSE = re.compile(
    r"⟦(?P<a>\d+):(?:Country|Organization):[^⟧]*:noun⟧(?!')[^⟦.;]{0,20}?"
    r"\b(?:will|would|is\s+to|are\s+to|agreed\s+to|has\s+agreed\s+to|is\s+set\s+to|plans\s+to)"
    r"\s+(?:supply|deliver|sell|build|launch|provide)\b[^⟦.;]{0,50}?\b(?:to|for)\s+(?:the\s+)?"
    r"⟦(?P<b>\d+):(?:Country|Organization):[^⟧]*:noun⟧(?!')"
    r"(?:\s+(?:through|via)\s+(?:[a-z][\w-]*\s+){0,3}⟦(?P<c>\d+):Organization:[^⟧]*:noun⟧)?"
)


def _supply_parties(ctx: Context, view: SentenceView, body: int) -> list[Entity]:
    """The supplier and the buyer (or the buyer's agent after "through") of a sale clause."""
    found = _SUPPLY_CLAUSE.search(view.masked, body)
    if found is None:
        return []
    buyer = found.group("c") or found.group("b")
    pair = [_party(ctx, view, int(found.group("a"))), _party(ctx, view, int(buyer))]
    parties = [e for e in pair if e is not None]
    return parties if len(parties) == 2 and parties[0].key != parties[1].key else []


def _intergovernmental_body(ent: Entity) -> bool:
    """A catalogued body of several states (ESA, EUMETSAT, the African Union), no one state's."""
    if ent.label != "Organization" or ent.entry is None or ent.entry.country is not None:
        return False
    return ent.subtype in ("intergovernmental", "agency")


def _state_and_body(parties: list[Entity]) -> bool:
    """A state's agreement with an intergovernmental body: exactly one of each."""
    return (
        len(parties) == 2
        and any(p.label == "Country" for p in parties)
        and any(_intergovernmental_body(p) for p in parties)
    )


def _distinct(a: AgreementFact, b: AgreementFact) -> bool:
    """Two agreements of the same parties and kind that differ in year and state are two
    instruments ("an agreement signed in 2014" and "a separate arrangement to be signed next
    month")."""
    if a.rule == _FURTHER or b.rule == _FURTHER or (a.rule == _PROPOSAL) != (b.rule == _PROPOSAL):
        return True
    if _table_row(a) and _table_row(b) and a.views[0] is not b.views[0]:
        return True  # each row of a table is its own instrument
    if _table_row(a) != _table_row(b):
        return False  # a row sums up the deal the text tells
    # ... or in year and what they concern ("a 2025 contract for X", "a 2019 contract for Y")
    disjoint = bool(a.about and b.about and not set(a.about) & set(b.about))
    if {_stage(a.status), _stage(b.status)} == {"before", "after"} and not set(
        id(v) for v in a.views
    ) & set(id(v) for v in b.views):
        return True  # "signed an agreement last year ... are now negotiating another"
    if disjoint and bool(a.date) != bool(b.date):
        return True  # "a contract for X" (today's news) and "a contract for Y signed in 2019"
    return bool(
        a.date
        and b.date
        and a.date[:4] != b.date[:4]
        and (a.status != b.status or disjoint or _state_and_body([p.entity for p in a.parties]))
    )


def _table_row(fact: AgreementFact) -> bool:
    return fact.rule.startswith("table-")


def _stage(status: str) -> str:
    """Whether an agreement is still to be made or already made."""
    if status in ("proposed", "planned", "under review"):
        return "before"
    return "after" if status in ("signed", "in force", "expired") else ""


def merge_agreements(facts: list[AgreementFact]) -> list[AgreementFact]:
    """One agreement per kind and set of parties; titles made unique."""
    merged: dict[tuple[str, frozenset[str], int], AgreementFact] = {}
    for f in facts:
        n = 0
        while (key := (f.kind, f.party_keys, n)) in merged and _distinct(merged[key], f):
            n += 1
        if key not in merged:
            merged[key] = f
            continue
        m = merged[key]
        m.views.extend(v for v in f.views if v not in m.views)
        m.about.extend(a for a in f.about if a not in m.about)
        m.aliases.extend(a for a in f.aliases if a not in m.aliases)
        m.date = m.date or f.date
        m.end_date = m.end_date or f.end_date
        m.value, m.currency = m.value or f.value, m.currency or f.currency
        m.capabilities = sorted(set(m.capabilities) | set(f.capabilities))
        if m.status == "unknown":
            m.status = f.status
    titles: dict[str, int] = {}
    for f in merged.values():
        n = titles.get(f.title, 0)
        titles[f.title] = n + 1
        if n:
            # the year tells two instruments of the same parties apart, else their names
            year = f.date[:4] if f.date else ""
            suffix = year if year and f"{f.title} ({year})" not in titles else ""
            f.title = f"{f.title} ({suffix or '-'.join(p.entity.name for p in f.parties)})"
            titles[f.title] = 1
    return list(merged.values())
