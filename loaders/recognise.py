"""Recognise: mentions in the cleaned text, grouped into the document's entities.

Sources, in order of trust: the catalogue (names, aliases, demonyms, numbered family members),
people named with a role, capitals standing for governments, near-miss spellings, and names
found by shape. Overlaps go to the longest span, then to the most trusted source. Names found
by shape or as people are then looked for again across the whole document (headlines, later
short mentions such as a surname or an acronym).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field, replace

from loaders.acronyms import defined_acronyms, is_acronym_form, spells, term_acronyms
from loaders.catalogue import Catalogue
from loaders.company_names import base_name, first_word_form, short_forms, suffix_end
from loaders.gazetteer import (
    capital_mentions,
    catalogue_mentions,
    designated_mentions,
    fuzzy_mentions,
)
from loaders.layout_names import bullet_heads, table_first_cells
from loaders.mentions import Entity, Mention, resolve_overlaps
from loaders.person_forms import more_person_mentions, plausible_person
from loaders.persons import person_mentions
from loaders.resources import lexicon
from loaders.shapes import CAP, described_names, is_title_case_line, shape_mentions
from loaders.station_places import place_station_mentions
from loaders.text import fold, tokens

_POSSESSIVE_NAME = re.compile(rf"['’]s[ \t]+(?P<name>{CAP}(?:[ \t]+{CAP}){{0,2}})")
_PROGRAMME_CUE = re.compile(r"[ \t]+(?P<noun>[a-z]+)")
_NAME_TOKEN = r"[A-Z][\w]*(?:-[\w]+)*"
_NAMING_VERBS = frozenset({"named", "called", "dubbed", "christened", "nicknamed", "designated"})
_COMPOUND_ADJECTIVE = re.compile(r"^\w+-[a-z]+$")  # "Earth-observation", "Soviet-built"
_PROGRAMME_NAME = rf"{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,2}}"


@functools.cache
def _hyphen_numbered() -> re.Pattern[str]:
    """ "KazEOSat-2", "Arabsat-6A", "FASat-Alfa": a name, a hyphen and a number, a short
    capital code or a spelling-alphabet word (`recognise.yaml: designation_letters`)."""
    letters = "|".join(re.escape(w) for w in lexicon("recognise")["designation_letters"])
    return re.compile(
        rf"(?P<name>{CAP}-(?:\d{{1,3}}[A-Z]?|[A-Z]{{1,4}}\d?|(?:{letters})(?![\w-]))"
        rf"(?:\.\d[a-z]?)?)(?![\w-])"
    )


@dataclass
class Recognition:
    """Entities of a document, its mentions in text order, and names not in the catalogue."""

    mentions: list[Mention]
    entities: dict[tuple[str, str], Entity]
    uncatalogued: list[str] = field(default_factory=list)

    def entity_of(self, mention: Mention) -> Entity | None:
        return self.entities.get(mention.identity)


def _title_lines(text: str) -> set[int]:
    out: set[int] = set()
    offset = 0
    for line in text.split("\n"):
        if is_title_case_line(line):
            out.add(offset)
        offset += len(line) + 1
    return out


def _of_country(shape: Mention, inner: Mention) -> bool:
    """A country after a connector ends a name without explaining it ("Telecomunicaciones de
    México", "Universidad ... de Puebla")."""
    lead = shape.text[: inner.start - shape.start]
    return inner.label == "Country" and bool(re.search(r"\s(?:of|de|del|do|da|du|des)\s+$", lead))


def _drop_explained_shapes(text: str, shapes: list[Mention], known: list[Mention]) -> list[Mention]:
    """A shape adds nothing when the catalogue explains its head ("... Baikonur Cosmodrome")
    or when its words before the head are a catalogued name of the same type ("ExoMars
    Mission")."""
    kept = []
    for s in shapes:
        head_words = s.text.split()
        if s.rule in ("shape:site-noun", "shape:event"):
            lead = [k for k in known if k.start == s.start and k.label == "Country"]
            if lead and len(s.text[lead[0].end - s.start :].split()) <= 2:
                continue  # "Japanese launch site", "Kazakh launch complex"
        joined = re.search(r"\s+and\s+(?:the\s+)?", s.text)
        if joined and any(k.start == s.start and k.end - s.start == joined.start() for k in known):
            # "Vietnam and the Japan International ... Agency": the name starts after "and".
            cut = joined.end()
            s = Mention(
                s.start + cut,
                s.end,
                s.text[cut:],
                s.label,
                s.name[cut:],
                s.subtype,
                s.form,
                s.rule,
                s.source,
                aliases=s.aliases,
            )
        del head_words
        # "New Zealand Orbital Holdings": a country's name cut by the shape's first word.
        cut_place = next(
            (
                k
                for k in known
                if k.label == "Country"
                and k.start < s.start < k.end < s.end
                and k.form != "demonym"
            ),
            None,
        )
        if cut_place is not None and s.label == "Organization":
            cut_lead = cut_place.text[: s.start - cut_place.start]
            s = replace(s, start=cut_place.start, text=cut_lead + s.text, name=cut_lead + s.name)
        if any(
            k.form == "demonym" and k.end == s.end and s.start < k.start for k in known
        ) and re.match(r"[ \t]+[a-z]", text[s.end : s.end + 3]):
            continue  # "Esrange Space Center for Korean suborbital flights": an adjective
        inner = [
            k
            for k in known
            if s.start <= k.start
            and k.end <= s.end
            and k.form != "demonym"
            # "Angkasa" in "Angkasa-X Holdings": part of a hyphenated word explains nothing.
            and s.text[k.end - s.start : k.end - s.start + 1] != "-"
        ]
        # "National Center for Space Research ... of the Kyrgyz Republic": the name is the part
        # before the country, the whole an alias of it; the country stays a mention of its own.
        of_the = next(
            (
                re.search(r"\s+of\s+the\s+$", s.text[: k.start - s.start])
                for k in inner
                if k.label == "Country" and k.end == s.end and s.rule.endswith("-of")
            ),
            None,
        )
        if of_the is not None and len(s.text[: of_the.start()].split()) >= 3:
            cut = of_the.start()
            s = replace(
                s,
                end=s.start + cut,
                text=s.text[:cut],
                name=s.name[:cut],
                aliases=(*s.aliases, s.text),
            )
            inner = [k for k in inner if k.end <= s.end]
        ending = [k for k in inner if k.end == s.end and not _of_country(s, k)]
        if ending and s.rule == "shape:ministry-of":
            # "the Ministry of Defence and Roscosmos": the known name is another party.
            joined_to = re.search(r"\s+and\s+$", s.text[: ending[0].start - s.start])
            if joined_to and joined_to.start() > 0 and ending[0].label != "Country":
                cut = joined_to.start()
                s = replace(s, end=s.start + cut, text=s.text[:cut], name=s.name[:cut])
                ending = []
        if ending:
            continue
        if any(k.start == s.start and k.label == s.label and k.end < s.end for k in inner):
            tail = s.text[inner[0].end - s.start :].strip()
            if tail and len(tail.split()) <= 2:
                continue
            if tail.startswith("for ") and len(inner[0].text.split()) >= 2:
                continue  # "Brazilian Space Agency for VCUB2 ...": a purpose after a known name
        kept.append(s)
    return kept


def _strip_office_titles(shapes: list[Mention]) -> list[Mention]:
    """ "Chief Executive of SaxaVord Spaceport Ltd" names an office and "Associate Member of
    the European Space Agency" a membership; the organisation is the part after "of"."""
    titles = [*lexicon("recognise")["titles"], *lexicon("recognise")["membership_titles"]]
    lead = re.compile(rf"^(?:{'|'.join(re.escape(t) for t in titles)})[ \t]+of[ \t]+(?:the[ \t]+)?")
    out: list[Mention] = []
    for m in shapes:
        cut = lead.match(m.text)
        if cut is None:
            out.append(m)
        elif len(m.text[cut.end() :].split()) >= 2:
            rest = m.text[cut.end() :]
            out.append(replace(m, start=m.start + cut.end(), text=rest, name=rest))
    return out


def _national_ministries(text: str, known: list[Mention], shapes: list[Mention]) -> None:
    """ "the Peruvian Ministry of Defence", "Peru's Ministry of Defence": the ministry of that
    country is named "Ministry of Defence of Peru" (one name however it is introduced)."""
    national: dict[str, set[str]] = {}
    for s in shapes:
        if s.rule != "shape:ministry-of":
            continue
        if any(k.label == "Country" and s.start <= k.start < s.end for k in known):
            continue
        owner = next(
            (
                k
                for k in known
                if k.label == "Country"
                and re.fullmatch(r"[ \t]|['’]s[ \t]", text[k.end : s.start])
                and k.form in ("demonym", "name", "alias")
            ),
            None,
        )
        after = next(
            (
                k
                for k in known
                if k.label == "Country"
                and re.fullmatch(r"[ \t]+of[ \t]+(?:the[ \t]+)?", text[s.end : k.start])
                and k.form in ("name", "alias")
            ),
            None,
        )
        if owner is None and after is not None and after.entry is not None:
            # "the Ministry of Posts and Telecommunications of the Lao PDR"
            national.setdefault(s.name, set()).add(f"{s.name} of {after.entry.name}")
            s.name = f"{s.name} of {after.entry.name}"
            continue
        if owner is None or owner.entry is None:
            continue
        s.aliases = (*s.aliases, f"{text[owner.start : owner.end]} {s.name}")
        national.setdefault(s.name, set()).add(f"{s.name} of {owner.entry.name}")
        s.name = f"{s.name} of {owner.entry.name}"
    # "the Ministry of Trade, Industry and Fisheries" beside "the Norwegian Ministry of ...":
    # the bare name is that country's ministry.
    for s in shapes:
        names = national.get(s.name, set()) if s.rule == "shape:ministry-of" else set()
        if len(names) == 1:
            s.name = next(iter(names))


def _portfolio_ministries(text: str, known: list[Mention]) -> list[Mention]:
    """ "a Finnish foreign ministry official", "Israel's defence ministry said": a country's
    ministry named by its portfolio in lower case is "Ministry of Foreign Affairs of Finland"
    (`recognise.yaml: portfolio_ministries`)."""
    portfolios: dict[str, str] = lexicon("recognise")["portfolio_ministries"]
    pattern = re.compile(
        rf"(?:['’]s)?[ \t]+(?P<word>{'|'.join(portfolios)})[ \t]+(?:ministry|ministries)\b"
    )
    out: list[Mention] = []
    for owner in known:
        if owner.label != "Country" or owner.entry is None:
            continue
        hit = pattern.match(text, owner.end)
        if hit is None or (owner.form == "demonym" and text[owner.end] != " "):
            continue
        a, b = hit.start("word"), hit.end()
        name = f"Ministry of {portfolios[hit.group('word')]} of {owner.entry.name}"
        out.append(
            Mention(
                a,
                b,
                text[a:b],
                "Organization",
                name,
                "ministry",
                "shape",
                "shape:portfolio-ministry",
                "shape",
                aliases=(text[owner.start : b],),
            )
        )
    return out


# "the ICEYE constellation", "for Japanese SAR satellite constellation": an owner (a company or
# agency, or a nationality) and up to two words before "constellation".
_CONSTELLATION = re.compile(
    r"(?P<words>(?:[ \t]+(?:[A-Z]{2,6}|[a-z][\w-]+)){0,2}?)[ \t]+constellation\b"
)


def _described_constellations(text: str, known: list[Mention]) -> list[Mention]:
    """A constellation named by its owner ("access to the ICEYE constellation") or by a
    nationality and its kind ("Japanese SAR satellite constellation") is a programme; after
    "a/an" it is any constellation of that kind, no programme."""
    out: list[Mention] = []
    for owner in known:
        company = owner.label == "Organization" and owner.subtype in ("company", "agency")
        nation = owner.label == "Country" and owner.form == "demonym"
        if not (company or nation):
            continue
        hit = _CONSTELLATION.match(text, owner.end)
        if hit is None or (company and hit.group("words")):
            continue
        lead = text[max(0, owner.start - 40) : owner.start]
        if re.search(
            r"(?<![\w-])(?:a|an|any|another|each|every)(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+$", lead
        ):
            continue
        words = hit.group("words").split()
        if nation and not (words and words[-1] == "satellite"):
            continue  # "the Japanese constellation" may be any constellation serving Japan
        a, b = owner.start, hit.end()
        name = text[a:b]
        out.append(
            Mention(a, b, name, "Program", name, "other", "shape", "shape:constellation", "shape")
        )
    return out


_CAMP = re.compile(rf"(?<![\w-])Camp[ \t]+{CAP}(?:[ \t]+{CAP})?")


def _military_camps(text: str, taken: list[Mention]) -> list[Mention]:
    """ "a United States base at Camp Lemonnier": "Camp" and a name, in a sentence about
    bases or troops (`recognise.yaml: military_camp_cues`), is a military base."""
    cues = set(lexicon("recognise")["military_camp_cues"])
    out = []
    for m in _CAMP.finditer(text):
        a, b = m.span()
        clause = re.split(r"[.!?]\s", text[max(0, a - 160) : a])[-1]
        if not cues & {w.lower() for w in re.findall(r"[\w-]+", clause)}:
            continue
        if any(t.start < b and a < t.end for t in taken if t.source != "shape"):
            continue
        name = text[a:b]
        out.append(
            Mention(a, b, name, "Facility", name, "other", "shape", "shape:military-camp", "shape")
        )
    return out


_CRAFT_NOUNS = r"(?:mission|satellite|spacecraft|probe|constellation|rover|lander|orbiter)"
_DESCRIPTION = (
    r"(?:a|an|the|[A-Z][\w-]*['’]s)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?P<noun>" + _CRAFT_NOUNS + r")"
)
_CODE_NAME = r"(?P<name>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)?)"
_NOUN_ENDS = (
    r"(?=[ \t]*[,.;:)]|[ \t]+(?:that|which|to|for|of|launched|built|would|will|is|was|"
    r"designed|planned|due)\b)"
)
_CODE_NAMED_CRAFT = (
    # "CLEAR, a separate national mission that would ...": a code name and its description.
    re.compile(rf"(?<![\w-]){_CODE_NAME},[ \t]+{_DESCRIPTION}{_NOUN_ENDS}"),
    # "India's first experimental communications satellite, APPLE, was launched".
    re.compile(rf"{_DESCRIPTION},[ \t]+{_CODE_NAME}(?=[ \t]*[,.;:)])"),
)


def _code_named_craft(text: str, taken: list[Mention]) -> list[Mention]:
    """A capitalised code name beside its description as a spacecraft or mission."""
    nouns: dict[str, str] = lexicon("recognise")["designator_nouns"]
    out = []
    for pattern in _CODE_NAMED_CRAFT:
        for m in pattern.finditer(text):
            a, b = m.span("name")
            if any(t.start < b and a < t.end for t in taken if t.source != "shape"):
                continue
            name = m.group("name")
            subtype = nouns.get(m.group("noun"), "other")
            out.append(
                Mention(a, b, name, "Program", name, subtype, "shape", "shape:code-name", "shape")
            )
    return out


@functools.cache
def _craft_name_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    data = lexicon("recognise")
    nouns: dict[str, str] = data["craft_nouns"]
    noun = "|".join(re.escape(n).replace(r"\ ", "[ \t]+") for n in sorted(nouns, key=len)[::-1])
    openers = "|".join(data["craft_name_openers"])
    # Lowercase words between the name and its noun, but no clause word ("X and the module").
    mod = (
        r"(?!(?:and|or|of|for|to|with|that|which|from|on|in|at|by|as|is|was|will)[ \t])"
        r"[a-z][a-z-]+"
    )
    # The noun ends the phrase: "the BIRDS satellite project", "the Bremen satellite maker" and
    # "satellite communication" name a project, a company and a service.
    ends = (
        r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:[a-z]+ed|is|was|are|were|will|would|has|had|that|"
        r"which|to|for|of|and|or|in|on|at|from|by|with|into|aboard|carrying|built|flew|flies)\b)"
    )
    pattern = re.compile(
        rf"(?:(?<![\w-])(?:[Tt]he|an?|[Ii]ts|[Tt]heir)|['’]s)[ \t]+(?:(?:{openers})[ \t]+)?"
        rf"(?P<name>{_NAME_TOKEN}(?:[ \t]+(?:{_NAME_TOKEN}|\d\w*)){{0,2}})"
        rf"(?:[ \t]+{mod}){{0,2}}?[ \t]+(?P<noun>{noun})(?![\w-]){ends}",
        re.M,
    )
    return pattern, nouns


def _named_craft(text: str, taken: list[Mention]) -> list[Mention]:
    """ "Turin builds the I-Hab habitation module", "capacity on Telesat's Telstar 11N
    geostationary satellite", "the NIRISS instrument": an unknown capitalised name right
    before a craft noun (`recognise.yaml: craft_nouns`) names a programme."""
    pattern, nouns = _craft_name_pattern()
    data = lexicon("recognise")
    ordinary = set(data["stopwords"]) | set(data["titles"]) | set(data["generic_programme_words"])
    ordinary |= set(data["craft_name_blockers"])
    out: list[Mention] = []
    for m in pattern.finditer(text):
        a, b = m.span("name")
        words = text[a:b].split()
        if ordinary & set(words) or any(_COMPOUND_ADJECTIVE.match(w) for w in words):
            continue  # "the Earth observation satellite", "the Ka-band satellite"
        if any(t.start < b and a < t.end for t in taken):
            continue  # a known body or people ("the Kazakh satellite", "the ESA module")
        name = text[a:b]
        if _has_numbered_member(text, name):
            continue  # "a second Quelcasat satellite" beside "Quelcasat-2": a family
        subtype = nouns[" ".join(m.group("noun").split())]
        out.append(
            Mention(a, b, name, "Program", name, subtype, "shape", "shape:named-craft", "shape")
        )
    return out


def _possessive_names(text: str, known: list[Mention], taken: list[Mention]) -> list[Mention]:
    """ "<Country>'s <Name>" where the name is unknown: a company, or a programme when a
    programme noun follows ("Japan's Hakuto satellite")."""
    cues = lexicon("recognise")["designator_nouns"]
    stop = set(lexicon("recognise")["stopwords"])
    programme_heads = {
        h["head"]: h["subtype"]
        for h in lexicon("recognise")["heads"]
        if h["type"] == "Program" and " " not in h["head"]
    }
    out: list[Mention] = []
    for owner in known:
        if owner.label != "Country" or owner.form == "demonym":
            continue
        m = _POSSESSIVE_NAME.match(text, owner.end)
        if not m or m.group("name").split()[0] in stop:
            continue
        a, b = m.start("name"), m.end("name")
        if any(t.start < b and a < t.end for t in taken):
            continue
        # "China's Great Wall" beside "China Great Wall Industry Corporation": the short form.
        owned = {
            k.name: k
            for k in known + taken
            if k.label == "Organization"
            and fold(k.text).startswith(fold(f"{owner.text} {text[a:b]} "))
        }
        if len(owned) == 1:
            full = next(iter(owned.values()))
            out.append(
                replace(full, start=a, end=b, text=text[a:b], form="alias", rule="possessive-short")
            )
            continue
        after = [t.norm for t in tokens(text[b : b + 40])][:2]
        if _not_a_possessed_name(text, a, b, after):
            continue
        if len(text[a:b].split()) == 1 and re.match(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]", text[b:]):
            continue  # "Vanuatu's Office of the Government ...": the head of a longer name
        noun = next((w for w in after if w in cues), "")
        label, subtype = ("Program", cues[noun]) if noun in cues else ("Organization", "company")
        if label == "Organization" and re.search(r"-\d", text[a:b]):
            label, subtype = "Program", "other"  # a numbered name is a programme
        # "Chile's National Satellite System": a programme head ends the name.
        head = programme_heads.get(text[a:b].split()[-1])
        if label == "Organization" and head and len(text[a:b].split()) > 1:
            label, subtype = "Program", head
        out.append(
            Mention(
                a, b, text[a:b], label, text[a:b], subtype, "shape", "shape:possessive", "shape"
            )
        )
    return out


_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
# "Ziyuan-3 02": a zero-padded serial after a numbered name is part of it.
_SERIAL = re.compile(r"[ \t]0\d(?![\w-])")


def _extend_designation(text: str, a: int, b: int) -> tuple[int, int]:
    """Widen a hyphen-numbered name over the words that belong to it: a name before a Roman
    numeral ("Mohammed VI-A") or before a generic word ("Bangabandhu Satellite-2", "Ethiopian
    Remote Sensing Satellite-1"), and a zero-padded serial after it ("Ziyuan-3 02")."""
    data = lexicon("recognise")
    generic = set(data["designation_words"])
    stop = set(data["stopwords"]) | set(data["titles"])
    base = text[a:b].split("-")[0]
    if _ROMAN.match(base) or base in generic:
        while True:
            word = re.search(rf"(?<![\w-])({_NAME_TOKEN})[ \t]+$", text[max(0, a - 40) : a])
            if not word or word.group(1) in stop:
                break
            a -= len(word.group(0))
            if not (
                word.group(1) in generic or (word.group(1)[:1].isupper() and _in_name(text, a))
            ):
                break
    serial = _SERIAL.match(text, b)
    return a, serial.end() if serial else b


def _in_name(text: str, a: int) -> bool:
    """Whether the capitalised word before `a` continues the name (not a sentence start)."""
    return bool(re.search(rf"(?<![\w-]){_NAME_TOKEN}[ \t]+$", text[max(0, a - 40) : a]))


def _family(name: str) -> str:
    """The family word of a numbered name: "Bangabandhu" of "Bangabandhu Satellite-2"."""
    return re.split(r"[- \t]", name)[0]


def _not_a_possessed_name(text: str, a: int, b: int, after: list[str]) -> bool:
    """ "Angola's Minister of ...", "Portugal's Azores archipelago", "Spain's Canary Islands",
    "Greece's Recovery and Resilience Facility", "Kazakhstan's Earth-observation satellite": a
    title, a place, a name that goes on past the words taken, or a compound adjective."""
    data = lexicon("recognise")
    name = text[a:b]
    if name.split()[0] in data["titles"] or _COMPOUND_ADJECTIVE.match(name):
        return True
    if after and (after[0] in data["geographic_nouns"] or after[0] in data["facility_words"]):
        return True
    if name.split()[-1].lower() in data["geographic_nouns"]:
        return True  # "Spain's Canary Islands", "Chile's Atacama Desert"
    if name.split()[-1] in data["region_words"]:
        return True  # "Russia's Far East", "Turkey's South East"
    goes_on = re.match(
        rf"[ \t]+(?:and|of|for|on|de)[ \t]+(?P<next>[A-Z]\w*)|[ \t]+{_NAME_TOKEN}", text[b:]
    )
    # "Namibia's National Commission on Research": the name goes on; "on Thursday" does not.
    return goes_on is not None and goes_on.group("next") not in data["stopwords"]


def _company_leads(text: str, taken: list[Mention]) -> list[Mention]:
    """ "Angkasa-X Holdings", later "Angkasa-X chief executive": a company found by shape
    whose name is one coined word (hyphenated, with a digit or an inner capital) and a
    company word is also named by that word alone, which is then no designation."""
    heads = {h["head"] for h in lexicon("recognise")["heads"] if h["subtype"] == "company"}
    heads |= set(lexicon("recognise")["company_suffixes"])
    leads: dict[str, Mention] = {}
    for m in taken:
        if m.label != "Organization" or m.source != "shape" or m.subtype != "company":
            continue
        lead, _, head = m.name.rpartition(" ")
        coined = re.fullmatch(r"\w+(?:-\w+)+|\w*\d\w*|\w+[A-Z]\w*", lead)
        if head in heads and " " not in lead and len(lead) >= 3 and coined:
            leads.setdefault(lead, m)
    out: list[Mention] = []
    for lead, m in leads.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(lead)}(?![\w-])", text):
            a, b = hit.span()
            if m.start <= a < m.end:
                continue
            out.append(replace(m, start=a, end=b, text=lead, form="alias", rule="shape:lead"))
    return out


