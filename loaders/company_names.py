"""Company-form suffixes: "Ltd" and "Limited", "Inc." and "Incorporated", "S.A." and "SA" name
one company. `suffix_variants` gives the other spellings of a name (the catalogue indexes
them); `base_name` strips the suffix (the recogniser folds variants of one name together).
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
