"""Catalogue look-up in text: names, aliases, demonyms, capitals as metonyms, numbered members
of catalogued families ("Soyuz MS-03"), near-miss spellings ("Rocketsan" -> Roketsan), and
ambiguous names resolved by the words around them ("joint venture Baiterek").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from loaders.catalogue import Catalogue, Entry, Surface
from loaders.mentions import Mention
from loaders.resources import lexicon
from loaders.text import Token, surface_key

_DESIGNATOR = re.compile(r"^(?:[A-Z]{1,3}\d*[A-Z]?|\d{1,3}[A-Z]{0,2}|[A-Z]{1,3}-?\d{1,3}[A-Z]?)$")
_CONTEXT_WINDOW = 8
_SERIAL = re.compile(r"[ \t]0\d(?![\w-])")


@dataclass(frozen=True)
class _Cues:
    context: dict[str, tuple[tuple[str, ...], ...]]
    country_nouns: frozenset[str]
    demonym_blockers: frozenset[str]
    combining_forms: frozenset[str]
    metonym_verbs: frozenset[str]
    metonym_with_heads: frozenset[str]
    designator_nouns: dict[str, str]
    stopwords: frozenset[str]
    generic_nouns: frozenset[str]
    region_words: frozenset[str]
    regions_not_countries: frozenset[str]
    map_features: frozenset[str]
    venue_nouns: re.Pattern[str]


@functools.cache
def _cues() -> _Cues:
    data = lexicon("recognise")
    return _Cues(
        context={k: tuple(surface_key(w) for w in v) for k, v in data["context_words"].items()},
        country_nouns=frozenset(data["country_nouns"]),
        demonym_blockers=frozenset(data["demonym_blockers"]),
        combining_forms=frozenset(data["combining_forms"]),
        metonym_verbs=frozenset(data["metonym_verbs"]),
        metonym_with_heads=frozenset(data["metonym_with_heads"]),
        designator_nouns=dict(data["designator_nouns"]),
        stopwords=frozenset(data["stopwords"]),
        generic_nouns=frozenset(w.lower() for w in data["generic_nouns"]),
        region_words=frozenset(data["region_words"]),
        regions_not_countries=frozenset(data["regions_not_countries"]),
        map_features=frozenset(data["features_named_after_countries"]),
        venue_nouns=re.compile(
            r"[ \t]+(?:" + "|".join(re.escape(n) for n in data["venue_nouns"]) + r")\b", re.I
        ),
    )


@functools.lru_cache(maxsize=2)  # an edited catalogue replaces the old one
def _prefixes(catalogue: Catalogue) -> frozenset[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for key in catalogue.index:
        for n in range(1, len(key) + 1):
            out.add(key[:n])
    return frozenset(out)


def _same_line(text: str, toks: list[Token], i: int, j: int) -> bool:
    return "\n" not in text[toks[i].start : toks[j].end]


def _case_ok(surface: Surface, toks: list[Token]) -> bool:
    """Acronyms match with their case; capitalised words of a name stay capitalised, except
    generic nouns ("Baikonur cosmodrome" is "Baikonur Cosmodrome", "Turkish aerospace" is not
    "Turkish Aerospace")."""
    written = [t for t in re.findall(r"\w+|[^\w\s]", surface.text) if t not in "’'"]
    found = [t.text for t in toks if t.text not in "’'"]
    if surface.exact_case:
        return found == written
    if surface.capitalised and not (toks[0].text[:1].isupper() or toks[0].text[:1].isdigit()):
        return False
    generic = _cues().generic_nouns
    for w, f in zip(written[1:], found[1:], strict=False):
        if w[:1].isupper() and f[:1].islower() and w.lower() not in generic:
            return False
    return True


def _context_score(text: str, entry: Entry, toks: list[Token], i: int, j: int) -> int:
    """How many of the entry's context words stand within a few words of the mention, on the
    same line."""
    cues = _cues()
    keys = [f"{entry.type}/{entry.subtype}", entry.type]
    phrases = [surface_key(w) for w in entry.context]
    for k in keys:
        phrases.extend(cues.context.get(k, ()))
    line_start = text.rfind("\n", 0, toks[i].start) + 1
    line_end = text.find("\n", toks[j].end)
    line_end = len(text) if line_end < 0 else line_end
    before = [t.norm for t in toks[max(0, i - _CONTEXT_WINDOW) : i] if t.start >= line_start]
    after = [t.norm for t in toks[j + 1 : j + 1 + _CONTEXT_WINDOW] if t.end <= line_end]
    window = [*before, "|", *after]
    score = 0
    for phrase in set(phrases):
        n = len(phrase)
        if n and any(tuple(window[k : k + n]) == phrase for k in range(len(window) - n + 1)):
            score += 1
    return score


def _choose(
    text: str, cands: list[Surface], toks: list[Token], i: int, j: int, seen: set[str]
) -> Surface | None:
    """Pick the entry a surface stands for here, or None when the context does not say."""
    entries = {s.entry.key: s for s in cands}
    if len(entries) == 1:
        only = next(iter(entries.values()))
        if not only.needs_context:
            return only
    scored = []
    for s in entries.values():
        score = _context_score(text, s.entry, toks, i, j) + (3 if s.entry.key in seen else 0)
        scored.append((score, not s.needs_context, s.form == "name", s))
    scored.sort(key=lambda x: x[:3], reverse=True)
    best = scored[0]
    if best[0] > 0:
        return best[3]
    if len(entries) == 1 and best[3].entry.type == "Country" and best[3].form != "demonym":
        # A country name shared with a common word stands unless a name follows ("Chad Smith").
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if not (nxt and nxt.text[:1].isupper() and nxt.text.isalpha()):
            return best[3]
    non_ambiguous = [s for s in entries.values() if not s.needs_context]
    return non_ambiguous[0] if len(non_ambiguous) == 1 and len(entries) > 1 else None


def catalogue_mentions(text: str, toks: list[Token], catalogue: Catalogue) -> list[Mention]:
    """Every catalogue surface in the text (longest match at each token), resolved."""
    prefixes = _prefixes(catalogue)
    raw: list[tuple[int, int, list[Surface]]] = []
    i = 0
    while i < len(toks):
        best: tuple[int, list[Surface]] | None = None
        key: tuple[str, ...] = ()
        for j in range(i, min(len(toks), i + catalogue.max_tokens)):
            key = (*key, toks[j].norm)
            if key not in prefixes or not _same_line(text, toks, i, j):
                break
            cands = [
                s
                for s in catalogue.index.get(key, [])
                if not s.descriptive and _case_ok(s, toks[i : j + 1])
            ]
            if cands:
                best = (j, cands)
        if best is None:
            i += 1
            continue
        raw.append((i, best[0], best[1]))
        i = best[0] + 1
    # Entries named unambiguously somewhere in the document support ambiguous mentions.
    seen = {
        s.entry.key
        for _, _, cands in raw
        if len({c.entry.key for c in cands}) == 1
        for s in cands
        if not s.needs_context and s.form != "demonym"
    }
    mentions: list[Mention] = []
    for i, j, cands in raw:
        chosen = _choose(text, cands, toks, i, j, seen)
        if chosen is None:
            continue
        mention = _mention(text, toks, i, j, chosen)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _mention(text: str, toks: list[Token], i: int, j: int, s: Surface) -> Mention | None:
    cues = _cues()
    e = s.entry
    start, end = toks[i].start, toks[j].end
    form = s.form
    if e.type == "Country" and _not_a_country_here(text, toks, i, e):
        return None
    if e.type == "Country" and form != "demonym" and cues.venue_nouns.match(text, end):
        return None  # "a filing to the Hong Kong stock exchange": a venue, not the place
    if form == "demonym":
        nxt = toks[j + 1 : j + 3]
        if s.text in cues.combining_forms and not (nxt and nxt[0].text == "-"):
            return None
        if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].norm in cues.demonym_blockers:
            return None
        if nxt and nxt[0].norm in cues.demonym_blockers:
            return None
        if nxt and nxt[0].norm in cues.country_nouns and nxt[0].start - end == 1:
            end = nxt[0].end
            form = "alias"
    elif form == "alias" and s.text.isupper() and len(s.text) <= 6:
        form = "acronym"
    return Mention(
        start,
        end,
        text[start:end],
        e.type,
        e.name,
        e.subtype,
        form,
        f"catalogue:{form}",
        "catalogue",
        e,
    )


def _not_a_country_here(text: str, toks: list[Token], i: int, entry: Entry) -> bool:
    """A region of a state ("French Guiana"), a country name after a region word that makes
    a continent's part of it ("South American country", "Central America"), or a feature of
    the map named after it ("the Gulf of Guinea")."""
    cues = _cues()
    if entry.name in cues.regions_not_countries:
        return True
    if i >= 2 and toks[i - 1].text == "of" and toks[i - 2].text in cues.map_features:
        return True  # "the Gulf of Guinea"
    if i == 0 or toks[i - 1].text not in cues.region_words:
        return False
    return text[toks[i - 1].end : toks[i].start] == " "


def designated_mentions(text: str, toks: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Numbered members of a catalogued family: "Soyuz" + "MS-03", "KazSat" + "-3"."""
    cues = _cues()
    by_end = {m.end: m for m in mentions if m.label == "Program" and m.form != "demonym"}
    index = {t.start: k for k, t in enumerate(toks)}
    out: list[Mention] = []
    for end, m in by_end.items():
        k = next((index[s] for s in range(end, end + 2) if s in index), None)
        if k is None:
            continue
        parts: list[Token] = []
        if toks[k].text == "-" and toks[k].start == end and k + 1 < len(toks):
            parts = [toks[k], toks[k + 1]]
            k += 2
            if k + 1 < len(toks) and toks[k].text == "-" and toks[k - 1].end == toks[k].start:
                parts += [toks[k], toks[k + 1]]
                k += 2
        elif toks[k].start == end + 1 and _DESIGNATOR.match(toks[k].text):
            parts = [toks[k]]
            k += 1
            if k + 1 < len(toks) and toks[k].text == "-" and toks[k].start == parts[-1].end:
                parts += [toks[k], toks[k + 1]]
                k += 2
            if not any(ch.isalpha() for p in parts for ch in p.text):
                continue  # "Soyuz 5 times": bare numbers after a space are too loose
        if not parts or toks[k - 1].end - parts[0].start > 8:
            continue
        designator = text[parts[0].start : parts[-1].end].lstrip("-")
        if not _DESIGNATOR.match(designator.replace("-", "")) and not re.match(
            r"^[A-Z]{1,3}-\d{1,3}[A-Z]?$", designator
        ):
            continue
        stop = parts[-1].end
        serial = _SERIAL.match(text, stop)  # "Ziyuan-3 02": a zero-padded serial number
        if serial:
            stop = serial.end()
        name = text[m.start : stop]
        nxt = toks[k].norm if k < len(toks) else ""
        subtype = cues.designator_nouns.get(nxt, m.subtype)
        out.append(
            Mention(
                m.start, stop, name, "Program", name, subtype, "derived", "designator", "derived"
            )
        )
    return out


