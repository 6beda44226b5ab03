"""Names the catalogue does not know, found by their shape: a head word ("... Space Agency",
"... Aerospace", "... University", "... Cosmodrome"), a company-form suffix ("PTE", "GmbH"),
"Ministry of ...", a site noun ("Zenit complex"), a numbered site ("site No. 45"), an event
noun ("... forum"), an acronym definition ("Micro Satellite Launch System (MUFS)"), a company
noun before it ("local firm New ServiceArt"), a news-source position ("(MNTV) —",
"..., Azernews reports"). They become entities with catalogued=false.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from loaders.mentions import Mention
from loaders.resources import lexicon

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁӘҒҚҢӨҰҮҺІ"
# A capitalised word (with inner hyphens: "Al-Farabi"); a possessive "'s" ends it.
CAP = rf"(?<![\w-])[{_UPPER}][\w]*(?:-\w+)*(?:['’](?!s\b)\w+)?"
CONNECTOR = r"(?:of|for|on|and|&|de|du|des|di|del|da|la|le|van|von|bin|al|el|the)"
# A run of capitalised words with lower-case connectors, on one line.
RUN = re.compile(rf"{CAP}(?:(?:[ \t]+{CONNECTOR}){{0,2}}[ \t]+{CAP})*")
# "operator Telecomunicaciones de México": connectors inside names in other languages.
_ROMANCE_CONNECTOR = r"(?:de|del|do|da|dos|das|des|du|di|della|y|e)"
_WORD = re.compile(rf"{CAP}|\S+")
_ACRONYM_AFTER = re.compile(rf"[ \t]*\((?P<acr>[{_UPPER}][{_UPPER}0-9&-]{{1,9}})\)")
# A short form in brackets that may keep the head word: "(AIR Centre)".
_SHORT_FORM_AFTER = re.compile(
    rf"[ \t]*\((?P<acr>[{_UPPER}][{_UPPER}0-9&-]{{1,9}}(?:[ \t]+[{_UPPER}][a-z]+)?)\)"
)
# ... or any capitalised short form, for names in another language: "(Indotel)".
_BRACKETED_SHORT_FORM = re.compile(rf"[ \t]*\((?P<acr>[{_UPPER}][\w&-]{{1,14}})\)")
# "... Council of Turkey (TÜBİTAK)": a place and an acronym after a name are other names of it.
_OF_PLACE = re.compile(
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<place>[{_UPPER}][\w-]*(?:[ \t]+[{_UPPER}][\w-]*){{0,2}})"
    rf"(?:[ \t]*\((?P<acr>[{_UPPER}][{_UPPER}0-9&-]{{1,9}})\))?"
)
_NUMBERED_SITE = re.compile(
    r"(?<![\w-])(?P<name>(?:[Ll]aunch\s+)?(?:[Ss]ite|[Pp]ad|[Cc]omplex|LC|SLC)"
    r"(?:\s+No\.\s*|\s*-\s*|\s+)(?P<num>\d{1,3}[A-Z]?(?:/\d{1,3})?))(?![\w/])"
)
_TITLE_WORDS = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True)
class _Head:
    words: tuple[str, ...]
    label: str
    subtype: str
    weak: bool


@dataclass(frozen=True)
class _Lex:
    heads: tuple[_Head, ...]
    heads_by_first: dict[str, tuple[_Head, ...]]
    prefix_heads: dict[str, tuple[str, str]]
    extend_left: frozenset[str]
    requires_left: dict[str, frozenset[str]]
    left_words: dict[str, frozenset[str]]
    connectors: dict[str, tuple[str, ...]]
    site_nouns: tuple[tuple[str, str], ...]
    event_nouns: frozenset[str]
    suffixes: re.Pattern[str]
    company_prefixes: re.Pattern[str]
    company_nouns: re.Pattern[str]
    stopwords: frozenset[str]
    generic: frozenset[str]
    phrase_endings: frozenset[str]


@functools.cache
def _lex() -> _Lex:
    data = lexicon("recognise")
    heads = sorted(
        (
            _Head(tuple(h["head"].split()), h["type"], h["subtype"], bool(h.get("weak")))
            for h in data["heads"]
        ),
        key=lambda h: -len(h.words),
    )
    suffixes = sorted(data["company_suffixes"], key=len, reverse=True)
    suffix_body = "|".join(re.escape(s) for s in suffixes)
    nouns = "|".join(re.escape(n) for n in data["company_nouns"])
    by_first: dict[str, list[_Head]] = {}
    for head in heads:
        by_first.setdefault(head.words[0], []).append(head)
    return _Lex(
        heads=tuple(heads),
        heads_by_first={k: tuple(v) for k, v in by_first.items()},
        prefix_heads={h["head"]: (h["type"], h["subtype"]) for h in data["prefix_heads"]},
        extend_left=frozenset(h["head"] for h in data["prefix_heads"] if h.get("extend_left")),
        requires_left={
            h["head"]: frozenset(h["requires_left"])
            for h in data["prefix_heads"]
            if h.get("requires_left")
        },
        left_words={
            h["head"]: frozenset(h["left_words"])
            for h in data["prefix_heads"]
            if h.get("left_words")
        },
        connectors={
            h["head"]: tuple(h["connectors"]) for h in data["prefix_heads"] if h.get("connectors")
        },
        site_nouns=tuple((s["noun"], s["subtype"]) for s in data["site_nouns"]),
        event_nouns=frozenset(data["event_nouns"]),
        suffixes=re.compile(rf"[ \t]+(?:{suffix_body})(?![\w])"),
        company_nouns=re.compile(
            rf"\b(?:{nouns})[ \t]+(?P<name>{CAP}"
            rf"(?:(?:[ \t]+{_ROMANCE_CONNECTOR})?[ \t]+{CAP}){{0,3}})(?![ \t]*['’]s\b)"
        ),
        company_prefixes=re.compile(
            rf"(?<![\w-])(?:{'|'.join(re.escape(p) for p in data['company_prefixes'])})"
            rf"[ \t]+{CAP}(?:[ \t]+{CAP}){{0,4}}"
        ),
        stopwords=frozenset(data["stopwords"]),
        generic=frozenset(data["generic_modifiers"]),
        phrase_endings=frozenset(data["phrase_endings"]),
    )


def is_title_case_line(line: str) -> bool:
    """Headlines capitalise every word; names cannot be told apart there by shape. A line
    closed by a full stop is a sentence, however many names it holds."""
    if line.rstrip().endswith(".") or line.lstrip().startswith("|"):
        return False  # a sentence, or a table row (its cells capitalise their first words)
    words = _TITLE_WORDS.findall(line)
    if len(words) < 5:
        return False
    long_words = [w for w in words if len(w) > 3]
    upper = sum(w[0].isupper() for w in long_words)
    return bool(long_words) and upper / len(long_words) >= 0.8


def _mention(
    text: str,
    start: int,
    end: int,
    label: str,
    subtype: str,
    rule: str,
    name: str | None = None,
    aliases: tuple[str, ...] = (),
) -> Mention:
    surface = text[start:end]
    name = name or surface
    name = name[:1].upper() + name[1:]
    return Mention(
        start, end, surface, label, name, subtype, "shape", rule, "shape", aliases=aliases
    )


def _words(run_text: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group(), offset + m.start(), offset + m.end()) for m in _WORD.finditer(run_text)]


_COMPOUND_ADJECTIVE = re.compile(r"^\w+-[a-z]+$")  # "Russian-leased", "Soviet-built"


def _trim_start(words: list[tuple[str, int, int]], lex: _Lex) -> list[tuple[str, int, int]]:
    while words and (
        words[0][0] in lex.stopwords
        or not words[0][0][:1].isupper()
        or _COMPOUND_ADJECTIVE.match(words[0][0])
    ):
        words = words[1:]
    return words


def _head_names(text: str, run: re.Match[str], lex: _Lex) -> list[Mention]:
    words = _words(run.group(), run.start())
    out: list[Mention] = []
    start_index = 0
    k = 0
    while k < len(words):
        matched = None
        for head in lex.heads_by_first.get(words[k][0], ()):
            n = len(head.words)
            if tuple(w[0] for w in words[k : k + n]) == head.words:
                matched = head
                break
        if matched is None:
            k += 1
            continue
        end_index = k + len(matched.words)
        if end_index < len(words) and words[end_index][0][:1].isupper():
            k += 1  # "Egypt Space City": the name goes on past "Space"
            continue
        body = words[start_index:end_index]
        # "A of the B and the Portuguese Air Force": "and the" ends one name and opens the next.
        split = [i for i in range(len(body) - 1) if (body[i][0], body[i + 1][0]) == ("and", "the")]
        body = _trim_start(body[split[-1] + 2 :] if split else body, lex)
        modifiers = [w[0] for w in body[: len(body) - len(matched.words)]]
        meaningful = [m for m in modifiers if m not in lex.generic and m[:1].isupper()]
        ending = " ".join(w[0] for w in body[-2:])
        # Generic words alone make a name when the text defines a short form for them:
        # "Atlantic International Research Centre (AIR Centre)".
        defined = (
            len(body) >= 3
            and all(m[:1].isupper() for m in modifiers)
            and _SHORT_FORM_AFTER.match(text, body[-1][2])
        )
        if (meaningful or defined) and ending not in lex.phrase_endings:
            a, b = body[0][1], body[-1][2]
            acronym = _ACRONYM_AFTER.match(text, b) or _SHORT_FORM_AFTER.match(text, b)
            nxt = text[b : b + 20].lower()
            # A weak head after two names is no common phrase: "Uganda Communications
            # Commission", "Greek National Small Satellite Programme".
            named = len(meaningful) >= 2
            # ... and a weak body head placed by "of": "the Cadastre Committee of Armenia"
            placed = matched.label == "Organization" and _OF_PLACE.match(text, b) is not None
            if (
                not matched.weak
                or acronym
                or named
                or placed
                or re.match(r"\s+(project|programme|program)\b", nxt)
            ):
                aliases: tuple[str, ...] = (acronym.group("acr"),) if acronym else ()
                place = _OF_PLACE.match(text, b)
                if place and matched.label == "Organization":
                    aliases += (f"{text[a:b]} of {place.group('place')}",)
                    if place.group("acr"):
                        aliases += (place.group("acr"),)
                rule = "shape:" + " ".join(matched.words).lower()
                out.append(
                    _mention(text, a, b, matched.label, matched.subtype, rule, aliases=aliases)
                )
                start_index = end_index
                # "X Agency of the Y Ministry": the next name starts after the connectors.
                while start_index < len(words) and not words[start_index][0][:1].isupper():
                    start_index += 1
        k = end_index
    return out


def _named_by_acronym(
    text: str, words: list[tuple[str, int, int]], k: int, lex: _Lex
) -> tuple[int, int, str] | None:
    """Capitalised words ending in a prefix head and defined by an acronym in brackets are a
    name without "of/for" ("the Satellite Development Centre (CDS)"): span and acronym."""
    word, _, b = words[k]
    if word not in lex.extend_left or (k + 1 < len(words) and words[k + 1][0][:1].isupper()):
        return None
    acronym = _ACRONYM_AFTER.match(text, b)
    if not acronym:
        return None
    ending = tuple(w[0] for w in words[: k + 1])
    if any(
        len(h.words) > 1 and ending[-len(h.words) :] == h.words
        for heads in lex.heads_by_first.values()
        for h in heads
    ):
        return None  # "... Operations Centre (CNOIS)": a head of its own types the name
    j = k
    while j > 0 and words[j - 1][0][:1].isupper() and words[j - 1][0] not in lex.stopwords:
        j -= 1
    return (words[j][1], b, acronym.group("acr")) if k - j >= 2 else None


def _prefix_names(text: str, run: re.Match[str], lex: _Lex) -> list[Mention]:
    words = _words(run.group(), run.start())
    out: list[Mention] = []
    for k, (word, a, _) in enumerate(words):
        spec = lex.prefix_heads.get(word)
        if spec is None:
            continue
        named = _named_by_acronym(text, words, k, lex)
        if named is not None:
            a, b, acr = named
            rule = f"shape:{word.lower()}-acronym"
            out.append(_mention(text, a, b, spec[0], spec[1], rule, aliases=(acr,)))
            continue
        if k + 2 >= len(words) or words[k + 1][0] not in lex.connectors.get(word, ("of", "for")):
            continue
        needed = lex.requires_left.get(word)
        if needed and (k == 0 or words[k - 1][0] not in needed):
            continue  # "the Government of X" is the country; "Regional Government of X" is not
        tail = words[k + 2 :]
        if tail and tail[0][0] == "the":
            tail = tail[1:]
        # "Authority of the Faroes and the Norwegian Air Force": "and the" ends the name.
        cut = [i for i in range(len(tail) - 1) if (tail[i][0], tail[i + 1][0]) == ("and", "the")]
        tail = tail[: cut[0]] if cut else tail
        # "Ministry of Higher Education and Scientific Research and TELNET signed": a second
        # "and" joins another party to the name.
        ands = [i for i, w in enumerate(tail) if w[0] == "and"]
        tail = tail[: ands[-1]] if len(ands) >= 2 else tail
        if not tail or not tail[0][0][:1].isupper():
            continue
        end = tail[-1][2]
        # "... Industry, Innovation and Aerospace Industry": a comma list inside the name.
        more = re.match(
            rf",[ \t]+{CAP}(?:[ \t]+{CAP})*(?:,[ \t]+{CAP}(?:[ \t]+{CAP})*)*"
            rf"[ \t]+and[ \t]+{CAP}(?:[ \t]+{CAP})*",
            text[end:],
        )
        if more:
            end += more.end()
        if word in lex.extend_left:
            # Capitalised words right before the head belong to the name (up to a stopword).
            j = k
            while j > 0 and words[j - 1][0][:1].isupper() and words[j - 1][0] not in lex.stopwords:
                j -= 1
            a = words[j][1]
        elif k > 0 and words[k - 1][0] in lex.left_words.get(word, ()):
            a = words[k - 1][1]  # "Germany's Federal Ministry of Research ..."
        acronym = _ACRONYM_AFTER.match(text, end)
        aliases = (acronym.group("acr"),) if acronym else ()
        out.append(
            _mention(text, a, end, spec[0], spec[1], f"shape:{word.lower()}-of", aliases=aliases)
        )
    return out


def shape_mentions(text: str, skip_lines: set[int] | None = None) -> list[Mention]:
    """Candidate names by shape in `text` (lines whose start offset is in skip_lines are
    headlines and are left to the later pass that looks for names already found)."""
    lex = _lex()
    out: list[Mention] = []
    offset = 0
    for line in text.split("\n"):
        if not (skip_lines and offset in skip_lines):
            out.extend(_line_shapes(text, offset, offset + len(line), lex))
        offset += len(line) + 1
    return [_with_saint(text, m) for m in out]


# "Ss. Cyril and Methodius University": a saint's abbreviation opens the name.
_SAINT_BEFORE = re.compile(r"(?<![\w.])(?:Ss|Sts|St)\.[ \t]+$")


def _with_saint(text: str, m: Mention) -> Mention:
    hit = _SAINT_BEFORE.search(text, max(0, m.start - 8), m.start)
    if hit is None or m.label != "Organization":
        return m
    name = text[hit.start() : m.end]
    return replace(m, start=hit.start(), text=name, name=name)


def _line_shapes(text: str, a: int, b: int, lex: _Lex) -> list[Mention]:
    out: list[Mention] = []
    runs = list(RUN.finditer(text, a, b))
    prefixed = [m for run in runs for m in _prefix_names(text, run, lex)]
    out.extend(prefixed)
    for run in runs:
        # A head word inside "Ministry of ... Aerospace Industry" does not end a name.
        out.extend(
            h
            for h in _head_names(text, run, lex)
            if not any(h.start < p.end and p.start < h.end for p in prefixed)
        )
        out.extend(_suffix_company(text, run, lex))
        out.extend(_site_or_event(text, run, lex))
    # "PT Satelit Nusantara Tiga", "JSC Glavkosmos": a company form before the name.
    for m in lex.company_prefixes.finditer(text, a, b):
        out.append(_mention(text, m.start(), m.end(), "Organization", "company", "shape:prefix"))
    for m in lex.company_nouns.finditer(text, a, b):
        name = m.group("name")
        if name.split()[0] not in lex.stopwords:
            out.append(
                _mention(
                    text,
                    m.start("name"),
                    m.end("name"),
                    "Organization",
                    "company",
                    "shape:company-noun",
                )
            )
    for m in _NUMBERED_SITE.finditer(text, a, b):
        raw = m.group("name")
        label_word = re.match(r"(?:[Ll]aunch\s+)?\w+", raw)
        if raw[:1].islower() and "No." not in raw and not raw.lower().startswith("launch"):
            continue
        head = label_word.group(0) if label_word else raw
        number = m.group("num")
        name = f"{head[:1].upper()}{head[1:]} No. {number}" if "No." in raw else raw
        subtype = "launch pad" if "pad" in head.lower() else "launch complex"
        out.append(
            _mention(
                text,
                m.start("name"),
                m.end("name"),
                "Facility",
                subtype,
                "shape:numbered-site",
                name=name,
            )
        )
    # "start-ups NuSpace and Aliena", "the firms Orbex, Skyrora and Kinetik": plural company
    # nouns before a list of names.
    for m in _PLURAL_COMPANY_LIST.finditer(text, a, b):
        for n in re.finditer(CAP + r"(?:[ \t]+" + CAP + ")*", m.group("names")):
            if n.group().split()[0] in lex.stopwords:
                continue
            at = m.start("names") + n.start()
            rule = "shape:company-list"
            out.append(_mention(text, at, at + len(n.group()), "Organization", "company", rule))
    out.extend(_news_sources(text, a, b, lex))
    out.extend(_listed_names(text, a, b, lex))
    out.extend(_foreign_institutions(text, a, b))
    for m in _AWARDED.finditer(text, a, b):
        if m.group("name").split()[0] not in lex.stopwords:
            rule = "shape:award-recipient"
            out.append(
                _mention(text, m.start("name"), m.end("name"), "Organization", "company", rule)
            )
    return out


_LISTED_NAME = rf"{CAP}(?:[ \t]+{CAP}){{0,2}}"
_PLURAL_COMPANY_LIST = re.compile(
    r"\b(?:start-ups|startups|companies|firms|manufacturers|operators|suppliers|contractors)"
    rf"[ \t]+(?P<names>{_LISTED_NAME}(?:,[ \t]+{_LISTED_NAME})*,?[ \t]+(?:and|or)[ \t]+"
    rf"{_LISTED_NAME})(?![\w-])(?![ \t]+{CAP})"
)
# "ESA awards ENBIO a contract for ...": the recipient of a contract is an organisation.
_AWARDED = re.compile(
    rf"\baward(?:s|ed)?[ \t]+(?P<name>{CAP}(?:[ \t]+{CAP}){{0,3}})[ \t]+(?:a|an)[ \t]+"
    r"(?:[\w$€£.,-]+[ \t]+){0,4}?(?:contract|deal|order|grant|study)\b"
)


@functools.cache
def _foreign_institution_pattern() -> re.Pattern[str]:
    data = lexicon("recognise")
    heads = "|".join(re.escape(h) for h in data["foreign_institution_heads"])
    joins = "|".join(re.escape(c) for c in data["foreign_connectors"])
    word = rf"(?:[{_UPPER}][\w-]*|[dl]['’][{_UPPER}][\w-]*)"
    return re.compile(
        rf"(?<![\w-])(?P<head>{heads})(?:[ \t]+(?:{joins}))*[ \t]+{word}"
        rf"(?:(?:[ \t]+(?:{joins}))*[ \t]+{word})*"
    )


def _foreign_institutions(text: str, a: int, b: int) -> list[Mention]:
    """Schools, universities and institutes named in another language, head first: "Ecole
    Nationale d'Ingenieurs de Tunis", "Universidad de Chile" (`recognise.yaml:
    foreign_institution_heads`)."""
    subtypes: dict[str, str] = lexicon("recognise")["foreign_institution_heads"]
    out = []
    for m in _foreign_institution_pattern().finditer(text, a, b):
        # a short form in brackets, however cased: "... de las Telecomunicaciones (Indotel)"
        short = _BRACKETED_SHORT_FORM.match(text, m.end())
        out.append(
            _mention(
                text,
                m.start(),
                m.end(),
                "Organization",
                subtypes[m.group("head")],
                "shape:foreign-institution",
                aliases=(short.group("acr"),) if short else (),
            )
        )
    return out


_LISTED = re.compile(
    rf"(?<![\w-])(?P<name>{CAP}(?:,[ \t]+{CAP})+,?[ \t]+and[ \t]+{CAP}(?:[ \t]+{CAP})+)(?![\w-])"
)


def _listed_names(text: str, a: int, b: int, lex: _Lex) -> list[Mention]:
    """ "the Science, Technology and Innovation Secretariat": a comma list of single words
    before an organisation head is one name."""
    out: list[Mention] = []
    for m in _LISTED.finditer(text, a, b):
        words = tuple(w for w in re.split(r"[ \t,]+", m.group("name")) if w)
        if words[0] in lex.stopwords:
            continue
        tail = words[words.index("and") + 1 :]
        head = next(
            (
                h
                for h in lex.heads
                if h.label == "Organization"
                and len(h.words) < len(tail)
                and tail[-len(h.words) :] == h.words
            ),
            None,
        )
        if head is None:
            continue
        acronym = _ACRONYM_AFTER.match(text, m.end())
        aliases = (acronym.group("acr"),) if acronym else ()
        rule = "shape:listed-" + " ".join(head.words).lower()
        out.append(
            _mention(text, m.start(), m.end(), head.label, head.subtype, rule, aliases=aliases)
        )
    return out


def _suffix_company(text: str, run: re.Match[str], lex: _Lex) -> list[Mention]:
    m = lex.suffixes.match(text, run.end())
    words = _words(run.group(), run.start())
    # "A Aerospace and B Orbital Ltd": the company name starts after the last "and".
    ands = [i for i, w in enumerate(words) if w[0] == "and"]
    out: list[Mention] = []
    if ands:
        # "Shimizu Corp and the Development Bank of Japan": a suffix before "and" ends a name.
        for lo, hi in zip([-1, *ands[:-1]], ands, strict=True):
            part = _trim_start(words[lo + 1 : hi], lex)
            if len(part) >= 2 and lex.suffixes.fullmatch(" " + part[-1][0]):
                a, b = part[0][1], part[-1][2]
                out.append(_mention(text, a, b, "Organization", "company", "shape:suffix"))
        words = words[ands[-1] + 1 :]
    words = _trim_start(words, lex)
    return out + _suffix_after(text, run, words, m, lex)


def _suffix_after(
    text: str,
    run: re.Match[str],
    words: list[tuple[str, int, int]],
    m: re.Match[str] | None,
    lex: _Lex,
) -> list[Mention]:
    """The company of the run's last name, with its suffix after or at the end of the run."""
    if m is None and len(words) >= 2:
        # "Uzay A.Ş.", "Orbit Co., Ltd.": a suffix with inner dots starts inside the run.
        inner = lex.suffixes.match(text, words[-1][1] - 1)
        # More than "Ltd" + "." (found below without its dot), or a suffix that needs its dot
        # ("Satellite Co.").
        whole_with_dot = not lex.suffixes.fullmatch(" " + words[-1][0])
        if inner and (inner.end() > run.end() + 1 or (whole_with_dot and inner.end() > run.end())):
            m, words = inner, words[:-1]
    if m and words:
        return [_mention(text, words[0][1], m.end(), "Organization", "company", "shape:suffix")]
    # The suffix can be the last word of the run itself ("ORBVIEW PTE").
    if len(words) >= 2 and lex.suffixes.fullmatch(" " + words[-1][0]):
        return [
            _mention(text, words[0][1], words[-1][2], "Organization", "company", "shape:suffix")
        ]
    return []


def _site_or_event(text: str, run: re.Match[str], lex: _Lex) -> list[Mention]:
    words = _trim_start(_words(run.group(), run.start()), lex)
    # "north of Dhaka and the Betbunia ground station": the site's name starts after "and".
    ands = [i for i, w in enumerate(words) if w[0] == "and"]
    if ands:
        words = _trim_start(words[ands[-1] + 1 :], lex)
    if not words:
        return []
    rest = text[run.end() : run.end() + 40]
    for noun, subtype in lex.site_nouns:
        m = re.match(rf"[ \t]+{re.escape(noun)}\b", rest)
        if m and len(words) <= 3 and words[-1][0] not in lex.generic:
            if re.search(
                r"(?<![\w-])(?:a|an|any|another)[ \t]+$",
                text[max(0, run.start() - 12) : run.start()],
            ):
                return []  # "a New Zealand launch pad": a site of that place, not a name
            a, b = words[0][1], run.end() + m.end()
            return [_mention(text, a, b, "Facility", subtype, "shape:site-noun")]
    m = re.match(r"[ \t]+(\w+)\b", rest)
    if m and m.group(1) in lex.event_nouns and len(words) >= 2:
        a, b = words[0][1], words[-1][2]
        alias = text[a : run.end() + m.end()]
        return [_mention(text, a, b, "Program", "other", "shape:event", aliases=(alias,))]
    return []


_DATELINE_SOURCE = re.compile(
    rf"^[{_UPPER}][{_UPPER}.' -]+,[^()\n]{{0,40}}"
    r"\((?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})\)\s*[-–—]"
)
_REPORTS = re.compile(
    rf",[ \t]+(?P<name>{CAP}(?:[ \t]+{CAP}){{0,3}})[ \t]+(?:reports|reported|writes|wrote)\b"
)
_OUTLET = re.compile(
    rf"\b(?:news outlet|outlet|newspaper|news agency|news portal|news site|broadcaster|"
    rf"magazine|daily|wire service|publication)[ \t]+(?P<name>{CAP}(?:[ \t]+{CAP}){{0,3}})"
)
_NAME_NEWS_AGENCY = re.compile(rf"(?P<name>{CAP}(?:[ \t]+{CAP}){{0,2}})[ \t]+news agency\b")


def _news_sources(text: str, a: int, b: int, lex: _Lex) -> list[Mention]:
    out: list[Mention] = []
    line = text[a:b]
    m = _DATELINE_SOURCE.match(line)
    if m:
        out.append(
            _mention(
                text,
                a + m.start("name"),
                a + m.end("name"),
                "Organization",
                "other",
                "shape:dateline-source",
            )
        )
    for pattern, rule in (
        (_REPORTS, "reports"),
        (_OUTLET, "outlet"),
        (_NAME_NEWS_AGENCY, "news-agency"),
    ):
        for m in pattern.finditer(text, a, b):
            name = m.group("name")
            if name.split()[0] in lex.stopwords and name.split()[0] != "The":
                continue
            out.append(
                _mention(
                    text,
                    m.start("name"),
                    m.end("name"),
                    "Organization",
                    "other",
                    f"shape:news-{rule}",
                )
            )
    return out


# A company's legal form alone is no name ("SupremeSAT (Pvt) Ltd, a Colombo start-up").
_LEGAL_FORM = re.compile(
    r"(?:Ltd|Limited|Inc|LLC|PLC|plc|GmbH|AG|SA|SE|Corp|Co|Pvt|Pte|JSC|PJSC|BV|NV)\.?$"
)


@functools.cache
def _described() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """ "<Name>, the|a <up to four words> <kind noun>": the kind nouns of
    `recognise.yaml: apposition_types`, longest first."""
    kinds: dict[str, tuple[str, str]] = {}
    for spec in lexicon("recognise")["apposition_types"]:
        for word in spec["words"]:
            kinds[word] = (spec["type"], spec["subtype"])
    nouns = "|".join(re.escape(w) for w in sorted(kinds, key=len, reverse=True))
    pattern = re.compile(
        # "Radiocom, Romania's state-owned broadcasting and telecoms infrastructure company"
        rf"(?P<name>{CAP}(?:[ \t]+{CAP}){{0,2}}),[ \t]+"
        rf"(?:the|a|an|its|their|{CAP}(?:[ \t]+{CAP})?['’]s)[ \t]+"
        rf"(?:(?!(?:of|for|with|that|which|who)\b)(?!and[ \t]+{CAP})[\w’':%-]+[ \t]+){{0,5}}?"
        # ... and it goes on to no name ("Sacheon, South Korea's largest aerospace
        # manufacturer, Korea Aerospace Industries": the name comes after).
        rf"(?P<noun>{nouns})(?![\w-])(?![ \t]+{CAP})(?!,[ \t]+{CAP}(?![ \t]+(?:said|says)\b))"
        # "Azersky, the company said": a speaker, not a description.
        r"(?![ \t]+(?:said|says|added|told|stated|announced|reported)\b)"
    )
    return pattern, kinds


def described_names(text: str, taken: list[Mention]) -> list[Mention]:
    """A name the catalogue does not know, typed by the description set beside it: "EnduroSat,
    the Bulgarian manufacturer of small satellites", "Kestrel Orbital, a Tokyo-based start-up",
    "Nordvik, the Norwegian operator". The description must not go on to another name ("...,
    the French company Spot Image" describes that one), the name must open its run of
    capitals, and a numbered name stays a programme."""
    pattern, kinds = _described()
    stop = set(lexicon("recognise")["stopwords"])
    # "ispace Europe, the Luxembourg-based subsidiary": a branch word ends a name it opens.
    branches = set(lexicon("recognise")["branch_words"])
    out: list[Mention] = []
    for hit in pattern.finditer(text):
        a, b = hit.span("name")
        name = hit.group("name")
        if name.split()[0] in stop or name in branches or re.search(r"\d", name):
            continue
        if re.search(rf"(?:{CAP}|\))[ \t]+$", text[max(0, a - 30) : a]) or _LEGAL_FORM.match(name):
            continue  # the tail of a longer name: "Orbital Space", "SupremeSAT (Pvt) Ltd"
        if any(t.start < b and a < t.end for t in taken if t.source != "shape"):
            continue
        label, subtype = kinds[hit.group("noun")]
        rule = "shape:described"
        out.append(Mention(a, b, name, label, name, subtype, "shape", rule, "shape"))
    return out
