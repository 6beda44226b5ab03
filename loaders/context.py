"""The analysis context shared by the relate stage: sentences, their mentions (including
definite noun phrases resolved to an earlier entity), the masked form of each sentence that
relation patterns read, and the document's focal country.

A masked sentence replaces each mention by a placeholder ⟦i:Label:subtype:form⟧ (form is
"demonym" or "noun"), so a pattern can say "{o:Country}'s {s:Organization}".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from graph.model import Document
from loaders.catalogue import Catalogue, load_catalogue
from loaders.mentions import Entity, Mention, is_media
from loaders.recognise import Recognition
from loaders.resources import lexicon
from loaders.segment import Sentence
from loaders.text import normalise_punctuation

PLACEHOLDER = re.compile(r"⟦(\d+):([^:⟧]+):([^:⟧]*):([^⟧]+)⟧")


@dataclass
class SentenceView:
    """A sentence with its mentions and their masked rendering."""

    sentence: Sentence
    mentions: list[Mention]
    masked: str
    is_list_item: bool = False

    def mention(self, index: int) -> Mention:
        return self.mentions[index]


@dataclass
class Context:
    """Everything the relation rules read."""

    document: Document
    text: str
    catalogue: Catalogue
    recognition: Recognition
    views: list[SentenceView]
    focal: Entity | None
    warnings: list[str] = field(default_factory=list)
    # The sentences that hold an "its", read again with "its" as its possessor's "⟦X⟧'s":
    # extra views for the relation patterns only, so no rule loses the plain word.
    possessive_views: list[SentenceView] = field(default_factory=list)

    def entity(self, mention: Mention) -> Entity | None:
        return self.recognition.entity_of(mention)


@dataclass(frozen=True)
class CorefRule:
    """One phrasing of lexicon/coref.yaml and how its antecedent is found."""

    pattern: re.Pattern[str]
    label: str
    subtypes: frozenset[str]
    same_noun: bool
    pair: bool
    group: int
    pronoun: str  # "", "subject", "first-subject", "own-subject", "object" or "possessive"
    described: bool  # "the Japanese firm": the antecedent must fit the place word
    # "the government": the document's own country when no country was named nearby
    focal_fallback: bool = False
    # "the two institutions": the two fitting entities named last, not the most named
    recent: bool = False
    # "the regulator": an antecedent whose names hold one of these words comes first
    hint: re.Pattern[str] | None = None


@functools.cache
def _coref_rules() -> tuple[int, tuple[CorefRule, ...]]:
    data = lexicon("coref")
    rules = tuple(
        CorefRule(
            re.compile(r["pattern"], re.I),
            r["label"],
            frozenset(r.get("subtypes", [])),
            bool(r.get("same_noun", False)),
            bool(r.get("pair", False)),
            int(r.get("group", 0)),
            "first-subject"
            if r.get("subject") == "first"
            else "own-subject"
            if r.get("subject") == "own"
            else "subject"
            if r.get("subject")
            else "object"
            if r.get("object")
            else "possessive"
            if r.get("possessive")
            else "",
            bool(r.get("described", False)),
            bool(r.get("focal", False)),
            bool(r.get("recent", False)),
            re.compile(r["hint"], re.I) if r.get("hint") else None,
        )
        for r in data["phrases"]
    )
    return int(data["window"]), rules


def _placeholder(index: int, m: Mention) -> str:
    subtype = (m.subtype or "-").replace(" ", "_")
    form = "demonym" if m.form == "demonym" else "noun"
    # "its" reads as the possessive of its antecedent, so "X's Y" patterns apply to it.
    suffix = "'s" if m.rule == POSSESSIVE_RULE else ""
    return f"⟦{index}:{m.label}:{subtype}:{form}⟧{suffix}"


def mask(text: str, start: int, mentions: list[Mention]) -> str:
    """`text` (starting at offset `start`) with each mention replaced by its placeholder."""
    out = []
    pos = start
    for i, m in enumerate(mentions):
        if i and (m.start, m.end) == (mentions[i - 1].start, mentions[i - 1].end):
            out.append(" and " + _placeholder(i, m))  # a pair: "the two agencies"
            continue
        out.append(normalise_punctuation(text[pos - start : m.start - start]))
        out.append(_placeholder(i, m))
        pos = m.end
    out.append(normalise_punctuation(text[pos - start :]))
    return "".join(out)


def _corefs(
    sentence: Sentence,
    own: list[Mention],
    history: list[list[Mention]],
    recognition: Recognition,
    previous_sentence: Sentence | None = None,
) -> list[Mention]:
    """Noun phrases resolved to the nearest fitting mention in the last few sentences, or to
    the only fitting entity named earlier in the document."""
    window, rules = _coref_rules()
    found: list[Mention] = []
    # a pair of the last named comes last, after the single references it may count
    # ... and "it" standing for its own sentence's subject after the references that may name it
    for rule in sorted(rules, key=lambda r: (r.recent, r.pronoun == "own-subject")):
        label, subtypes, group, pronoun = rule.label, rule.subtypes, rule.group, rule.pronoun
        for m in rule.pattern.finditer(sentence.text):
            # A group named "ref" marks the referring words; the rest is context.
            ref = "ref" if "ref" in rule.pattern.groupindex else 0
            a, b = sentence.start + m.start(ref), sentence.start + m.end(ref)
            if any(x.start < b and a < x.end for x in own + found):
                continue
            if rule.pair:
                named = [x for x in own if x.end <= a and x.form != "demonym"]
                if rule.recent:
                    known = sorted((x for x in own + found if x.end <= a), key=lambda x: x.start)
                    found.extend(_recent_pair(a, b, m.group(ref), label, known, history))
                else:
                    previous = _actors(history[-1] if history else [], previous_sentence)
                    after = _named_later_in_clause(sentence, own, b)
                    found.extend(
                        _pair(
                            recognition, a, b, m.group(ref), label, subtypes, named, previous, after
                        )
                    )
                continue
            if group:
                earlier = [x for x in own if x.end <= a]
                members = _group(earlier, history[-GROUP_WINDOW:], label.split("|"), subtypes)
                if len(members) == group or (group == ANY_NUMBER and len(members) >= 2):
                    found.extend(_coref_mention(a, b, m.group(ref), x, GROUP_RULE) for x in members)
                continue
            noun = m.group(ref).split()[-1].lower() if rule.same_noun else ""
            place = _place_of(m, sentence.start, own) if rule.described else None
            if place is not None and any(
                b <= x.start <= b + 2 or 0 <= sentence.start + m.start() - x.end <= 2 for x in own
            ):
                # A name follows ("the Japanese company ispace") or comes just before ("Rocket
                # Lab, the US launch company"): the phrase describes, it does not refer.
                continue
            if place is not None and not place[0]:
                # no country mention to keep: the place word is part of the reference, so the
                # patterns read "the ⟦X⟧", not "the Shenzhen ⟦X⟧"
                a = sentence.start + m.start("place")

            def fits(
                x: Mention,
                noun: str = noun,
                label: str = label,
                subtypes: frozenset[str] = subtypes,
                place: tuple[str, str] | None = place,
            ) -> bool:
                if noun and noun not in _names_of(x):
                    return False
                if place is not None and not _from_place(x, place):
                    return False
                return (
                    x.label == label
                    and x.form not in ("demonym", "coref")
                    and (not subtypes or x.subtype in subtypes)
                )

            if pronoun == "possessive":
                known = sorted(own + found, key=lambda x: x.start)
                target = _possessor(known, history, a, label.split("|"))
                if target is not None:
                    found.append(_coref_mention(a, b, m.group(ref), target, POSSESSIVE_RULE))
                continue
            if pronoun:
                # A subject pronoun: the first fitting mention of the sentence before. An
                # object pronoun ("operates it"): the nearest fitting mention before it in its
                # own sentence, else the first of the sentence before.
                labels = label.split("|")

                def pronoun_fits(
                    x: Mention, labels: list[str] = labels, subtypes: frozenset[str] = subtypes
                ) -> bool:
                    return (
                        x.label in labels
                        and x.form != "demonym"
                        and (not subtypes or x.subtype in subtypes)
                    )

                previous = history[-1] if history else []
                before = [x for x in own if x.end <= a][::-1] if pronoun == "object" else []
                if pronoun == "first-subject":
                    previous = _opening_subject(previous, previous_sentence)
                elif pronoun == "own-subject":
                    # "X built the satellite, and it also bought the launch": the subject of
                    # the pronoun's own sentence
                    before_it = sorted(
                        (x for x in own + found if x.end <= a), key=lambda x: x.start
                    )
                    previous = _opening_subject(before_it, sentence)
                target = next((x for x in before + previous if pronoun_fits(x)), None)
                if target is not None:
                    found.append(_coref_mention(a, b, m.group(ref), target))
                continue
            # "Space Norway hired the company": a description is not the subject of its own
            # clause.
            earlier = [x for x in own if x.end <= a and not _clause_subject(sentence, x, a)]
            if _FRONTED_PHRASE.match(sentence.text[: a - sentence.start]):
                earlier = []
            recent = earlier[::-1] + [x for ms in history[-window:][::-1] for x in ms[::-1]]
            if not noun and place is None and label == "Organization" and history:
                # "ICEYE said it had launched 40 satellites on SpaceX rockets. The company
                # ...": the subject of the sentence before comes before nearer names.
                subject = _opening_subject(history[-1], previous_sentence)
                recent = earlier[::-1] + subject + recent[len(earlier) :]
            hinted = rule.hint
            target = next(
                (x for x in recent if fits(x) and hinted is not None and hinted.search(x.name)),
                None,
            ) or next((x for x in recent if fits(x)), None)
            if target is None:
                older = {x.identity: x for ms in history for x in ms if fits(x)}
                target = next(iter(older.values())) if len(older) == 1 else None
            if target is None and rule.focal_fallback:
                target = _focal_mention(recognition)
            if target is not None:
                words = sentence.text[a - sentence.start : b - sentence.start]
                found.append(_coref_mention(a, b, words, target))
    return found


# What may stand between a clause's subject and a description that is its object: a verb of
# a few words, no comma, conjunction or reporting verb ("X said the company would ...").
_SAME_CLAUSE = re.compile(
    r"\s+(?!(?:\w+\s+)*?(?:said|says|told|added|and|but|or|that|which|who|while|as)\b)"
    r"(?:[\w-]+\s+){1,6}",
    re.I,
)


# What may come before a clause's subject: the sentence start, a comma or a conjunction, and a
# few capitalised words of an opening phrase ("In 2015 ...", "Last year ...").
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while|when|after|before|as|since)\s+)"
    r"(?:(?:In|On|By|Since|Last|Early|Late|This|After|Before)\s+[^,;]{0,25}?,?\s+)?"
    r"(?:[Tt]he\s+)?$"
)


# A prepositional phrase put before the main clause ("Under a lease agreed with Andøya Space,
# the company has ...", "Following its merger with OneWeb, the company ..."): a description
# that opens the main clause refers to the topic, not to a name inside the phrase.
_FRONTED_PHRASE = re.compile(
    r"^(?:Under|With|Through|Following|Alongside|Besides|Apart\s+from|Unlike|Like|Beyond|"
    r"Thanks\s+to|As\s+part\s+of|In\s+addition\s+to|Along\s+with|Together\s+with|Despite|"
    r"Via|In)\s[^;:]*,\s*(?:[Tt]he\s+|[Tt]his\s+)?$"
)


def _clause_subject(sentence: Sentence, x: Mention, at: int) -> bool:
    """Whether a mention is the subject of the clause whose object starts at `at`: it opens its
    clause, and a short verb phrase with no clause break leads from it to the object."""
    between = sentence.text[x.end - sentence.start : at - sentence.start]
    if not _SAME_CLAUSE.fullmatch(between):
        return False
    words = len(between.split())
    return words <= 3 or bool(_CLAUSE_OPENING.search(sentence.text[: x.start - sentence.start]))


def _place_of(m: re.Match[str], offset: int, own: list[Mention]) -> tuple[str, str]:
    """The place word of a description ("the Japanese firm", "the Shenzhen company"): the
    country it names, if it names one, and the word itself."""
    a, b = offset + m.start("place"), offset + m.end("place")
    country = next((x.name for x in own if x.label == "Country" and x.start < b and a < x.end), "")
    # "the Paris-based company": the city, and the country whose capital it is
    word = re.sub(r"-based$", "", m.group("place"))
    if not country and word != m.group("place"):
        country = _capitals().get(word, "")
    return country, word.lower()


@functools.cache
def _capitals() -> dict[str, str]:
    """Capital city -> the country's name, from the catalogue."""
    return {
        e.capital: e.name for e in load_catalogue().entries if e.type == "Country" and e.capital
    }