@functools.lru_cache(maxsize=2)  # an edited catalogue replaces the old one
def _capitals(catalogue: Catalogue) -> dict[tuple[str, ...], Entry]:
    capitals: dict[tuple[str, ...], Entry] = {}
    for e in catalogue.entries:
        if e.type == "Country" and e.capital:
            capitals[surface_key(e.capital.split(",")[0])] = e
    return capitals


def capital_mentions(text: str, toks: list[Token], catalogue: Catalogue) -> list[Mention]:
    """Capitals standing for their governments: before a verb ("Beijing pledged"), after a
    signing word and "with" ("signed with Jakarta", "talks with Moscow"), or joined by "and"
    to one that does ("Tokyo and Suva expect")."""
    cues = _cues()
    capitals = _capitals(catalogue)
    if not capitals:
        return []
    longest = max(len(k) for k in capitals)
    found: list[tuple[int, int, Entry]] = []  # token span and country
    for i, tok in enumerate(toks):
        if not tok.text[:1].isupper():
            continue
        for n in range(longest, 0, -1):
            country = capitals.get(tuple(t.norm for t in toks[i : i + n]))
            if country is not None:
                found.append((i, i + n, country))
                break

    def verb_after(end: int) -> bool:
        return end < len(toks) and toks[end].norm in cues.metonym_verbs and toks[end].text.islower()

    def signing_before(start: int, end: int) -> bool:
        if start < 2 or toks[start - 1].norm != "with":
            return False
        if end < len(toks) and (
            toks[end].text in ("-", "'s", "’s") or toks[end].text[:1].isupper()
        ):
            return False  # "with Seoul-based KARI", "with Tokyo's ..." name something else
        head = toks[start - 2].norm
        return head in cues.metonym_verbs or head in cues.metonym_with_heads

    chosen = {
        i
        for i, (start, end, _) in enumerate(found)
        if verb_after(end) or signing_before(start, end)
    }
    joined = [  # neighbours joined by "and" or a comma share their reading
        i
        for i in range(len(found) - 1)
        if [t.norm for t in toks[found[i][1] : found[i + 1][0]]] in (["and"], [","])
    ]
    for _ in range(len(joined)):
        grown = {j for i in joined for j in (i, i + 1) if {i, i + 1} & chosen}
        if grown <= chosen:
            break
        chosen |= grown
    out: list[Mention] = []
    for i in sorted(chosen):
        start_tok, end_tok, country = found[i]
        start, end = toks[start_tok].start, toks[end_tok - 1].end
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "Country",
                country.name,
                None,
                "capital",
                "capital-metonym",
                "capital",
                country,
            )
        )
    return out


