"""People with a stated role: "Vice Minister Doszhan Musaliyev", "Dmitry Rogozin, the head of
..., ", "Chinese President Xi Jinping", "Roscosmos head Yuri Borisov", "Ana Ruiz, who runs the
group's space business". A name without a role in
the text is not an entity (the gold convention: a Person always has a role).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from loaders.mentions import Mention
from loaders.resources import lexicon, words_pattern
from loaders.shapes import _UPPER

_TOKEN = rf"[{_UPPER}][^\W\d_]*(?:[-'’](?!s\b)[^\W\d_]+)*"
_INITIALS = rf"(?:[{_UPPER}]\.[ \t]*){{1,2}}"
# Two to four words; one or two initials may stand for words ("S. Somanath").
NAME = rf"(?:{_INITIALS}{_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}}|{_TOKEN}(?:[ \t]+{_TOKEN}){{1,3}})"
# After a title a single name is enough ("President Erdogan"), initials too ("Chairman S.
# Somanath").
TITLED_NAME = rf"(?:{_INITIALS})?{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}}"
_END = r"(?=[ \t]*(?:[,.;:()]|$|\bwho\b|\bwhich\b|\bsaid\b|\btold\b|\bsays\b|\bstated\b))"
_NOUNS_BEFORE_NAME = (
    "cosmonaut|astronaut|CEO|chief executive|founder|co-founder|spokesman|spokeswoman|"
    "spokesperson|director general|director|chairman|chairwoman|administrator|head|chief|"
    "engineer|scientist|envoy|ambassador|commander|president|vice president|minister|"
    "deputy minister|general manager|managing director|rector|governor|program manager|"
    "programme manager|project manager|mission manager"
)


@dataclass(frozen=True)
class _Lex:
    titles: re.Pattern[str]
    appositive: re.Pattern[str]
    role_first: re.Pattern[str]
    noun_name: re.Pattern[str]
    stopwords: frozenset[str]
    firm_nouns: frozenset[str]
    title_words: frozenset[str]
    honorific: re.Pattern[str]
    who_clause: re.Pattern[str]
    post_nominals: frozenset[str]
    subject_role: re.Pattern[str]


@functools.cache
def _lex() -> _Lex:
    data = lexicon("recognise")
    roles = words_pattern(data["role_nouns"], 0).pattern
    who_verbs = "|".join(re.escape(v) for v in data["role_verbs"])
    bodies = "|".join(re.escape(v) for v in data["led_bodies"])
    titles = words_pattern(data["titles"], 0).pattern
    return _Lex(
        titles=re.compile(rf"(?P<title>{titles})[ \t]+(?P<name>{TITLED_NAME})"),
        appositive=re.compile(
            rf"(?P<name>{NAME}),[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
            # "X, and the director of Y" opens the next person: a role never starts with "and".
            rf"(?P<role>(?!(?:and|or|but|while)\b)(?:[\w’'-]+[ \t]+){{0,3}}?(?i:{roles})"
            # "the minister delegate in charge of ...", "TASA's director-general since 2020"
            rf"(?:[ \t]+(?:delegate|designate|emeritus))?"
            # "an astronaut and engineer from Gdansk": a second role joined by "and".
            rf"(?:[ \t]+and[ \t]+(?:[\w’'-]+[ \t]+){{0,2}}?(?i:{roles}))?"
            rf"(?:[ \t]+(?:of|at|for|in|to|from)[ \t]+[^,.;:\n“”\"()]+?)?)"
            # "who was science minister when the deal was signed": a time clause ends the role.
            rf"(?:[ \t]+(?:since|until|from|when|while|before|after)[ \t]+[^,.;:\n“”\"()]+?)?"
            rf"{_END}"
        ),
        # "the head of X, Name", "the British High Commissioner to Y, Name", "Kenya's
        # ambassador, Name": capitalised words or a possessive may stand before the role noun.
        role_first=re.compile(
            rf"(?P<role>(?:the[ \t]+)?(?:[\w-]+['’]s[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){{0,3}}"
            rf"(?i:{roles})(?:[ \t]+(?:of|to|at|for|in)[ \t]+[^,\n]+?)?),[ \t]+(?P<name>{NAME})"
            rf"(?=[ \t]*[,.;]|[ \t]*$|[ \t]+(?:said|says|told|stated))"
        ),
        noun_name=re.compile(rf"\b(?P<noun>{_NOUNS_BEFORE_NAME})[ \t]+(?P<name>{NAME})"),
        who_clause=re.compile(
            rf"(?P<name>{NAME}),[ \t]+who[ \t]+(?P<role>(?:{who_verbs})\b[^,.;:\n“”\"()]+)"
        ),
        post_nominals=frozenset(data["post_nominals"]),
        subject_role=re.compile(
            rf"(?P<name>{NAME})[ \t]+(?P<role>(?:has[ \t]+|had[ \t]+)?(?:{who_verbs})[ \t]+the"
            rf"[ \t]+(?:{bodies}))\b"
        ),
        stopwords=frozenset(data["stopwords"]),
        firm_nouns=frozenset(w.casefold() for w in [*data["company_nouns"], "partner"]),
        title_words=frozenset(w for t in data["titles"] for w in t.split()),
        honorific=re.compile(
            "^(?:(?:"
            + "|".join(re.escape(h) for h in sorted(data["honorifics"], key=len, reverse=True))
            + r")[ \t]+)+"
        ),
    )


def _clean_name(name: str, lex: _Lex, minimum: int = 2) -> str | None:
    words = name.replace(". ", ".").replace(".", ". ").split()
    while words and (
        words[-1] in lex.stopwords or words[-1] in lex.title_words or words[-1] in lex.post_nominals
    ):
        words.pop()
    if len(words) < minimum or any(w in lex.stopwords or w in lex.title_words for w in words):
        return None
    if len(words) == 1 and (len(words[0]) < 3 or words[0].isupper()):
        return None
    if all(w.endswith(".") for w in words):
        return None
    if any(len(w) < 2 for w in words):
        return None
    return " ".join(words)


def _ends_before(mentions: list[Mention], pos: int) -> Mention | None:
    for m in mentions:
        if m.end in (pos - 1, pos) and m.start < pos:
            return m
    return None


def _surname(m: Mention, a: int, b: int) -> bool:
    """A country's name that ends a longer name with a role is a surname ("Stéphane Israël,
    chief executive of ...")."""
    return m.label == "Country" and m.form != "demonym" and a < m.start and m.end == b


