"""Acronyms defined in the text: "the Regional Government of the Azores (RGA)", "Universidad
Popular Autónoma del Estado de Puebla (UPAEP)", "ETRSS-1 (Ethiopian Remote Sensing
Satellite-1)". The bracketed form becomes another name of the defined entity, and later bare
uses of it resolve to that entity. A bracketed gloss in another language ("(Spanish: ...)")
gives other names of the entity before it and no mention of the language's country.

A name in front of a catalogued acronym ("National Commission for Aerospace Research and
Development (CONIDA)") is that entry's other name. A name the recogniser did not find is taken
when the acronym spells its initials; its type comes from its words ("Universidad" ->
university, "Satellite" -> satellite) or the noun before it ("the satellite X (Y)").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from loaders.mentions import Mention
from loaders.resources import lexicon
from loaders.shapes import _UPPER, CAP, CONNECTOR
from loaders.text import fold

_BRACKETED = re.compile(r"[ \t]*\((?P<inner>[^()\n]{2,80})\)")
_ACRONYM = re.compile(rf"[{_UPPER}][\w&-]{{1,11}}")
# A capitalised run with connectors (and the comma lists of long names) ending at the bracket.
# "in" and "at" join a defined name too: "Association of Universities for Research in
# Astronomy (AURA)" (the acronym's letters decide where the name starts).
_RUN_CONNECTOR = CONNECTOR.replace("(?:of|", "(?:of|in|at|", 1)
_NAME_RUN = re.compile(
    rf"{CAP}(?:(?:,?[ \t]+{_RUN_CONNECTOR}){{0,2}}(?:,)?[ \t]+{CAP})*(?:[ \t]+\d{{1,3}})?$"
)
_CONNECTOR_WORD = re.compile(rf"^{_RUN_CONNECTOR}$")
# "(Spanish: Estación de Espacio Lejano, "Far Space Station")": a language and names.
_GLOSS = re.compile(rf"[{_UPPER}][a-z]+(?:[ \t][a-z]+)?:[ \t]*")
_GLOSS_PART = re.compile(r"[\"“]?(?P<name>[^,;\"“”]*[^,;\"“” \t])[\"”]?(?:[,;][ \t]*|$)")


@dataclass(frozen=True)
class _Lex:
    name_words: dict[str, tuple[str, str]]
    noun_types: dict[str, tuple[str, str]]
    stopwords: frozenset[str]


@functools.cache
def _lex() -> _Lex:
    data = lexicon("recognise")["acronym_definitions"]
    return _Lex(
        name_words={w: (t["type"], t["subtype"]) for t in data["name_words"] for w in t["words"]},
        noun_types={w: (t["type"], t["subtype"]) for t in data["nouns_before"] for w in t["words"]},
        stopwords=frozenset(lexicon("recognise")["stopwords"]),
    )


def is_acronym_form(word: str) -> bool:
    """Two or more capitals and mostly capitals: "UPAEP", "CONIDA", "ETRSS-1", "TÜBİTAK"."""
    letters = [c for c in word if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper / len(letters) >= 0.6 and word[:1].isupper()


def _parts(words: list[str]) -> list[tuple[str, bool]]:
    """The words of a name split at hyphens, numbers left out, each with whether it may be
    skipped (a lower-case connector)."""
    out = []
    for w in words:
        if _CONNECTOR_WORD.match(w):
            out.append((w, True))
            continue
        out.extend((p, False) for p in w.split("-") if p and not p.isdigit())
    return out


def spells(acronym: str, words: list[str]) -> bool:
    """Does the acronym spell the name: each word, in order, giving the acronym a prefix of
    itself ("UPAEP": Universidad Popular Autónoma del Estado de Puebla; "ETRSS": ETthiopian
    Remote Sensing Satellite), connectors optional?"""
    letters = fold("".join(c for c in acronym if c.isalpha()))
    parts = [(fold(p), skip) for p, skip in _parts(words)]
    if len(letters) < 2 or not parts:
        return False

    @functools.cache
    def align(i: int, k: int) -> bool:
        if k == len(parts):
            return i == len(letters)
        word, skip = parts[k]
        if skip and align(i, k + 1):
            return True
        n = 1
        while n <= min(len(word), 3) and i + n <= len(letters) and word[:n] == letters[i : i + n]:
            if align(i + n, k + 1):
                return True
            n += 1
        return False

    return align(0, 0)


def _defined_name(text: str, bracket: int) -> tuple[int, list[str]] | None:
    """The start and words of the capitalised run that ends right before a bracket."""
    line_start = text.rfind("\n", 0, bracket) + 1
    run = _NAME_RUN.search(text[line_start:bracket].rstrip(" \t"))
    if not run:
        return None
    return line_start + run.start(), re.findall(r"[\w’'-]+", run.group())


def _shortest_spelled(acronym: str, start: int, words: list[str], text: str) -> int | None:
    """Start of the shortest tail of the run whose initials the acronym spells."""
    for k in range(len(words) - 1, -1, -1):
        tail = words[k:]
        if not tail[0][:1].isupper() or _CONNECTOR_WORD.match(tail[0]):
            continue
        if spells(acronym, tail):
            offset = start
            for w in words[:k]:
                offset = text.index(w, offset) + len(w)
            return text.index(tail[0], offset)
    return None


def _shorter_form(text: str, bracket: int, target: Mention) -> tuple[int, int] | None:
    """The span of the longest tail of the run before the bracket (two words or more) that
    ends one of the target entry's names."""
    found = _defined_name(text, bracket)
    if not found or target.entry is None:
        return None
    start, words = found
    names = [fold(s) for s, _ in target.entry.surfaces()]
    for k in range(len(words) - 1):
        tail = fold(" ".join(words[k:]))
        if any(n.endswith(" " + tail) or n == tail for n in names):
            a = text.index(words[k], start)
            return a, bracket
        start = text.index(words[k], start) + len(words[k])
    return None


