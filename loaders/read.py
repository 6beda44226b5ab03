"""Read: a file on disk to a Document with cleaned text (encoding, mojibake, HTML or Markdown
markup, page furniture), its title and, when the page states it, its publication date."""

from __future__ import annotations

import hashlib
from pathlib import Path

from graph.model import Document, InputError
from loaders.decode import decode_and_repair
from loaders.furniture import remove_furniture
from loaders.html import html_to_text
from loaders.markdown import markdown_to_text

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, expected a document file")
    if path.suffix.lower() not in SUPPORTED:
        raise InputError(
            f"{path}: unsupported document type {path.suffix or '(none)'!r}; "
            f"expected one of {', '.join(SUPPORTED)}"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def clean_text(raw: bytes, suffix: str, where: str = "document") -> tuple[str, str, str | None]:
    """(cleaned text, title, published) of raw document bytes of the given file suffix."""
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{where}: looks like a binary file, not a text document")
    text, _ = decode_and_repair(raw)
    title, published = "", None
    if suffix in HTML_SUFFIXES:
        page = html_to_text(text)
        text, title, published = page.text, page.title, page.published
    elif suffix in MARKDOWN_SUFFIXES:
        md = markdown_to_text(text)
        text, title, published = md.text, md.title, md.published
    cleaned = remove_furniture(text, title, published)
    return cleaned.text, cleaned.title, cleaned.published


def read_document(path: str | Path) -> Document:
    """Read one document (.txt, .md, .html/.htm); the document id is the file name."""
    path = Path(path)
    raw = _read_bytes(path)
    text, title, published = clean_text(raw, path.suffix.lower(), str(path))
    if not text.strip():
        raise InputError(f"{path}: no article text found")
    return Document(
        doc_id=path.name,
        path=str(path),
        title=title,
        published=published,
        sha256=hashlib.sha256(raw).hexdigest(),
        text=text,
    )
