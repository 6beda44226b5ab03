"""Company-form suffixes: "Ltd" and "Limited", "Inc." and "Incorporated", "S.A." and "SA" name
one company. `suffix_variants` gives the other spellings of a name (the catalogue indexes
them); `base_name` strips the suffix (the recogniser folds variants of one name together);
`short_form` also drops a group word ("X Aerospace Technology Group" is also "X Aerospace
Technology").
"""

from __future__ import annotations

import functools
import re

from loaders.resources import lexicon


@functools.cache
def _classes() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(c) for c in lexicon("recognise")["company_suffix_classes"])


@functools.cache
def _suffix_pattern() -> re.Pattern[str]:
    suffixes = {s for c in _classes() for s in c} | set(lexicon("recognise")["company_suffixes"])
    body = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return re.compile(rf",?[ \t]+(?P<suffix>{body})$")


def split_suffix(name: str) -> tuple[str, str]:
    """("Bangladesh Satellite Company", "Limited") for "Bangladesh Satellite Company Limited";
    (name, "") when the name has no company suffix."""
    m = _suffix_pattern().search(name)
    if not m or not name[: m.start()].strip():
        return name, ""
    return name[: m.start()], m.group("suffix")


def base_name(name: str) -> str:
    """The name without its company suffix."""
    return split_suffix(name)[0]


def suffix_variants(name: str) -> set[str]:
    """The name with each equivalent spelling of its suffix ("X Ltd" -> "X Limited", "X Ltd.")."""
    base, suffix = split_suffix(name)
    if not suffix:
        return set()
    for spellings in _classes():
        if suffix in spellings:
            return {f"{base} {s}" for s in spellings if s != suffix}
    return set()


def short_forms(name: str) -> list[str]:
    """The name without its suffix and trailing group words (`recognise.yaml:
    corporate_heads`: "Group", "Holdings", "Corporation"...), one word at a time, while two
    or more words remain: "Hong Kong Aerospace Technology Group" -> ["Hong Kong Aerospace
    Technology"]."""
    words = base_name(name).split()
    heads = set(lexicon("recognise")["corporate_heads"])
    out: list[str] = []
    while len(words) > 2 and words[-1] in heads:
        words = words[:-1]
        out.append(" ".join(words))
    return out


def first_word_form(name: str) -> str | None:
    """The one word of its own a company is named again by ("Axiom" for "Axiom Space",
    "Gilmour" for "Gilmour Space Technologies"): its first word, when every other word of its
    name only tells its trade (`recognise.yaml: trade_tails`)."""
    words = base_name(name).split()
    tails = set(lexicon("recognise")["trade_tails"])
    if len(words) < 2 or not all(w in tails for w in words[1:]):
        return None
    first = words[0]
    if len(first) < 3 or not first[:1].isupper() or first in tails:
        return None
    return first


@functools.cache
def _suffix_after_pattern() -> re.Pattern[str]:
    suffixes = {s for c in _classes() for s in c} | set(lexicon("recognise")["company_suffixes"])
    body = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return re.compile(rf",?[ \t]+(?:{body})(?![\w&])")


def suffix_end(text: str, pos: int) -> int | None:
    """Where a company-form suffix written right after a name ending at `pos` ends ("Chang
    Guang Satellite Technology Co., Ltd."), or None."""
    m = _suffix_after_pattern().match(text, pos)
    return m.end() if m else None
