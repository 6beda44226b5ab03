"""Blank out comments and string literals of Cypher text, keeping every offset and line.

Checks that look for keywords or `$parameters` (the read-only guard, the header/body
parameter match) must not be fooled by words inside comments or strings; they scan the
text this module returns instead of the raw query.
"""

from __future__ import annotations


def code_only(text: str) -> str:
    """`text` with comments and the insides of quotes and backticks replaced by spaces.

    Newlines are kept, so line numbers and offsets stay valid.

    >>> code_only("MATCH (n) // CREATE\\nRETURN 'SET x' AS s /* DELETE */").split()
    ['MATCH', '(n)', 'RETURN', "'", "'", 'AS', 's']
    >>> len(code_only("RETURN 'a' AS x // b")) == len("RETURN 'a' AS x // b")
    True
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        if ch == "/" and nxt == "/":
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif ch == "/" and nxt == "*":
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(_blank(text[i:end]))
            i = end
        elif ch in "'\"`":
            end = _closing_quote(text, i)
            if end > n:  # unclosed: blank to the end of the text
                out.append(ch + _blank(text[i + 1 :]))
                i = n
            else:
                out.append(ch + _blank(text[i + 1 : end - 1]) + ch)
                i = end
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _closing_quote(text: str, start: int) -> int:
    """Index just past the quote closing the one at `start` (end of text if unclosed)."""
    quote = text[start]
    i = start + 1
    while i < len(text):
        if text[i] == "\\" and quote != "`":
            i += 2
            continue
        if text[i] == quote:
            # A doubled backtick is an escaped backtick inside an identifier.
            if quote == "`" and text[i + 1 : i + 2] == "`":
                i += 2
                continue
            return i + 1
        i += 1
    return len(text) + 1


def _blank(segment: str) -> str:
    return "".join("\n" if c == "\n" else " " for c in segment)


def line_of(text: str, offset: int) -> int:
    """1-based line number of `offset` in `text`."""
    return text.count("\n", 0, offset) + 1