@functools.lru_cache(maxsize=2)  # an edited catalogue replaces the old one
def _fuzzy_choices(catalogue: Catalogue) -> dict[int, dict[str, Entry]]:
    """Surfaces eligible for near-miss matching, by number of words."""
    out: dict[int, dict[str, Entry]] = {n: {} for n in range(1, 7)}
    for key, surfaces in catalogue.index.items():
        if len(key) not in out or not all(k.isalpha() for k in key):
            continue
        for s in surfaces:
            if s.form == "demonym" or s.exact_case or s.needs_context or not s.capitalised:
                continue
            joined = " ".join(key)
            if (len(key) == 1 and len(joined) >= 6) or (len(key) > 1 and len(joined) >= 9):
                out[len(key)].setdefault(joined, s.entry)
    return out


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start]
    if start <= 8 and not before.strip(" \t\"“'(-*#"):
        return True
    return bool(re.search(r"(?:[.!?:;][ \t]+|\n)\W*$", before))


def fuzzy_mentions(
    text: str, toks: list[Token], catalogue: Catalogue, taken: list[tuple[int, int]]
) -> list[Mention]:
    """Near-miss spellings of catalogue names ("Rocketsan", "Thales Allenia Space") in
    capitalised words: every word close to its counterpart, the whole close overall."""
    cues = _cues()
    choices = _fuzzy_choices(catalogue)
    lists = {n: list(c) for n, c in choices.items()}
    out: list[Mention] = []

    def clashes(a: int, b: int) -> bool:
        # Overlapping a known span is fine only when the window covers it entirely.
        return any(a < y and x < b and not (a <= x and y <= b) for x, y in taken)

    for i, tok in enumerate(toks):
        if not (tok.text[:1].isupper() and tok.text.isalpha()) or tok.text in cues.stopwords:
            continue
        # Longest first: a long company name with one typo ("China Great Wall Industry
        # Corparation") is found whole before its country word is read alone.
        for n, cutoff in ((6, 92.0), (5, 92.0), (4, 92.0), (3, 90.0), (2, 90.0), (1, 88.0)):
            span = toks[i : i + n]
            if len(span) < n or not all(t.text[:1].isupper() and t.text.isalpha() for t in span):
                continue
            start, end = span[0].start, span[-1].end
            if n == 1 and len(tok.text) < 6:
                continue
            if clashes(start, end) or not _same_line(text, toks, i, i + n - 1):
                continue
            if n == 1 and any(x <= start and end <= y for x, y in taken):
                continue
            if n == 1 and _opens_sentence(text, start):
                continue  # a capital there says nothing: "Turnkey purchase" is no "Turkey"
            query = " ".join(t.norm for t in span)
            hit = process.extractOne(query, lists[n], scorer=fuzz.ratio, score_cutoff=cutoff)
            if not hit or hit[0] == query:
                continue
            if query in (hit[0] + "s", hit[0] + "es", hit[0] + "ns", hit[0] + "n"):
                continue  # a plural or adjective of the name: "the Americas", "Sentinels"
            words = hit[0].split()
            if any(
                w[0] != q[0] or abs(len(w) - len(q)) > 2 or fuzz.ratio(w, q) < 80
                for w, q in zip(words, query.split(), strict=True)
            ):
                continue
            e = choices[n][hit[0]]
            if e.type == "Country" and _not_a_country_here(text, toks, i, e):
                break
            out.append(
                Mention(
                    start,
                    end,
                    text[start:end],
                    e.type,
                    e.name,
                    e.subtype,
                    "fuzzy",
                    f"fuzzy:{hit[1]:.0f}",
                    "fuzzy",
                    e,
                )
            )
            taken.append((start, end))
            break
    return out