def _numbered_programmes(text: str, taken: list[Mention]) -> list[Mention]:
    """ "KazEOSat-2, launched in 2014": a hyphen-numbered name near a programme word, and the
    other members of its family in the document ("NigComSat-2 and NigComSat-3")."""
    cues = set(lexicon("recognise")["programme_cues"])
    nouns = lexicon("recognise")["designator_nouns"]
    # A family's subtype comes from a catalogued member, by name or alias ("TKSat-1").
    families: dict[str, str | None] = {}
    for t in taken:
        for form in (t.name, t.text):
            if t.label == "Program" and re.search(r"-\d", form):
                families.setdefault(_family(form), t.subtype)
    found: list[tuple[int, int, str]] = []
    later: list[tuple[int, int]] = []
    for m in _hyphen_numbered().finditer(text):
        a, b = _extend_designation(text, m.start(), m.end())
        if any(t.start < b and a < t.end and not (a <= t.start and t.end < b) for t in taken):
            continue
        # "Alcomsat-1, Algeria's first communications satellite": the noun may come a few
        # words on, past an apposition's owner and ordinal.
        after = [t.norm for t in tokens(text[b : b + 60])][:8]
        before = [t.norm for t in tokens(text[max(0, a - 40) : a])][-3:]
        if before and before[-1] in _NAMING_VERBS:
            # "a communications satellite for the kingdom, provisionally named Techo-1"
            clause = re.split(r"[.!?;]\s", text[max(0, a - 100) : a])[-1]
            before = [t.norm for t in tokens(clause)][-12:]
        if not cues & set(after + before):
            later.append((a, b))
            continue
        # The nearest noun decides: the next few words, then those before, then the rest.
        order = after[:4] + before[::-1] + after[4:]
        found.append((a, b, next((nouns[w] for w in order if w in nouns), "other")))
        families.setdefault(_family(text[a:b]), found[-1][2])
    found += [
        (a, b, families[_family(text[a:b])] or "other")
        for a, b in later
        if _family(text[a:b]) in families
    ]
    return [
        Mention(
            a, b, text[a:b], "Program", text[a:b], sub, "shape", "shape:numbered-programme", "shape"
        )
        for a, b, sub in sorted(found)
    ]