def _type_of(text: str, name_words: list[str], start: int, lex: _Lex) -> tuple[str, str]:
    for w in reversed(name_words):
        for part in (w, *w.split("-")):
            if part in lex.name_words:
                return lex.name_words[part]
    before = re.findall(r"[\w-]+", text[max(0, start - 60) : start].lower())[-6:]
    for w in reversed(before):
        if w in lex.noun_types:
            return lex.noun_types[w]
    return ("Organization", "other")


def _remap(m: Mention, target: Mention, rule: str) -> Mention:
    return Mention(
        m.start,
        m.end,
        m.text,
        target.label,
        target.name,
        target.subtype,
        "alias",
        rule,
        target.source if target.source != "propagated" else "derived",
        target.entry,
    )


def defined_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions with defined acronyms applied: names and acronyms joined, new names added,
    later bare acronyms found."""
    lex = _lex()
    out = sorted(mentions, key=lambda m: m.start)
    by_end = {m.end: m for m in out}
    # surface -> the mention whose entity it names
    defined: dict[str, Mention] = {}
    for br in _BRACKETED.finditer(text):
        inner = br.group("inner").strip()
        a_in = br.start("inner") + br.group("inner").index(inner)
        b_in = a_in + len(inner)
        if any(m.start < br.end() and br.start() < m.end for m in out if m.start < a_in):
            continue  # the bracket is part of a longer name already found
        before = by_end.get(br.start())
        inside = [m for m in out if a_in <= m.start and m.end <= b_in]
        whole_inside = next((m for m in inside if (m.start, m.end) == (a_in, b_in)), None)
        gloss = _GLOSS.match(inner)
        if gloss:
            # "X (Spanish: Estación de Espacio Lejano, "Far Space Station")": the language is
            # no country, and the names in the gloss are other names of X.
            out = [m for m in out if not (a_in <= m.start and m.end <= b_in)]
            if before is None or before.label in ("Country", "Person"):
                continue
            for part in _GLOSS_PART.finditer(inner, gloss.end()):
                a, b = a_in + part.start("name"), a_in + part.end("name")
                out.append(_remap(_at(text, a, b), before, "gloss"))
            continue
        pair = _native_and_acronym(inner)
        if pair is not None and before is not None and before.form != "demonym":
            # "Colombian Aerospace Force (Fuerza Aeroespacial Colombiana, FAC)": the name in
            # the national language and the acronym are both other names of the body before.
            native, acronym = pair
            spelled = any(
                spells(acronym, re.findall(r"[\w’'-]+", name)) for name in (native, before.text)
            )
            if before.label in ("Organization", "Facility", "Program") and spelled:
                out = [m for m in out if not (a_in <= m.start and m.end <= b_in)]
                for form in (native, acronym):
                    a = a_in + inner.index(form)
                    out.append(_remap(_at(text, a, a + len(form)), before, "native-name"))
                    defined[form] = before
            continue
        if (
            before is not None
            and before.source in ("shape", "propagated")
            and whole_inside is not None
            and whole_inside.entry is not None
            and whole_inside.label == before.label
            and not is_acronym_form(inner)
        ):
            # "Agency for Space Research and Technologies (Uzbekcosmos)": a shape name in front
            # of a catalogued short name is that entry's long form.
            out = [
                _remap(m, whole_inside, "short-name-definition")
                if m.name == before.name and m.source in ("shape", "propagated")
                else m
                for m in out
            ]
            defined[before.text] = whole_inside
            by_end = {m.end: m for m in out}
            continue
        if _ACRONYM.fullmatch(inner) and is_acronym_form(inner):
            if before is not None and before.label not in ("Country", "Person"):
                if before.form == "demonym":
                    continue
                entry = whole_inside.entry if whole_inside is not None else None
                if entry is not None and inner not in (entry.name, *entry.aliases):
                    # "(VAST)" is no acronym of the company Vast: the letters only, not the case
                    out = [m for m in out if m is not whole_inside]
                    whole_inside = None
                if whole_inside is not None and whole_inside.identity != before.identity:
                    if before.source in ("shape", "propagated") and whole_inside.entry:
                        # A shape name in front of a catalogued acronym is its long form.
                        out[out.index(before)] = _remap(before, whole_inside, "acronym-definition")
                        defined[before.text] = whole_inside
                    continue
                defined[inner] = before
                if whole_inside is None:
                    out = [m for m in out if not (a_in <= m.start and m.end <= b_in)]
                    out.append(_remap(_at(text, a_in, b_in), before, "acronym-definition"))
                continue
            if before is None and whole_inside is not None and whole_inside.entry is not None:
                # "Angola's National Space Programme Management Office (GGPEN)": a shorter
                # form of the catalogued long name before its catalogued acronym.
                short = _shorter_form(text, br.start(), whole_inside)
                if short is not None:
                    out = [m for m in out if not (m.start < short[1] and short[0] < m.end)]
                    out.append(_remap(_at(text, *short), whole_inside, "acronym-definition"))
                continue
            if before is not None or whole_inside is not None:
                continue
            found = _defined_name(text, br.start())
            if not found:
                continue
            start = _shortest_spelled(inner, *found, text)
            if start is None:
                continue
            end = br.start()
            name = text[start:end]
            if len(re.findall(r"\w+", name)) < 2 or name.split()[0] in lex.stopwords:
                continue
            label, subtype = _type_of(text, name.split(), start, lex)
            new = Mention(
                start, end, name, label, name, subtype, "name", "acronym-definition", "shape"
            )
            out = [m for m in out if not (m.start < end and start < m.end)]
            out += [new, _remap(_at(text, a_in, b_in), new, "acronym-definition")]
            defined[inner] = new
            by_end[end] = new
        elif before is not None and is_acronym_form(before.text.split()[-1]):
            # "ETRSS-1 (Ethiopian Remote Sensing Satellite-1)": the long form after the acronym.
            words = re.findall(r"[\w’'-]+", inner)
            if not spells(before.text, words) or not inner[:1].isupper():
                continue
            out = [m for m in out if not (a_in <= m.start and m.end <= b_in)]
            out.append(_remap(_at(text, a_in, b_in), before, "acronym-definition"))
            defined[inner] = before
    return _find_again(text, sorted(out, key=lambda m: m.start), defined)


# "(Fuerza Aeroespacial Colombiana, FAC)", "(FAC; Fuerza Aeroespacial Colombiana)".
_PAIR = re.compile(r"(?P<first>[^,;]+)[,;][ \t]+(?P<second>[^,;]+)")


def _native_and_acronym(inner: str) -> tuple[str, str] | None:
    """A bracket holding a name of two or more capitalised words and an acronym, in either
    order: (name, acronym); None for anything else."""
    m = _PAIR.fullmatch(inner)
    if m is None:
        return None
    first, second = m.group("first").strip(), m.group("second").strip()
    for name, acronym in ((first, second), (second, first)):
        capitals = [w for w in name.split() if w[:1].isupper()]
        if (
            _ACRONYM.fullmatch(acronym)
            and is_acronym_form(acronym)
            and len(capitals) >= 2
            and name[:1].isupper()
            and not is_acronym_form(name.split()[0])
            and not _GLOSS.match(name)
        ):
            return name, acronym
    return None


def _at(text: str, a: int, b: int) -> Mention:
    return Mention(a, b, text[a:b], "", text[a:b], None, "alias", "", "shape")


def _find_again(text: str, mentions: list[Mention], defined: dict[str, Mention]) -> list[Mention]:
    """Bare uses of a defined form elsewhere in the document ("AEM-UPAEP agreement")."""
    if not defined:
        return mentions
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(s) for s in sorted(defined, key=len, reverse=True))
        + r")(?![\w-])"
    )
    by_span = {(m.start, m.end): m for m in mentions}
    extra = []
    for hit in pattern.finditer(text):
        same = by_span.get(hit.span())
        target = defined[hit.group()]
        if same is not None and same.identity != target.identity and same.text == hit.group():
            # "VAST president ..." after "Vietnam Academy of Science and Technology (VAST)":
            # the document's own definition wins over another body of the same letters
            mentions = [m for m in mentions if m is not same]
            extra.append(_remap(same, target, "acronym-definition"))
        elif not any(a < hit.end() and hit.start() < b for a, b in by_span):
            extra.append(_remap(_at(text, *hit.span()), target, "acronym-definition"))
    return sorted(mentions + extra, key=lambda m: m.start)


# "synthetic aperture radar (SAR)": an acronym defined for a lower-case phrase.
_TERM_DEFINITION = re.compile(
    r"(?<![\w-])(?P<phrase>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){1,5})[ \t]*"
    r"\((?P<acr>[A-Z][A-Za-z]{1,7})\)"
)


def term_acronyms(text: str) -> set[str]:
    """Acronyms the text defines for a lower-case phrase they spell ("synthetic aperture radar
    (SAR)", "automatic identification system (AIS)"): names of a technique or a thing, not of
    an entity.

    >>> sorted(term_acronyms("a synthetic aperture radar (SAR) satellite and the Agency (TA)"))
    ['SAR']
    """
    out: set[str] = set()
    for m in _TERM_DEFINITION.finditer(text):
        words = m.group("phrase").split()
        acronym = m.group("acr")
        # The acronym may spell only the last words of the phrase ("a new radar (R)").
        if any(spells(acronym, words[i:]) for i in range(len(words))):
            out.add(acronym)
    return out
