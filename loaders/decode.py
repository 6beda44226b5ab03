"""Bytes to text: encoding detection, then repair of text that was decoded wrongly upstream.

Order matters: a byte-order mark or valid UTF-8 is trusted first; otherwise charset-normalizer
guesses (cp1251, Latin-1/cp1252, ...). The decoded text may still carry mojibake from an earlier
wrong decoding: UTF-8 read as GBK/GB18030 ("鈥檚" for "’s") is undone run by run, and ftfy
repairs the rest (UTF-8 read as cp1252, "â€™").
"""

from __future__ import annotations

import codecs
import re

import ftfy
from charset_normalizer import from_bytes

# Runs of CJK ideographs: where UTF-8 punctuation decoded as GBK ends up.
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Letters typical of Western (cp1252) versus Central European (cp1250) text.
_WESTERN = set("éèêàâçñüöäßíóúáœ’“”")
_CENTRAL = set("łśźżňřůőűčěďťĺľ")
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode raw bytes; returns (text, encoding name).

    >>> decode_bytes("Байконур".encode("cp1251"))[1]
    'cp1251'
    >>> decode_bytes(codecs.BOM_UTF8 + "Baikonur".encode())
    ('Baikonur', 'utf-8-sig')
    """
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return raw.decode(name), name
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    cyrillic = _single_byte_cyrillic(raw)
    if cyrillic:
        return raw.decode(cyrillic), cyrillic
    best = from_bytes(raw).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in ("cp1250", "iso8859_2", "latin_1", "iso8859_15"):
        encoding = _western_or_central(raw, encoding)
    return raw.decode(encoding, errors="replace"), encoding


_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")


def _single_byte_cyrillic(raw: bytes) -> str | None:
    """Short Russian or Kazakh text fools statistical detection (cp949, cp1250...): when the
    bytes above 0x7F read as whole Cyrillic words in cp1251 (not as odd letters inside Latin
    words, as "Müller" would), it is cp1251."""
    if not any(b >= 0x80 for b in raw):
        return None
    try:
        text = raw.decode("cp1251")
    except UnicodeDecodeError:
        return None
    words = [w for w in re.findall(r"\w+", text) if _CYRILLIC_LETTER.search(w)]
    pure = [w for w in words if not re.search(r"[A-Za-z]", w)]
    if not words or len(pure) < 0.9 * len(words) or not any(len(w) >= 3 for w in pure):
        return None
    return "cp1251"


def _western_or_central(raw: bytes, guess: str) -> str:
    """charset-normalizer often calls short cp1252 text cp1250; count telling letters."""
    try:
        western = raw.decode("cp1252")
    except UnicodeDecodeError:
        return guess
    central = raw.decode("cp1250", errors="replace")
    score_w = sum(ch in _WESTERN for ch in western.lower())
    score_c = sum(ch in _CENTRAL for ch in central.lower())
    return "cp1252" if score_w > score_c or score_c == 0 else "cp1250"


def looks_like_gbk_mojibake(text: str) -> bool:
    """Mostly-Latin text whose ideograph runs turn back into valid UTF-8 when re-encoded as
    GB18030 is UTF-8 that was read as GBK; real Chinese text does not do that."""
    runs = _CJK_RUN.findall(text)
    if not runs:
        return False
    cjk = sum(len(r) for r in runs)
    latin = sum(ch.isascii() and ch.isalpha() for ch in text)
    if latin < 2 * cjk:
        return False
    decodable = 0
    for run in runs:
        try:
            raw = run.encode("gb18030")
        except UnicodeEncodeError:
            continue
        fixed = raw.decode("utf-8", errors="replace")
        # A lost final byte leaves one replacement character; anything more is not UTF-8.
        if fixed.count("\ufffd") <= 1 and not _CJK_CHAR.search(fixed):
            decodable += 1
    return decodable * 2 > len(runs)


def repair_gbk_mojibake(text: str) -> str:
    """Re-encode each CJK run as GB18030 and decode it as UTF-8.

    A lone "鈥" is a three-byte UTF-8 punctuation mark that lost its last byte: it becomes a
    closing quote when glued to the preceding character, a dash otherwise.

    >>> repair_gbk_mojibake("Kazakhstan鈥檚 鈥淪tarting")
    'Kazakhstan’s “Starting'
    """

    def fix(match: re.Match[str]) -> str:
        try:
            fixed = match.group(0).encode("gb18030").decode("utf-8", errors="replace")
        except UnicodeEncodeError:
            return match.group(0)
        if "\ufffd" in fixed:
            before = text[match.start() - 1] if match.start() else " "
            fixed = fixed.replace("\ufffd", "”" if not before.isspace() else "—")
        return fixed

    return _CJK_RUN.sub(fix, text)


def repair_text(text: str) -> str:
    """Undo mojibake (GBK runs first, then whatever ftfy recognises)."""
    if looks_like_gbk_mojibake(text):
        text = repair_gbk_mojibake(text)
    return ftfy.fix_text(text, config=_FTFY)


def decode_and_repair(raw: bytes) -> tuple[str, str]:
    """Bytes to clean Unicode text with normalised line ends; returns (text, encoding)."""
    text, encoding = decode_bytes(raw)
    text = repair_text(text)
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