def _number_word_programmes(text: str, taken: list[Mention]) -> list[Mention]:
    """ "Challenge One, the first satellite designed in ...", "a second satellite, Challenge
    Two": a name and a spelled-out number beside a programme noun is a programme, and so are
    the other numbers of that name in the document (`recognise.yaml: number_words`)."""
    data = lexicon("recognise")
    cues = set(data["programme_cues"])
    nouns = data["designator_nouns"]
    blockers = set(data["number_word_blockers"]) | set(data["stopwords"]) | set(data["titles"])
    numbers = "|".join(data["number_words"])
    pattern = re.compile(rf"(?<![\w-])(?P<family>[A-Z][\w-]+)[ \t]+(?:{numbers})(?![\w-])")
    found: dict[str, str] = {}
    spans: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        a, b = m.span()
        if m.group("family") in blockers or any(t.start < b and a < t.end for t in taken):
            continue
        spans.append((a, b, m.group("family")))
        after = [t.norm for t in tokens(text[b : b + 50])][:6]
        before = [t.norm for t in tokens(text[max(0, a - 30) : a])][-2:]
        # Only in apposition: the noun right before the name or in the phrase after its comma.
        close = (text[b : b + 1] == "," and cues & set(after)) or cues & set(before)
        if close and not re.match(r"[ \t]+[A-Z]", text[b:]):
            order = after + before[::-1]
            found[m.group("family")] = next((nouns[w] for w in order if w in nouns), "other")
    return [
        Mention(
            a,
            b,
            text[a:b],
            "Program",
            text[a:b],
            found[family],
            "shape",
            "shape:number-word-programme",
            "shape",
        )
        for a, b, family in spans
        if family in found
    ]


