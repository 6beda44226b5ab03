"""Further ways an article names a person with a role, beside those of `persons.py`:

- several people after one plural role noun: "Saudi astronauts Rayyanah Barnawi and Ali
  AlQarni", "Emirati astronauts, Nora AlMatrooshi and Mohammad AlMulla";
- a role before a name closed by a comma: "China's ambassador to Egypt, Liu Jianguo, called",
  "Its first chief executive, Adel Naguib, led";
- a minister's portfolio between the title and the name: "Minister for Space Judith Collins",
  also before "and" and with a middle name;
- a name with lower-case particles: "Prince Sultan bin Salman", "Hamdan bin Mohammed bin
  Rashid Al Maktoum, the Crown Prince of Dubai";
- a role of two titles: "Daniel Harcourt, Executive Chairman and Group CEO of ELA";
- an occupation noun before a name: "the physicist Jacques Blamont", "entrepreneur Volodymyr
  Levykin" (`recognise.yaml: person_nouns`);
- a lower-case role right before a name: "led by chief executive officer Thandiwe Mokoena,";
- a name, the country it comes from and a role after "as": "with Shubhanshu Shukla of India as
  pilot";
- an honorific before a full name: "signed by Dr. Patience Namuli, coordinator",
  "Prof. Kenji Ishida of the Kyushu institute" (`recognise.yaml: honorifics`);
- a role before a name that ends the sentence: "in the presence of Japan's ambassador, Keiko
  Morimoto.".

Person names must not overlap a catalogued non-person mention, as in `persons.py`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from loaders.mentions import Mention
from loaders.resources import lexicon, words_pattern
from loaders.shapes import _UPPER
from loaders.text import fold

_TOKEN = rf"[{_UPPER}][^\W\d_]*(?:[-'’](?!s\b)[^\W\d_]+)*"
_INITIALS = rf"(?:[{_UPPER}]\.[ \t]*){{1,2}}"
_NAME = rf"(?:{_INITIALS}{_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}}|{_TOKEN}(?:[ \t]+{_TOKEN}){{1,3}})"
_END = r"(?=[ \t]*(?:[,.;:()]|$|\bwho\b|\bsaid\b|\btold\b|\bsays\b|\bhas\b|\bwas\b))"


@dataclass(frozen=True)
class _Lex:
    plural_roles: re.Pattern[str]
    role_then_name: re.Pattern[str]
    portfolio: re.Pattern[str]
    particle_titled: re.Pattern[str]
    royal: re.Pattern[str]
    particle_appositive: re.Pattern[str]
    double_role: re.Pattern[str]
    noun_name: re.Pattern[str]
    lower_role_name: re.Pattern[str]
    name_of_as_role: re.Pattern[str]
    honorific_name: re.Pattern[str]
    stopwords: frozenset[str]
    post_nominals: frozenset[str]
    name_words_not_people: frozenset[str]


def _plural(noun: str) -> str:
    if noun.endswith(("man", "woman")):
        return noun[:-3] + "men"
    if noun.endswith(("s", "sh", "ch")):
        return noun + "es"
    return noun + "s"


@functools.cache
def _lex() -> _Lex:
    data = lexicon("recognise")
    role_words = list(data["role_nouns"])
    roles = words_pattern(role_words, 0).pattern
    plurals = words_pattern([_plural(r) for r in role_words + data["person_nouns"]], 0).pattern
    titles = words_pattern(data["titles"], 0).pattern
    particles = "|".join(re.escape(p) for p in data["name_particles"])
    kept = "|".join(re.escape(t) for t in data["titles_in_names"])
    royals = words_pattern(data["royal_titles"], 0).pattern
    honorifics = "|".join(
        re.escape(h) + ("" if h.endswith(".") else r"\b")
        for h in sorted(data["honorifics"], key=len, reverse=True)
    )
    with_particle = rf"{_TOKEN}(?:[ \t]+{_TOKEN})*(?:[ \t]+(?:{particles})[ \t]+{_TOKEN})+"
    role_phrase = rf"(?:[\w’'-]+[ \t]+){{0,2}}?(?i:{roles})"
    closing = r"(?:[ \t]+(?:of|at|for|in|to)[ \t]+[^,.;:\n“”\"()]+?)?"
    portfolio_list = r"(?:,[ \t]+[a-z][^,.;:\n“”\"()]*?)*"
    portfolio_words = "|".join(re.escape(w) for w in data["portfolio_words"])
    return _Lex(
        plural_roles=re.compile(
            rf"(?P<mod>(?:[{_UPPER}][\w-]*[ \t]+)?)(?P<noun>{plurals}),?[ \t]+"
            rf"(?P<names>{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+and[ \t]+{_NAME})"
        ),
        role_then_name=re.compile(
            rf"(?P<role>(?:(?:[Ii]ts|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|{_TOKEN}['’]s)[ \t]+)?"
            rf"(?:(?:first|former|new|current|then|late)[ \t]+)?"
            # "minister of posts, telecommunications and technology, Abdi Warsame."
            rf"(?:[\w-]+[ \t]+)??(?:{roles}){closing}{portfolio_list}),[ \t]+(?P<name>{_NAME})"
            r"(?:,|\.(?=[ \t]*$|\s+[A-Z\"“]))"
        ),
        portfolio=re.compile(
            rf"(?P<role>(?:Minister|Secretary|Commissioner)[ \t]+(?:for|of)[ \t]+"
            rf"(?:the[ \t]+)?{_TOKEN}(?:,?[ \t]+(?:and[ \t]+)?{_TOKEN})*?)[ \t]+"
            # "Minister of Foreign Affairs Carlos Ramiro Martínez and the ambassador", "Minister
            # of Science, Technological Development and Innovation Jelena Begović signed"
            rf"(?P<name>(?!(?:{portfolio_words})\b){_TOKEN}(?:[ \t]+{_TOKEN}){{1,2}})"
            r"(?:" + _END + r"|(?=[ \t]+and\b)|(?=[ \t]+(?:[a-z]+ed|signed|met|visited)\b))"
        ),
        particle_titled=re.compile(
            rf"(?P<role>{titles})[ \t]+(?P<name>{with_particle}|(?:{kept})[ \t]+{_TOKEN})"
        ),
        royal=re.compile(
            rf"(?<![\w-])(?P<name>(?:{royals})[ \t]+{_TOKEN})"
            rf"(?P<role>[ \t]+of[ \t]+(?:the[ \t]+)?{_TOKEN}(?:[ \t]+{_TOKEN})?)"
        ),
        particle_appositive=re.compile(
            rf"(?P<name>{with_particle}),[ \t]+(?:the[ \t]+|a[ \t]+)?"
            rf"(?P<role>{role_phrase}{closing}|(?:{titles}){closing}){_END}"
        ),
        double_role=re.compile(
            rf"(?P<name>{_NAME}),[ \t]+(?:the[ \t]+)?"
            rf"(?P<role>{role_phrase}[ \t]+and[ \t]+{role_phrase}{closing}){_END}"
        ),
        lower_role_name=re.compile(
            rf"(?<![\w-])(?P<role>{words_pattern(role_words, 0).pattern})[ \t]+"
            rf"(?P<name>{_NAME})(?=[ \t]*(?:,|\bwho\b|\bsaid\b|\btold\b|\bsays\b))"
        ),
        name_of_as_role=re.compile(
            rf"(?<![\w-])(?P<name>{_NAME})[ \t]+of[ \t]+(?P<where>{_TOKEN}(?:[ \t]+{_TOKEN})?)"
            rf"[ \t]+as[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
            rf"(?P<role>(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{roles}))(?![\w-])"
        ),
        honorific_name=re.compile(
            rf"(?<![\w-])(?P<role>{honorifics})[ \t]+(?P<name>{_TOKEN}(?:[ \t]+{_TOKEN}){{1,2}})"
            rf"(?=[ \t]*(?:[,;:()]|\.(?:\s|$)|$|\bof\b|\bwho\b|\bsaid\b|\btold\b|\bsays\b))"
        ),
        noun_name=re.compile(
            rf"(?<![\w-])(?P<noun>{words_pattern(data['person_nouns'], 0).pattern})[ \t]+"
            # "cosmonaut Irina Petrova flew ...": a lower-case word after the name ends it too.
            rf"(?P<name>{_NAME})(?:{_END}|(?=[ \t]+[a-z]))"
        ),
        stopwords=frozenset(data["stopwords"]),
        post_nominals=frozenset(data["post_nominals"]),
        name_words_not_people=frozenset(data["not_person_words"]),
    )


def plausible_person(name: str) -> bool:
    """False for a "name" made of words that name things, not people ("Astronaut Programme")."""
    return not any(w in _lex().name_words_not_people for w in name.split())


def more_person_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """People named with a role in the forms this module describes."""
    lex = _lex()
    found: dict[tuple[int, int], Mention] = {}

    def add(a: int, name: str, role: str, rule: str) -> None:
        name = name.rstrip()
        words = name.split()
        # "the Hon Jane Doe MP": letters after the name are no part of it.
        while len(words) > 2 and words[-1] in lex.post_nominals:
            words.pop()
            name = name[: name.rfind(words[-1]) + len(words[-1])]
        if len(words) < 2 or words[0] in lex.stopwords or not plausible_person(name):
            return
        b = a + len(name)
        if any(m.start < b and a < m.end and m.label != "Person" for m in known):
            return
        role = re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", role.strip(), flags=re.I)
        surface = re.sub(r"\s+", " ", text[a:b])
        found.setdefault(
            (a, b),
            Mention(a, b, text[a:b], "Person", surface, None, "person", rule, "person", role=role),
        )

    for m in lex.plural_roles.finditer(text):
        role = f"{m.group('mod')}{m.group('noun')}".strip()
        role = role[:-1] if role.endswith("s") else role
        for n in re.finditer(_NAME, m.group("names")):
            if n.group().startswith("and "):
                continue
            add(m.start("names") + n.start(), n.group(), role, "person:plural-role")

    def named_with_role(*rules: tuple[re.Pattern[str], str]) -> None:
        for pattern, rule in rules:
            for m in pattern.finditer(text):
                add(m.start("name"), m.group("name"), m.group("role"), rule)

    named_with_role(
        (lex.role_then_name, "person:role-comma"),
        (lex.portfolio, "person:portfolio"),
        (lex.particle_titled, "person:title"),
    )
    for m in lex.royal.finditer(text):
        title = m.group("name").rsplit(None, 1)[0]
        add(m.start("name"), m.group("name"), f"{title}{m.group('role')}", "person:royal")
    named_with_role(
        (lex.particle_appositive, "person:appositive"), (lex.double_role, "person:appositive")
    )
    for m in lex.noun_name.finditer(text):
        add(m.start("name"), m.group("name"), m.group("noun"), "person:noun")
    for m in lex.lower_role_name.finditer(text):
        if m.group("role")[:1].islower():
            add(m.start("name"), m.group("name"), m.group("role"), "person:role-before")
    for m in lex.honorific_name.finditer(text):
        add(m.start("name"), m.group("name"), m.group("role"), "person:honorific")
    countries = {fold(k.text) for k in known if k.label == "Country"}
    for m in lex.name_of_as_role.finditer(text):
        if fold(m.group("where")) in countries:
            add(m.start("name"), m.group("name"), m.group("role"), "person:of-country-as")
    return sorted(found.values(), key=lambda m: m.start)
