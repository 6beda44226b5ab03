"""Read stage: encodings, byte-order marks and mojibake repair."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from graph.model import InputError
from loaders import read_document
from loaders.decode import decode_bytes, looks_like_gbk_mojibake, repair_gbk_mojibake, repair_text

SENTENCE = "Kazakhstan’s “Starting” launch from Baikonur — in 2028."


def _gbk_mojibake(text: str) -> str:
    """What UTF-8 text looks like after a tool decoded it as GBK."""
    return text.encode("utf-8").decode("gbk", errors="ignore")


def test_utf8_and_bom(tmp_path: Path) -> None:
    assert decode_bytes(SENTENCE.encode("utf-8")) == (SENTENCE, "utf-8")
    text, encoding = decode_bytes(codecs.BOM_UTF8 + SENTENCE.encode("utf-8"))
    assert (text, encoding) == (SENTENCE, "utf-8-sig")
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Title\n" + SENTENCE.encode("utf-8"))
    assert not read_document(path).text.startswith("\ufeff")


def test_cp1251_russian(tmp_path: Path) -> None:
    russian = "Роскосмос и Казахстан обсудили аренду космодрома Байконур до 2050 года."
    text, encoding = decode_bytes(russian.encode("cp1251"))
    assert encoding == "cp1251"
    assert text == russian


def test_cp1252_western_text() -> None:
    western = "Société Générale and the café’s owner met in Évry."
    text, encoding = decode_bytes(western.encode("cp1252"))
    assert encoding == "cp1252"
    assert text == western


def test_gbk_mojibake_is_repaired() -> None:
    broken = _gbk_mojibake("Kazakhstan’s ambitions and the “Starting” quote")
    assert looks_like_gbk_mojibake(broken)
    assert repair_gbk_mojibake(broken) == "Kazakhstan’s ambitions and the “Starting” quote"


def test_lone_gbk_lead_byte_becomes_quote_or_dash() -> None:
    # "鈥" is a three-byte punctuation mark whose last byte was lost.
    assert repair_gbk_mojibake("with Russia,鈥 he said") == "with Russia,” he said"
    assert repair_gbk_mojibake("location 鈥 leveraging") == "location — leveraging"


def test_real_chinese_text_is_left_alone() -> None:
    chinese = "中国国家航天局与哈萨克斯坦签署合作协议"
    assert not looks_like_gbk_mojibake(chinese)
    assert repair_text(chinese) == chinese


def test_utf8_read_as_cp1252_is_repaired() -> None:
    assert repair_text("the cafÃ© and itâ€™s") == "the café and it’s"


def test_mojibake_file_reads_clean(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    broken = _gbk_mojibake(
        "Kazakhstan’s first launch.\n“Starting in 2028, we expect four launches.”"
    )
    path.write_text(broken, encoding="utf-8")
    doc = read_document(path)
    assert "Kazakhstan’s first launch." in doc.text
    assert "“Starting in 2028" in doc.text


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary"):
        read_document(path)