# "Ariane 1", "Antares 230+", "Nilesat 101", "Türksat 5A", "Delta 2914" (four digits that are
# no year), "Palapa B2" (a letter and a number: satellites only): a number after a space.
_SPACED_DESIGNATOR = re.compile(
    # "Intelsat 33e": an EpicNG-style lower-case "e" ends a designation like a capital letter.
    r"[ \t](?P<num>\d{1,3}(?:[A-Z]|e)?\+?|(?!19|20)\d{4}|(?P<lettered>[A-Z]\d{1,2}))"
    r"(?![\w+-]|[.,]\d)(?:[ \t]+(?P<next>[\w-]+))?"
)
_MISSION_GAP = re.compile(r"[ \t]+Mission(?=[ \t]\d)")
_FAMILY_WORD = re.compile(r"(?<![\w-])[A-Z][\w]+(?=[ \t]\d)")


@functools.cache
def _programme_families(catalogue: Catalogue) -> dict[str, str | None]:
    """First words of catalogued programme names, with a subtype: "Ariane" (of "Ariane 5"),
    "Rashid" (of "Rashid rover")."""
    out: dict[str, str | None] = {}
    for e in catalogue.entries:
        if e.type == "Program" and e.name[:1].isupper():
            out.setdefault(e.name.split()[0].split("-")[0], e.subtype)
    return out


def _family_words(text: str, catalogue: Catalogue, taken: list[Mention]) -> list[Mention]:
    """The first word of a catalogued programme before a number, as a mention the spaced
    designation rule can number: "Ariane" in "Ariane 1", "Rashid" in "Rashid 2"."""
    families = _programme_families(catalogue)
    out: list[Mention] = []
    for w in _FAMILY_WORD.finditer(text):
        sub = families.get(w.group())
        if w.group() not in families or any(t.start < w.end() and w.start() < t.end for t in taken):
            continue
        out.append(
            Mention(
                w.start(),
                w.end(),
                w.group(),
                "Program",
                w.group(),
                sub,
                "derived",
                "family-word",
                "derived",
            )
        )
    return out


