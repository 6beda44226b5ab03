"""Subjectless clauses: "- DubaiSat-1 (2009) - imaging satellite built by X; launched on 29 July
2009 on a Dnepr rocket from Baikonur." The participle clause after a semicolon (or after the
dash of a list item) says something of the programme or facility that opens the sentence.
Each such clause becomes a virtual sentence "⟦head⟧ was launched ..." over the same mentions,
so the ordinary relation patterns read it; the evidence stays the whole sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from loaders.context import Context, SentenceView
from loaders.resources import lexicon

# The head: the first mention of the sentence, right at its start (after a list marker).
_HEAD = re.compile(r"^(?:[-*•]\s+)?(?:the |The )?(⟦\d+:(?:Program|Facility):[^⟧]*⟧)")
# What may follow the head before a list item's dash or colon: "(2009)", "(Emirates Mars
# Mission, 2020)".
_AFTER_HEAD = re.compile(r"(?:\s*\([^()]*\))?(?:\s+-\s+|:\s+)")
# A short description of the head before its participle: "- Alsat-1: Earth-observation
# microsatellite built by ...", "- Rumpin - rocket propulsion test centre, operated by ..."
# (plain words only: no mention or clause; a comma may close the description).
_DESCRIPTION = r"(?:(?:a|an|the) )?(?:[\w-]+ ){0,3}?[\w-]+,? "


@functools.cache
def _participles(described: bool = False) -> re.Pattern[str]:
    words = lexicon("relations").get("clause_participles", [])
    alternatives = "|".join(re.escape(str(w)) for w in words) or r"(?!x)x"
    lead = _DESCRIPTION if described else ""
    return re.compile(
        rf"{lead}((?:(?:also|later|then|first|finally|originally) )?(?:{alternatives})\b[^;]*)"
    )


def clause_views(ctx: Context) -> list[SentenceView]:
    """Virtual sentences, one per participle clause whose subject is the sentence's head."""
    out: list[SentenceView] = []
    participle = _participles()
    for view in ctx.views:
        head = _HEAD.match(view.masked)
        if head is None:
            continue
        rest = view.masked[head.end() :]
        starts: list[int] = []
        dash = _AFTER_HEAD.match(rest) if view.is_list_item else None
        if dash is not None:
            starts.append(dash.end())
        starts.extend(m.end() for m in re.finditer(r";\s+", rest))
        for start in starts:
            clause = participle.match(rest, start)
            if clause is None and dash is not None and start == dash.end():
                clause = _participles(described=True).match(rest, start)
            if clause is None:
                continue
            masked = f"{head.group(1)} was {clause.group(1).rstrip('. ')}."
            out.append(replace(view, masked=masked))
    return out
