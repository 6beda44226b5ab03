"""Ground stations named by their place: "its ground station in Banting", "ABE ground
stations at Amachuma, near El Alto, and La Guardia", "the main station at Amachuma" give the
facilities "Banting ground station", "Amachuma ground station", "La Guardia ground station".

A station introduced with "a"/"an" ("operated from a ground station in Hoa Lac") is one of
many, not a named site, and gives nothing; so do stations in the plural without an owner or
article ("it operates receiving stations in A, B and C"). Cue words: `recognise.yaml:
place_stations`.
"""

from __future__ import annotations

import functools
import re

from loaders.mentions import Mention
from loaders.resources import lexicon

_PLACE = r"[A-ZÀ-Ý][\w’'-]+(?:[ \t]+[A-ZÀ-Ý][\w’'-]+){0,2}"
# ", near El Alto in La Paz department," between two places of a list.
# Words that open a sentence before a station, not a name of it ("The ground station in X").
_OPENERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that"})
_QUALIFIER = r"(?:,?[ \t]+(?:near|in|north|south|east|west)\b[^,.;:\n]*?)?"


@functools.cache
def _pattern() -> re.Pattern[str]:
    data = lexicon("recognise")["place_stations"]
    kinds = "|".join(re.escape(k) for k in sorted(data["kinds"], key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<det>\w+)[ \t]+(?P<noun>(?:{kinds})[ \t]+station(?P<plural>s)?)"
        rf",?[ \t]+(?:at|in)[ \t]+(?P<first>{_PLACE})"
        rf"(?:{_QUALIFIER},?[ \t]+and[ \t]+(?:at[ \t]+)?(?P<second>{_PLACE}))?"
    )


def place_station_mentions(text: str, known: list[Mention]) -> list[Mention]:
    """Facilities named "<place> ground station" from a station located by a place name; a
    place the catalogue already names (a country, a catalogued station) gives nothing."""
    data = lexicon("recognise")["place_stations"]
    indefinite = set(data["indefinite"])
    definite = set(data["plural_owners"])
    places = set(lexicon("recognise")["geographic_nouns"]) | {"department"}
    out: list[Mention] = []
    for m in _pattern().finditer(text):
        if m.group("det").lower() in indefinite:
            continue
        det = m.group("det")
        possessive = text[m.start("det") - 1 : m.start("det")] in ("'", "’")
        owned = det[:1].isupper() or det.lower() in definite or possessive
        if m.group("plural") and not owned:
            continue  # "operates receiving stations in Beijing, Kashgar and Sanya": a list
        if not m.group("plural") and det[:1].isupper() and det.lower() not in _OPENERS:
            continue  # "its Si Racha ground station in Chonburi": named already, by its name
        groups = ["first"] + (["second"] if m.group("plural") and m.group("second") else [])
        for group in groups:
            a, b = m.span(group)
            if any(k.start < b and a < k.end for k in known):
                continue
            following = re.match(r"[ \t]+(\w+)", text[b:])
            if following and following.group(1) in places:
                continue  # "in Chonburi province": a region, not the station's name
            name = f"{m.group(group)} ground station"
            out.append(
                Mention(
                    a,
                    b,
                    m.group(group),
                    "Facility",
                    name,
                    "ground station",
                    "shape",
                    "shape:station-place",
                    "shape",
                )
            )
    return out