def _spaced_designations(text: str, taken: list[Mention]) -> list[Mention]:
    """A programme's version or a satellite named after its operator, numbered after a space:
    "the third flight of Ariane 1", "the last Antares 230+", "Blue Ghost Mission 2 lander",
    "Nilesat 101". A count is no designation ("Soyuz 5 times", "Nilesat 2 satellites"): the
    word after the number may not be a plural or a unit. An operator's name takes only a
    designation of two digits or with a letter ("Nilesat 101", "Arabsat 6A")."""
    data = lexicon("recognise")
    nouns = data["designator_nouns"]
    units = set(data["count_words"])
    out: list[Mention] = []
    for m in taken:
        company = m.label == "Organization" and m.subtype == "company"
        if not (m.label == "Program" or company) or m.form == "demonym":
            continue
        # "Hakuto-R Mission 2": a programme's numbered mission.
        gap = _MISSION_GAP.match(text, m.end) if m.label == "Program" else None
        at = gap.end() if gap else m.end
        d = _SPACED_DESIGNATOR.match(text, at)
        if d is None:
            continue
        # "Inmarsat-6 F2": a numbered name takes a flight-model number; nothing else.
        if re.search(r"\d$", m.text) and not (d.group("lettered") or "").startswith("F"):
            continue
        num, nxt = d.group("num"), (d.group("next") or "")
        if nxt.lower() in units or (
            nxt.endswith("s") and nxt.islower() and len(nxt) > 3 and nxt not in nouns
        ):
            continue
        if company and len(num.rstrip("+")) < 2:
            continue
        if d.group("lettered") and m.subtype not in ("satellite", None):
            continue
        b = at + 1 + len(num)
        name = re.sub(r"\s+", " ", f"{text[m.start : at]} {num}")
        sub = nouns.get(nxt.lower(), m.subtype if m.label == "Program" else "satellite")
        out.append(
            Mention(
                m.start,
                b,
                text[m.start : b],
                "Program",
                name,
                sub,
                "derived",
                "shape:spaced-designation",
                "derived",
            )
        )
    return out


def _has_numbered_member(text: str, family: str) -> bool:
    """Whether the text names a numbered member of the family ("GuaraniSat-2")."""
    return bool(re.search(rf"(?<![\w-]){re.escape(family)}-[0-9A-Z]", text))


# Words that cannot stand between a name and its programme noun ("in Espoo and provide
# mission support" names no "Espoo" mission).
_FUNCTION_WORDS = r"(?:and|or|but|to|in|of|for|with|by|at|on|from|as|the|a|an|its|their|is|was)"


def _programme_lists(text: str, taken: list[Mention]) -> list[Mention]:
    """Names before a programme noun: "the Megha-Tropiques and SARAL climate satellites",
    "the Hope probe"."""
    data = lexicon("recognise")
    nouns: dict[str, str] = data["programme_nouns"]
    stop = set(data["stopwords"]) | set(data["generic_modifiers"])
    stop |= set(data["generic_programme_words"])
    noun_alt = "|".join(sorted(nouns, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w-])(?P<list>{_PROGRAMME_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]*and[ \t]+)"
        rf"{_PROGRAMME_NAME})*)[ \t]+(?:(?!{_FUNCTION_WORDS}\b)[a-z][\w-]*[ \t]+){{0,2}}"
        rf"(?P<noun>{noun_alt})\b"
    )
    # "the Samara rocket maker", "a Danish satellite operator": the noun names a trade.
    trades = {w for spec in data["apposition_types"] for w in spec["words"]} | {"builder"}
    out: list[Mention] = []
    for m in pattern.finditer(text):
        noun = m.group("noun")
        follower = re.match(r"[ \t]+([a-z][\w-]*)", text[m.end() : m.end() + 30])
        if follower and follower.group(1) in trades:
            continue
        names = list(re.finditer(_PROGRAMME_NAME, m.group("list")))
        if len(names) > 1 and not noun.endswith("s"):
            continue
        for n in names:
            a, b = m.start("list") + n.start(), m.start("list") + n.end()
            words = n.group().split()
            named = _named_project(text, m, n, taken + out)
            if named is not None:
                out.append(named)
                continue
            while words and words[0] in stop:
                a += len(words[0]) + 1
                words = words[1:]
            word = " ".join(words)
            if not word or any(w in stop for w in words):
                continue
            if any(t.start < b and a < t.end for t in taken + out):
                continue
            if re.match(r"^\w+-[a-z]", word):
                continue  # a compound adjective: "Earth-imaging satellite"
            plain = len(words) == 1 and word[1:].islower() and word.isalpha()
            start_of_sentence = a == 0 or bool(
                re.search(r"(?:^|[.!?]\s+|\n)\W*$", text[max(0, a - 4) : a])
            )
            if plain and (start_of_sentence or len(word) < 4):
                continue
            if word in data["branch_words"]:
                continue  # "ispace Europe on testing rover wheels": a branch's region word
            name = word
            direct = not text[b : m.start("noun")].strip()
            aliases: tuple[str, ...] = ()
            if len(names) == 1 and not noun.endswith("s") and _has_numbered_member(text, word):
                continue  # "a second GuaraniSat satellite" is one member, not the family
            if noun in data["named_with_noun"] and len(names) == 1 and direct:
                # "the BIRDS programme", "the San Marco project": the noun is part of the name.
                b = m.end("noun")
                name = text[a:b]
                aliases = (word,)
            elif len(names) == 1 and direct and noun in data["series_nouns"]:
                # "the two Mohammed VI satellites": the series, also named with its noun.
                aliases = (text[a : m.end("noun")],)
            out.append(
                Mention(
                    a,
                    b,
                    name,
                    "Program",
                    name,
                    nouns[noun],
                    "shape",
                    "shape:programme-noun",
                    "shape",
                    aliases=aliases,
                )
            )
    return out


def _named_project(
    text: str, m: re.Match[str], n: re.Match[str], taken: list[Mention]
) -> Mention | None:
    """ "the Air Launch project", "the African Development Satellite project": a name of two
    or more words right before "project"/"programme" keeps its ordinary words (launch,
    satellite, African) when one of its words is not one; the noun is part of the name."""
    data = lexicon("recognise")
    noun = m.group("noun")
    if (
        noun not in data["named_with_noun"]
        or text[m.start("list") + n.end() : m.start("noun")].strip()
    ):
        return None
    if m.group("list") != n.group():
        return None  # a list of names
    ordinary = set(data["generic_modifiers"]) | set(data["generic_programme_words"])
    a, b = m.start("list") + n.start(), m.start("list") + n.end()
    words = n.group().split()
    while words and words[0] in data["stopwords"]:
        a += len(words[0]) + 1
        words = words[1:]
    if len(words) < 2 or all(w in ordinary for w in words) or words[0] in ordinary:
        return None
    if not any(w in ordinary for w in words):
        return None  # left to the general rule
    if any(t.start < b and a < t.end for t in taken):
        return None
    if re.search(r"[A-Z][\w-]*[ \t]+$", text[max(0, a - 40) : a]):
        return None  # the tail of a longer name
    end = m.end("noun")
    name = text[a:end]
    return Mention(
        a,
        end,
        name,
        "Program",
        name,
        data["programme_nouns"][noun],
        "shape",
        "shape:named-project",
        "shape",
        aliases=(text[a:b],),
    )