def _from_place(x: Mention, place: tuple[str, str]) -> bool:
    """Whether an entity fits a description's place word: its catalogued country is the one
    the word names, or one of its names holds the word."""
    country, word = place
    if country and x.entry is not None and x.entry.country == country:
        return True
    return word in _names_of(x).split()


# What may stand before a sentence's subject: a wire dateline, a short time phrase, an article.
_SUBJECT_OPENING = re.compile(
    r"\s*(?:[^()]{0,60}\([^)]{1,40}\)\s*[-\u2013\u2014]+\s*)?"
    r"(?:(?:in|on|since|by|last|early|late|this|from|after)\b[^,]{0,25},\s*"
    # ... or a dated one without a comma ("By early 2025 ICEYE said ...")
    r"|(?:in|on|since|by|after)\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+"
    # ... or any short opening clause that names no one ("Rather than sell a satellite, ...")
    # (a dateline's "Lomazzo, Italy" or "San José, Costa Rica" is no clause: it has no
    # lower-case word, unless it opens with a preposition: "For Lightspeed, ...")
    r"|(?-i:[A-Z][a-z]+\s+[^,;:()]{0,40}?\b[a-z][^,;:()]{0,40}"
    r"|(?:For|With|Under|Despite|Unlike|Like|Beyond|Besides|Through|Amid|Within|Without|Apart"
    r"\s+from|Along\s+with)\s+[^,;:()]{1,50}"
    r"|Meanwhile|However|Separately|Similarly|Likewise|Additionally|Moreover|Furthermore"
    r"|Instead|Elsewhere|Today|Yesterday|Earlier|Later|Previously|Since\s+then|In\s+addition"
    r"|By\s+contrast|In\s+turn|In\s+parallel|At\s+the\s+same\s+time),\s*)?"
    r"(?:the\s+|a\s+|an\s+)?",
    re.I,
)
# A description before the subject's name: "Korean ground-segment specialist Contec", "the
# Israeli operator" (the demonym is a mention of its own). No verb, preposition or connector.
_DESCRIPTOR = re.compile(
    r"(?:(?:[A-Z][\w-]*|\d[\w.,-]*)\s+)?(?:(?!(?:and|or|but|to|in|of|for|with|by|at|on|from|as|is"
    r"|was|were|are|has|have|had|will|would|said|says|signed|which|who|that|its|their)\b)"
    r"[a-z][\w-]*\s+){0,3}"
)
# What may follow a subject's name after a comma without making it one of a list: an
# apposition or a participle ("Contec, based in Daejeon, is ...").
_AFTER_SUBJECT = re.compile(
    r",\s+(?:based|headquartered|founded|established|created|set\s+up|owned|run|which|who"
    r"|a|an|the|its|one|now|formerly|part)\b"
)


