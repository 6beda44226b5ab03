"""The relation pattern engine: compiles lexicon/relations.yaml and runs it on masked sentences."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from graph.model import ModelError, load_model
from loaders.context import PLACEHOLDER, Context, SentenceView
from loaders.facts import RelationFact
from loaders.mentions import Entity, Mention
from loaders.resources import lexicon

_SLOT = re.compile(
    r"\{(?P<role>\w+):(?P<labels>[\w|]+)(?:=(?P<subtypes>[\w,-]+))?(?:/(?P<form>demonym|noun))?(?P<list>\+)?\}"
)
_MACRO = re.compile(r"\{(?P<name>[A-Z_]+)\}")
_LIST_SEP = r"(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)"
SPECIAL_ROLES = ("FOCAL", "SUBJECT_OR_FOCAL")


@dataclass(frozen=True)
class Pattern:
    id: str
    predicate: str
    regex: re.Pattern[str]
    emit: tuple[tuple[str, str, str], ...]
    block: tuple[str, ...]
    # A state's claim on a spacecraft that gives way when the text names an organisation
    # that owns or operates it (relate.py).
    defer_to_operator: bool = False


def _labels(spec: str) -> list[str]:
    model = load_model()
    out: list[str] = []
    for name in spec.split("|"):
        if name == "Any":
            return [r"[^:⟧]+"]
        out.extend(model.groups.get(name, (name,)))
    return out


# Labels whose names an outlet may decorate: "U.S. satellite operator X, Inc. (NYSE: XX)".
_DECORATED = frozenset({"Organization", "Facility", "Program"})


def _slot_regex(m: re.Match[str], macros: dict[str, str] | None = None) -> str:
    labels = "|".join(_labels(m.group("labels")))
    subtypes = m.group("subtypes")
    sub = "|".join(re.escape(s) for s in subtypes.split(",")) if subtypes else r"[^:⟧]*"
    form = m.group("form") or r"[^⟧]+"
    if m.group("list"):
        # A list item may carry a demonym or a possessive country before it ("the Norwegian
        # Ministry", "Germany's Isar Aerospace").
        lead = r"(?:⟦\d+:Country:[^:⟧]*:demonym⟧\s+|⟦\d+:Country:[^⟧]*⟧'s\s+)?"
        if macros and "Organization" in labels.split("|"):
            # ... or a descriptor ("French operator Eutelsat and Spain's Hispasat")
            lead = macros.get("SLOT_LEAD", lead)
        # ... and an acronym in brackets after it ("the Indian Space Research Organisation
        # (ISRO)").
        one = (
            rf"(?:the\s+)?{lead}⟦\d+:(?:{labels}):(?:{sub}):{form}⟧(?!')"
            rf"(?:\s*\(⟦\d+:[^⟧]*⟧\))?"
        )
        body = rf"{one}(?:{_LIST_SEP}{one})*"
        return f"(?P<{m.group('role')}>{body})"
    if m.group("role") == "_":
        return rf"⟦\d+:(?:{labels}):(?:{sub}):{form}⟧"
    slot = rf"⟦(?P<{m.group('role')}>\d+):(?:{labels}):(?:{sub}):{form}⟧"
    if macros and m.group("form") != "demonym" and _DECORATED & set(labels.split("|")):
        # A captured name may carry a descriptor before it and a legal form or a bracket
        # after it (lexicon macros SLOT_LEAD and SLOT_TAIL); both stay outside the capture.
        slot = macros.get("SLOT_LEAD", "") + slot + macros.get("SLOT_TAIL", "")
    return slot


def compile_pattern(raw: dict[str, Any], macros: dict[str, str]) -> Pattern:
    """One pattern entry of the lexicon, compiled; errors name the pattern."""
    pid = str(raw.get("id", "?"))
    try:
        text = str(raw["pattern"])
        predicate = str(raw["predicate"])
    except KeyError as exc:
        raise ModelError(f"relations.yaml: pattern {pid!r} lacks {exc}") from None
    if predicate not in load_model().relationships:
        raise ModelError(f"relations.yaml: pattern {pid!r} has unknown predicate {predicate!r}")
    text = _MACRO.sub(lambda m: macros.get(m.group("name"), m.group(0)), text)
    source = _SLOT.sub(lambda m: _slot_regex(m, macros), text)
    try:
        regex = re.compile(source)
    except re.error as exc:
        raise ModelError(f"relations.yaml: pattern {pid!r} does not compile: {exc}") from None
    emit_raw = raw.get("emit") or [["s", predicate, "o"]]
    try:
        emit = tuple((str(a), str(p), str(b)) for a, p, b in emit_raw)
    except (TypeError, ValueError):
        raise ModelError(f"relations.yaml: pattern {pid!r}: emit is a list of triples") from None
    block = tuple(str(b) for b in raw.get("block", ["hedge", "proposal", "negation"]))
    defer = bool(raw.get("defer_to_operator", False))
    return Pattern(pid, predicate, regex, emit, block, defer)


@functools.cache
def patterns() -> tuple[tuple[Pattern, ...], dict[str, re.Pattern[str]]]:
    data = lexicon("relations")
    macros = {k: str(v) for k, v in data.get("macros", {}).items()}
    cues = {
        name: re.compile("|".join(f"(?:{c})" for c in words), re.I)
        for name, words in data.get("cues", {}).items()
    }
    compiled = tuple(compile_pattern(p, macros) for p in data["patterns"])
    for p in compiled:
        unknown = [b for b in p.block if b not in cues]
        if unknown:
            raise ModelError(f"relations.yaml: pattern {p.id!r} blocks on unknown cues {unknown}")
    return compiled, cues


def cues_in(view: SentenceView, names: tuple[str, ...]) -> set[str]:
    """Which of the cue lists `names` ("hedge", "negation"...) match the sentence outside names."""
    found = _cue_positions(view.masked, patterns()[1])
    return {n for n in names if found.get(n)}


def deferring_rules() -> frozenset[str]:
    """Ids of the patterns whose facts give way to an organisation's ownership or operation."""
    return frozenset(p.id for p in patterns()[0] if p.defer_to_operator)