def _names_ending_in_country(text: str, known: list[Mention]) -> list[Mention]:
    """An unknown capitalised word right before a country name, mid-sentence, makes an
    organisation's name with it ("Telkom Indonesia", "Air India")."""
    stop = set(lexicon("recognise")["stopwords"]) | set(lexicon("recognise")["titles"])
    stop |= set(lexicon("recognise")["region_words"])
    out = []
    for m in known:
        if m.label != "Country" or m.form not in ("name", "alias"):
            continue
        before = re.search(r"(?<![\w-])([A-Z][a-z]+)[ \t]+$", text[max(0, m.start - 30) : m.start])
        if not before or before.group(1) in stop:
            continue
        a = m.start - len(before.group(0))
        opener = a == 0 or re.search(r"(?:^|[.!?:;]\s+|\n)\W*$", text[max(0, a - 3) : a])
        if opener and re.search(r"(?:ing|ed|ly|ern)$", before.group(1)):
            continue  # "Neighbouring Kazakhstan", "Northern Norway" open a sentence
        if any(k.start < m.start and a < k.end for k in known):
            continue
        name = text[a : m.end]
        out.append(
            Mention(
                a,
                m.end,
                name,
                "Organization",
                name,
                "company",
                "shape",
                "shape:name-with-country",
                "shape",
            )
        )
    return out


def _country_operators(text: str, known: list[Mention]) -> list[Mention]:
    """A country name and one trade word after it name a national operator ("Bulgaria Sat",
    "Mongolia Telecom"; `recognise.yaml: country_operator_words`), when no other capitalised
    word follows."""
    words = "|".join(re.escape(w) for w in lexicon("recognise")["country_operator_words"])
    tail = re.compile(rf"[ \t]+(?:{words})(?![\w-])(?![ \t]+[A-Z])")
    out = []
    for m in known:
        if m.label != "Country" or m.form not in ("name", "alias"):
            continue
        hit = tail.match(text, m.end)
        if hit is None:
            continue
        name = text[m.start : hit.end()]
        out.append(
            Mention(
                m.start,
                hit.end(),
                name,
                "Organization",
                name,
                "company",
                "shape",
                "shape:country-operator",
                "shape",
            )
        )
    return out


def _names_led_by_country(text: str, known: list[Mention]) -> list[Mention]:
    """A country name right before a known organisation of that country is part of its name
    ("China Great Wall Industry Corporation"), not a separate entity."""
    out = []
    for c, m in itertools.pairwise(known):
        if c.label != "Country" or c.form not in ("name", "alias") or m.label != "Organization":
            continue
        if m.entry is None or m.entry.country != c.name or text[c.end : m.start] != " ":
            continue
        out.append(
            Mention(
                c.start,
                m.end,
                text[c.start : m.end],
                m.label,
                m.name,
                m.subtype,
                "alias",
                "name-led-by-country",
                "derived",
                m.entry,
            )
        )
    return out


def _branches(text: str, known: list[Mention]) -> list[Mention]:
    """A known organisation followed by a regional word names its branch ("ispace Europe"),
    and a catalogued company followed by a country's name its national subsidiary
    ("ClearSpace UK", "Open Cosmos Portugal")."""
    words = lexicon("recognise")["branch_words"]
    pattern = re.compile(r"[ \t]+(?:" + "|".join(re.escape(w) for w in words) + r")\b")
    countries = {
        k.start: k.end for k in known if k.label == "Country" and k.form in ("name", "acronym")
    }
    out = []
    for m in known:
        if m.label != "Organization" or m.form == "demonym":
            continue
        hit_end = None
        hit = pattern.match(text, m.end)
        if hit:
            hit_end = hit.end()
        elif m.subtype == "company" and text[m.end : m.end + 1] == " ":
            end = countries.get(m.end + 1)
            # "ClearSpace UK won", not "Airbus Japan's office" or "SpaceX Japan Airlines".
            if end is not None and not re.match(r"['’]s\b|[ \t]+[A-Z]", text[end : end + 3]):
                # "Thales Alenia Space Italy" is catalogued as the company itself.
                own = {fold(a) for a in m.entry.aliases} if m.entry else set()
                hit_end = None if fold(text[m.start : end]) in own else end
        if hit_end is not None:
            name = text[m.start : hit_end]
            out.append(
                Mention(
                    m.start,
                    hit_end,
                    name,
                    "Organization",
                    name,
                    m.subtype or "company",
                    "derived",
                    "branch",
                    "derived",
                )
            )
    return out


def _first_word_surfaces(mentions: list[Mention], catalogue: Catalogue) -> dict[str, Mention]:
    """The first words companies of the document are named again by ("Axiom" for "Axiom
    Space"): only a word that names nothing in the catalogue and is in the name of no other
    actor or place of the document ("Gilmour" beside "Adam Gilmour" could be either; a
    programme named after its company, "Axiom Mission 4", leaves "Axiom" to the company)."""
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.label != "Organization" or m.subtype != "company":
            continue
        word = first_word_form(m.name)
        if word is None or not _distinctive(word) or catalogue.lookup(word):
            continue
        if any(
            x.identity != m.identity and x.label != "Program" and word in x.name.split()
            for x in mentions
        ):
            continue
        out.setdefault(word, m)
    return out


def _propagate(text: str, mentions: list[Mention], catalogue: Catalogue) -> list[Mention]:
    """Find again, anywhere, the names that were found by shape or as people (a surname
    alone, an acronym defined once, a name in a headline), and companies by their own first
    word."""
    first_words = _first_word_surfaces(mentions, catalogue)
    surfaces: dict[str, Mention] = dict(first_words)
    for m in mentions:
        if m.source not in ("shape", "person", "derived"):
            continue
        forms = {m.text, m.name, *m.aliases}
        if m.label == "Organization" and len(base_name(m.name).split()) >= 2:
            forms.add(base_name(m.name))  # "X Space Ltd" is also "X Space"
        if m.label == "Organization" and m.source == "shape" and m.subtype == "company":
            forms.update(f for f in short_forms(m.name) if _distinctive(f))
        if m.label == "Person":
            parts = m.name.split()
            if len(parts[-1]) >= 4:
                forms.add(parts[-1])
        for form in forms:
            if len(form) >= 3:
                surfaces.setdefault(form, m)
    if not surfaces:
        return []
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
        + r")(?![\w-])"
    )
    out = []
    for hit in pattern.finditer(text):
        a, b = hit.span()
        src = surfaces[hit.group()]
        if any(m.start < b and a < m.end and not _place_in_name(m, a, b, src) for m in mentions):
            continue
        if hit.group() in first_words and (
            re.match(r"[ \t]+[A-Z0-9]", text[b : b + 2])
            or re.search(r"[A-Z][\w-]*[ \t]+$", text[max(0, a - 40) : a])
        ):
            continue  # one word of a longer name ("Axiom Mission 4")
        form = "alias" if hit.group() != src.name else "name"
        out.append(
            Mention(
                a,
                b,
                hit.group(),
                src.label,
                src.name,
                src.subtype,
                form,
                "propagated",
                "propagated",
                src.entry,
                src.role,
            )
        )
    return out


def _distinctive(name: str) -> bool:
    """Whether a name has a word of its own, not only generic words ("Space Technology")."""
    data = lexicon("recognise")
    generic = set(data["generic_modifiers"]) | {h["head"] for h in data["heads"]}
    return any(w not in generic and w[:1].isupper() for w in name.split())


def _place_in_name(m: Mention, a: int, b: int, src: Mention) -> bool:
    """A country named inside an organisation's name found again ("Hong Kong" in "Hong Kong
    Aerospace Technology, which ...") is part of that name, not a mention of the place."""
    return src.label == "Organization" and m.label == "Country" and a <= m.start and m.end <= b