# Words between a country and the actor it qualifies ("Japan's JAXA", "New Zealand company
# Dawn Aerospace"): a possessive and a few lower-case descriptors, no verb or connector.
_QUALIFIER = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:and|or|but|to|in|of|for|with|by|at|on|from|as|is|was|were|are|has"
    r"|have|had|will|would|said|says|signed|signs|which|who|that)\b)[a-z][\w-]*\s+){0,3}"
)
# A description, then the name in apposition: "A smaller New Zealand player, Dawn Aerospace, ..."
_APPOSITION_OPENING = re.compile(
    _SUBJECT_OPENING.pattern.removesuffix(r"(?:the\s+|a\s+|an\s+)?")
    + r"(?:the|a|an)\s+[^,]{1,60},\s*(?:the\s+)?",
    re.I,
)


# The same opening, up to the first word of a description before the subject's name.
_OPENING_BEFORE_WORD = re.compile(_SUBJECT_OPENING.pattern + r"(?=(?-i:[A-Z])|[a-z]\S*\s)", re.I)
_RELEASE_DATELINE = re.compile(
    r"[^\n.]{2,60}?\s[-–—]\s(?:\d{1,2}\s[A-Z][a-z]+\.?\s\d{4}|[A-Z][a-z]+\.?\s\d{1,2},?\s\d{4})"
    r"\s[-–—]\s"
)