_ROLE_MODIFIER_BEFORE = re.compile(
    r"\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|first|former|new|current|then|late|acting|interim)"
    r"[ \t]+$"
)


def person_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """People named with a role. `known` are catalogue mentions: a name may not overlap one
    unless it is a catalogued Person; a demonym or organisation just before a title or role
    noun joins the role ("Chinese President", "Roscosmos head")."""
    lex = _lex()
    found: dict[tuple[int, int], Mention] = {}

    def blocked(a: int, b: int) -> bool:
        return any(
            m.start < b and a < m.end and m.label != "Person" and not _surname(m, a, b)
            for m in known
        )

    def add(a: int, name: str, role: str, rule: str) -> None:
        lead = lex.honorific.match(name)
        if lead:
            a, name = a + lead.end(), name[lead.end() :]
        cleaned = _clean_name(name, lex, 1 if rule == "person:title" else 2)
        if cleaned is None:
            return
        last = cleaned.split()[-1]
        b = a + name.rfind(last) + len(last)
        surface = re.sub(r"\s+", " ", text[a:b])
        if blocked(a, b) or (a, b) in found:
            return
        role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(), flags=re.I)
        found[(a, b)] = Mention(
            a, b, text[a:b], "Person", surface, None, "person", rule, "person", role=role
        )

    for m in lex.titles.finditer(text):
        role = m.group("title")
        before = _ends_before(known, m.start())
        if before is not None and before.form == "demonym":
            role = f"{text[before.start : before.end]} {role}"
        add(m.start("name"), m.group("name"), role, "person:title")
    for m in lex.appositive.finditer(text):
        add(m.start("name"), m.group("name"), m.group("role"), "person:appositive")
    # "said Ana Ruiz, who runs the group's space business": the relative clause is the role.
    for m in lex.who_clause.finditer(text):
        add(m.start("name"), m.group("name"), m.group("role"), "person:who-clause")
    # "Dmitri Orlov led the company from 2017": the person's role told by a verb.
    for m in lex.subject_role.finditer(text):
        add(m.start("name"), m.group("name"), m.group("role"), "person:subject-role")
    for m in lex.role_first.finditer(text):
        # "its Estonian partner, Orbivanta": a noun that also fits a firm names no person.
        noun = re.split(r"[ \t]+(?:of|to|at|for|in)[ \t]+", m.group("role"))[0].split()[-1]
        if noun.casefold() in lex.firm_nouns:
            continue
        # "Its first chief executive, Name": the fuller role is read by the role-comma rule.
        if _ROLE_MODIFIER_BEFORE.search(text, 0, m.start()):
            continue
        add(m.start("name"), m.group("name"), m.group("role"), "person:role-first")
    for m in lex.noun_name.finditer(text):
        role = m.group("noun")
        before = _ends_before(known, m.start())
        if before is not None and before.label in ("Organization", "Country"):
            role = f"{text[before.start : before.end]} {role}"
        add(m.start("name"), m.group("name"), role, "person:noun")
    return sorted(found.values(), key=lambda m: m.start)