def _take_company_suffixes(text: str, mentions: list[Mention]) -> None:
    """A catalogued company written with its legal form ("Chang Guang Satellite Technology
    Co., Ltd.") is mentioned by the whole span, so no stray suffix is left between it and
    the words after it."""
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.label != "Organization" or m.entry is None:
            continue
        end = suffix_end(text, m.end)
        if end is not None and not any(m.end < s < end for s in starts):
            m.end, m.text = end, text[m.start : end]


def _fold_parent_short_forms(text: str, mentions: list[Mention]) -> None:
    """A company named by the first words of another company of the document ("Airbus" in an
    article about "Airbus Defence and Space", "Thales" beside "Thales Alenia Space") is that
    company: the short form is the usual shorthand. Both must be catalogued (a branch found
    by shape, "ispace Europe", is another company)."""
    companies = {
        m.identity: m
        for m in mentions
        if m.label == "Organization" and m.subtype == "company" and m.entry is not None
    }
    countries_before = {
        m.end for m in mentions if m.label == "Country" and m.form in ("name", "alias")
    }
    for m in mentions:
        if m.identity not in companies:
            continue
        # "France's Thales": a parent named with its nationality is the parent itself.
        possessive = re.search(r"['’]s[ \t]+$", text[max(0, m.start - 4) : m.start])
        if possessive and m.start - len(possessive.group()) in countries_before:
            continue
        longer = {
            k
            for k, c in companies.items()
            if fold(c.name).startswith(fold(m.text) + " ") and k != m.identity
        }
        if len(longer) == 1:
            target = companies[next(iter(longer))]
            m.name, m.entry, m.form = target.name, target.entry, "alias"
            m.source = target.source if target.source != "propagated" else m.source


def _fold_cut_lists(mentions: list[Mention]) -> None:
    """ "the Ministry of Science" after "Ministry of Science, Technology, Knowledge and
    Innovation": a name cut before the comma list of a longer uncatalogued name of the same
    type is that name (one longer name only)."""
    names = {m.name for m in mentions if m.label == "Organization" and m.entry is None}
    for m in mentions:
        if m.source not in ("shape", "propagated") or m.name not in names:
            continue
        longer = {k for k in names if k.startswith(m.name + ", ")}
        if len(longer) == 1:
            m.name, m.form = next(iter(longer)), "alias"


def _fold_initialled_forms(mentions: list[Mention]) -> None:
    """ "STI Secretariat" beside "Science, Technology and Innovation Secretariat": initials
    before the head of a longer uncatalogued organisation name are that name."""
    names = {m.name for m in mentions if m.label == "Organization" and m.entry is None}
    for m in mentions:
        if m.label != "Organization" or m.entry is not None or m.name not in names:
            continue
        lead, _, head = m.name.partition(" ")
        if not head or not is_acronym_form(lead):
            continue
        longer = {
            n
            for n in names
            if n.endswith(" " + head)
            and n != m.name
            and spells(lead, n[: -len(head)].replace(",", " ").split())
        }
        if len(longer) == 1:
            m.name, m.form = next(iter(longer)), "alias"


def _fold_bracketed_designations(text: str, mentions: list[Mention]) -> None:
    """ "Túpac Katari 2 (TKSat-2)": an uncatalogued programme name in brackets right after
    another programme's name is another name of it, wherever it is used."""
    renamed: dict[str, str] = {}
    for p, q in itertools.pairwise(mentions):
        same_kind = p.label == q.label == "Program" and q.entry is None
        if same_kind and text[p.end : q.start] == " (" and text[q.end : q.end + 1] == ")":
            renamed.setdefault(q.name, p.name)
    for m in mentions:
        if m.label == "Program" and m.entry is None and m.name in renamed:
            m.name, m.form = renamed[m.name], "alias"


def _fold_short_forms(mentions: list[Mention]) -> None:
    """A company found by shape whose name is another's without its group word ("X Orbital
    Holdings" beside "X Orbital Holdings Group") is that company."""
    longer: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "Organization" and m.subtype == "company" and m.entry is None:
            for short in short_forms(m.name):
                longer.setdefault(short, set()).add(m.name)
    for m in mentions:
        names = (
            longer.get(m.name, set()) if m.label == "Organization" and m.entry is None else set()
        )
        if len(names) == 1:
            m.name, m.form = next(iter(names)), "alias"


def _fold_suffix_variants(mentions: list[Mention]) -> None:
    """Names of one company with different suffix spellings, or with and without the suffix
    ("X Ltd", "X Limited", "X"), are one entity: the first name seen names it."""
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.label != "Organization" or m.form == "demonym":
            continue
        base = fold(base_name(m.name))
        if base == fold(m.name) and base not in first:
            continue  # a name without a suffix only joins a name with one
        target = first.setdefault(base, m)
        if target is not m and target.identity != m.identity and m.entry is None:
            m.name, m.form = target.name, "alias"


def _named_programme_appositions(text: str, mentions: list[Mention]) -> list[Mention]:
    """An uncatalogued short name followed by its description as a programme ("HUNOR, the
    Hungarian to Orbit programme") is that programme, everywhere in the document; the
    description is another name of it, and no programme of its own ("Orbit programme")."""
    nouns: dict[str, str] = lexicon("recognise")["programme_nouns"]
    named = lexicon("recognise")["named_with_noun"]
    word = r"(?:[A-Z][\w-]*|to|of|for|and|the)"
    pattern = re.compile(
        rf"(?<![\w-])(?P<short>[A-Z][\w-]*[A-Z0-9][\w-]*),[ \t]+the[ \t]+"
        rf"(?P<long>[A-Z][\w-]*(?:[ \t]+{word})*?)[ \t]+(?P<noun>{'|'.join(named)})\b"
    )
    retyped: dict[str, tuple[str, str, int, int]] = {}
    for hit in pattern.finditer(text):
        alias = f"{hit.group('long')} {hit.group('noun')}"
        retyped[hit.group("short")] = (
            alias,
            nouns[hit.group("noun")],
            hit.start("long"),
            hit.end(),
        )
    if not retyped:
        return mentions
    spans = [(a, b) for _, _, a, b in retyped.values()]
    out: list[Mention] = []
    for m in mentions:
        if m.entry is None and m.label == "Program" and any(a <= m.start < b for a, b in spans):
            continue
        if m.entry is None and m.name in retyped and m.label in ("Organization", "Program"):
            alias, subtype, _, _ = retyped[m.name]
            m.label, m.subtype = "Program", subtype
            m.aliases = tuple(dict.fromkeys((*m.aliases, alias)))
        out.append(m)
    return out


_KNOWN_AS = re.compile(
    r"(?:[ \t]+[a-z][\w-]*){0,3},?[ \t]+\(?"
    r"(?:(?:also|better|more[ \t]+commonly|commonly|widely)[ \t]+)?"
    r"(?:known[ \t]+as|called|a\.k\.a\.|aka|nicknamed|dubbed|"
    r"(?:formerly|formally|officially|legally)(?:[ \t]+known[ \t]+as)?)[ \t]+"
)


def _fold_known_as(text: str, mentions: list[Mention]) -> None:
    """ "the Simón Bolívar communications spacecraft, also known as VENESAT-1": two names of
    one thing; a name found by shape becomes an alias of the other one."""
    for m, nxt in itertools.pairwise(mentions):
        if m.label != nxt.label or m.label in ("Country", "Person") or m.identity == nxt.identity:
            continue
        if not _KNOWN_AS.fullmatch(text, m.end, nxt.start):
            continue
        if "shape" not in (m.source, nxt.source):
            continue  # two known names: the catalogue decides
        shape, other = (m, nxt) if nxt.source != "shape" else (nxt, m)
        old = shape.identity
        for x in mentions:
            if x.identity == old:
                x.name, x.entry, x.subtype = other.name, other.entry, other.subtype
                x.source, x.form = other.source, "alias"