def _mentions_in(
    view: SentenceView, span: tuple[int, int], label: str | None = None
) -> list[Mention]:
    out = []
    for m in PLACEHOLDER.finditer(view.masked, *span):
        if label is None or m.group(2) == label or label in load_model().groups.get(m.group(2), ()):
            out.append(view.mention(int(m.group(1))))
    return out


def _role(ctx: Context, view: SentenceView, match: re.Match[str], role: str) -> list[Entity]:
    if role == "FOCAL":
        return [ctx.focal] if ctx.focal else []
    if role == "SUBJECT_OR_FOCAL":
        before = [
            view.mention(int(m.group(1)))
            for m in PLACEHOLDER.finditer(view.masked, 0, match.start())
            if m.group(2) == "Country"
        ]
        ents = [ctx.entity(m) for m in before[:1]]
        found = [e for e in ents if e is not None]
        return found or ([ctx.focal] if ctx.focal else [])
    group, _, label = role.partition(":")
    if match.group(group) is None:
        return []
    span = match.span(group)
    if label:
        mentions = _mentions_in(view, span, label)
    elif not match.group(group).isdigit():
        mentions = [
            view.mention(int(m.group(1)))
            for m in PLACEHOLDER.finditer(view.masked, *span)
            if m.group(4) != "demonym" and view.masked[m.end() : m.end() + 2] != "'s"
        ]
    else:
        mentions = [view.mention(int(match.group(group)))]
    return [e for e in (ctx.entity(m) for m in mentions) if e is not None]


# A clause that follows a stated fact: ", which could ...", ", and a similar deal is being
# discussed", "; talks continue". A cue inside such a clause hedges that clause, not the fact.
_TRAILING_CLAUSE = re.compile(
    r",\s+(?:which|who|whose|and|but|while|although|though|as|where)\b|;\s|\s-\s"
)


def _cue_positions(masked: str, cues: dict[str, re.Pattern[str]]) -> dict[str, list[int]]:
    """Where each cue list matches in `masked`, outside names ("the Hope probe" hopes
    nothing): the cues run on the sentence with every name emptied to "⟦⟧", and their offsets
    are mapped back onto `masked`."""
    anchors: list[tuple[int, int]] = []  # (offset in the plain text, characters removed)
    parts: list[str] = []
    plain_len = removed = last = 0
    for m in PLACEHOLDER.finditer(masked):
        chunk = masked[last : m.start()]
        parts.append(chunk + "⟦⟧")
        plain_len += len(chunk) + 2
        removed += len(m.group(0)) - 2
        anchors.append((plain_len, removed))
        last = m.end()
    parts.append(masked[last:])
    plain = "".join(parts)

    def to_masked(pos: int) -> int:
        shift = 0
        for at, total in anchors:
            if at > pos:
                break
            shift = total
        return pos + shift

    out: dict[str, list[int]] = {}
    for name, cue in cues.items():
        found = [to_masked(c.start()) for c in cue.finditer(plain)]
        if found:
            out[name] = found
    return out


def _blocked_at(masked: str, found: list[int], match: re.Match[str]) -> bool:
    """A cue blocks a match unless it lies in a clause that follows the match."""
    return any(
        at < match.end() or not _TRAILING_CLAUSE.search(masked, match.end(), at) for at in found
    )


def run_patterns(ctx: Context, views: list[SentenceView] | None = None) -> list[RelationFact]:
    """Every pattern on every sentence (or on `views`); a pattern may match at several places."""
    compiled, cues = patterns()
    facts: list[RelationFact] = []
    for view in ctx.views if views is None else views:
        if "⟦" not in view.masked:
            continue
        cue_at = _cue_positions(view.masked, cues)
        for p in compiled:
            pos = 0
            while (match := p.regex.search(view.masked, pos)) is not None:
                pos = match.start() + 1
                if any(_blocked_at(view.masked, cue_at.get(b, []), match) for b in p.block):
                    continue
                for a, predicate, b in p.emit:
                    for subj in _role(ctx, view, match, a):
                        for obj in _role(ctx, view, match, b):
                            if subj.key != obj.key:
                                facts.append(RelationFact(subj, predicate, obj, view, p.id))
    return facts
