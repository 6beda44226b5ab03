"""Access to the data files shipped inside the package (lexicons and catalogue)."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from graph.model import ModelError

PACKAGE_DIR = Path(__file__).resolve().parent
LEXICON_DIR = PACKAGE_DIR / "lexicon"
CATALOGUE_DIR = PACKAGE_DIR / "catalogue"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def lexicon(name: str) -> dict[str, Any]:
    """A lexicon file (cue words and patterns of one stage), parsed once per process."""
    path = LEXICON_DIR / f"{name}.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"{path}: cannot read lexicon: {exc}") from None
    if not isinstance(data, dict):
        raise ModelError(f"{path}: a lexicon must be a mapping")
    return data


def words_pattern(words: list[str], flags: int = re.I) -> re.Pattern[str]:
    """One regex matching any of `words` as whole words, longest first."""
    alternatives = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)