def _opening_subject(mentions: list[Mention], sentence: Sentence | None) -> list[Mention]:
    """The mention a sentence opens with, as the one safe antecedent of a bare "It ..." in
    the next: when the sentence opens with anything else ("The agreement was signed by ..."),
    "it" may well be that, so nothing is returned. A country that only qualifies the actor
    after it gives way to that actor ("Japan's JAXA ..."), and a description gives way to
    the name set beside it ("A smaller New Zealand player, Dawn Aerospace, is ...")."""
    named = [x for x in mentions if x.form != "demonym" and not is_media(x)]
    if not named or sentence is None:
        return []
    text, offset = sentence.text, sentence.start
    # a press release's dateline ("Lomazzo, Italy - 5 November 2024 - ") names no subject
    dateline = _RELEASE_DATELINE.match(text)
    skip = dateline.end() if dateline else 0
    named = [x for x in named if x.start >= offset + skip]
    if not named:
        return []
    first = named[0]
    before = text[skip : first.start - offset]
    opens = bool(_SUBJECT_OPENING.fullmatch(before))
    if not opens:
        cut = _OPENING_BEFORE_WORD.match(before)
        # a country after a description qualifies what follows ("A smaller New Zealand player,")
        described = cut is not None and bool(_DESCRIPTOR.fullmatch(before[cut.end() :]))
        opens = described and first.label != "Country"
    if opens:
        if first.label == "Country" and len(named) > 1 and named[1].label != "Country":
            between = text[first.end - offset : named[1].start - offset]
            if _QUALIFIER.fullmatch(between):
                return [named[1]]
        rest = text[first.end - offset :]
        if first.label == "Country" and rest.startswith("-based"):
            # "UK-based satellite manufacturer and operator Open Cosmos today announced ..."
            actor = next((x for x in named[1:] if x.label != "Country"), None)
            if actor is None or re.search(
                r"[,.;:]", text[first.end - offset : actor.start - offset]
            ):
                return []
            return [actor]
        if first.label == "Country" and re.match(r"['’]s\s", rest):
            return []  # "Zimbabwe's space agency said ...": what the country has, not it
        if not rest.startswith(",") or _AFTER_SUBJECT.match(rest):
            return [first]
    after_comma = next((x for x in named if "," in text[: x.start - offset]), None)
    if after_comma is not None and _APPOSITION_OPENING.fullmatch(
        text[: after_comma.start - offset]
    ):
        return [after_comma] if text[after_comma.end - offset :].startswith(",") else []
    return [first] if opens else []