def _link_surnames(mentions: list[Mention]) -> None:
    """A person named by the surname alone ("Minister Dubois") is the one person of the
    document with that full name ("Claire Dubois"); the mention takes that name."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "Person" and len(m.name.split()) > 1:
            full.setdefault(m.name.split()[-1], set()).add(m.name)
    for m in mentions:
        names = full.get(m.name, set()) if m.label == "Person" and " " not in m.name else set()
        if len(names) == 1:
            m.name = next(iter(names))
            m.form = "alias"


def _one_word_after_rank(text: str, person: Mention) -> bool:
    """ "General Electric", "General Motors": after a rank that is also an ordinary word
    (`recognise.yaml: full_name_titles`) only a full name is a person ("General Rodrigo
    Saavedra")."""
    ranks = "|".join(re.escape(t) for t in lexicon("recognise")["full_name_titles"])
    before = re.search(
        rf"(?<![\w-])(?:{ranks})[ \t]+$", text[max(0, person.start - 30) : person.start]
    )
    return bool(before) and len(person.name.split()) < 2


# A dateline up to the credit's opening bracket: "HANOI, March 4 (", "TUNIS, October 12, 2024 (".
_DATELINE_LEAD = re.compile(r"(?:^|\n)[^\W\d_a-z](?:[^\W\d_a-z]|[ .'/-])*,[^()\n]{0,40}\($")
_CREDIT_CLOSE = re.compile(r"\)[ \t]*[-–—]")


def _drop_wire_credits(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "HANOI, March 4 (Reuters) -": a news agency credited in the dateline carries the
    story; it is not a source the story cites (`recognise.yaml: wire_agencies`)."""
    wires = set(lexicon("recognise")["wire_agencies"])
    return [
        m
        for m in mentions
        if not (
            m.entry is not None
            and m.entry.name in wires
            and _DATELINE_LEAD.search(text[max(0, m.start - 80) : m.start])
            and _CREDIT_CLOSE.match(text, m.end)
        )
    ]


@functools.cache
def _ticker_bracket() -> re.Pattern[str]:
    """ "(NYSE American: EXC)", "(TSX:ABC; OTCQX: ABCDF)", "(Nasdaq: XYZ, XYZW)"."""
    names = sorted(lexicon("recognise")["stock_exchanges"], key=len, reverse=True)
    exchange = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    listing = rf"{exchange}\s*[:：]\s*[A-Za-z0-9][\w.\-]{{0,11}}"
    more = rf"(?:\s*[,;/]\s*(?:{listing}|[A-Z0-9][\w.\-]{{0,11}}))*"
    return re.compile(rf"\(\s*{listing}{more}\s*\)", re.IGNORECASE)


_CURRENCY_AFTER = re.compile(
    r"\$|[ \t]+(?:dollars?|euros?|rubles?|roubles?|yuan|renminbi|yen|pounds?|rupees?|reais|won"
    r"|francs?|dirhams?|riyals?|kroner|kronor|krona|tenge|pesos?|shillings?|naira|rand|lira)\b"
)


def _drop_ticker_brackets(text: str, mentions: list[Mention]) -> list[Mention]:
    """A listing in brackets after a company names no entity of its own: "Example, Inc.
    (NYSE American: EXC)" is no mention of a satellite called EXC (`stock_exchanges`)."""
    spans = [(m.start(), m.end()) for m in _ticker_bracket().finditer(text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]


def recognise(text: str, catalogue: Catalogue) -> Recognition:
    """Mentions and entities of a cleaned text."""
    toks = tokens(text)
    known = catalogue_mentions(text, toks, catalogue)
    derived = designated_mentions(text, toks, known) + _branches(text, known)
    derived += _names_led_by_country(text, sorted(known, key=lambda m: m.start))
    capitals = capital_mentions(text, toks, catalogue)
    people = [
        p
        for p in person_mentions(text, known)
        if plausible_person(p.name) and not _one_word_after_rank(text, p)
    ]
    people += more_person_mentions(text, known)
    shapes = shape_mentions(text, _title_lines(text)) + table_first_cells(text)
    shapes = _drop_explained_shapes(text, shapes + bullet_heads(text), known)
    shapes = _strip_office_titles(shapes)
    _national_ministries(text, known, shapes)
    shapes += place_station_mentions(text, known)
    first = [*known, *derived, *capitals, *people, *shapes]
    first += described_names(text, first)
    first += _company_leads(text, first)
    first += _numbered_programmes(text, first)
    first += _number_word_programmes(text, first)
    first += _possessive_names(text, known, first)
    first += _military_camps(text, first)
    first += _code_named_craft(text, first)
    first += _named_craft(text, first)
    first += _portfolio_ministries(text, known)
    first += _described_constellations(text, known)
    first += _names_ending_in_country(text, known)
    first += _country_operators(text, known)
    first += _programme_lists(text, first)
    first += _spaced_designations(text, first + _family_words(text, catalogue, first))
    # A near-miss spelling may still beat a name found by shape ("company Rokketsan").
    taken = [(m.start, m.end) for m in first if m.source != "shape"]
    first += fuzzy_mentions(text, toks, catalogue, taken)
    mentions = resolve_overlaps(first)
    propagated = _propagate(text, mentions, catalogue)
    # A name found again may carry a designation of its own ("Palapa B2" after "Palapa").
    mentions = resolve_overlaps(mentions + propagated + _spaced_designations(text, propagated))
    mentions = defined_acronyms(text, mentions)
    mentions = _named_programme_appositions(text, mentions)
    mentions = _drop_wire_credits(text, mentions)
    mentions = _drop_ticker_brackets(text, mentions)
    # "US$9 million", "1.1 million US dollars", "Russian roubles": a currency, no mention of
    # the country
    mentions = [
        m for m in mentions if not (m.label == "Country" and _CURRENCY_AFTER.match(text, m.end))
    ]
    # "synthetic aperture radar (SAR)": a technique's acronym names no programme or body.
    terms = term_acronyms(text)
    mentions = [m for m in mentions if m.entry is not None or m.text not in terms]
    _link_surnames(mentions)
    _take_company_suffixes(text, mentions)
    _fold_parent_short_forms(text, mentions)
    _fold_suffix_variants(mentions)
    _fold_short_forms(mentions)
    _fold_bracketed_designations(text, mentions)
    _fold_cut_lists(mentions)
    _fold_initialled_forms(mentions)
    _fold_known_as(text, mentions)
    # Catalogued people count only where the text gives their role.
    roles = {m.identity: m.role for m in mentions if m.label == "Person" and m.role}
    mentions = [m for m in mentions if m.label != "Person" or m.identity in roles]
    entities: dict[tuple[str, str], Entity] = {}
    uncatalogued: list[str] = []
    for m in mentions:
        ent = entities.get(m.identity)
        if ent is None:
            catalogued = m.entry is not None and m.source in ("catalogue", "fuzzy", "capital")
            ent = Entity(m.label, m.name, m.subtype, catalogued, m.entry, roles.get(m.identity))
            entities[m.identity] = ent
            if not catalogued and m.label != "Person":
                uncatalogued.append(m.name)
        ent.mentions.append(m)
        if m.form not in ("coref",) and fold(m.text) != fold(ent.name):
            ent.aliases.add(m.text)
        for alias in m.aliases:
            if fold(alias) != fold(ent.name):
                ent.aliases.add(alias)
    return Recognition(mentions, entities, sorted(set(uncatalogued)))
