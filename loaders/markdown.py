"""Markdown to plain text: markup is stripped line by line (headings, emphasis, links, images,
code fences, front matter), list items kept as "- item", table rows as "| a | b |" without
the separator row. Evidence offsets refer to this cleaned text."""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_BULLET = re.compile(r"^(\s*)[*+-]\s+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_EMPHASIS = [
    (re.compile(r"\*\*(.+?)\*\*"), r"\1"),
    (re.compile(r"__(.+?)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(.+?)~~"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
]
_TAG = re.compile(r"</?[A-Za-z][^>]*>")


@dataclass
class Stripped:
    text: str
    title: str
    published: str | None


def _inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    for pattern, repl in _EMPHASIS:
        line = pattern.sub(repl, line)
    return _TAG.sub("", line)


def markdown_to_text(source: str) -> Stripped:
    """Plain text of a Markdown document, with its title and date from front matter or the
    first heading.

    >>> markdown_to_text("# Deal signed\\n\\n**NASA** and [ESA](http://x) agreed.\\n* one").text
    'Deal signed\\n\\nNASA and ESA agreed.\\n- one'
    """
    title, published = "", None
    front = _FRONT.match(source)
    if front:
        try:
            meta = yaml.safe_load(front.group(1)) or {}
        except yaml.YAMLError:
            meta = {}
        if isinstance(meta, dict):
            title = str(meta.get("title") or "")
            date = meta.get("date") or meta.get("published")
            published = str(date)[:10] if date else None
        source = source[front.end() :]
    out: list[str] = []
    in_code = False
    for line in source.split("\n"):
        if line.strip().startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if in_code or _REF_DEF.match(line) or _TABLE_SEP.match(line):
            continue
        if _SETEXT.match(line) and out and out[-1].strip():
            if not title:
                title = out[-1].strip()
            continue
        if _RULE.match(line):
            continue
        heading = _HEADING.match(line)
        if heading:
            line = heading.group(1)
            if not title:
                title = _inline(line).strip()
        line = _QUOTE.sub("", line)
        line = _BULLET.sub(lambda m: m.group(1) + "- ", line)
        if line.strip().startswith("|") and line.strip().endswith("|"):
            # Table rows stay as written (loaders/tables.py reads them; evidence quotes them).
            line = "| " + " | ".join(c.strip() for c in line.strip().strip("|").split("|")) + " |"
        out.append(_inline(line).rstrip())
    return Stripped(re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n"), title, published)
