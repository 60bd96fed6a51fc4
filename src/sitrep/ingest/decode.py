"""Bytes to text: UTF-8 first, a per-byte cp1252 fallback for stray legacy bytes, and a refusal for binaries."""

from __future__ import annotations

import codecs
import re

_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.01  # more control characters than this and it is not prose
_MAGIC = {
    b"%PDF": "a PDF document (convert it to text or HTML first)",
    b"PK\x03\x04": "a ZIP archive or office document (unpack or convert it first)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"SQLite format 3": "an SQLite database",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # Unicode Cc except tab, newlines, form feed
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


class NotText(ValueError):
    """The bytes are not a text document; the message says what they look like."""


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Decode each byte UTF-8 rejects as cp1252 (latin-1 where cp1252 has no character): legacy pages."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), err.end


codecs.register_error("sitrep-cp1252", _cp1252_fallback)


def binary_kind(data: bytes) -> str | None:
    """What a binary file looks like ("a PDF document"), or None when it may be text."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:_SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        return "binary data (it contains NUL bytes)"
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """The text of a document: BOM, else the declared or `<meta charset>` encoding, else UTF-8 with a cp1252
    fallback for stray bytes. Raises NotText when the result is not prose."""
    kind = binary_kind(data)
    if kind:
        raise NotText(f"not a text report: {kind}")
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            break
    if text is None:
        declared = declared or _meta_charset(data)
        if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
            try:
                text = data.decode(declared)
            except (LookupError, UnicodeDecodeError):
                text = None
    if text is None:
        text = data.decode("utf-8", errors="sitrep-cp1252")
    sample = text[:_SNIFF_BYTES]
    controls = len(_CONTROL.findall(sample))
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise NotText("not a text report: binary data (control characters in the text)")
    return text


def _meta_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None