def _possessor(
    own: list[Mention], history: list[list[Mention]], at: int, labels: list[str]
) -> Mention | None:
    """Whose "its" is: the subject of its own sentence (the first named actor before it), else
    the subject of the sentence before ("Bahrain took another route. Its space agency ...").
    A name right before "its" in a list or clause of its own is no subject, so only the first
    fitting mention of a sentence is taken."""

    def first(mentions: list[Mention]) -> Mention | None:
        for x in mentions:
            if x.form == "demonym":
                continue
            return x if x.label in labels else None
        return None

    before = [x for x in own if x.end <= at and x.form != "demonym"]
    if before:
        return first(before)
    return first(history[-1]) if history else None


POSSESSIVE_RULE = "coref-possessive"
# "Both were launched ...", "the satellites": every entity of a fitting kind that a recent
# sentence names, when it names two or more. `group: 2` in the lexicon wants exactly two
# ("both"), `group: -1` any number from two up to GROUP_LIMIT ("the satellites", "they").
GROUP_RULE = "coref-group"
# "the two institutions": the last two named, taken as they are (no second guess by salience)
RECENT_PAIR_RULE = "coref-recent-pair"
PAIR_WINDOW = 3
GROUP_WINDOW = 2
GROUP_LIMIT = 4
ANY_NUMBER = -1


def _group(
    earlier: list[Mention],
    history: list[list[Mention]],
    labels: list[str],
    subtypes: frozenset[str],
) -> list[Mention]:
    """The fitting mentions, one per entity in text order, of the nearest sentence (its own
    words before the phrase first, then the sentences before) naming at least two fitting
    entities; the first label of `labels` that does wins within a sentence."""
    for mentions in [earlier, *history[::-1]]:
        for label in labels:
            members: dict[tuple[str, str], Mention] = {}
            for x in mentions:
                if (
                    x.label == label
                    and x.form != "demonym"
                    and x.rule not in (GROUP_RULE, "coref-pair", RECENT_PAIR_RULE, POSSESSIVE_RULE)
                    and (not subtypes or x.subtype in subtypes)
                ):
                    members.setdefault(x.identity, x)
            if 2 <= len(members) <= GROUP_LIMIT:
                return list(members.values())
            if len(members) > GROUP_LIMIT:
                return []
    return []


