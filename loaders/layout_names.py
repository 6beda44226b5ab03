"""Names placed by the page layout: the first cell of a table row, typed by its column header
("| Satellite | Builder |" makes "LAPAN-A2" a satellite), and the head of a bullet, typed by
the words that describe it ("- Rumpin (Bogor Regency) – rocket propulsion test centre").

Both give uncatalogued names (source "shape"); a catalogued name of the same span wins.
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.resources import lexicon

_ROW = re.compile(r"^\|(?P<cells>.*)\|[ \t]*$", re.M)
_RULE_ROW = re.compile(r"^[\s|:-]*$")
# "- **Pameungpeuk launch station** (West Java) – the country's only active rocket range".
_BULLET = re.compile(
    r"^[-*•][ \t]+(?P<name>[A-Z0-9][^\n()–—:]{0,60}?)[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?"
    r"[–—:][ \t]+(?P<desc>[^\n]*)",
    re.M,
)
# A cell or bullet head that reads as a name: capitalised words, numbers and designators.
_NAME_WORD = re.compile(r"[A-Z0-9][\w'’.+-]*|of|for|and|de|the")
_DESCRIPTION_WORDS = 10
_CONNECTORS = frozenset({"of", "for", "and", "de", "the"})
# The first phrase of a description ends at punctuation, a relative word or a preposition.
_PHRASE_END = re.compile(
    r"[,;.()]|\b(?:that|which|who|used|operated|built|for|of|on|in|at|with|by|from|to)\b"
)


def _type_words() -> dict[str, tuple[str, str]]:
    return {
        word: (spec["type"], spec["subtype"])
        for spec in lexicon("recognise")["layout_types"]
        for word in spec["words"]
    }


def _name_heads() -> dict[str, tuple[str, str]]:
    """One-word organisation heads that end a name ("Bank", "University", "Agency")."""
    data = lexicon("recognise")
    specs = [*data["heads"], *data["prefix_heads"]]
    return {
        spec["head"]: (spec["type"], spec["subtype"])
        for spec in specs
        if spec["type"] == "Organization" and " " not in spec["head"] and not spec.get("weak")
    }


def _reads_as_name(cell: str, types: dict[str, tuple[str, str]]) -> bool:
    """Capitalised words, designators and connectors; lower-case words only as the kind noun
    at the end ("Sriracha ground station", "Assembly, Integration and Test centre")."""
    words = cell.replace(",", " ").split()
    if not words or len(words) > 6 or not words[0][:1].isupper():
        return False
    lower = [w for w in words if w[:1].islower() and w not in _CONNECTORS]
    kind_words = {part for key in types for part in key.split()}
    return all(_NAME_WORD.fullmatch(w) or w in _CONNECTORS or w in kind_words for w in words) and (
        not lower or words[-1] in {key.split()[-1] for key in types}
    )


def _kind_of(description: str, types: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The last kind noun of the description's first phrase: "rocket propulsion test centre"
    is a centre, "remote-sensing ground station that receives ..." a ground station."""
    phrase = _PHRASE_END.split(description.lower(), maxsplit=1)[0]
    words = re.findall(r"[\w-]+", phrase)[:_DESCRIPTION_WORDS]
    # "the company builds the ground station": the subject's noun, before its verb.
    subject = re.match(r"(?:the|a|an)[ \t]+([\w-]+)[ \t]+([a-z]+s)\b", description)
    if subject and subject.group(1) in types and subject.group(2) not in types:
        return types[subject.group(1)]
    for i in range(len(words) - 1, -1, -1):
        pair = " ".join(words[i - 1 : i + 1]) if i else ""
        if pair in types:
            return types[pair]
        if words[i] in types:
            return types[words[i]]
    return None


def _mention(text: str, a: int, b: int, label: str, subtype: str, rule: str) -> Mention:
    name = text[a:b]
    return Mention(a, b, name, label, name, subtype, "shape", rule, "shape")


def table_first_cells(text: str) -> list[Mention]:
    """The first cell of each row of a table whose first column header names a kind of
    entity ("Satellite", "Launch vehicle", "Operator", "Ground station")."""
    types = _type_words()
    out: list[Mention] = []
    header: tuple[str, str] | None = None
    previous_end = -2
    for row in _ROW.finditer(text):
        if row.start() != previous_end + 1:
            header = None  # a new table starts
        previous_end = row.end()
        cells = row.group("cells").split("|")
        if _RULE_ROW.match(row.group("cells")):
            continue
        first = cells[0]
        if header is None:
            words = first.strip().lower().rstrip("s").split()
            header = types.get(" ".join(words)) or types.get(first.strip().lower()) or ("", "")
            continue
        if not header[0] or not _reads_as_name(first.strip(), types):
            continue
        a = row.start("cells") + len(first) - len(first.lstrip())
        for start, end in _designated_parts(text, a, row.start("cells") + len(first.rstrip())):
            out.append(_mention(text, start, end, header[0], header[1], "layout:table-first-cell"))
    return out


_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _designated_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A cell listing numbered names ("SaudiSat-5A and SaudiSat-5B") is one name each; any
    other cell is one name ("Assembly, Integration and Test centre")."""
    parts: list[tuple[int, int]] = []
    start = a
    for sep in _LIST_SEPARATOR.finditer(text, a, b):
        parts.append((start, sep.start()))
        start = sep.end()
    parts.append((start, b))
    if len(parts) > 1 and all(re.search(r"\d", text[x:y]) for x, y in parts):
        return parts
    return [(a, b)]


def bullet_heads(text: str) -> list[Mention]:
    """The head of a bullet, typed by the first kind word of what follows the dash."""
    types = _type_words()
    out: list[Mention] = []
    for m in _BULLET.finditer(text):
        name = m.group("name").rstrip()
        # A description starts in lower case ("- Japan – Japan has been ..." is no description).
        if not _reads_as_name(name, types) or not m.group("desc")[:1].islower():
            continue
        # A name ending in a kind noun types itself ("Cibinong satellite control centre").
        tail = name.lower().split()
        kind = types.get(" ".join(tail[-2:])) or types.get(tail[-1])
        # So does a name ending in an organisation's head word ("Asian Development Bank").
        kind = kind or _name_heads().get(name.split()[-1])
        kind = kind or _kind_of(m.group("desc"), types)
        if kind is None:
            continue
        a = m.start("name")
        out.append(_mention(text, a, a + len(name), kind[0], kind[1], "layout:bullet-head"))
    return out