def _coref_mention(
    start: int, end: int, text: str, target: Mention, rule: str = "coref"
) -> Mention:
    """A pronoun or description at [start, end) standing for the `target` mention's entity."""
    return Mention(
        start,
        end,
        text,
        target.label,
        target.name,
        target.subtype,
        "coref",
        rule,
        target.source,
        target.entry,
        target.role,
    )


def _actors(mentions: list[Mention], sentence: Sentence | None) -> list[Mention]:
    """A sentence's mentions less the makers named as modifiers ("the Boeing-built platform")."""
    if sentence is None:
        return mentions
    at = sentence.start
    return [x for x in mentions if sentence.text[x.end - at : x.end - at + 1] != "-"]


def _named_later_in_clause(sentence: Sentence, own: list[Mention], end: int) -> list[Mention]:
    """Mentions further on in the clause of a phrase ending at `end`, past an apposition:
    someone else ("The two operators hired Boeing"), unlike a speaker after a comma."""
    clause = re.split(r"[,;]", sentence.text[end - sentence.start + 3 :])[0]
    return [x for x in own if end + 3 < x.start <= end + 3 + len(clause)]


def _recent_pair(
    a: int, b: int, text: str, label: str, named: list[Mention], history: list[list[Mention]]
) -> list[Mention]:
    """ "after the two universities signed": the last two distinct entities of the label
    named before, in this sentence and then the few before it."""
    picked: list[Mention] = []
    for x in [*named[::-1], *(x for ms in history[-PAIR_WINDOW:][::-1] for x in ms[::-1])]:
        if x.label != label or x.form == "demonym" or is_media(x):
            continue
        if x.rule in ("coref-pair", RECENT_PAIR_RULE, GROUP_RULE, POSSESSIVE_RULE):
            continue
        if all(p.identity != x.identity for p in picked):
            picked.append(x)
        if len(picked) == 2:
            return [_coref_mention(a, b, text, m, RECENT_PAIR_RULE) for m in picked[::-1]]
    return []


def _pair(
    recognition: Recognition,
    a: int,
    b: int,
    text: str,
    label: str,
    subtypes: frozenset[str],
    named: list[Mention],
    previous: list[Mention],
    in_clause_after: list[Mention],
) -> list[Mention]:
    """ "the two agencies": the two fitting entities named most often before this point. When
    the sentence itself names one fitting entity first ("- Russia: the two countries have
    cooperated ..."), it is one of the two and the other is the country the document is about
    (for countries) or the most named other one. When it names none, a sentence before naming
    exactly two is the pair ("... Türksat ... Azercosmos ... The two operators also signed"), and
    one naming a single country pairs it with the focal one ("Russia's position is ... The two
    countries signed")."""
    fitting = [
        ent
        for ent in recognition.entities.values()
        if ent.label == label and not (subtypes and ent.subtype not in subtypes)
    ]

    def fits(x: Mention) -> bool:
        return x.label == label and (not subtypes or x.subtype in subtypes)

    own = {x.identity for x in named if fits(x)}
    later = {x.identity for x in in_clause_after}
    previous_named: dict[tuple[str, str], Mention] = {}
    for x in previous:
        if fits(x) and x.form not in ("demonym", "coref") and x.identity not in later:
            previous_named.setdefault(x.identity, x)
    focal = focal_country(recognition) if label == "Country" else None
    if not own and len(previous_named) == 2:
        return [_coref_mention(a, b, text, m, "coref-pair") for m in previous_named.values()]
    if not own and len(previous_named) == 1 and not (focal and focal.identity in previous_named):
        named = list(previous_named.values())
        own = set(previous_named)
    if len(own) == 1:
        head = next(x for x in named if x.identity in own)
        others = [focal] if focal is not None and focal.identity != head.identity else []
        if not others:
            others = sorted(
                (e for e in fitting if e.identity != head.identity and e.mentions),
                key=lambda e: (-len([m for m in e.mentions if m.end <= a]), e.mentions[0].start),
            )
        if others and others[0].mentions:
            other = next((m for m in others[0].mentions if m.form != "demonym"), None)
            if other is not None:
                return [
                    Mention(
                        a,
                        b,
                        text,
                        m.label,
                        m.name,
                        m.subtype,
                        "coref",
                        "coref-pair",
                        m.source,
                        m.entry,
                    )
                    for m in (head, other)
                ]
    counts = []
    for ent in fitting:
        before = [m for m in ent.mentions if m.end <= a and m.form != "demonym"]
        if before:
            counts.append((-len(before), before[0].start, ent, before[0]))
    counts.sort(key=lambda c: (c[0], c[1]))
    if len(counts) < 2:
        return []
    return [
        Mention(a, b, text, m.label, m.name, m.subtype, "coref", "coref-pair", m.source, m.entry)
        for _, _, _, m in counts[:2]
    ]


def _names_of(m: Mention) -> str:
    """Every name of a mention's entity, lower-cased, for "the forum" -> "... forum"."""
    names = [m.text, m.name, *m.aliases]
    if m.entry is not None:
        names.extend(m.entry.aliases)
    return " ".join(names).lower()


def _focal_mention(recognition: Recognition) -> Mention | None:
    """A named mention of the document's focal country."""
    focal = focal_country(recognition)
    if focal is None:
        return None
    return next((m for m in focal.mentions if m.form != "demonym"), None)


def focal_country(recognition: Recognition) -> Entity | None:
    """The country the document is mostly about: most mentions (demonyms count half)."""
    best: tuple[float, int, Entity] | None = None
    for ent in recognition.entities.values():
        if ent.label != "Country":
            continue
        weight = sum(0.5 if m.form == "demonym" else 1.0 for m in ent.mentions)
        first = min(m.start for m in ent.mentions)
        if best is None or (weight, -first) > (best[0], -best[1]):
            best = (weight, first, ent)
    return best[2] if best else None


def _joined_appositions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two names of one entity side by side are one mention: "the French space agency CNES"
    (a described alias and the name) reads as a single party."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if (
            before is not None
            and before.identity == m.identity
            and before.form != "demonym"
            and m.form != "demonym"
            and text[before.end : m.start].isspace()
        ):
            out[-1] = replace(before, end=m.end, text=text[before.start : m.end])
            continue
        out.append(m)
    return out


_SIDE = re.compile(r"[ \t]+side\b")


def _country_sides(text: str, mentions: list[Mention]) -> list[Mention]:
    """A demonym before "side" names its country: "the Lao side holds 45 percent", "signed
    for the Japanese side"."""
    out: list[Mention] = []
    for m in mentions:
        side = _SIDE.match(text, m.end) if m.label == "Country" and m.form == "demonym" else None
        if side is not None:
            m = replace(m, end=side.end(), text=text[m.start : side.end()], form="alias")
        out.append(m)
    return out


def build_context(
    document: Document, sentences: list[Sentence], recognition: Recognition, catalogue: Catalogue
) -> Context:
    text = document.text
    views: list[SentenceView] = []
    possessive_views: list[SentenceView] = []
    history: list[list[Mention]] = []
    previous_sentence: Sentence | None = None
    mentions = recognition.mentions
    k = 0
    for s in sentences:
        while k < len(mentions) and mentions[k].start < s.start:
            k += 1
        own = []
        j = k
        while j < len(mentions) and mentions[j].end <= s.end:
            own.append(mentions[j])
            j += 1
        own = _country_sides(text, _joined_appositions(text, own))
        corefs = _corefs(s, own, history, recognition, previous_sentence)
        previous_sentence = s
        possessives = [m for m in corefs if m.rule == POSSESSIVE_RULE]
        own = sorted(own + [m for m in corefs if m.rule != POSSESSIVE_RULE], key=lambda m: m.start)
        history.append(own)
        if possessives:
            read = sorted(own + possessives, key=lambda m: m.start)
            possessive_views.append(SentenceView(s, read, mask(s.text, s.start, read)))
        is_item = s.start == s.line_start and bool(re.match(r"[-*•–]\s", s.text))
        views.append(SentenceView(s, own, mask(s.text, s.start, own), is_item))
    return Context(
        document,
        text,
        catalogue,
        recognition,
        views,
        focal_country(recognition),
        possessive_views=possessive_views,
    )
